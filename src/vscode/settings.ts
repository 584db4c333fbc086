/** The extension's settings, read fresh when they change, so no reload is ever needed. */

import * as vscode from 'vscode';
import { DEFAULT_SPEAKING_RATE, localeOf, type Locale } from '../core';

export const SECTION = 'speechDraft';

interface SpeechSettings {
  languages: string[];
  speakingRate: number;
}

export function readSettings(): SpeechSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const languages = config
    .get<string[]>('languages', ['speech'])
    .filter((id) => typeof id === 'string' && id.length > 0);
  const rate = config.get<number>('speakingRate', DEFAULT_SPEAKING_RATE);
  return {
    languages: languages.length > 0 ? languages : ['speech'],
    speakingRate: Number.isFinite(rate) && rate > 0 ? rate : DEFAULT_SPEAKING_RATE,
  };
}

/** The display language VS Code runs in, reduced to the two the extension speaks. */
export function displayLocale(): Locale {
  return localeOf(vscode.env.language);
}

/** Document selectors for every language the features are on for, whatever the scheme (files, untitled, virtual). */
export function speechSelector(settings: SpeechSettings): vscode.DocumentFilter[] {
  return settings.languages.map((language) => ({ language }));
}

export function isSpeechDocument(document: vscode.TextDocument, settings: SpeechSettings = readSettings()): boolean {
  return settings.languages.includes(document.languageId);
}
