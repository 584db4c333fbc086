// Bundles the extension (Node and web worker) and the CLI into dist/, and transpiles the tests into out/.
// Type checking is `npm run typecheck` (tsc --noEmit, strict); esbuild only strips types.
import { build, context } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const watch = process.argv.includes('--watch');
const production = !watch;

/** @type {import('esbuild').BuildOptions[]} */
/** The web build bundles the export module in (a worker cannot load a second file): exportModule → .web. */
const webExportModule = {
  name: 'web-export-module',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/exportModule$/ }, (args) => ({
      path: join(args.resolveDir, 'exportModule.web.ts'),
    }));
    pluginBuild.onResolve({ filter: /\/bundledModule$/ }, (args) => ({
      path: join(args.resolveDir, 'bundledModule.web.ts'),
    }));
    pluginBuild.onResolve({ filter: /\/regexModule$/ }, (args) => ({
      path: join(args.resolveDir, 'regexModule.web.ts'),
    }));
  },
};

const bundles = [
  {
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // dist/export.js (docx) is loaded on the first export, dist/re2.js on the first regular expression of a team
    // term, not with the extension.
    external: ['vscode', './export.js', './re2.js', './pinyin.js'],
  },
  {
    // pinyin-pro and its dictionary, loaded on the first pinyin hover: required in Node, read and run in the web
    // worker host (bundledModule.web.ts). Plain ES2022 with no Node built-in, so one file serves both.
    entryPoints: ['src/pinyin/index.ts'],
    outfile: 'dist/pinyin.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
  },
  {
    // The typo model's engine, loaded with the model on the first analysis that needs it, the same way.
    entryPoints: ['src/core/language/typoChecker.ts'],
    outfile: 'dist/typo.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
  },
  {
    entryPoints: ['src/core/engine/re2.ts'],
    outfile: 'dist/re2.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    entryPoints: ['src/export/index.ts'],
    outfile: 'dist/export.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [webExportModule],
  },
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { SPEECH_DRAFT_VERSION: JSON.stringify(version) },
  },
].map((options) => ({
  bundle: true,
  minify: production,
  sourcemap: true,
  logLevel: 'warning',
  charset: 'utf8',
  ...options,
}));

/** The benchmark, bundled and minified like the extension, so it measures the code users run. */
const benchmark = {
  entryPoints: ['bench/bench.ts', 'bench/profile.ts', 'bench/compare.ts'],
  outdir: 'out/bench',
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['autocorrect-node', 'zhlint', 'esbuild'],
  logLevel: 'warning',
};

/** The integration suite, bundled with its fixtures, once for the Node extension host and once for the web worker. */
const integrationSuites = [
  {
    entryPoints: ['test/integration/index.ts'],
    outfile: 'out/test/integration/index.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  },
  {
    entryPoints: ['test/integration/web.ts'],
    outfile: 'out/test/integration/web.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { global: 'globalThis' },
  },
].map((options) => ({
  bundle: true,
  sourcemap: 'inline',
  loader: { '.txt': 'text', '.code-snippets': 'json' },
  logLevel: 'warning',
  ...options,
}));

function tsFilesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFilesUnder(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Tests import the core from source; each file is transpiled on its own, keeping the folder layout. */
const tests = {
  entryPoints: [
    ...tsFilesUnder('src'),
    ...tsFilesUnder('scripts'),
    ...tsFilesUnder('test').filter((file) => !file.includes('integration')),
  ],
  outdir: 'out',
  outbase: '.',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
};

/**
 * The typo rule's model and candidates ship beside the bundles, read when first needed (never bundled), with the
 * model's own licence (LGPL-2.1-or-later; the extension's code is MIT), the Unicode licence of the Unihan data in
 * the candidates, the MIT licence of cppjieba's dictionary, whose words are the candidates' [lexicon], and the MIT
 * licence of the typo benchmark whose train split's slips are the candidates' [mined].
 */
function copyDataBesideBundles() {
  for (const name of ['zh-lm.bin', 'zh-candidates.txt', 'zh-lm.LICENSE.txt', 'Unihan.LICENSE.txt', 'jieba.LICENSE.txt'])
    copyFileSync(`data/${name}`, `dist/${name}`);
  copyFileSync('test/typos/ecspell-odw/LICENSE', 'dist/ecspell.LICENSE.txt');
  // pinyin-pro (MIT) is bundled into dist/pinyin.js: its licence goes with it.
  copyFileSync('node_modules/pinyin-pro/LICENSE', 'dist/pinyin-pro.LICENSE.txt');
}

if (watch) {
  for (const options of [...bundles, ...integrationSuites, benchmark, tests]) {
    const ctx = await context(options);
    await ctx.watch();
  }
  mkdirSync('dist', { recursive: true });
  copyDataBesideBundles();
  console.log('esbuild: watching src/ and test/');
} else {
  rmSync('dist', { recursive: true, force: true });
  rmSync('out', { recursive: true, force: true });
  await Promise.all([...bundles, ...integrationSuites, benchmark, tests].map((options) => build(options)));
  copyDataBesideBundles();
  console.log('esbuild: dist/ and out/ built');
}
