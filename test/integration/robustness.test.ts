import * as vscode from 'vscode';
import * as assert from './assert';
import { closeAllEditors, documentSymbols, extensionApi, openText, waitFor, workspaceUri } from './helpers';

describe('Robustness in the editor', () => {
  afterEach(async () => {
    await vscode.workspace
      .getConfiguration('speechDraft')
      .update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('typing fast analyses once typing pauses, not every version', async () => {
    const extension = await extensionApi();
    const editor = await openText('typing-fast.speech', '同志们：\n');
    await waitFor('the first analysis', () => vscode.languages.getDiagnostics(editor.document.uri) !== undefined);
    await new Promise((done) => setTimeout(done, 500));
    const before = extension.analysisRuns();
    // On a busy machine one edit's round trip can itself outlast the typing delay (300 ms), and an analysis then
    // rightly runs in that pause: each such pause may add one.
    let pauses = 0;
    let last = Date.now();
    for (let i = 0; i < 20; i++) {
      await editor.edit((edit) => edit.insert(new vscode.Position(1, i), '字'));
      const now = Date.now();
      if (now - last >= 200) pauses++;
      last = now;
    }
    await waitFor('the analysis after the pause', () => extension.analysisRuns() > before);
    await new Promise((done) => setTimeout(done, 500));
    const runs = extension.analysisRuns() - before;
    assert.ok(runs >= 1 && runs <= 3 + pauses, `20 quick edits with ${pauses} long pauses led to ${runs} analyses`);
  });

  it('a speech above speechDraft.maxFileSize keeps its outline, is checked on save, not as it is typed', async () => {
    const extension = await extensionApi();
    await vscode.workspace
      .getConfiguration('speechDraft')
      .update('maxFileSize', 10_000, vscode.ConfigurationTarget.Global);
    const body = '一、甲\n' + '区**高度重视。'.repeat(2000) + '\n二、乙\n正文。\n';
    const editor = await openText('large.speech', body);
    const { document } = editor;
    const symbols = await documentSymbols(document);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、甲', '二、乙'],
    );
    await waitFor('problems on open', () => vscode.languages.getDiagnostics(document.uri).length > 0);
    // The typo check publishes again when it is done; the count is read after it, not between the two.
    await waitFor('the typo check done', () => extension.checkingText() === '');
    const onOpen = vscode.languages.getDiagnostics(document.uri).length;
    await editor.edit((edit) => edit.insert(new vscode.Position(3, 0), '×××'));
    await new Promise((done) => setTimeout(done, 800));
    assert.equal(vscode.languages.getDiagnostics(document.uri).length, onOpen, 'not re-checked as it is typed');
    const after = await documentSymbols(document);
    assert.equal(after.length, 2, 'the outline still follows');
    await document.save();
    await waitFor('problems after saving', () => vscode.languages.getDiagnostics(document.uri).length === onOpen + 1);
  });

  it('non-UTF-8 files and pasted binary content do not break the extension', async () => {
    // GBK-encoded 同志们：一、甲 and random high bytes: invalid UTF-8, decoded with replacement characters.
    const gbk = [0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba, 0x0a, 0xd2, 0xbb, 0xa1, 0xa2, 0xbc, 0xd7, 0x0a];
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i < gbk.length ? gbk[i] : 0x80 + ((i * 37) % 127);
    const uri = workspaceUri('gbk.speech');
    await vscode.workspace.fs.writeFile(uri, bytes);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', uri);
    // Binary pasted into a speech: NULs, control characters, lone surrogates.
    const editor = await openText('pasted-binary.speech', '同志们：\n');
    const garbage = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), garbage));
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', editor.document.uri);
    await vscode.commands.executeCommand('speechDraft.fixAll');
    await vscode.commands.executeCommand('speechDraft.renumber');
    // Still working afterwards:
    const after = await openText('after-binary.speech', '一、甲\n正文。\n');
    assert.deepEqual(
      (await documentSymbols(after.document)).map((s) => s.name),
      ['一、甲'],
    );
    await waitFor('problems still reported', async () => (await extensionApi()).analysisRuns() > 0);
  });
});
