/**
 * One analysis per document version, shared by every feature, from an analyzer kept per document so that a
 * keystroke re-reads only the lines it changed.
 */

import * as vscode from 'vscode';
import { statsOf, SpeechAnalyzer, type LintConfig, type Finding, type ParsedSpeech, type SpeechStats } from '../core';

interface Version {
  version: number;
  speech: ParsedSpeech;
  stats?: { rate: number; value: SpeechStats };
  lint?: { generation: number; value: Finding[]; problems: SettingProblems };
  /** The background rules' findings (the typo model), once they have run for this version and generation. */
  background?: { generation: number; value: Finding[]; merged?: Finding[] };
}

/** Settings of the document's own that could not be taken: a broken front matter, a disable comment's unknown rule. */
type SettingProblems = ReturnType<SpeechAnalyzer['lintWithProblems']>['problems'];

interface Entry {
  analyzer: SpeechAnalyzer;
  current?: Version;
}

export class SpeechDocuments implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscription = vscode.workspace.onDidCloseTextDocument((document) => {
    this.entries.delete(document.uri.toString());
  });

  parse(document: vscode.TextDocument): ParsedSpeech {
    return this.version(document).speech;
  }

  stats(document: vscode.TextDocument, speakingRate: number): SpeechStats {
    const version = this.version(document);
    if (version.stats?.rate !== speakingRate) {
      version.stats = { rate: speakingRate, value: statsOf(version.speech, speakingRate) };
    }
    return version.stats.value;
  }

  /**
   * Every finding of this version under configuration `generation` (see LintConfigs.generation): the foreground rules'
   * and the background rules', these computed now if they have not run yet.
   */
  lint(document: vscode.TextDocument, config: LintConfig, generation: number): Finding[] {
    const foreground = this.linted(document, config, generation).value;
    const background = this.background(document, config, generation);
    if (background.length === 0) return foreground;
    // Merged once a version: the Problems panel, quick fixes and exports all ask for it.
    const entry = this.version(document).background!;
    entry.merged ??= [...foreground, ...background].sort(
      (a, b) => a.span.start - b.span.start || a.span.end - b.span.end,
    );
    return entry.merged;
  }

  /** The foreground rules' findings: those an editor shows as the writer types. */
  foreground(document: vscode.TextDocument, config: LintConfig, generation: number): Finding[] {
    return this.linted(document, config, generation).value;
  }

  /** The background rules' findings of this version, computed now if they have not run yet. */
  background(document: vscode.TextDocument, config: LintConfig, generation: number): Finding[] {
    const version = this.version(document);
    if (version.background?.generation !== generation) {
      const { findings } = this.entry(document).analyzer.lintWithProblems(version.speech, config, 'background');
      version.background = { generation, value: findings };
    }
    return version.background.value;
  }

  /** The background rules' slow work on this version, one line a step (see SpeechAnalyzer.backgroundSteps). */
  backgroundSteps(document: vscode.TextDocument, config: LintConfig): Array<() => void> {
    return this.entry(document).analyzer.backgroundSteps(this.version(document).speech, config);
  }

  /** Whether the background rules have run for this version and generation. */
  hasBackground(document: vscode.TextDocument, generation: number): boolean {
    return this.version(document).background?.generation === generation;
  }

  /** The settings of this version's own that could not be taken, under configuration `generation`. */
  settingProblems(document: vscode.TextDocument, config: LintConfig, generation: number): SettingProblems {
    return this.linted(document, config, generation).problems;
  }

  private linted(document: vscode.TextDocument, config: LintConfig, generation: number): NonNullable<Version['lint']> {
    const version = this.version(document);
    if (version.lint?.generation !== generation) {
      const { findings, problems } = this.entry(document).analyzer.lintWithProblems(
        version.speech,
        config,
        'foreground',
      );
      version.lint = { generation, value: findings, problems };
    }
    return version.lint;
  }

  private entry(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { analyzer: new SpeechAnalyzer() };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private version(document: vscode.TextDocument): Version {
    const entry = this.entry(document);
    if (entry.current?.version !== document.version) {
      entry.current = { version: document.version, speech: entry.analyzer.parse(document.getText()) };
    }
    return entry.current;
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
  }
}
