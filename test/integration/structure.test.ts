import * as vscode from 'vscode';
import * as assert from './assert';
import {
  closeAllEditors,
  documentSymbols,
  extensionApi,
  headingSymbols,
  openFixture,
  openText,
  setSetting,
  waitFor,
} from './helpers';

async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      range,
      'quickfix',
    )) ?? []
  );
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

function placeCursor(editor: vscode.TextEditor, text: string): void {
  const position = editor.document.positionAt(editor.document.getText().indexOf(text));
  editor.selection = new vscode.Selection(position, position);
}

describe('Structure: announced count, renumbering, moving and inserting sections, completion', () => {
  before(async () => {
    await extensionApi();
  });
  afterEach(async () => {
    await setSetting('renumberOnSave', undefined);
    await closeAllEditors();
  });

  it('reports 三点 in seed 002, and its quick fix writes 两点', async () => {
    const { document } = await openFixture('seed-002-community.txt', 'seed-002-count.speech');
    const diagnostic = await waitFor('announced-count', () =>
      vscode.languages.getDiagnostics(document.uri).find((d) => codeOf(d) === 'announced-count'),
    );
    assert.equal(document.getText(diagnostic.range), '三点');
    const fix = (await quickFixes(document, diagnostic.range)).find((a) =>
      /(改为「两点」|Change to 「两点」)/.test(a.title),
    );
    assert.ok(fix?.edit);
    await vscode.workspace.applyEdit(fix.edit);
    await waitFor('两点', () => document.lineAt(1).text.endsWith('讲两点意见:'));
  });

  it('the numbering quick fix and the Renumber command fix 一、二、四、 in one undoable edit', async () => {
    const editor = await openText(
      'renumber.speech',
      '同志们：\n一、甲\n正文。\n二、乙\n一是抓项目。二是抓企业。四是抓环境。\n四、丙\n正文。\n',
    );
    const { document } = editor;
    const diagnostic = await waitFor('numbering-sequence', () =>
      vscode.languages.getDiagnostics(document.uri).find((d) => codeOf(d) === 'numbering-sequence'),
    );
    const fix = (await quickFixes(document, diagnostic.range)).find((a) =>
      /(全文重新编号|Renumber the speech)/.test(a.title),
    );
    assert.ok(fix?.edit, 'a renumber quick fix');
    const before = document.getText();
    await vscode.commands.executeCommand('speechDraft.renumber');
    const expected = before.replace('四是抓环境', '三是抓环境').replace('四、丙', '三、丙');
    await waitFor('the renumbered text', () => document.getText() === expected);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo in one step', () => document.getText() === before);
  });

  it('moves the section under the cursor up and down, renumbering, and the outline follows', async () => {
    const editor = await openText(
      'move.speech',
      '同志们：\n一、甲\n甲的正文。\n二、乙\n乙的正文。\n三、丙\n丙的正文。\n谢谢大家！\n',
    );
    placeCursor(editor, '乙的正文');
    await vscode.commands.executeCommand('speechDraft.moveSectionUp');
    await waitFor('乙 first', () => editor.document.getText().startsWith('同志们：\n一、乙\n乙的正文。\n二、甲\n'));
    assert.equal(
      editor.document.getText(new vscode.Range(editor.selection.active, editor.selection.active.translate(0, 4))),
      '乙的正文',
    );
    const symbols = await waitFor('the outline', async () => {
      const found = await documentSymbols(editor.document);
      return found[0]?.name === '一、乙' ? found : undefined;
    });
    assert.deepEqual(
      headingSymbols(symbols).map((s) => s.name),
      ['一、乙', '二、甲', '三、丙'],
    );
    await vscode.commands.executeCommand('speechDraft.moveSectionDown');
    await vscode.commands.executeCommand('speechDraft.moveSectionDown');
    await waitFor(
      '乙 last',
      () =>
        editor.document.getText() ===
        '同志们：\n一、甲\n甲的正文。\n二、丙\n丙的正文。\n三、乙\n乙的正文。\n谢谢大家！\n',
    );
  });

  it("inserts the next heading at the cursor's level and renumbers the ones after it", async () => {
    const editor = await openText('insert.speech', '一、甲\n甲的正文。\n二、乙\n乙的正文。\n');
    placeCursor(editor, '甲的正文');
    await vscode.commands.executeCommand('speechDraft.insertSection');
    await waitFor(
      'the new heading',
      () => editor.document.getText() === '一、甲\n甲的正文。\n二、\n三、乙\n乙的正文。\n',
    );
    assert.equal(editor.selection.active.line, 2);
    assert.equal(editor.selection.active.character, 2, 'the cursor waits after the new number');
  });

  it('inserts the next heading after the whole section, its subsections with it, and reports it until it has a title', async () => {
    const editor = await openText(
      'insert-after.speech',
      '一、甲\n甲的正文。\n二、乙\n乙的正文。\n（一）子一\n子一正文。\n（二）子二\n子二正文。\n三、丙\n丙的正文。\n',
    );
    placeCursor(editor, '乙的正文');
    await vscode.commands.executeCommand('speechDraft.insertSection');
    await waitFor('the new heading after （二）', () =>
      editor.document.getText().includes('（二）子二\n子二正文。\n三、\n四、丙\n'),
    );
    assert.equal(editor.selection.active.line, 8);
    assert.equal(editor.selection.active.character, 2, 'the cursor waits for the title');
    const empty = await waitFor('the empty heading reported', () =>
      vscode.languages
        .getDiagnostics(editor.document.uri)
        .find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'empty-heading'),
    );
    assert.equal(empty.range.start.line, 8);
  });

  it('offers the next heading for each level in scope at the start of a line', async () => {
    const editor = await openText('complete.speech', '一、甲\n二、乙\n（一）子\n一是抓项目。二是抓企业。\n\n');
    const position = new vscode.Position(4, 0);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      position,
    );
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const expected of ['三是', '（二）', '三、']) {
      assert.ok(labels.includes(expected), `${expected} in ${labels.join(' ')}`);
    }
    const inside = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      new vscode.Position(3, 3),
    );
    assert.ok(!inside.items.some((item) => item.label === '三是'), 'nothing offered in the middle of a line');
  });

  it('renumbers on save when speechDraft.renumberOnSave is on', async () => {
    await setSetting('renumberOnSave', true);
    const editor = await openText('renumber-on-save.speech', '一、甲\n三、乙\n');
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), '五、丙\n'));
    await editor.document.save();
    await waitFor('renumbered on save', () => editor.document.getText() === '一、甲\n二、乙\n三、丙\n');
  });
});
