/** Entry point (Node and web worker): wires the core-backed features into VS Code. */

import * as vscode from 'vscode';
import { SpeechCodeActions } from './codeActions';
import { NextMarkerCompletions } from './completion';
import { SpeechDiagnostics } from './diagnostics';
import { FixAllProvider, registerFixAllCommand } from './fixAll';
import { SpeechFoldingProvider } from './folding';
import { LintConfigs } from './lintConfig';
import { registerNewSpeech } from './newSpeech';
import { registerPlaceholderCommands } from './placeholderCommands';
import { isSpeechDocument, readSettings, SECTION, speechSelector } from './settings';
import { SpeechDocuments } from './speechDocuments';
import { StatsStatusBar } from './statusBar';
import { registerStructureCommands } from './structureCommands';
import { SpeechSymbolProvider } from './symbols';

/** What activate() returns: read by the integration tests, stable enough for other extensions. */
export interface SpeechDraftApi {
  /** The status bar item's text, or '' when it is hidden. */
  statusBarText(): string;
}

export async function activate(context: vscode.ExtensionContext): Promise<SpeechDraftApi> {
  const documents = new SpeechDocuments();
  const configs = new LintConfigs();
  await configs.loadAll();
  const diagnostics = new SpeechDiagnostics(documents, configs, context.extensionUri);
  const statusBar = new StatsStatusBar(documents);
  const providers = new ProviderRegistrations(documents, diagnostics, configs);
  context.subscriptions.push(
    documents,
    configs,
    diagnostics,
    statusBar,
    providers,
    ...registerPlaceholderCommands(documents, configs),
    registerFixAllCommand(configs),
    ...registerStructureCommands(),
    registerNewSpeech(),
    vscode.window.onDidChangeActiveTextEditor(updateContextKey),
    vscode.workspace.onDidOpenTextDocument(updateContextKey),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      if (event.affectsConfiguration(`${SECTION}.languages`)) {
        providers.register();
        diagnostics.refreshAll();
        updateContextKey();
      } else if (event.affectsConfiguration(`${SECTION}.speakingRate`)) {
        // VS Code caches symbols per document version; a new provider is what makes the Outline recompute.
        providers.register();
      }
      statusBar.update();
    }),
  );
  updateContextKey();
  return { statusBarText: () => statusBar.text };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

/** `speechDraft.isSpeech`: true while the active editor holds a document the features are on for (keybindings use it). */
function updateContextKey(): void {
  const document = vscode.window.activeTextEditor?.document;
  void vscode.commands.executeCommand('setContext', 'speechDraft.isSpeech', document !== undefined && isSpeechDocument(document));
}

/** Providers registered for the languages in `speechDraft.languages`, re-registered when it changes. */
class ProviderRegistrations implements vscode.Disposable {
  private registrations: vscode.Disposable[] = [];

  constructor(
    private readonly documents: SpeechDocuments,
    private readonly diagnostics: SpeechDiagnostics,
    private readonly configs: LintConfigs,
  ) {
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
      vscode.languages.registerCodeActionsProvider(selector, new SpeechCodeActions(this.diagnostics), SpeechCodeActions.metadata),
      vscode.languages.registerCodeActionsProvider(selector, new FixAllProvider(this.configs), FixAllProvider.metadata),
      vscode.languages.registerCompletionItemProvider(selector, new NextMarkerCompletions(this.documents), ...NextMarkerCompletions.triggerCharacters),
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
