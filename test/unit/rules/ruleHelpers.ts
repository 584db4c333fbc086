import { lint, mergeConfigs, parseSpeech, type Finding, type UserConfig } from '../../../src/core';

/** The exact source text of every finding of `rule` in `text`. */
export function flagged(rule: string, text: string, config?: UserConfig): string[] {
  return findings(rule, text, config).map((d) => text.slice(d.span.start, d.span.end));
}

export function findings(rule: string, text: string, config?: UserConfig): Finding[] {
  return lint(parseSpeech(text), mergeConfigs(config)).filter((d) => d.rule === rule);
}
