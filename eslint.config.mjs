// ESLint for the project's own code: the recommended JavaScript rules, typescript-eslint's strict set, and the
// type-aware rules that catch what the compiler does not (promises left floating or misused, awaiting a non-promise,
// an assertion that changes nothing, a switch that misses a case). Type information comes from the project service,
// for the TypeScript files only. (no-unnecessary-condition is left out: without noUncheckedIndexedAccess it calls
// every guard on an array index unnecessary.)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = {
  console: 'readonly',
  process: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  Buffer: 'readonly',
  fetch: 'readonly',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      '.cache/**',
      'node_modules/**',
      'test-results/**',
      'test/fixtures/**',
      'test/corpus/tools/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      // Chinese text holds the ideographic space U+3000 on purpose, in strings, patterns and comments.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true },
      ],
      // Non-null assertions follow a check the compiler cannot see (a match that was just tested).
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    // require() on purpose: test files loaded in a fixed order into the host's mocha, the export, pinyin and typo
    // modules resolved at run time beside the bundle (kept out of it), and the benchmark's optional peers.
    files: [
      'test/integration/suite.ts',
      'test/integration/web.ts',
      'src/vscode/exportModule.ts',
      'src/vscode/regexModule.ts',
      'src/vscode/bundledModule.ts',
      'bench/bench.ts',
      'bench/compare.ts',
    ],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Loaded in the page by playwright's evaluate: browser globals.
    files: ['test/runners/code-server.mjs'],
    languageOptions: { globals: { Element: 'readonly', document: 'readonly', window: 'readonly' } },
  },
);
