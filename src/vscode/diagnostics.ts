/** Problems: core findings as Diagnostics, refreshed 300 ms after typing stops, for every open speech document. */

import * as vscode from 'vscode';
import { findingKey, type Finding, type LintConfig, type ParsedSpeech, type Severity } from '../core';
import { toRange } from './convert';
import type { LintConfigs } from './lintConfig';
import { ruleAndMessageOf, ruleDocsTarget } from './ruleDocs';
import { displayLocale, isSpeechDocument, SECTION } from './settings';
import type { SpeechDocuments } from './speechDocuments';

export const DIAGNOSTIC_SOURCE = 'speech-draft';
const TYPING_DELAY_MS = 300;

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** How long one slice of the background rules' work may hold the extension host. */
const BACKGROUND_SLICE_MS = 15;

export class SpeechDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
  /** Large documents already told that their problems are checked on save only. */
  private readonly noticed = new Set<string>();
  /** How many analyses have run (for the integration tests: typing fast must not analyse every version). */
  runs = 0;
  private readonly backgroundTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly checkingDocuments = new Set<string>();
  private readonly checkingChanged = new vscode.EventEmitter<void>();
  /** Fired when a document starts or stops waiting for the background rules (the status bar listens). */
  readonly onDidChangeChecking = this.checkingChanged.event;
  /** How long the background rules wait after the others' problems are shown (the integration tests lengthen it). */
  backgroundDelayMs = 0;

  constructor(
    private readonly documents: SpeechDocuments,
    private readonly configs: LintConfigs,
  ) {
    this.subscriptions.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((document) => this.refresh(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (isTooLarge(document)) this.refresh(document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      // A deleted file's problems go with it, even while VS Code still holds its document.
      this.deletions,
      this.deletions.onDidDelete((uri) => this.collection.delete(uri)),
      configs.onDidChange(() => this.refreshAll()),
    );
    // The first refresh comes when the folders' .speechdraftrc.json have been read (LintConfigs.notifyLoaded),
    // so activation does not lint every open document before it returns.
  }

  /** The findings for a document now, from the shared per-version cache. */
  findings(document: vscode.TextDocument): Finding[] {
    return this.documents.lint(document, this.configs.configFor(document), this.configs.generation);
  }

  /** The parse of the document now, and the configuration its findings were made under. */
  context(document: vscode.TextDocument): { speech: ParsedSpeech; config: LintConfig } {
    return { speech: this.documents.parse(document), config: this.configs.configFor(document) };
  }

  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  /**
   * Analysis runs once typing has paused; each change restarts the wait, and an analysis whose version is no longer
   * the document's is dropped (the newer version has its own). A document above speechDraft.maxFileSize is checked
   * when opened and saved, not as it is typed.
   */
  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    if (isTooLarge(document)) {
      this.noticeOnce(document);
      return;
    }
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.version === version) this.refresh(document);
      }, TYPING_DELAY_MS),
    );
  }

  private noticeOnce(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.noticed.has(key)) return;
    this.noticed.add(key);
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'This speech is large ({0} characters): its problems are checked when you save it, not as you type. The limit is the setting speechDraft.maxFileSize.',
        lengthOf(document).toLocaleString('en-US'),
      ),
    );
  }

  private refresh(document: vscode.TextDocument): void {
    if (document.isClosed || !isSpeechDocument(document)) {
      this.collection.delete(document.uri);
      return;
    }
    this.runs++;
    const config = this.configs.configFor(document);
    const generation = this.configs.generation;
    this.publish(document, config, generation);
    if (!this.documents.hasBackground(document, generation)) this.scheduleBackground(document, generation);
  }

  /** The document's problems as far as they are known: the foreground rules', and the background rules' once run. */
  private publish(document: vscode.TextDocument, config: LintConfig, generation: number): void {
    const locale = displayLocale();
    const problems = this.documents.settingProblems(document, config, generation).map(({ span, message }) => {
      const diagnostic = new vscode.Diagnostic(
        toRange(document, span),
        message[locale],
        vscode.DiagnosticSeverity.Error,
      );
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = 'settings';
      return diagnostic;
    });
    const findings = this.documents.hasBackground(document, generation)
      ? this.documents.lint(document, config, generation)
      : this.documents.foreground(document, config, generation);
    this.collection.set(document.uri, [
      ...problems,
      ...findings.map((finding) => this.toDiagnostic(document, finding, locale)),
    ]);
  }

  /**
   * The background rules (the typo model) run after the others' problems are shown, in a task of their own that a
   * newer version or configuration makes moot: their slow work line by line in slices of BACKGROUND_SLICE_MS, each
   * followed by a turn of the event loop (typing, other features), then their pass, which only reads what the slices
   * left. The status bar says while one is pending.
   */
  private scheduleBackground(document: vscode.TextDocument, generation: number): void {
    const key = document.uri.toString();
    clearTimeout(this.backgroundTimers.get(key));
    const version = document.version;
    this.setChecking(key, true);
    let steps: Array<() => void> | undefined;
    let next = 0;
    const slice = (): void => {
      this.backgroundTimers.delete(key);
      if (document.isClosed || document.version !== version || this.configs.generation !== generation) {
        this.setChecking(key, false);
        return;
      }
      const config = this.configs.configFor(document);
      steps ??= this.documents.backgroundSteps(document, config);
      const deadline = Date.now() + BACKGROUND_SLICE_MS;
      while (next < steps.length && Date.now() < deadline) steps[next++]();
      if (next < steps.length) {
        this.backgroundTimers.set(key, setTimeout(slice, 0));
        return;
      }
      this.setChecking(key, false);
      this.documents.background(document, config, generation);
      this.publish(document, config, generation);
    };
    this.backgroundTimers.set(key, setTimeout(slice, this.backgroundDelayMs));
  }

  private setChecking(key: string, checking: boolean): void {
    if (checking === this.checkingDocuments.has(key)) return;
    if (checking) this.checkingDocuments.add(key);
    else this.checkingDocuments.delete(key);
    this.checkingChanged.fire();
  }

  /** Whether the background rules are still to run on the document's current version. */
  isChecking(document: vscode.TextDocument): boolean {
    return this.checkingDocuments.has(document.uri.toString());
  }

  private toDiagnostic(document: vscode.TextDocument, finding: Finding, locale: 'zh-cn' | 'en'): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(
      toRange(document, finding.span),
      finding.message[locale],
      SEVERITIES[finding.severity],
    );
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.rule, target: ruleDocsTarget(finding.rule, finding.messageId) };
    return diagnostic;
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.noticed.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    clearTimeout(this.backgroundTimers.get(key));
    this.backgroundTimers.delete(key);
    this.setChecking(key, false);
    this.collection.delete(document.uri);
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.backgroundTimers.forEach((timer) => clearTimeout(timer));
    this.checkingChanged.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

/** Above speechDraft.maxFileSize characters, a document is analysed on open and save only. */
function isTooLarge(document: vscode.TextDocument): boolean {
  const limit = vscode.workspace
    .getConfiguration(SECTION, document.uri)
    .get<number>('maxFileSize', DEFAULT_MAX_FILE_SIZE);
  return lengthOf(document) > limit;
}

/** The document's length in UTF-16 units, without copying its text (this runs on every keystroke). */
function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** About 6 MB of Chinese in UTF-8: a long collected volume, still analysed on every save. */
const DEFAULT_MAX_FILE_SIZE = 2_000_000;

/** Each findings list's findings by key, made on the first code action asked of it. */
const findingsByKey = new WeakMap<readonly Finding[], Map<string, Finding>>();

/** The finding a VS Code diagnostic was made from: the same key (rule, message id, span), found in constant time. */
export function findingFor(
  document: vscode.TextDocument,
  findings: readonly Finding[],
  diagnostic: vscode.Diagnostic,
): Finding | undefined {
  const target = typeof diagnostic.code === 'object' ? diagnostic.code.target : undefined;
  const named = target && ruleAndMessageOf(target);
  if (!named) return undefined;
  let byKey = findingsByKey.get(findings);
  if (!byKey) {
    byKey = new Map();
    // The first of two findings with one key wins, as the editor lists them.
    for (const finding of findings) if (!byKey.has(findingKey(finding))) byKey.set(findingKey(finding), finding);
    findingsByKey.set(findings, byKey);
  }
  const span = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
  return byKey.get(findingKey({ rule: named.rule, messageId: named.messageId, span }));
}
