/** Fix all: every safe fix in one undoable edit, as a command and as the source.fixAll.speechDraft code action. */

import * as vscode from 'vscode';
import { fixAll, minimalEdit } from '../core';
import { toRange } from './convert';
import type { LintConfigs } from './lintConfig';
import { isSpeechDocument } from './settings';

export const FIX_ALL_COMMAND = 'speechDraft.fixAll';
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('speechDraft');

/** The edit that applies every safe fix to the document as it is now and how many problems it fixes, or undefined when nothing needs fixing. */
function fixAllEdit(
  document: vscode.TextDocument,
  configs: LintConfigs,
  rule?: string,
): { edit: vscode.WorkspaceEdit; fixed: number; unstable: boolean } | undefined {
  const before = document.getText();
  const result = fixAll(before, configs.configFor(document), rule);
  const edit = minimalEdit(before, result.text);
  if (!edit) return undefined;
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(document.uri, toRange(document, edit), edit.newText);
  return { edit: workspaceEdit, fixed: result.fixed, unstable: result.unstable };
}

export class FixAllProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [FIX_ALL_KIND] };

  constructor(private readonly configs: LintConfigs) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!context.only || !FIX_ALL_KIND.intersects(context.only)) return [];
    const fix = fixAllEdit(document, this.configs);
    if (!fix) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable problems'), FIX_ALL_KIND);
    action.edit = fix.edit;
    return [action];
  }
}

const STATUS_MESSAGE_MS = 5000;

export function registerFixAllCommand(
  configs: LintConfigs,
  remainingProblems: (document: vscode.TextDocument) => number,
): vscode.Disposable {
  /**
   * Applies every safe fix (of `rule` only, when given) in one undoable edit and says how many problems it fixed;
   * returns that number.
   */
  return vscode.commands.registerCommand(FIX_ALL_COMMAND, async (uri?: unknown, rule?: unknown): Promise<number> => {
    const document =
      uri instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(uri)
        : vscode.window.activeTextEditor?.document;
    if (!document || !isSpeechDocument(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech document to fix it.'));
      return 0;
    }
    const fix = fixAllEdit(document, configs, typeof rule === 'string' ? rule : undefined);
    if (!fix) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('Nothing to fix'), STATUS_MESSAGE_MS);
      return 0;
    }
    if (!(await vscode.workspace.applyEdit(fix.edit))) return 0;
    if (fix.unstable)
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The fixes did not settle after many passes: please report this with the speech.'),
      );
    const left = remainingProblems(document);
    vscode.window.setStatusBarMessage(
      left > 0
        ? vscode.l10n.t('Fixed {0} problems; {1} left to fix by hand', fix.fixed, left)
        : vscode.l10n.t('Fixed {0} problems', fix.fixed),
      STATUS_MESSAGE_MS,
    );
    return fix.fixed;
  });
}
