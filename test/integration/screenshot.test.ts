import * as vscode from 'vscode';
import * as assert from './assert';
import { closeAllEditors, extensionApi, IN_WEB_WORKER, openFixture, waitFor } from './helpers';

/**
 * A picture for people: seed 002 open with its Outline and the Problems panel. The code-server runner takes the
 * screenshot when the suite logs `[[screenshot:PATH]]`; it sets SPEECH_DRAFT_TEST_RESULTS to the folder.
 * Other runners (test-electron) cannot take one, so the test exists only where the runner provides the folder.
 */
const resultsFolder = IN_WEB_WORKER ? undefined : process.env.SPEECH_DRAFT_TEST_RESULTS;

if (resultsFolder) {
  describe('Screenshot', () => {
    after(closeAllEditors);

    it('shows seed 002 with its outline and problems', async () => {
      await extensionApi();
      const { document } = await openFixture('seed-002-community.txt', '培训班讲话.txt');
      await waitFor('the diagnostics', () => vscode.languages.getDiagnostics(document.uri).length > 0);
      await vscode.commands.executeCommand('outline.focus');
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      await new Promise((done) => setTimeout(done, 1500));
      const file = vscode.Uri.file(`${resultsFolder}/outline-and-problems.png`);
      // An old picture would end the wait at once and the new one would be taken after the editors closed.
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
      console.log(`[[screenshot:${file.fsPath}]]`);
      const stat = await waitFor('the screenshot', async () => {
        try {
          return await vscode.workspace.fs.stat(file);
        } catch {
          return undefined;
        }
      }, 20_000);
      assert.ok(stat.size > 10_000, `a real picture, not an empty one (${stat.size} bytes)`);
    });
  });
}
