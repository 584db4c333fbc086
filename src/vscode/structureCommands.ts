/** Renumber, move a section up or down, insert the next heading: core text changes applied as one edit. */

import * as vscode from 'vscode';
import { insertSection, minimalEdit, moveSection, renumbered, type TextChange } from '../core';
import { toRange } from './convert';
import { isSpeechDocument, SECTION } from './settings';

export const RENUMBER = 'speechDraft.renumber';

/** Applies a core change to the editor as one undoable edit and puts the cursor where the change says. */
async function applyChange(editor: vscode.TextEditor, change: TextChange): Promise<boolean> {
  const { document } = editor;
  const edit = minimalEdit(document.getText(), change.text);
  if (edit) {
    const applied = await editor.edit((builder) => builder.replace(toRange(document, edit), edit.newText));
    if (!applied) return false;
  }
  const cursor = document.positionAt(change.cursor);
  editor.selection = new vscode.Selection(cursor, cursor);
  editor.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return edit !== undefined;
}

function speechEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isSpeechDocument(editor.document) ? editor : undefined;
}

async function renumberCommand(): Promise<boolean> {
  const editor = speechEditor();
  if (!editor) return false;
  const changed = await applyChange(editor, renumbered(editor.document.getText(), editor.document.offsetAt(editor.selection.active)));
  if (!changed) vscode.window.setStatusBarMessage(vscode.l10n.t('The numbering is already in order'), 3000);
  return changed;
}

async function moveCommand(direction: 'up' | 'down'): Promise<boolean> {
  const editor = speechEditor();
  if (!editor) return false;
  const change = moveSection(editor.document.getText(), editor.document.offsetAt(editor.selection.active), direction);
  if (!change) {
    vscode.window.setStatusBarMessage(
      direction === 'up' ? vscode.l10n.t('This section is already the first at its level') : vscode.l10n.t('This section is already the last at its level'),
      3000,
    );
    return false;
  }
  return applyChange(editor, change);
}

async function insertCommand(): Promise<boolean> {
  const editor = speechEditor();
  if (!editor) return false;
  return applyChange(editor, insertSection(editor.document.getText(), editor.document.offsetAt(editor.selection.active)));
}

/** `speechDraft.renumberOnSave`: the renumbering edits join the save. */
function renumberOnSave(event: vscode.TextDocumentWillSaveEvent): void {
  const { document } = event;
  if (!isSpeechDocument(document) || !vscode.workspace.getConfiguration(SECTION, document.uri).get<boolean>('renumberOnSave', false)) return;
  const edit = minimalEdit(document.getText(), renumbered(document.getText(), 0).text);
  if (edit) event.waitUntil(Promise.resolve([vscode.TextEdit.replace(toRange(document, edit), edit.newText)]));
}

export function registerStructureCommands(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(RENUMBER, renumberCommand),
    vscode.commands.registerCommand('speechDraft.moveSectionUp', () => moveCommand('up')),
    vscode.commands.registerCommand('speechDraft.moveSectionDown', () => moveCommand('down')),
    vscode.commands.registerCommand('speechDraft.insertSection', insertCommand),
    vscode.workspace.onWillSaveTextDocument(renumberOnSave),
  ];
}
