/**
 * The analysis of one document across its versions: each version is parsed and linted in full, but lines whose
 * text did not change since the last version are answered from cache, so a keystroke costs what it touched.
 */

import { lintWithIgnored } from '../engine/lint';
import { LintCache, type LintConfig } from '../engine/run';
import { BACKGROUND_RULES, FOREGROUND_RULES, RULES } from '../rules';
import type { Finding } from '../rules/types';
import { LineCache } from '../parse/lineCache';
import { parseSpeech } from '../parse/parse';
import type { LineLex } from '../parse/lineLex';
import { statsOf, type SpeechStats } from './stats';
import type { ParsedSpeech } from '../parse/types';

/** Which rules a lint runs: every rule, or an editor's two passes (see RuleMeta.background). */
type RulePass = 'all' | 'foreground' | 'background';

const PASSES: Readonly<Record<RulePass, typeof RULES>> = {
  all: RULES,
  foreground: FOREGROUND_RULES,
  background: BACKGROUND_RULES,
};

export class SpeechAnalyzer {
  private readonly lexes = new LineCache<LineLex>();
  /** One cache a pass: a line's cached findings are those of the rules that pass runs. */
  private readonly lintCaches: Record<RulePass, LintCache> = {
    all: new LintCache(),
    foreground: new LintCache(),
    background: new LintCache(),
  };

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
    pass: RulePass = 'all',
  ): Pick<ReturnType<typeof lintWithIgnored>, 'findings' | 'problems'> {
    return lintWithIgnored(speech, config, this.lintCaches[pass], PASSES[pass]);
  }

  /**
   * The background rules' slow work on this version, one line a step, for a host to run in slices before the
   * background pass (which then only reads what the steps left): nothing for a rule that is off or has none.
   */
  backgroundSteps(speech: ParsedSpeech, config: LintConfig): Array<() => void> {
    const steps: Array<() => void> = [];
    for (const rule of BACKGROUND_RULES) {
      const prepare = rule.prepareLine;
      if (!prepare || (config.rules[rule.meta.id] ?? rule.meta.defaultSeverity) === 'off') continue;
      for (const line of speech.lines) if (line.text !== '') steps.push(() => prepare(line.text, config.options));
    }
    return steps;
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
