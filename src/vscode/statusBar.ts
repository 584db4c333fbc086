/** The status bar item: character count and speaking time of the speech, or of the selection. */

import * as vscode from 'vscode';
import { countSpokenCharacters, formatCount, formatDuration, speakingSeconds } from '../core';
import { displayLocale, isSpeechDocument, readSettings } from './settings';
import type { SpeechDocuments } from './speechDocuments';

export class StatsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('speechDraft.stats', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly documents: SpeechDocuments) {
    this.item.name = vscode.l10n.t('Speech Draft: length');
    this.item.command = {
      title: vscode.l10n.t('Set speaking rate'),
      command: 'workbench.action.openSettings',
      arguments: ['speechDraft.speakingRate'],
    };
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor === vscode.window.activeTextEditor) this.update();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.update();
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
    );
    this.update();
  }

  /** The text shown now; empty when hidden. Exposed for the integration tests. */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private visible = false;

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const settings = readSettings();
    if (!editor || !isSpeechDocument(editor.document, settings)) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const locale = displayLocale();
    const stats = this.documents.stats(editor.document, settings.speakingRate);
    const whole = vscode.l10n.t(
      '{0} chars · {1}',
      formatCount(stats.characters),
      formatDuration(stats.speakingSeconds, locale),
    );
    const selected = editor.selections
      .filter((selection) => !selection.isEmpty)
      .reduce((sum, selection) => sum + countSpokenCharacters(editor.document.getText(selection)), 0);
    this.item.text =
      selected > 0
        ? `$(book) ${vscode.l10n.t('Selected {0} chars · {1}', formatCount(selected), formatDuration(speakingSeconds(selected, settings.speakingRate), locale))} / ${whole}`
        : `$(book) ${whole}`;
    this.item.tooltip = vscode.l10n.t(
      '{0} characters (Chinese characters, letters and digits), {1} paragraphs. Speaking time at {2} characters a minute: {3}. Click to change the speaking rate.',
      formatCount(stats.characters),
      stats.paragraphs,
      settings.speakingRate,
      formatDuration(stats.speakingSeconds, locale),
    );
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
  }
}
