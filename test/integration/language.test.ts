import * as assert from './assert';
import * as vscode from 'vscode';
import { closeAllEditors, documentSymbols, extensionApi, IN_WEB_WORKER, openText, setSetting } from './helpers';

describe('The speech language', () => {
  after(async () => {
    await setSetting('languages', undefined);
    await closeAllEditors();
  });

  it(`runs in the ${IN_WEB_WORKER ? 'web worker' : 'Node'} extension host of VS Code 1.90 or later`, () => {
    assert.match(vscode.version, /^1\.(9\d|[1-9]\d\d)\./);
    // In the worker there is no Node `process`; WorkerGlobalScope exists only there.
    assert.equal(
      typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined',
      IN_WEB_WORKER,
    );
    console.log(
      `    (VS Code ${vscode.version}, ${IN_WEB_WORKER ? 'web worker' : 'Node'} extension host, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web UI' : 'desktop UI'})`,
    );
  });

  for (const name of [
    '在开班式上的讲话.txt',
    '年终总结讲话稿.txt',
    '新年致辞.txt',
    '座谈会发言.txt',
    'draft.speech.txt',
    'draft.speech',
  ]) {
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
    const before = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    assert.equal((before ?? []).length, 0, 'plain text has no speech outline by default');
    await setSetting('languages', ['speech', 'plaintext']);
    const symbols = await documentSymbols(editor.document);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、总体要求', '二、主要任务'],
    );
  });

  it('applies the speech editor defaults: word wrap on, no ambiguous-character boxes', async () => {
    const editor = await openText('defaults.speech', '同志们：\n');
    const config = vscode.workspace.getConfiguration('editor', editor.document);
    assert.equal(config.get('wordWrap'), 'on');
    assert.equal(config.get('unicodeHighlight.ambiguousCharacters'), false);
  });
});
