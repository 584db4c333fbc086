import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixAll } from '../../src/core';
import { FIXTURES, REPO } from './helpers';

const CLI = resolve(REPO, 'dist/cli.js');

function cli(
  args: string[],
  cwd = REPO,
  env: NodeJS.ProcessEnv = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  newText: string;
}
interface JsonDiagnostic {
  rule: string;
  messageId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  fixable: boolean;
  fixes: Array<{ title: string; safe: boolean; edits: JsonEdit[] }>;
}
type LintJson = Array<{ file: string; diagnostics: JsonDiagnostic[] }>;

function lintJson(args: string[], cwd?: string): { status: number | null; results: LintJson } {
  const result = cli(['lint', '--format', 'json', ...args], cwd);
  return { status: result.status, results: JSON.parse(result.stdout) as LintJson };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'speech-lint-'));
}

describe('CLI lint', () => {
  it('reports on seed 002 exactly ***, the four **, the empty “” and 建成平方公里', () => {
    const file = join(FIXTURES, 'seed-002-community.txt');
    const { status, results } = lintJson([file]);
    assert.equal(status, 1, 'placeholders are errors');
    const ours = results[0].diagnostics.filter((d) => d.rule === 'placeholder' || d.rule === 'missing-number');
    assert.deepEqual(
      ours.map((d) => [d.rule, d.text, d.line]),
      [
        ['placeholder', '***', 2],
        ['placeholder', '“”', 2],
        ['missing-number', '建成平方公里', 6],
        ['placeholder', '**', 7],
        ['placeholder', '**', 10],
        ['placeholder', '**', 18],
        ['placeholder', '**', 21],
      ],
    );
    const [first] = ours;
    assert.deepEqual(Object.keys(first), [
      'rule',
      'messageId',
      'severity',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
      'text',
      'fixable',
      'fixes',
    ]);
    assert.deepEqual(
      [first.line, first.column, first.endLine, first.endColumn, first.severity],
      [2, 7, 2, 10, 'error'],
    );
  });

  it("names each finding's message by its id, the same in every display language", () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), '同志们:\n区**高度重视。\n');
    const ids = (env?: NodeJS.ProcessEnv): string[] =>
      (JSON.parse(cli(['lint', '--format', 'json', 'a.txt'], dir, env).stdout) as LintJson)[0].diagnostics.map(
        (d) => `${d.rule}/${d.messageId}`,
      );
    assert.deepEqual(ids(), ['halfwidth-punctuation/halfWidth', 'placeholder/mask']);
    assert.deepEqual(ids({ LANG: 'zh_CN.UTF-8' }), ids());
  });

  it('gives each finding its fixes, with 1-based positions in UTF-16 units and whether --fix applies them', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'fixes.txt'), '同志们:\n责任编辑：王五\n谢谢大家！\n');
    const { results } = lintJson([join(dir, 'fixes.txt')]);
    const byRule = new Map(results[0].diagnostics.map((d) => [d.rule, d]));
    assert.deepEqual(byRule.get('halfwidth-punctuation')?.fixes, [
      {
        title: 'Change to 「：」',
        safe: true,
        edits: [{ line: 1, column: 4, endLine: 1, endColumn: 5, newText: '：' }],
      },
    ]);
    assert.deepEqual(byRule.get('web-residue')?.fixes, [
      {
        title: 'Delete this line',
        safe: false,
        edits: [{ line: 2, column: 1, endLine: 3, endColumn: 1, newText: '' }],
      },
    ]);
  });

  it('reports on seed 000 exactly the three *', () => {
    const { results } = lintJson([join(FIXTURES, 'seed-000-opening.txt')]);
    const ours = results[0].diagnostics.filter((d) => d.rule === 'placeholder' || d.rule === 'missing-number');
    assert.deepEqual(
      ours.map((d) => [d.text, d.line]),
      [
        ['*', 4],
        ['*', 8],
        ['*', 18],
      ],
    );
  });

  it('counts columns in UTF-16 units, as VS Code does', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), '𠀀𠀀区**。\n');
    const { results } = lintJson([join(dir, 'a.txt')]);
    assert.deepEqual(
      results[0].diagnostics.map((d) => [d.column, d.endColumn]),
      [[6, 8]],
    );
  });

  it('prints FILE:LINE:COL: severity rule message, one a line, in the display language', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), '同志们：\n区**高度重视。\n');
    assert.equal(
      cli(['lint', 'a.txt'], dir).stdout,
      'a.txt:2:2: error placeholder Unfilled placeholder 「**」: replace it with the real text before the speech is final.\n',
    );
    assert.equal(
      cli(['lint', 'a.txt'], dir, { LANG: 'zh_CN.UTF-8' }).stdout,
      'a.txt:2:2: error placeholder 未填写的占位符「**」：定稿前请换成实际内容。\n',
    );
  });

  it('matches the problem matcher the extension contributes', () => {
    const manifest = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as {
      contributes: { problemMatchers: Array<{ pattern: { regexp: string } }> };
    };
    const pattern = new RegExp(manifest.contributes.problemMatchers[0].pattern.regexp);
    const match = pattern.exec('dir/讲话.txt:2:2: error placeholder 未填写的占位符“**”：定稿前请换成实际内容。');
    assert.deepEqual(match?.slice(1), [
      'dir/讲话.txt',
      '2',
      '2',
      'error',
      'placeholder',
      '未填写的占位符“**”：定稿前请换成实际内容。',
    ]);
  });

  it('exits 0 when nothing is at error severity, and lints several files', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'clean.txt'), '同志们：\n今天开会。\n谢谢大家！\n');
    writeFileSync(join(dir, 'warn.txt'), '将基本建成平方公里的核心区。\n');
    const { status, results } = lintJson(['clean.txt', 'warn.txt'], dir);
    assert.equal(status, 0);
    assert.deepEqual(
      results.map((r) => [r.file, r.diagnostics.length]),
      [
        ['clean.txt', 0],
        ['warn.txt', 1],
      ],
    );
  });

  it('reads the nearest .speechdraftrc.json above the file', () => {
    const dir = scratch();
    writeFileSync(
      join(dir, '.speechdraftrc.json'),
      JSON.stringify({ rules: { placeholder: 'warning' }, allowedPlaceholders: ['20XX'] }),
    );
    writeFileSync(join(dir, 'a.txt'), '区**和20XX年。\n');
    const { status, results } = lintJson(['a.txt'], dir);
    assert.equal(status, 0, 'placeholder lowered to a warning');
    assert.deepEqual(
      results[0].diagnostics.map((d) => [d.text, d.severity]),
      [['**', 'warning']],
    );
  });

  it('exits 2 with one line and the summary on a broken .speechdraftrc.json', () => {
    const dir = scratch();
    writeFileSync(join(dir, '.speechdraftrc.json'), '{"rules": {"no-such-rule": "error"}}');
    writeFileSync(join(dir, 'a.txt'), '正文。\n');
    const result = cli(['lint', 'a.txt'], dir);
    assert.equal(result.status, 2);
    assert.match(
      result.stderr,
      /^speech-draft: \S*\.speechdraftrc\.json: unknown rule 「no-such-rule」\nno file checked; 1 could not be read\n$/,
    );
  });

  it('exits 2 with one line and the summary on a link to nothing', () => {
    const dir = scratch();
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'link.txt'));
    const result = cli(['lint', 'link.txt'], dir);
    assert.equal(result.status, 2);
    assert.equal(
      result.stderr,
      "speech-draft: cannot read 'link.txt': no such file\nno file checked; 1 could not be read\n",
    );
  });

  it('exits 2 on a missing file', () => {
    const result = cli(['lint', '/nonexistent.txt']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read/);
  });

  it('--fix changes nothing that has no safe fix, and keeps every byte', () => {
    const dir = scratch();
    const file = join(dir, 'seed.txt');
    copyFileSync(join(FIXTURES, 'seed-000-opening.txt'), file);
    const before = readFileSync(file);
    cli(['lint', '--fix', file]);
    assert.deepEqual(readFileSync(file), before);
  });
});

describe('CLI lint --fix', () => {
  it('on a copy of seed 002 gives exactly the core fixAll text, and no punctuation finding is left', () => {
    const dir = scratch();
    const file = join(dir, 'seed-002.txt');
    copyFileSync(join(FIXTURES, 'seed-002-community.txt'), file);
    const before = readFileSync(file, 'utf8');
    const { results } = lintJson(['--fix', file]);
    assert.equal(readFileSync(file, 'utf8'), fixAll(before).text);
    const punctuation = [
      'halfwidth-punctuation',
      'unpaired-mark',
      'repeated-punctuation',
      'ellipsis-dash',
      'cjk-space',
      'heading-marker',
    ];
    assert.deepEqual(
      results[0].diagnostics.filter((d) => punctuation.includes(d.rule)),
      [],
    );
    assert.ok(
      results[0].diagnostics.some((d) => d.rule === 'placeholder'),
      'placeholders are never filled by --fix',
    );
  });

  it('keeps the BOM and CRLF line endings, and every other byte', () => {
    const dir = scratch();
    const file = join(dir, 'crlf.txt');
    writeFileSync(file, '\ufeff同志们:\r\n今天,开会.\r\n\r\n谢谢大家!\r\n');
    const result = cli(['lint', '--fix', file]);
    assert.equal(result.status, 0, result.stdout);
    assert.equal(readFileSync(file, 'utf8'), '\ufeff同志们：\r\n今天，开会。\r\n\r\n谢谢大家！\r\n');
  });

  it('leaves no temporary file behind', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), '今天,开会.\n');
    cli(['lint', '--fix', 'a.txt'], dir);
    assert.deepEqual(readdirSync(dir), ['a.txt']);
  });
});
