import * as vscode from 'vscode';
import * as assert from './assert';
import { closeAllEditors, deleteWorkspaceFile, extensionApi, IN_WEB_WORKER, openFixture, waitFor } from './helpers';

/**
 * A picture for people: the sample speech open with its Outline, the Problems panel and a quick fix offered. The code-server runner takes the
 * screenshot when the suite logs `[[screenshot:PATH]]`; it sets SPEECH_DRAFT_TEST_RESULTS to the folder.
 * Other runners (test-electron) cannot take one, so the test exists only where the runner provides the folder.
 */
const resultsFolder = IN_WEB_WORKER ? undefined : process.env.SPEECH_DRAFT_TEST_RESULTS;

if (resultsFolder) {
  describe('Screenshot', () => {
    after(closeAllEditors);

    it('shows the sample speech with its outline, its problems and a quick fix', async () => {
      await extensionApi();
      // Only the sample's problems in the picture: the activation test's file goes first.
      await closeAllEditors();
      await deleteWorkspaceFile('activation.speech');
      // A deleted file's problems go when VS Code tells the extension so, which a loaded machine may delay: a precondition
      // of the picture, waited for up to half a minute, not a measure of speed.
      await waitFor(
        'no other problems',
        () => {
          const left = vscode.languages.getDiagnostics().filter(([, diagnostics]) => diagnostics.length > 0);
          // Thrown, not returned false: a timeout then names the files whose problems stayed.
          if (left.length > 0)
            throw new Error(left.map(([uri, diagnostics]) => `${uri.toString()}: ${diagnostics.length}`).join(', '));
          return true;
        },
        30_000,
      );
      const editor = await openFixture('sample.txt', '开班式讲话.txt');
      const { document } = editor;
      await waitFor('the diagnostics', () => vscode.languages.getDiagnostics(document.uri).length > 8);
      await vscode.commands.executeCommand('outline.focus');
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      // The quick fixes of the half-width colon after the salutation, open as the writer would see them.
      const colon = vscode.languages.getDiagnostics(document.uri).find((d) => document.getText(d.range) === ':');
      assert.ok(colon, 'the sample has a half-width colon to fix');
      editor.selection = new vscode.Selection(colon.range.start, colon.range.start);
      await new Promise((done) => setTimeout(done, 800));
      await vscode.commands.executeCommand('editor.action.quickFix');
      await new Promise((done) => setTimeout(done, 1500));
      const file = vscode.Uri.file(`${resultsFolder}/outline-and-problems.png`);
      // An old picture would end the wait at once and the new one would be taken after the editors closed.
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
      console.log(`[[screenshot:${file.fsPath}]]`);
      const stat = await waitFor(
        'the screenshot',
        async () => {
          try {
            return await vscode.workspace.fs.stat(file);
          } catch {
            return undefined;
          }
        },
        20_000,
      );
      assert.ok(stat.size > 10_000, `a real picture, not an empty one (${stat.size} bytes)`);
    });
  });
}
