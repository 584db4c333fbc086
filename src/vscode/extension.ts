/** Entry point (Node and web worker): wires the core-backed features into VS Code. */

import * as vscode from 'vscode';
import { SpeechFoldingProvider } from './folding';
import { readSettings, SECTION, speechSelector } from './settings';
import { SpeechDocuments } from './speechDocuments';
import { StatsStatusBar } from './statusBar';
import { SpeechSymbolProvider } from './symbols';

/** What activate() returns: read by the integration tests, stable enough for other extensions. */
export interface SpeechDraftApi {
  /** The status bar item's text, or '' when it is hidden. */
  statusBarText(): string;
}

export function activate(context: vscode.ExtensionContext): SpeechDraftApi {
  const documents = new SpeechDocuments();
  const statusBar = new StatsStatusBar(documents);
  const providers = new ProviderRegistrations(documents);
  context.subscriptions.push(
    documents,
    statusBar,
    providers,
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      if (event.affectsConfiguration(`${SECTION}.languages`)) providers.register();
      statusBar.update();
    }),
  );
  return { statusBarText: () => statusBar.text };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

/** Providers registered for the languages in `speechDraft.languages`, re-registered when it changes. */
class ProviderRegistrations implements vscode.Disposable {
  private registrations: vscode.Disposable[] = [];

  constructor(private readonly documents: SpeechDocuments) {
    this.register();
  }

  register(): void {
    this.disposeRegistrations();
    const selector = speechSelector(readSettings());
    this.registrations = [
      vscode.languages.registerDocumentSymbolProvider(selector, new SpeechSymbolProvider(this.documents), {
        label: vscode.l10n.t('Speech outline'),
      }),
      vscode.languages.registerFoldingRangeProvider(selector, new SpeechFoldingProvider(this.documents)),
    ];
  }

  private disposeRegistrations(): void {
    this.registrations.forEach((registration) => registration.dispose());
    this.registrations = [];
  }

  dispose(): void {
    this.disposeRegistrations();
  }
}
