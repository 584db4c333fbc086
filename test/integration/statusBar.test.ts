import * as assert from './assert';
import * as vscode from 'vscode';
import { closeAllEditors, documentSymbols, extensionApi, openFixture, openText, setSetting, waitFor } from './helpers';

/** A diagnostic's rule id (its code is the id, or { value: id, target: docs }). */
function diagnosticCode(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

describe('Status bar and speaking rate', () => {
  after(async () => {
    await setSetting('speakingRate', undefined);
    await setSetting('timeLimit', undefined);
    await closeAllEditors();
  });

  it('shows the character count and speaking time of the active speech', async () => {
    const api = await extensionApi();
    await openText('short.speech', `同志们：\n${'字'.repeat(436)}。\n谢谢大家！`);
    // 同志们 3 + 436 + 谢谢大家 4 = 443 characters; at 160 a minute about 3 minutes.
    const text = await waitFor('the status bar', () =>
      api.statusBarText().includes('443') ? api.statusBarText() : undefined,
    );
    assert.match(text, /443(字| chars) · (约3分钟|about 3 min)/);
  });

  it('shows the speaking time against the time limit and warns when over; the front matter wins over the setting', async () => {
    const api = await extensionApi();
    // 443 characters, about 3 minutes at 160 a minute.
    const { document } = await openText('limit.speech', `同志们：\n${'字'.repeat(436)}。\n谢谢大家！`);
    await waitFor('the plain figures', () => /443/.test(api.statusBarText()) && !api.statusBarText().includes('/'));
    assert.equal(api.statusBarWarning(), false);
    await setSetting('timeLimit', 1);
    const over = await waitFor('the limit from the setting', () =>
      / \/ 1 ?(分钟|min)/.test(api.statusBarText()) ? api.statusBarText() : undefined,
    );
    assert.match(over, /(约3分钟|about 3 min) \/ 1 ?(分钟|min)/);
    assert.equal(api.statusBarWarning(), true, 'over the limit: the warning colour');
    await waitFor('the time-limit problem', () =>
      vscode.languages.getDiagnostics(document.uri).some((diagnostic) => diagnosticCode(diagnostic) === 'time-limit'),
    );
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '---\nminutes: 5\n---\n'));
    await waitFor('the limit from the front matter', () => / \/ 5 ?(分钟|min)/.test(api.statusBarText()));
    assert.equal(api.statusBarWarning(), false, 'within the limit');
    await waitFor('no time-limit problem', () =>
      vscode.languages.getDiagnostics(document.uri).every((diagnostic) => diagnosticCode(diagnostic) !== 'time-limit'),
    );
    await setSetting('timeLimit', undefined);
  });

  it("shows the selection's figures while text is selected", async () => {
    const api = await extensionApi();
    const editor = await openText('selection.speech', '同志们：\n一二三四五六七八九十。\n');
    editor.selection = new vscode.Selection(1, 0, 1, 5);
    const text = await waitFor('the selection figures', () =>
      /(选中|Selected) ?5/.test(api.statusBarText()) ? api.statusBarText() : undefined,
    );
    assert.match(text, /(选中5字|Selected 5 chars)/);
    assert.match(text, /13(字| chars)/, 'and the whole speech beside it');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await waitFor('the selection figures to go', () => !/(选中|Selected)/.test(api.statusBarText()));
  });

  it('hides the item for documents that are not speeches', async () => {
    const api = await extensionApi();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'json', content: '{}' }));
    await waitFor('the item to hide', () => api.statusBarText() === '');
  });

  it('changing speechDraft.speakingRate changes the figures without a reload', async () => {
    const api = await extensionApi();
    const editor = await openText('rate.speech', `同志们：\n${'字'.repeat(1317)}。\n谢谢大家！`);
    // 1,324 characters: about 8 minutes at 160 a minute, about 4 at 330.
    await waitFor('the default rate', () => /(约8分钟|about 8 min)/.test(api.statusBarText()));
    await setSetting('speakingRate', 330);
    await waitFor('the new rate in the status bar', () => /(约4分钟|about 4 min)/.test(api.statusBarText()));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    assert.deepEqual(
      (symbols ?? []).map((symbol) => symbol.kind),
      [vscode.SymbolKind.Event],
      'no headings in this text, only its closing',
    );
    const { document } = await openFixture('seed-000-opening.txt', 'seed-000-rate.speech');
    const fast = (await documentSymbols(document))[0].detail;
    await setSetting('speakingRate', 110);
    const slow = await waitFor('the new rate in the outline', async () => {
      const detail = (await documentSymbols(document))[0].detail;
      return detail !== fast ? detail : undefined;
    });
    const minutes = (detail: string): number => Number(/(\d+)(分钟| min)/.exec(detail)?.[1]);
    assert.ok(minutes(slow) > minutes(fast), `${slow} is longer than ${fast}`);
  });
});
