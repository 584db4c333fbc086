/** A status bar item shown while the background rules (the typo model) have yet to check the active speech. */

import * as vscode from 'vscode';
import type { SpeechDiagnostics } from './diagnostics';

export class CheckingStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'speechDraft.checking',
    vscode.StatusBarAlignment.Right,
    99,
  );
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The text shown now; empty when hidden. Exposed for the integration tests. */
  text = '';

  constructor(private readonly diagnostics: SpeechDiagnostics) {
    this.item.name = vscode.l10n.t('Speech Draft: checking');
    this.subscriptions.push(
      diagnostics.onDidChangeChecking(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (document && this.diagnostics.isChecking(document)) {
      this.item.text = `$(sync~spin) ${vscode.l10n.t('Checking typos…')}`;
      this.item.tooltip = vscode.l10n.t('The other problems are shown; typos follow when they are checked.');
      this.item.show();
      this.text = this.item.text;
    } else {
      this.item.hide();
      this.text = '';
    }
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
  }
}
