/** The word list of `typo`: "Add to the word list" writes the word into the folder's .speechdraftrc.json, undoably. */

import * as vscode from 'vscode';
import { RC_FILE_NAME, rcWithWord } from '../core';

export const ADD_TO_WORD_LIST = 'speechDraft.addToWordList';

export function registerWordListCommands(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ADD_TO_WORD_LIST, (word: string, uri?: vscode.Uri) => addToWordList(word, uri)),
  ];
}

/**
 * Adds `word` to `words` in the .speechdraftrc.json of the document's folder, making the file if there is none, as one
 * edit of the file that Undo takes back; the file is saved, so the configuration reloads and the finding goes.
 */
async function addToWordList(word: string, uri?: vscode.Uri): Promise<boolean> {
  const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t("The word list lives in the folder's {0}: open a folder to keep one.", RC_FILE_NAME),
    );
    return false;
  }
  const rcUri = vscode.Uri.joinPath(folder.uri, RC_FILE_NAME);
  let existing: vscode.TextDocument | undefined;
  try {
    existing = await vscode.workspace.openTextDocument(rcUri);
  } catch {
    existing = undefined;
  }
  const updated = rcWithWord(existing?.getText(), word);
  if (updated === undefined) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} is not valid, so 「{1}」 was not added to its word list.', RC_FILE_NAME, word),
    );
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  if (existing) {
    if (updated === existing.getText()) return true;
    edit.replace(
      rcUri,
      new vscode.Range(existing.positionAt(0), existing.positionAt(existing.getText().length)),
      updated,
    );
  } else {
    edit.createFile(rcUri, { contents: new TextEncoder().encode(updated) });
  }
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  if (existing) await existing.save();
  return true;
}
