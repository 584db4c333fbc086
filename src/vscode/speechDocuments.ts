/** One parse per document version, shared by every feature. */

import * as vscode from 'vscode';
import { computeStats, parseSpeech, type ParsedSpeech, type SpeechStats } from '../core';

interface Entry {
  version: number;
  speech: ParsedSpeech;
  stats?: { rate: number; value: SpeechStats };
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
