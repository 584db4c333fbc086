/** Folds every section, from its heading to its last line. */

import * as vscode from 'vscode';
import { foldingRanges } from '../core';
import type { SpeechDocuments } from './speechDocuments';

export class SpeechFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly documents: SpeechDocuments) {}

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    return foldingRanges(this.documents.parse(document)).map(
      ({ startLine, endLine }) => new vscode.FoldingRange(startLine, endLine),
    );
  }
}
