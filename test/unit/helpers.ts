import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildOutline, parseSpeech, toOutlineJson, TypoChecker, type OutlineJsonNode } from '../../src/core';

/** Tests run from out/test/unit; fixtures stay in the source tree. */
export const FIXTURES = resolve(__dirname, '../../../test/fixtures');
export const REPO = resolve(__dirname, '../../..');

let typoChecker: TypoChecker | undefined;

/** The typo rule's checker, read once from data/ as the hosts read it from dist/. */
export function loadTypoChecker(): TypoChecker {
  typoChecker ??= TypoChecker.from(
    readFileSync(join(REPO, 'data/zh-lm.bin')),
    readFileSync(join(REPO, 'data/zh-candidates.txt'), 'utf8'),
  );
  return typoChecker;
}

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** The outline as one readable line a node: `  item 一是 L13 增强主动学习能力`, indented by depth. */
export function outlineLines(text: string): string[] {
  const lines: string[] = [];
  const visit = (node: OutlineJsonNode, depth: number): void => {
    lines.push(`${'  '.repeat(depth)}${node.kind} ${node.marker} L${node.line} ${node.title}`);
    node.children.forEach((child) => visit(child, depth + 1));
  };
  toOutlineJson(buildOutline(parseSpeech(text), 220)).forEach((node) => visit(node, 0));
  return lines;
}

/**
 * Writes `docx` to test-results/NAME.docx and, where LibreOffice and pdftoppm are installed, renders its first page to
 * test-results/NAME-page1.png through a PDF made with `filter` (false where they are not: the .docx is left to look at).
 */
export function renderFirstPage(name: string, docx: Uint8Array, filter = 'pdf', timeout = 110_000): boolean {
  const results = resolve(REPO, 'test-results');
  mkdirSync(results, { recursive: true });
  const file = join(results, `${name}.docx`);
  writeFileSync(file, docx);
  const soffice = ['soffice', 'libreoffice'].find(
    (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0,
  );
  if (!soffice || spawnSync('sh', ['-c', 'command -v pdftoppm']).status !== 0) return false;
  const profile = mkdtempSync(join(tmpdir(), 'speech-lo-'));
  const convert = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', results, file],
    { encoding: 'utf8', timeout },
  );
  if (convert.status !== 0) throw new Error(`LibreOffice failed: ${convert.stderr}`);
  const pdf = join(results, `${name}.pdf`);
  if (!existsSync(pdf)) throw new Error('LibreOffice made no PDF');
  const render = spawnSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    join(results, `${name}-page1`),
  ]);
  if (render.status !== 0) throw new Error('pdftoppm failed');
  return readFileSync(join(results, `${name}-page1.png`)).length > 10_000;
}
