import * as vscode from 'vscode';
import * as assert from './assert';
import { closeAllEditors, extensionApi, openFixture, waitFor, workspaceUri } from './helpers';

interface Api {
  previewHtml(): string | undefined;
  previewScrolledTo(): number | undefined;
}

describe('Export to Word and print preview', () => {
  after(closeAllEditors);

  it('exports the active speech to a .docx file through the command', async () => {
    await extensionApi();
    const { document } = await openFixture('seed-000-opening.txt', '开班式讲话.speech');
    const target = workspaceUri('开班式讲话.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri>('speechDraft.exportDocx', document.uri, target);
    assert.equal(written?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.ok(bytes.length > 5000, `a real document (${bytes.length} bytes)`);
    assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK', 'a zip package, as .docx files are');
  });

  it('exports the reading profile too', async () => {
    const { document } = await openFixture('seed-002-community.txt', '培训班讲话.speech');
    const target = workspaceUri('培训班讲话-朗读稿.docx');
    await vscode.commands.executeCommand('speechDraft.exportDocx', document.uri, target, 'reading');
    const stat = await vscode.workspace.fs.stat(target);
    assert.ok(stat.size > 5000);
  });

  it('shows a preview beside the editor that follows the typing, with a strict Content-Security-Policy', async () => {
    const api = (await extensionApi()) as unknown as Api;
    const editor = await openFixture('seed-000-opening.txt', '预览讲话.speech');
    await vscode.commands.executeCommand('speechDraft.showPreview');
    const html = await waitFor('the preview', () => api.previewHtml());
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[0-9a-f]{32}'; script-src 'nonce-[0-9a-f]{32}';"/);
    assert.match(html, /<p class="title" data-line="0">预览讲话<\/p>/);
    assert.match(html, /<p class="heading level-1" data-line="5">一、不断提高认识水平/);
    await editor.edit((edit) => edit.insert(new vscode.Position(20, 0), '四、新加的一节\n'));
    await waitFor('the preview to follow the edit', () => api.previewHtml()?.includes('四、新加的一节'));
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    editor.revealRange(new vscode.Range(18, 0, 18, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor('the preview to follow the scrolling', () => (api.previewScrolledTo() ?? 0) >= 10);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
