import * as vscode from 'vscode';
import * as assert from './assert';
import { closeAllEditors, documentSymbols, extensionApi, headingSymbols, openText, waitFor } from './helpers';

async function completionLabels(
  document: vscode.TextDocument,
  position: vscode.Position,
): Promise<Array<{ label: string; kind?: vscode.CompletionItemKind }>> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
  );
  return list.items.map((item) => ({
    label: typeof item.label === 'string' ? item.label : item.label.label,
    kind: item.kind,
  }));
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
        return found.some((item) => item.label === typed && item.kind === vscode.CompletionItemKind.Snippet)
          ? found
          : undefined;
      });
      assert.ok(items.length > 0);
    });
  }

  /** Types `text` a character at a time, as a writer does, then accepts the suggestion that popped up by itself. */
  async function typeAndAcceptSuggestion(editor: vscode.TextEditor, text: string): Promise<string> {
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    for (const character of text) await vscode.commands.executeCommand('type', { text: character });
    const typed = editor.document.getText();
    // Without the suggest widget, accepting does nothing: the text changes only once completion has popped up.
    return waitFor('the suggest widget to pop up and its suggestion to be accepted', async () => {
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      const now = editor.document.getText();
      return now !== typed ? now : undefined;
    });
  }

  for (const typed of ['kbs', '开班式']) {
    it(`completion pops up by itself while ${typed} is typed, and inserts the skeleton`, async () => {
      const editor = await openText(`typed-${typed}.speech`, '');
      const text = await typeAndAcceptSuggestion(editor, typed);
      assert.match(text, /^在【培训班名称】开班式上的讲话\n/);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }

  it('completion pops up by itself at a heading start and offers the next heading', async () => {
    const editor = await openText('typed-heading.speech', '一、提高认识\n\n二、注重实效\n\n');
    editor.selection = new vscode.Selection(4, 0, 4, 0);
    const text = await typeAndAcceptSuggestion(editor, '三');
    assert.equal(text.split('\n')[4], '三、');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('offers no word-based suggestions in speech documents (a run of Chinese is not a word to complete)', () => {
    assert.equal(
      vscode.workspace.getConfiguration('editor', { languageId: 'speech' }).get('wordBasedSuggestions'),
      'off',
    );
  });

  it('New Speech opens an untitled speech holding the skeleton, and its outline shows its sections', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('speechDraft.newSpeech', '开班式讲话');
    assert.ok(editor, 'an editor');
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'speech');
    assert.match(editor.document.getText(), /^在【培训班名称】开班式上的讲话\n\n同志们：\n/);
    const symbols = await waitFor('the skeleton outline', async () => {
      const found = await documentSymbols(editor.document);
      return headingSymbols(found).length === 3 ? found : undefined;
    });
    assert.deepEqual(
      headingSymbols(symbols).map((s) => s.name),
      ['一、【第一点：提高认识】', '二、【第二点：注重实效】', '三、【第三点：严守纪律】'],
    );
    assert.equal(symbols[0].name, '在【培训班名称】开班式上的讲话', 'the title block comes first');
    assert.equal(symbols[0].kind, vscode.SymbolKind.File);
    assert.equal(symbols.at(-1)?.kind, vscode.SymbolKind.Event, 'the closing part comes last');
    await waitFor('the unfilled fields reported as placeholders', () =>
      vscode.languages
        .getDiagnostics(editor.document.uri)
        .some((d) => typeof d.code === 'object' && d.code.value === 'placeholder'),
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('inserts a skeleton through the snippet API, with the tabstops live', async () => {
    const editor = await openText('snippet-api.speech', '');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'speech', name: '总结大会讲话' });
    await waitFor('the skeleton', () => editor.document.getText().includes('一、【回顾成绩，坚定信心】'));
    assert.equal(
      editor.document.getText(editor.selection),
      '同志们：',
      'the first tabstop, the salutation choice, is selected',
    );
    const symbols = await documentSymbols(editor.document);
    const headings = headingSymbols(symbols);
    assert.deepEqual(
      headings.map((s) => s.name.slice(0, 2)),
      ['一、', '二、', '三、'],
    );
    assert.deepEqual(
      headings[2].children.map((c) => c.name.slice(0, 2)),
      ['一是', '二是', '三是'],
    );
  });
});
