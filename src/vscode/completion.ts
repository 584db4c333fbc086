/** Completion at the start of a line: the next heading at each level in scope, and the next item (三是 after 二是). */

import * as vscode from 'vscode';
import { nextMarkers, type NextMarker } from '../core';
import type { SpeechDocuments } from './speechDocuments';

/** What may stand before the cursor for markers to be offered: indentation, and the start of a marker. */
const LINE_START = /^([ \t\u3000]*)([一二三四五六七八九十（(第0-9]{0,3})$/;

export class NextMarkerCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = ['（', '('];

  constructor(private readonly documents: SpeechDocuments) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const match = LINE_START.exec(before);
    if (!match) return [];
    const range = new vscode.Range(position.line, match[1].length, position.line, position.character);
    const speech = this.documents.parse(document);
    return nextMarkers(speech, document.offsetAt(position)).map((marker, index) => toItem(marker, index, range));
  }
}

function toItem(marker: NextMarker, index: number, range: vscode.Range): vscode.CompletionItem {
  const item = new vscode.CompletionItem(marker.marker, marker.kind === 'item' ? vscode.CompletionItemKind.EnumMember : vscode.CompletionItemKind.Module);
  item.range = range;
  item.insertText = marker.marker;
  item.filterText = marker.marker;
  item.sortText = String(index).padStart(3, '0');
  item.preselect = index === 0;
  item.detail = describe(marker);
  return item;
}

function describe(marker: NextMarker): string {
  switch (marker.reason) {
    case 'next-item':
      return vscode.l10n.t('Next item of the enumeration');
    case 'first-child':
      return vscode.l10n.t('First subheading (level {0})', marker.level);
    case 'next-sibling':
      return vscode.l10n.t('Next heading at level {0}', marker.level);
  }
}
