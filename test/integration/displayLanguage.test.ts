import * as assert from './assert';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, extensionApi, openText, waitFor } from './helpers';

/**
 * The extension's own texts follow VS Code's display language (vscode.env.language): run in English by the two hosts'
 * suites, and with the display language zh-cn by a run of its own (test/runners/integration.mjs; see
 * scripts/display-locale.mjs).
 */
describe('The display language', () => {
  const chinese = vscode.env.language.toLowerCase().startsWith('zh');

  after(closeAllEditors);

  it(`shows the command titles in ${chinese ? 'Chinese' : 'English'} (VS Code: ${vscode.env.language})`, async () => {
    await extensionApi();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    type Title = string | { value: string };
    const commands = (extension?.packageJSON as { contributes: { commands: Array<{ command: string; title: Title }> } })
      .contributes.commands;
    // VS Code gives a localized title as { value, original }.
    const title = commands.find((command) => command.command === 'speechDraft.insertSection')?.title;
    assert.equal(typeof title === 'object' ? title.value : title, chinese ? '插入下一个标题' : 'Insert Next Heading');
  });

  it('shows the problems and the status bar in the display language', async () => {
    const { document } = await openText('display-language.speech', '同志们:\n今天我们召开会议。\n谢谢大家！\n');
    const [problem] = await waitFor('the problem', () => {
      const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'speech-draft');
      return found.length > 0 ? found : undefined;
    });
    assert.match(problem.message, chinese ? /半角/ : /half-width/i);
    const api = await extensionApi();
    const status = await waitFor('the status bar', () => api.statusBarText() || undefined);
    assert.match(status, chinese ? /\d+字 · / : /\d+ chars · /);
  });
});
