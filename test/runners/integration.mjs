// `npm run test:integration`: the integration suite inside VS Code 1.100 (code-server), first in the Node
// extension host against dist/extension.js, then in the browser's web worker host against dist/web/extension.js.
// Each run gets a fresh workspace folder. Pass --node or --web to run one host only.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runner = join(repo, 'test/runners/code-server.mjs');
const results = join(repo, 'test-results');
mkdirSync(results, { recursive: true });

const only = process.argv.includes('--web') ? 'web' : process.argv.includes('--node') ? 'node' : undefined;
const hosts = [
  { name: 'node', label: 'Node extension host', suite: 'out/test/integration/index.js', args: [] },
  {
    name: 'web',
    label: 'web worker extension host',
    suite: 'out/test/integration/web.js',
    args: ['--web', '--skip-setup'],
  },
  {
    // The extension's own texts follow VS Code's display language: its tests of that, with the display language zh-cn.
    name: 'zh-cn',
    label: 'Node extension host, display language zh-cn',
    suite: 'out/test/integration/index.js',
    args: ['--locale', 'zh-cn', '--skip-setup'],
    grep: 'display language',
  },
].filter((host) => only === undefined || host.name === only || (only === 'node' && host.name === 'zh-cn'));

let status = 0;
for (const host of hosts) {
  const workspace = mkdtempSync(join(tmpdir(), `speech-draft-${host.name}-`));
  console.log(`\n=== Integration tests in the ${host.label} ===`);
  const run = spawnSync(
    process.execPath,
    [
      runner,
      '--extension',
      repo,
      '--tests',
      join(repo, host.suite),
      '--workspace',
      workspace,
      // The suite takes seconds; a hang should fail CI in minutes, not use up its whole time.
      '--timeout-ms',
      process.env.SPEECH_DRAFT_TEST_TIMEOUT_MS ?? '300000',
      ...host.args,
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        SPEECH_DRAFT_TEST_RESULTS: results,
        ...(host.grep ? { SPEECH_DRAFT_TEST_GREP: host.grep } : {}),
      },
    },
  );
  rmSync(workspace, { recursive: true, force: true });
  const code = run.status ?? 1;
  console.log(`=== ${host.label}: ${code === 0 ? 'passed' : `failed (exit ${code})`} ===`);
  if (code !== 0) status = code;
}
process.exit(status);
