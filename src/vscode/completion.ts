/** Completion at the start of a line: the next heading at each level in scope, and the next item (三是 after 二是). */

import * as vscode from 'vscode';
import { COMPLETION_TRIGGERS, markerCompletions, type MarkerCompletion } from '../core';
import type { SpeechDocuments } from './speechDocuments';

export class NextMarkerCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [...COMPLETION_TRIGGERS];

  constructor(private readonly documents: SpeechDocuments) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const completions = markerCompletions(this.documents.parse(document), before, document.offsetAt(position));
    if (!completions) return [];
    const range = new vscode.Range(position.line, completions.replaceFrom, position.line, position.character);
    return completions.items.map((marker) => toItem(marker, range));
  }
}

function toItem(marker: MarkerCompletion, range: vscode.Range): vscode.CompletionItem {
  const item = new vscode.CompletionItem(
    marker.marker,
    marker.kind === 'item' ? vscode.CompletionItemKind.EnumMember : vscode.CompletionItemKind.Module,
  );
  item.range = range;
  item.insertText = marker.marker;
  item.filterText = marker.marker;
  item.sortText = marker.sortText;
  item.preselect = marker.preselect;
  item.detail = describe(marker);
  return item;
}

function describe(marker: MarkerCompletion): string {
  switch (marker.reason) {
    case 'next-item':
      return vscode.l10n.t('Next item of the enumeration');
    case 'first-child':
      return vscode.l10n.t('First subheading (level {0})', marker.level);
    case 'next-sibling':
      return vscode.l10n.t('Next heading at level {0}', marker.level);
  }
}
