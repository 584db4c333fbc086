/** Renumber, move a section up or down, insert the next heading: core text changes applied as one edit. */

import * as vscode from 'vscode';
import { insertSection, minimalEdit, moveSection, renumberEdits, type TextChange } from '../core';
import { toRange } from './convert';
import { isSpeechDocument, SECTION } from './settings';
import type { SpeechDocuments } from './speechDocuments';

const RENUMBER = 'speechDraft.renumber';

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

/** The renumbering of a document as VS Code edits, from the parse its version already has. */
function renumberTextEdits(documents: SpeechDocuments, document: vscode.TextDocument): vscode.TextEdit[] {
  return renumberEdits(documents.parse(document)).map((edit) =>
    vscode.TextEdit.replace(toRange(document, edit), edit.newText),
  );
}

async function renumberCommand(documents: SpeechDocuments): Promise<boolean> {
  const editor = speechEditor();
  if (!editor) return false;
  const edits = renumberTextEdits(documents, editor.document);
  if (edits.length === 0) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('The numbering is already in order'), 3000);
    return false;
  }
  // One edit of many replacements: one undo step, and VS Code keeps the cursor where it was.
  return editor.edit((builder) => edits.forEach((edit) => builder.replace(edit.range, edit.newText)));
}

async function moveCommand(direction: 'up' | 'down'): Promise<boolean> {
  const editor = speechEditor();
  if (!editor) return false;
  const change = moveSection(editor.document.getText(), editor.document.offsetAt(editor.selection.active), direction);
  if (!change) {
    vscode.window.setStatusBarMessage(
      direction === 'up'
        ? vscode.l10n.t('This section is already the first at its level')
        : vscode.l10n.t('This section is already the last at its level'),
      3000,
    );
    return false;
  }
  return applyChange(editor, change);
}

async function insertCommand(): Promise<boolean> {
  const editor = speechEditor();
  if (!editor) return false;
  return applyChange(
    editor,
    insertSection(editor.document.getText(), editor.document.offsetAt(editor.selection.active)),
  );
}

/** `speechDraft.renumberOnSave`: the renumbering edits join the save. */
function renumberOnSave(documents: SpeechDocuments, event: vscode.TextDocumentWillSaveEvent): void {
  const { document } = event;
  if (
    !isSpeechDocument(document) ||
    !vscode.workspace.getConfiguration(SECTION, document.uri).get<boolean>('renumberOnSave', false)
  )
    return;
  const edits = renumberTextEdits(documents, document);
  if (edits.length > 0) event.waitUntil(Promise.resolve(edits));
}

export function registerStructureCommands(documents: SpeechDocuments): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(RENUMBER, () => renumberCommand(documents)),
    vscode.commands.registerCommand('speechDraft.moveSectionUp', () => moveCommand('up')),
    vscode.commands.registerCommand('speechDraft.moveSectionDown', () => moveCommand('down')),
    vscode.commands.registerCommand('speechDraft.insertSection', insertCommand),
    vscode.workspace.onWillSaveTextDocument((event) => renumberOnSave(documents, event)),
  ];
}
