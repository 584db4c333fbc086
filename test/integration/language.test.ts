import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, documentSymbols, extensionApi, openText, setSetting } from './helpers';

describe('The speech language', () => {
  after(async () => {
    await setSetting('languages', undefined);
    await closeAllEditors();
  });

  for (const name of ['在开班式上的讲话.txt', '年终总结讲话稿.txt', '新年致辞.txt', '座谈会发言.txt', 'draft.speech.txt', 'draft.speech']) {
    it(`opens ${name} as a speech`, async () => {
      const editor = await openText(name, '同志们：\n一、总体要求\n');
      assert.equal(editor.document.languageId, 'speech');
    });
  }

  it('leaves other text files as plain text', async () => {
    const editor = await openText('notes.txt', '一、总体要求\n');
    assert.equal(editor.document.languageId, 'plaintext');
  });

  it('turns the features on for plaintext through speechDraft.languages, without a reload', async () => {
    await extensionApi();
    const editor = await openText('plain-outline.txt', '一、总体要求\n正文。\n二、主要任务\n正文。\n');
    const before = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.equal((before ?? []).length, 0, 'plain text has no speech outline by default');
    await setSetting('languages', ['speech', 'plaintext']);
    const symbols = await documentSymbols(editor.document);
    assert.deepEqual(symbols.map((s) => s.name), ['一、总体要求', '二、主要任务']);
  });

  it('applies the speech editor defaults: word wrap on, no ambiguous-character boxes', async () => {
    const editor = await openText('defaults.speech', '同志们：\n');
    const config = vscode.workspace.getConfiguration('editor', editor.document);
    assert.equal(config.get('wordWrap'), 'on');
    assert.equal(config.get('unicodeHighlight.ambiguousCharacters'), false);
  });
});
