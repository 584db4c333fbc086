/** Commands around placeholders: fill the one at the cursor, and move to the next or previous. */

import * as vscode from 'vscode';
import { nextSpan, placeholderSpans } from '../core';
import { toRange } from './convert';
import type { LintConfigs } from './lintConfig';
import type { SpeechDocuments } from './speechDocuments';

const FILL_PLACEHOLDER = 'speechDraft.fillPlaceholder';
const NEXT_PLACEHOLDER = 'speechDraft.nextPlaceholder';
const PREVIOUS_PLACEHOLDER = 'speechDraft.previousPlaceholder';

export function registerPlaceholderCommands(documents: SpeechDocuments, configs: LintConfigs): vscode.Disposable[] {
  const spansIn = (document: vscode.TextDocument): vscode.Range[] =>
    placeholderSpans(documents.parse(document), configs.configFor(document).options).map((span) =>
      toRange(document, span),
    );

  /**
   * Replaces the placeholder at `range` (or, with `all`, every identical one) with text the writer types.
   * `value` skips the prompt (for tests and other extensions). One edit, undone in one step.
   */
  async function fill(uri?: vscode.Uri, range?: vscode.Range, all = false, value?: string): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document) return false;
    const target = range ?? placeholderAtCursor(document, spansIn(document), editor);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no unfilled placeholder at the cursor.'));
      return false;
    }
    const placeholder = document.getText(target);
    const text =
      value ??
      (await vscode.window.showInputBox({
        title: all
          ? vscode.l10n.t('Fill in every 「{0}」', placeholder)
          : vscode.l10n.t('Fill in 「{0}」', placeholder),
        prompt: vscode.l10n.t('The text that replaces the placeholder'),
        validateInput: (input) => (input.trim() === '' ? vscode.l10n.t('Type the text that belongs here.') : undefined),
      }));
    if (text === undefined || text === '') return false;
    const targets = all
      ? spansIn(document).filter((candidate) => document.getText(candidate) === placeholder)
      : [target];
    const edit = new vscode.WorkspaceEdit();
    for (const candidate of targets) edit.replace(document.uri, candidate, text);
    return vscode.workspace.applyEdit(edit);
  }

  function move(direction: 'next' | 'previous'): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const { document } = editor;
    const spans = placeholderSpans(documents.parse(document), configs.configFor(document).options);
    const offset = document.offsetAt(direction === 'next' ? editor.selection.end : editor.selection.start);
    const found = nextSpan(spans, direction === 'next' ? offset - 1 : offset + 1, direction);
    if (!found) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('No unfilled placeholders'), 3000);
      return;
    }
    const range = toRange(document, found);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  return [
    vscode.commands.registerCommand(FILL_PLACEHOLDER, fill),
    vscode.commands.registerCommand(NEXT_PLACEHOLDER, () => move('next')),
    vscode.commands.registerCommand(PREVIOUS_PLACEHOLDER, () => move('previous')),
  ];
}

function placeholderAtCursor(
  document: vscode.TextDocument,
  ranges: vscode.Range[],
  editor: vscode.TextEditor | undefined,
): vscode.Range | undefined {
  if (!editor || editor.document !== document) return undefined;
  const cursor = editor.selection.active;
  return ranges.find((range) => range.contains(cursor)) ?? ranges.find((range) => range.start.isAfter(cursor));
}
