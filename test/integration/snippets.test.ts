import * as vscode from 'vscode';
import * as assert from './assert';
import { closeAllEditors, documentSymbols, extensionApi, openText, waitFor } from './helpers';

async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<Array<{ label: string; kind?: vscode.CompletionItemKind }>> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.map((item) => ({ label: typeof item.label === 'string' ? item.label : item.label.label, kind: item.kind }));
}

describe('Snippets and New Speech', () => {
  before(async () => {
    await extensionApi();
  });
  after(closeAllEditors);

  for (const typed of ['kbs', '开班式']) {
    it(`typing ${typed} in a speech offers the opening-ceremony skeleton`, async () => {
      const editor = await openText(`complete-${typed}.speech`, typed);
      const items = await waitFor('the skeleton among the completions', async () => {
        const found = await completionLabels(editor.document, new vscode.Position(0, typed.length));
        return found.some((item) => item.label === typed && item.kind === vscode.CompletionItemKind.Snippet) ? found : undefined;
      });
      assert.ok(items.length > 0);
    });
  }

  it('New Speech opens an untitled speech holding the skeleton, and its outline shows its sections', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('speechDraft.newSpeech', '开班式讲话');
    assert.ok(editor, 'an editor');
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'speech');
    assert.match(editor.document.getText(), /^在【培训班名称】开班式上的讲话\n\n同志们：\n/);
    const symbols = await waitFor('the skeleton outline', async () => {
      const found = await documentSymbols(editor.document);
      return found.length === 3 ? found : undefined;
    });
    assert.deepEqual(symbols.map((s) => s.name), ['一、【第一点：提高认识】', '二、【第二点：注重实效】', '三、【第三点：严守纪律】']);
    await waitFor('the unfilled fields reported as placeholders', () =>
      vscode.languages.getDiagnostics(editor.document.uri).some((d) => typeof d.code === 'object' && d.code.value === 'placeholder'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('inserts a skeleton through the snippet API, with the tabstops live', async () => {
    const editor = await openText('snippet-api.speech', '');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'speech', name: '总结大会讲话' });
    await waitFor('the skeleton', () => editor.document.getText().includes('一、【回顾成绩，坚定信心】'));
    assert.equal(editor.document.getText(editor.selection), '同志们：', 'the first tabstop, the salutation choice, is selected');
    const symbols = await documentSymbols(editor.document);
    assert.deepEqual(symbols.map((s) => s.name.slice(0, 2)), ['一、', '二、', '三、']);
    assert.deepEqual(symbols[2].children.map((c) => c.name.slice(0, 2)), ['一是', '二是', '三是']);
  });
});
