/**
 * The actions beyond a finding's fixes: ask the writer for text and put it in place, and change the .speechdraftrc.json
 * that configures the document (add to a list option such as the word list, ignore a finding, turn a rule off).
 * Nothing here knows which rule asks.
 */

import * as vscode from 'vscode';
import { RC_FILE_NAME, rcWithChange, type RcChange } from '../core';
import { pathFromRcFile, type LintConfigs } from './lintConfig';
import { SECTION } from './settings';

export const ASK_AND_REPLACE = 'speechDraft.askAndReplace';
export const EDIT_CONFIG = 'speechDraft.editConfig';

export function registerRuleActionCommands(configs: LintConfigs): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ASK_AND_REPLACE, askAndReplace),
    vscode.commands.registerCommand(EDIT_CONFIG, (change: RcChange, uri?: vscode.Uri, inFile?: boolean) =>
      editConfig(configs, change, uri, inFile === true),
    ),
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
 * Makes `change` in the .speechdraftrc.json that configures the document (the nearest in its folder or above, else a new
 * one at its workspace folder's root), as one edit of the file that Undo takes back; the file is saved, so the
 * configuration reloads and the finding goes. An `ignore` entry `inFile` names the document by its path from that
 * file's folder. Without a folder, a list that is also a setting goes into the user settings.
 */
async function editConfig(
  configs: LintConfigs,
  change: RcChange,
  uri: vscode.Uri | undefined,
  inFile: boolean,
): Promise<boolean> {
  const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    if (change.kind === 'add-to-list') return addToUserSetting(change.list, change.value);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Open the folder of the speech to keep this in its {0}.', RC_FILE_NAME),
    );
    return false;
  }
  const rcUri = (uri && configs.rcFileFor(uri)) ?? vscode.Uri.joinPath(folder.uri, RC_FILE_NAME);
  const file = inFile && uri ? pathFromRcFile(rcUri, uri) : undefined;
  if (file !== undefined && change.kind === 'ignore') change = { ...change, entry: { ...change.entry, file } };
  const onDisk = await readTextFile(rcUri);
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === rcUri.toString());
  // A clean model that differs from the disk has not yet caught up with a write from elsewhere (another tool, git, a
  // second window): editing and saving it would fail ("File Modified Since") and lose the change, so the change is
  // written over the disk's text instead, and the model reloads from it.
  if (open && !open.isDirty && open.getText() !== onDisk) return writeChange(rcUri, onDisk, change);
  const existing = open ?? (onDisk === undefined ? undefined : await vscode.workspace.openTextDocument(rcUri));
  const updated = rcWithChange(existing?.getText(), change);
  if (updated === undefined) return warnInvalid(rcUri);
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
  return existing ? existing.save() : true;
}

async function writeChange(rcUri: vscode.Uri, onDisk: string | undefined, change: RcChange): Promise<boolean> {
  const updated = rcWithChange(onDisk, change);
  if (updated === undefined) return warnInvalid(rcUri);
  if (updated !== onDisk) await vscode.workspace.fs.writeFile(rcUri, new TextEncoder().encode(updated));
  return true;
}

function warnInvalid(rcUri: vscode.Uri): false {
  void vscode.window.showWarningMessage(
    vscode.l10n.t('{0} is not valid, so it was not changed: correct it first.', rcUri.fsPath || RC_FILE_NAME),
  );
  return false;
}

async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function addToUserSetting(list: string, value: string): Promise<boolean> {
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
