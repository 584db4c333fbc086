/**
 * The core's layers, bottom to top: language (characters, numerals, lexicons, the typo model), parse (lines,
 * headings, items, the document's kind), rules (one file each, and the contract they follow), engine (running the
 * rules, checking reports, applying fixes, reading the configuration) and services (outline, completion, code
 * actions, stats, print). Each imports only its own layer and those below it, and none imports VS Code or Node.
 */

import { strict as assert } from 'node:assert';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO } from './helpers';

const CORE = resolve(REPO, 'src/core');
const LAYERS = ['language', 'parse', 'rules', 'engine', 'services'] as const;
/** The public face, src/core/index.ts, stands above every layer. */
const TOP = LAYERS.length;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The layer of a file under src/core: the rank of its folder, TOP for index.ts. */
function layerOf(file: string): number {
  const folder = relative(CORE, file).split(/[\\/]/)[0];
  if (folder === 'index.ts') return TOP;
  const rank = (LAYERS as readonly string[]).indexOf(folder);
  assert.ok(rank >= 0, `${relative(REPO, file)} is in no layer (folders: ${LAYERS.join(', ')})`);
  return rank;
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map(
    (match) => match[1],
  );
}

function resolved(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
}

describe('the layers of src/core', () => {
  const files = sourcesUnder(CORE);

  it('has every file in a layer folder, and each layer holds files', () => {
    const ranks = files.map(layerOf);
    for (let rank = 0; rank < LAYERS.length; rank++) assert.ok(ranks.includes(rank), `${LAYERS[rank]}/ is empty`);
  });

  it('imports only its own layer and those below it', () => {
    const upward: string[] = [];
    for (const file of files) {
      for (const specifier of importsOf(file).filter((name) => name.startsWith('.'))) {
        const target = resolved(file, specifier);
        assert.ok(target, `${relative(REPO, file)} imports ${specifier}, which is not a source file`);
        assert.ok(
          target.startsWith(CORE + '/') || target.startsWith(CORE + '\\'),
          `${relative(REPO, file)} imports ${specifier}, outside the core`,
        );
        if (layerOf(target) > layerOf(file)) upward.push(`${relative(CORE, file)} → ${relative(CORE, target)}`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('imports neither VS Code nor Node', () => {
    const hostImports = files.flatMap((file) =>
      importsOf(file)
        .filter((name) => name === 'vscode' || name.startsWith('node:') || builtinModules.includes(name))
        .map((name) => `${relative(CORE, file)} imports ${name}`),
    );
    assert.deepEqual(hostImports, []);
  });
});
