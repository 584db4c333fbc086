/**
 * The two kinds of action a rule may offer beyond its fixes (see RuleAction in the core): ask the writer for text
 * and put it in place, or add a value to a list option such as the word list. Nothing here knows which rule asks.
 */

import * as vscode from 'vscode';
import { RC_FILE_NAME, rcWithListItem, type ListOption } from '../core';
import { SECTION } from './settings';

export const ASK_AND_REPLACE = 'speechDraft.askAndReplace';
export const ADD_TO_LIST = 'speechDraft.addToList';

export function registerRuleActionCommands(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ASK_AND_REPLACE, askAndReplace),
    vscode.commands.registerCommand(ADD_TO_LIST, addToList),
  ];
}

/**
 * Asks for text (`title` and `prompt` shown in the input box) and replaces every range with it, in one edit that Undo
 * takes back. `value` skips the prompt (for tests and other extensions).
 */
async function askAndReplace(
  uri: vscode.Uri,
  ranges: readonly vscode.Range[],
  title: string,
  prompt: string,
  value?: string,
): Promise<boolean> {
  const text =
    value ??
    (await vscode.window.showInputBox({
      title,
      prompt,
      validateInput: (input) => (input.trim() === '' ? vscode.l10n.t('Type the text that belongs here.') : undefined),
    }));
  if (text === undefined || text === '') return false;
  const edit = new vscode.WorkspaceEdit();
  for (const range of ranges) edit.replace(uri, range, text);
  return vscode.workspace.applyEdit(edit);
}

/**
 * Adds `value` to the list option `list` in the .speechdraftrc.json of the document's folder, making the file if there
 * is none, as one edit of the file that Undo takes back; the file is saved, so the configuration reloads and the
 * finding goes. Without a folder, a list that is also a setting goes into the user settings.
 */
async function addToList(list: ListOption, value: string, uri?: vscode.Uri): Promise<boolean> {
  const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : vscode.workspace.workspaceFolders?.[0];
  if (!folder) return addToUserSetting(list, value);
  const rcUri = vscode.Uri.joinPath(folder.uri, RC_FILE_NAME);
  let existing: vscode.TextDocument | undefined;
  try {
    existing = await vscode.workspace.openTextDocument(rcUri);
  } catch {
    existing = undefined;
  }
  const updated = rcWithListItem(existing?.getText(), list, value);
  if (updated === undefined) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} is not valid, so 「{1}」 was not added to its list {2}.', RC_FILE_NAME, value, list),
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

async function addToUserSetting(list: ListOption, value: string): Promise<boolean> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const setting = config.inspect<string[]>(list);
  if (setting?.defaultValue === undefined) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t("The list {0} lives in the folder's {1}: open a folder to keep one.", list, RC_FILE_NAME),
    );
    return false;
  }
  const current = setting.globalValue ?? [];
  if (!current.includes(value)) await config.update(list, [...current, value], vscode.ConfigurationTarget.Global);
  return true;
}
