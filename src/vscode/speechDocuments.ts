/** One parse per document version, shared by every feature; lint results cached per version and configuration. */

import * as vscode from 'vscode';
import { computeStats, lint, parseSpeech, type LintConfig, type LintDiagnostic, type ParsedSpeech, type SpeechStats } from '../core';

interface Entry {
  version: number;
  speech: ParsedSpeech;
  stats?: { rate: number; value: SpeechStats };
  lint?: { generation: number; value: LintDiagnostic[] };
}

export class SpeechDocuments implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscription = vscode.workspace.onDidCloseTextDocument((document) => {
    this.entries.delete(document.uri.toString());
  });

  parse(document: vscode.TextDocument): ParsedSpeech {
    return this.entry(document).speech;
  }

  stats(document: vscode.TextDocument, speakingRate: number): SpeechStats {
    const entry = this.entry(document);
    if (entry.stats?.rate !== speakingRate) {
      entry.stats = { rate: speakingRate, value: computeStats(entry.speech.text, speakingRate, entry.speech.paragraphs.length) };
    }
    return entry.stats.value;
  }

  /** Findings for this version under configuration `generation` (see LintConfigs.generation). */
  lint(document: vscode.TextDocument, config: LintConfig, generation: number): LintDiagnostic[] {
    const entry = this.entry(document);
    if (entry.lint?.generation !== generation) {
      entry.lint = { generation, value: lint(entry.speech, config) };
    }
    return entry.lint.value;
  }

  private entry(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) {
      return cached;
    }
    const entry: Entry = { version: document.version, speech: parseSpeech(document.getText()) };
    this.entries.set(key, entry);
    return entry;
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
  }
}
