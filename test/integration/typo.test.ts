import * as assert from './assert';
import * as vscode from 'vscode';
import { closeAllEditors, deleteWorkspaceFile, extensionApi, openText, waitFor, workspaceUri } from './helpers';

function typos(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'speech-draft' && (typeof d.code === 'object' ? d.code.value : d.code) === 'typo');
}

async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? []
  );
}

describe('Typos (the language model loaded beside the bundle)', () => {
  const rc = '.speechdraftrc.json';
  afterEach(async () => {
    await closeAllEditors();
    await deleteWorkspaceFile(rc);
  });

  it('shows the other problems first, says it is checking typos, then underlines the typo', async () => {
    const api = await extensionApi();
    // Opened once so that the model is in; then the typo check is held back long enough to see it pending.
    const warm = await openText('typo-warm.speech', '本次评选设一等奖、二登奖两个等级。\n');
    await waitFor('the model in', () => typos(warm.document.uri).length === 1, 20_000);
    api.setBackgroundDelay(3000);
    try {
      const { document } = await openText('typo-later.speech', '同志们:本次评选设一等奖、二登奖两个等级。\n');
      const others = await waitFor('the other problems', () => {
        const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'speech-draft');
        return found.length > 0 ? found : undefined;
      });
      assert.deepEqual(
        others.map((d) => document.getText(d.range)),
        [':'],
        'the punctuation is shown before the typo is checked',
      );
      assert.match(api.checkingText(), /(正在检查错别字|Checking typos)/);
      const [typo] = await waitFor('the typo', () =>
        typos(document.uri).length === 1 ? typos(document.uri) : undefined,
      );
      assert.equal(document.getText(typo.range), '二登奖');
      assert.equal(vscode.languages.getDiagnostics(document.uri).length, 2, 'the other problem stays');
      await waitFor('the status item gone', () => api.checkingText() === '');
    } finally {
      api.setBackgroundDelay(undefined);
    }
  });

  it('underlines a typo, and its quick fix corrects it in one undoable edit', async () => {
    const { document } = await openText('typo-fix.speech', '本次评选设一等奖、二登奖两个等级。\n');
    // The model arrives after the first analysis: the problems refresh when it is in.
    const [typo] = await waitFor(
      'the typo',
      () => (typos(document.uri).length === 1 ? typos(document.uri) : undefined),
      20_000,
    );
    assert.equal(document.getText(typo.range), '二登奖');
    const actions = await quickFixes(document, typo.range);
    const fix = actions.find((action) => /(改为「二等奖」|Change to 「二等奖」)/.test(action.title));
    assert.ok(fix?.edit, actions.map((action) => action.title).join(' | '));
    await vscode.workspace.applyEdit(fix.edit);
    await waitFor('the correction', () => document.getText() === '本次评选设一等奖、二等奖两个等级。\n');
    await waitFor('the typo to go', () => typos(document.uri).length === 0);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => document.getText() === '本次评选设一等奖、二登奖两个等级。\n');
  });

  it('"Add to the word list" writes the word into .speechdraftrc.json, and the typo is no longer reported', async () => {
    await deleteWorkspaceFile(rc);
    const { document } = await openText('typo-word-list.speech', '希望大家再接再励，再创佳绩。\n');
    const [typo] = await waitFor(
      'the typo',
      () => (typos(document.uri).length === 1 ? typos(document.uri) : undefined),
      20_000,
    );
    const add = (await quickFixes(document, typo.range)).find((action) =>
      /(加入词表|to the word list)/.test(action.title),
    );
    assert.ok(add?.command, 'the add-to-word-list action');
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    const written = await waitFor('the word list', async () => {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(rc)));
      } catch {
        return undefined;
      }
    });
    assert.deepEqual((JSON.parse(written) as { words: string[] }).words, ['再接再励']);
    await waitFor('the typo to go', () => typos(document.uri).length === 0, 20_000);
  });
});
