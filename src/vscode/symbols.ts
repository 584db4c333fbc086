/** Outline, breadcrumbs, sticky scroll and Go to Symbol: the section tree as DocumentSymbols. */

import * as vscode from 'vscode';
import { buildOutline, formatSummary, shorten, type OutlineNode } from '../core';
import { toRange } from './convert';
import { displayLocale, readSettings } from './settings';
import type { SpeechDocuments } from './speechDocuments';

const MAX_TITLE_LENGTH = 30;

export class SpeechSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly documents: SpeechDocuments,
    private readonly onOutline: (requestedAt: number) => void = () => undefined,
  ) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const requestedAt = performance.now();
    const outline = buildOutline(this.documents.parse(document), readSettings().speakingRate);
    const locale = displayLocale();
    const toSymbol = (node: OutlineNode): vscode.DocumentSymbol => {
      const symbol = new vscode.DocumentSymbol(
        node.kind === 'closing' ? vscode.l10n.t('Closing') : shorten(node.label, MAX_TITLE_LENGTH + node.marker.length),
        formatSummary(node.characters, node.speakingSeconds, locale),
        SYMBOL_KINDS[node.kind],
        toRange(document, node.span),
        toRange(document, node.selectionSpan),
      );
      symbol.children = node.children.map(toSymbol);
      return symbol;
    };
    const symbols = outline.map(toSymbol);
    this.onOutline(requestedAt);
    return symbols;
  }
}

const SYMBOL_KINDS: Record<OutlineNode['kind'], vscode.SymbolKind> = {
  title: vscode.SymbolKind.File,
  heading: vscode.SymbolKind.String,
  item: vscode.SymbolKind.EnumMember,
  closing: vscode.SymbolKind.Event,
};
