/**
 * The analysis of one document across its versions: each version is parsed and linted in full, but lines whose
 * text did not change since the last version are answered from cache, so a keystroke costs what it touched.
 */

import { lintWithIgnored } from '../engine/lint';
import { LintCache, type LintConfig } from '../engine/run';
import type { Finding } from '../rules/types';
import { LineCache } from '../parse/lineCache';
import { parseSpeech } from '../parse/parse';
import type { LineLex } from '../parse/lineLex';
import { statsOf, type SpeechStats } from './stats';
import type { ParsedSpeech } from '../parse/types';

export class SpeechAnalyzer {
  private readonly lexes = new LineCache<LineLex>();
  private readonly lintCache = new LintCache();

  parse(text: string): ParsedSpeech {
    return parseSpeech(text, this.lexes);
  }

  lint(speech: ParsedSpeech, config: LintConfig): Finding[] {
    return this.lintWithProblems(speech, config).findings;
  }

  /** The findings, and the settings of the file's own that could not be taken (front matter, disable comments). */
  lintWithProblems(
    speech: ParsedSpeech,
    config: LintConfig,
  ): Pick<ReturnType<typeof lintWithIgnored>, 'findings' | 'problems'> {
    return lintWithIgnored(speech, config, this.lintCache);
  }

  /** Parse, every rule and the statistics of one version. */
  analyze(
    text: string,
    config: LintConfig,
    speakingRate: number,
  ): { speech: ParsedSpeech; diagnostics: Finding[]; stats: SpeechStats } {
    const speech = this.parse(text);
    return { speech, diagnostics: this.lint(speech, config), stats: statsOf(speech, speakingRate) };
  }
}
