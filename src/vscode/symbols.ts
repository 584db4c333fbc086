/** Outline, breadcrumbs, sticky scroll and Go to Symbol: the section tree as DocumentSymbols. */

import * as vscode from 'vscode';
import {
  buildOutline,
  effectiveKind,
  formatSummary,
  KIND_NAMES,
  shorten,
  type DocumentKind,
  type OutlineNode,
} from '../core';
import { toRange } from './convert';
import { displayLocale, readSettings } from './settings';
import type { SpeechDocuments } from './speechDocuments';

const MAX_TITLE_LENGTH = 30;

export class SpeechSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly documents: SpeechDocuments,
    private readonly onOutline: (requestedAt: number) => void = () => undefined,
    /** The kind the settings name for the document (undefined: auto). */
    private readonly kindSetting: (document: vscode.TextDocument) => DocumentKind | undefined = () => undefined,
  ) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const requestedAt = performance.now();
    const speech = this.documents.parse(document);
    const { speakingRate } = readSettings();
    const outline = buildOutline(speech, speakingRate);
    const locale = displayLocale();
    // The document's kind heads the first entry's detail (the title's, when there is one): 讲话稿 · 1,234字 · 约6分钟.
    const kindName = KIND_NAMES[effectiveKind(speech.kind, this.kindSetting(document)).kind][locale];
    const first = outline.find((node) => node.kind === 'title') ?? outline[0];
    // Each part's share of the speaking time (of its spoken characters), to see where a long speech can be cut.
    const total = this.documents.stats(document, speakingRate).characters;
    const detailOf = (node: OutlineNode): string => {
      const summary = formatSummary(node.characters, node.speakingSeconds, locale);
      const share = node.kind === 'title' || total === 0 ? '' : ` · ${Math.round((node.characters / total) * 100)}%`;
      return node === first ? `${kindName} · ${summary}${share}` : `${summary}${share}`;
    };
    const toSymbol = (node: OutlineNode): vscode.DocumentSymbol => {
      const symbol = new vscode.DocumentSymbol(
        node.kind === 'closing' ? vscode.l10n.t('Closing') : shorten(node.label, MAX_TITLE_LENGTH + node.marker.length),
        detailOf(node),
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
