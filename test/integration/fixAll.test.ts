import * as vscode from 'vscode';
import { fixAll } from '../../src/core';
import * as assert from './assert';
import { closeAllEditors, extensionApi, openFixture, openText, waitFor } from './helpers';

describe('Fix all and punctuation quick fixes', () => {
  before(async () => {
    await extensionApi();
  });
  afterEach(async () => {
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'speech' })
      .update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    await vscode.workspace
      .getConfiguration('editor')
      .update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('the Fix All command on seed 002 gives the same text as lint --fix, in one undoable edit', async () => {
    const editor = await openFixture('seed-002-community.txt', 'seed-002-fix.speech');
    const before = editor.document.getText();
    const { text: expected, fixed } = fixAll(before);
    assert.ok(expected !== before);
    assert.ok(fixed > 100, `seed 002 has ${fixed} safe fixes`);
    assert.equal(
      await vscode.commands.executeCommand('speechDraft.fixAll'),
      fixed,
      'the command fixes and reports every safe fix',
    );
    await waitFor('the fixed text', () => editor.document.getText() === expected);
    assert.ok(editor.document.getText().includes('同志们：今天，全区'));
    await vscode.commands.executeCommand('undo');
    await waitFor('undo in one step', () => editor.document.getText() === before);
  });

  it('offers source.fixAll.speechDraft, which makes the same edit', async () => {
    const { document } = await openFixture('seed-002-community.txt', 'seed-002-source-fix.speech');
    const expected = fixAll(document.getText()).text;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.speechDraft',
    );
    const action = actions.find((candidate) => candidate.kind?.value === 'source.fixAll.speechDraft');
    assert.ok(action?.edit, 'a source.fixAll.speechDraft action with an edit');
    await vscode.workspace.applyEdit(action.edit);
    await waitFor('the fixed text', () => document.getText() === expected);
  });

  it('runs on save through editor.codeActionsOnSave', async () => {
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'speech' })
      .update(
        'codeActionsOnSave',
        { 'source.fixAll.speechDraft': 'explicit' },
        vscode.ConfigurationTarget.Global,
        true,
      );
    const editor = await openText('save-fix.speech', '同志们:\n今天,开会.\n');
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '　　'));
    await editor.document.save();
    await waitFor('the fixed text after saving', () => editor.document.getText() === '同志们：\n　　今天，开会。\n');
  });

  it("runs on save with the README's user setting, not scoped to a language", async () => {
    await vscode.workspace
      .getConfiguration('editor')
      .update('codeActionsOnSave', { 'source.fixAll.speechDraft': 'explicit' }, vscode.ConfigurationTarget.Global);
    const editor = await openText('save-fix-user.speech', '同志们:\n今天,开会.\n');
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '　　'));
    await editor.document.save();
    await waitFor('the fixed text after saving', () => editor.document.getText() === '同志们：\n　　今天，开会。\n');
  });

  it('a quick fix changes only its own mark, and Fix all is offered beside it', async () => {
    const { document } = await openText('quick-fix.speech', '同志们:今天,开会.\n');
    const diagnostic = await waitFor('the half-width colon', () =>
      vscode.languages.getDiagnostics(document.uri).find((d) => document.getText(d.range) === ':'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      'quickfix',
    );
    const change = actions.find((action) => /(改为「：」|Change to 「：」)/.test(action.title));
    assert.ok(change?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((action) => /(修复所有可自动修复的问题|Fix all auto-fixable problems)/.test(action.title)));
    await vscode.workspace.applyEdit(change.edit);
    await waitFor('the colon', () => document.getText() === '同志们：今天,开会.\n');
  });
});
