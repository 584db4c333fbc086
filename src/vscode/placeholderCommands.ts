/** Commands around placeholders: move to the next or previous one. */

import * as vscode from 'vscode';
import { nextSpan, placeholderSpans } from '../core';
import { toRange } from './convert';
import type { LintConfigs } from './lintConfig';
import type { SpeechDocuments } from './speechDocuments';

const NEXT_PLACEHOLDER = 'speechDraft.nextPlaceholder';
const PREVIOUS_PLACEHOLDER = 'speechDraft.previousPlaceholder';

export function registerPlaceholderCommands(documents: SpeechDocuments, configs: LintConfigs): vscode.Disposable[] {
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
    vscode.commands.registerCommand(NEXT_PLACEHOLDER, () => move('next')),
    vscode.commands.registerCommand(PREVIOUS_PLACEHOLDER, () => move('previous')),
  ];
}
