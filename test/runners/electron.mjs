// Runs the integration suite in desktop VS Code through @vscode/test-electron: for machines that can download
// VS Code, or where VSCODE_EXECUTABLE points at one. Machines without that network use code-server.mjs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let runTests;
try {
  ({ runTests } = await import('@vscode/test-electron'));
} catch {
  console.error('test:electron needs @vscode/test-electron (a devDependency): run npm install');
  process.exit(2);
}
const workspace = mkdtempSync(join(tmpdir(), 'speech-draft-workspace-'));
if (!process.env.VSCODE_EXECUTABLE) {
  console.log('Downloading desktop VS Code (set VSCODE_EXECUTABLE to use an installed one)…');
}
try {
  await runTests({
    extensionDevelopmentPath: repo,
    extensionTestsPath: join(repo, 'out/test/integration/index.js'),
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
} catch (error) {
  console.error(`integration tests failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
