/**
 * The status bar item: character count and speaking time of the speech, or of the selection, and the speaking time
 * against the time the speaker has when one is set (front matter `minutes:`, setting timeLimit), warning when over.
 */

import * as vscode from 'vscode';
import { countSpokenCharacters, formatCount, formatDuration, speakingSeconds, timeLimitOf } from '../core';
import type { LintConfigs } from './lintConfig';
import { displayLocale, isSpeechDocument, readSettings } from './settings';
import type { SpeechDocuments } from './speechDocuments';

export class StatsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('speechDraft.stats', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly documents: SpeechDocuments,
    private readonly configs: LintConfigs,
  ) {
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
      this.configs.onDidChange(() => this.update()),
    );
    this.update();
  }

  /** The text shown now; empty when hidden. Exposed for the integration tests. */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private visible = false;

  /** Whether the item shows the warning colour (over the time limit). Exposed for the integration tests. */
  get warning(): boolean {
    return this.visible && this.item.backgroundColor !== undefined;
  }

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
    const limit = timeLimitOf(
      this.documents.parse(editor.document).frontMatter,
      this.configs.configFor(editor.document).options.timeLimit,
    );
    const over = limit !== undefined && stats.speakingSeconds > limit * 60;
    const whole =
      limit === undefined
        ? vscode.l10n.t('{0} chars · {1}', formatCount(stats.characters), formatDuration(stats.speakingSeconds, locale))
        : vscode.l10n.t(
            '{0} chars · {1} / {2} min',
            formatCount(stats.characters),
            formatDuration(stats.speakingSeconds, locale),
            String(limit),
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
    if (limit !== undefined)
      this.item.tooltip += ` ${over ? vscode.l10n.t('Over the {0} minutes the speaker has.', String(limit)) : vscode.l10n.t('Within the {0} minutes the speaker has.', String(limit))}`;
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
  }
}
