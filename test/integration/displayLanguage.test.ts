import * as assert from './assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, openText, waitFor } from './helpers';

/**
 * The extension's own texts follow VS Code's display language (vscode.env.language). The suites run in English: with
 * code-server's --locale zh-cn but no Chinese language pack installed, VS Code still reports `en`.
 */
describe('The display language', () => {
  const chinese = vscode.env.language.toLowerCase().startsWith('zh');

  after(closeAllEditors);

  it(`shows the command titles in ${chinese ? 'Chinese' : 'English'} (VS Code: ${vscode.env.language})`, () => {
    const extension = vscode.extensions.all.find((candidate) => candidate.id.endsWith('.speech-draft'));
    const commands = (
      extension?.packageJSON as { contributes: { commands: Array<{ command: string; title: string }> } }
    ).contributes.commands;
    const insert = commands.find((command) => command.command === 'speechDraft.insertSection');
    assert.equal(insert?.title, chinese ? '插入下一个标题' : 'Insert Next Heading');
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
