/** Core offsets to VS Code positions. */

import * as vscode from 'vscode';
import type { Span } from '../core';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
