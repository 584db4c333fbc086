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
  lint?: { generation: number; value: Finding[] };
}

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

  /** Findings for this version under configuration `generation` (see LintConfigs.generation). */
  lint(document: vscode.TextDocument, config: LintConfig, generation: number): Finding[] {
    const version = this.version(document);
    if (version.lint?.generation !== generation) {
      version.lint = { generation, value: this.entry(document).analyzer.lint(version.speech, config) };
    }
    return version.lint.value;
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
