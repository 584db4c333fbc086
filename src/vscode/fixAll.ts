/** Fix all: every safe fix in one undoable edit, as a command and as the source.fixAll.speechDraft code action. */

import * as vscode from 'vscode';
import { fixAll, minimalEdit } from '../core';
import { toRange } from './convert';
import type { LintConfigs } from './lintConfig';
import { isSpeechDocument } from './settings';

export const FIX_ALL_COMMAND = 'speechDraft.fixAll';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('speechDraft');

/** The edit that applies every safe fix to the document as it is now, or undefined when nothing needs fixing. */
export function fixAllEdit(document: vscode.TextDocument, configs: LintConfigs): vscode.WorkspaceEdit | undefined {
  const before = document.getText();
  const edit = minimalEdit(before, fixAll(before, configs.configFor(document)).text);
  if (!edit) return undefined;
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(document.uri, toRange(document, edit), edit.newText);
  return workspaceEdit;
}

export class FixAllProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [FIX_ALL_KIND] };

  constructor(private readonly configs: LintConfigs) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!context.only || !FIX_ALL_KIND.intersects(context.only)) return [];
    const edit = fixAllEdit(document, this.configs);
    if (!edit) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable problems'), FIX_ALL_KIND);
    action.edit = edit;
    return [action];
  }
}

export function registerFixAllCommand(configs: LintConfigs): vscode.Disposable {
  return vscode.commands.registerCommand(FIX_ALL_COMMAND, async (uri?: vscode.Uri) => {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || !isSpeechDocument(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech document to fix it.'));
      return false;
    }
    const edit = fixAllEdit(document, configs);
    if (!edit) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('Nothing to fix'), 3000);
      return false;
    }
    return vscode.workspace.applyEdit(edit);
  });
}
