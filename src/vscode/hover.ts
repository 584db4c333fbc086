/**
 * Hover: the pinyin of the Chinese word under the pointer. A word commonly misread gives the reading the rule
 * hard-to-read gives, with its source; any other word is read in its sentence by pinyin-pro, loaded on the first hover.
 */

import * as vscode from 'vscode';
import { misreadWordAt } from '../core';
import { loadBundledModule, type PinyinModule } from './bundledModule';
import { SECTION } from './settings';

export class PinyinHover implements vscode.HoverProvider {
  private module: Promise<PinyinModule> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!vscode.workspace.getConfiguration(`${SECTION}.hover`, document.uri).get<boolean>('pinyin', true))
      return undefined;
    const text = document.lineAt(position.line).text;
    const offset = position.character;
    const curated = misreadWordAt(text, offset);
    if (curated) {
      const word = text.slice(curated.start, curated.end);
      const lines = [`**${word}** ${curated.reading}`];
      lines.push(
        curated.misread
          ? vscode.l10n.t('Not {0} ({1})', curated.misread, curated.source ?? '')
          : vscode.l10n.t('Source: {0}', curated.source ?? ''),
      );
      return this.hover(lines, position.line, curated.start, curated.end);
    }
    const reading = (await this.pinyin()).wordReadingAt(text, offset);
    if (!reading) return undefined;
    const word = text.slice(reading.start, reading.end);
    const lines = [`**${word}** ${reading.syllables.join(' ')}`];
    if (reading.otherReadings.length > 0)
      lines.push(vscode.l10n.t('Other readings: {0}', reading.otherReadings.join(', ')));
    return this.hover(lines, position.line, reading.start, reading.end);
  }

  private pinyin(): Promise<PinyinModule> {
    this.module ??= loadBundledModule<PinyinModule>(this.extensionUri, 'pinyin.js').catch((error: unknown) => {
      this.module = undefined;
      throw error;
    });
    return this.module;
  }

  private hover(lines: string[], line: number, start: number, end: number): vscode.Hover {
    const markdown = new vscode.MarkdownString(lines.join('  \n'));
    return new vscode.Hover(markdown, new vscode.Range(line, start, line, end));
  }
}
