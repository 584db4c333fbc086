/** Entry point (Node and web worker): wires the core-backed features into VS Code. */

import * as vscode from 'vscode';
import { provideLinearRegex } from '../core';
import { loadRegexCompiler } from './regexModule';
import { SpeechCodeActions } from './codeActions';
import { NextMarkerCompletions } from './completion';
import { SpeechDiagnostics } from './diagnostics';
import { FixAllProvider, registerFixAllCommand } from './fixAll';
import { SpeechFoldingProvider } from './folding';
import { PinyinHover } from './hover';
import { LintConfigs } from './lintConfig';
import { registerExportCommands, type ExportPrompts } from './exportCommands';
import { registerNewSpeech } from './newSpeech';
import { registerPlaceholderCommands } from './placeholderCommands';
import { registerRuleActionCommands } from './ruleActions';
import { registerWordCommands } from './wordCommands';
import { RuleDocsPanel } from './ruleDocs';
import { isSpeechDocument, readSettings, SECTION, speechSelector } from './settings';
import { SpeechDocuments } from './speechDocuments';
import { StatsStatusBar } from './statusBar';
import { CheckingStatus } from './checkingStatus';
import { registerStructureCommands } from './structureCommands';
import { SpeechSymbolProvider } from './symbols';

/** What activate() returns: read by the integration tests, stable enough for other extensions. */
export interface SpeechDraftApi {
  /** The status bar item's text, or '' when it is hidden. */
  statusBarText(): string;
  /** Whether the status bar item shows the warning colour: the speech runs over its time limit. */
  statusBarWarning(): boolean;
  /** How many times the problems have been analysed since activation. */
  analysisRuns(): number;
  /** The text of the status bar item shown while typos are being checked, or '' when it is hidden. */
  checkingText(): string;
  /** How long the typo check waits after the other problems are shown (for the tests); undefined restores 0. */
  setBackgroundDelay(ms: number | undefined): void;
  /** The print preview's page as last rendered, or undefined when it is closed. */
  previewHtml(): string | undefined;
  /** The editor line the preview was last told to scroll to. */
  previewScrolledTo(): number | undefined;
  /** Answers the export's questions (save where, export despite placeholders) in place of the dialogs; undefined restores them. */
  setExportPrompts(prompts: ExportPrompts | undefined): void;
  /** The rule whose documentation is shown and its page, or undefined. */
  ruleDocsShown(): { rule: string; html: string } | undefined;
  /**
   * Milliseconds from the start of activate(): to its end, to when VS Code first asked for an outline, and to when
   * that outline was given (undefined until then). What lies between the end and the request is VS Code's.
   */
  activationTiming(): {
    activateMs: number;
    firstOutlineRequestedMs: number | undefined;
    firstOutlineMs: number | undefined;
  };
}

export function activate(context: vscode.ExtensionContext): SpeechDraftApi {
  const started = performance.now();
  provideLinearRegex(loadRegexCompiler);
  let firstOutlineRequestedMs: number | undefined;
  let firstOutlineMs: number | undefined;
  const documents = new SpeechDocuments();
  const configs = new LintConfigs(context.extensionUri);
  // Nothing waits for the disk: the folders' .speechdraftrc.json arrive in the background and refresh the problems.
  void configs.loadAll().then(() => configs.notifyLoaded());
  const diagnostics = new SpeechDiagnostics(documents, configs);
  const ruleDocs = new RuleDocsPanel(context.extensionUri);
  const exporting = registerExportCommands(documents, diagnostics);
  const statusBar = new StatsStatusBar(documents, configs);
  const checking = new CheckingStatus(diagnostics);
  const pinyinHover = new PinyinHover(context.extensionUri);
  const providers = new ProviderRegistrations(documents, diagnostics, configs, pinyinHover, (requestedAt) => {
    if (firstOutlineMs === undefined) {
      firstOutlineRequestedMs = requestedAt - started;
      firstOutlineMs = performance.now() - started;
    }
  });
  context.subscriptions.push(
    documents,
    configs,
    diagnostics,
    ruleDocs,
    statusBar,
    checking,
    providers,
    ...registerPlaceholderCommands(documents, configs),
    ...registerRuleActionCommands(configs),
    ...registerWordCommands(diagnostics),
    registerFixAllCommand(configs, (document) => diagnostics.findings(document).length),
    ...registerStructureCommands(documents),
    registerNewSpeech(context.extensionUri),
    ...exporting.disposables,
    vscode.window.onDidChangeActiveTextEditor(updateContextKey),
    vscode.workspace.onDidOpenTextDocument(updateContextKey),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      if (event.affectsConfiguration(`${SECTION}.languages`)) {
        providers.register();
        diagnostics.refreshAll();
        updateContextKey();
      } else if (
        event.affectsConfiguration(`${SECTION}.speakingRate`) ||
        event.affectsConfiguration(`${SECTION}.documentKind`)
      ) {
        // VS Code caches symbols per document version; a new provider is what makes the Outline recompute.
        providers.register();
      }
      statusBar.update();
    }),
  );
  updateContextKey();
  const activateMs = performance.now() - started;
  return {
    statusBarText: () => statusBar.text,
    statusBarWarning: () => statusBar.warning,
    analysisRuns: () => diagnostics.runs,
    checkingText: () => checking.text,
    setBackgroundDelay: (ms) => {
      diagnostics.backgroundDelayMs = ms ?? 0;
    },
    previewHtml: exporting.previewHtml,
    previewScrolledTo: exporting.previewScrolledTo,
    setExportPrompts: exporting.setPrompts,
    ruleDocsShown: () => ruleDocs.shown,
    activationTiming: () => ({ activateMs, firstOutlineRequestedMs, firstOutlineMs }),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

/** `speechDraft.isSpeech`: true while the active editor holds a document the features are on for (keybindings use it). */
function updateContextKey(): void {
  const document = vscode.window.activeTextEditor?.document;
  void vscode.commands.executeCommand(
    'setContext',
    'speechDraft.isSpeech',
    document !== undefined && isSpeechDocument(document),
  );
}

/** Providers registered for the languages in `speechDraft.languages`, re-registered when it changes. */
class ProviderRegistrations implements vscode.Disposable {
  private registrations: vscode.Disposable[] = [];

  constructor(
    private readonly documents: SpeechDocuments,
    private readonly diagnostics: SpeechDiagnostics,
    private readonly configs: LintConfigs,
    private readonly hover: vscode.HoverProvider,
    private readonly onOutline: (requestedAt: number) => void,
  ) {
    this.register();
  }

  register(): void {
    this.disposeRegistrations();
    const selector = speechSelector(readSettings());
    this.registrations = [
      vscode.languages.registerDocumentSymbolProvider(
        selector,
        new SpeechSymbolProvider(
          this.documents,
          this.onOutline,
          (document) => this.configs.configFor(document).options.documentKind,
        ),
        {
          label: vscode.l10n.t('Speech outline'),
        },
      ),
      vscode.languages.registerFoldingRangeProvider(selector, new SpeechFoldingProvider(this.documents)),
      vscode.languages.registerHoverProvider(selector, this.hover),
      vscode.languages.registerCodeActionsProvider(
        selector,
        new SpeechCodeActions(this.diagnostics),
        SpeechCodeActions.metadata,
      ),
      vscode.languages.registerCodeActionsProvider(selector, new FixAllProvider(this.configs), FixAllProvider.metadata),
      vscode.languages.registerCompletionItemProvider(
        selector,
        new NextMarkerCompletions(this.documents),
        ...NextMarkerCompletions.triggerCharacters,
      ),
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
