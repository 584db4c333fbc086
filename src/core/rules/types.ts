/** The contract every rule follows: metadata plus a pure check over the shared parse. */

import type { ParsedSpeech, Span } from '../types';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A user-facing text in both display languages. */
export interface Message {
  'zh-cn': string;
  en: string;
}

/** Replace `[start, end)` of the original text with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: Message;
  edits: TextEdit[];
  /**
   * Safe fixes change only punctuation and spaces (or are otherwise certain); Fix all and `lint --fix`
   * apply them. An unsafe fix is offered one at a time as a quick fix.
   */
  safe: boolean;
}

export interface Finding {
  rule: string;
  span: Span;
  message: Message;
  fixes: Fix[];
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** True when the rule offers fixes. */
  fixable: boolean;
  description: Message;
  /** The rule's section in docs/rules.md, e.g. `placeholder`. */
  docs: string;
}

export interface RuleOptions {
  /** Exact placeholder texts the writer has said are intended (the 忽略此占位符 quick fix). */
  allowedPlaceholders: readonly string[];
  /** Pattern → text, e.g. `***总书记` → `习近平总书记`, `区**` → `区政府`: offered as fixes where the pattern covers a placeholder. */
  placeholderValues: Readonly<Record<string, string>>;
  /** long-sentence: characters a sentence may run without 。！？；. */
  maxSentenceLength: number;
}

export interface RuleContext {
  speech: ParsedSpeech;
  options: RuleOptions;
}

/**
 * A rule is either a document rule (`check`, over the shared parse) or a line rule (`checkLine`): its findings on
 * a line depend on that line's text and the options alone, with offsets relative to the line start. The engine
 * runs a line rule line by line and caches its findings by line text, so an edit re-checks only changed lines.
 */
export type Rule = DocumentRule | LineRule;

export interface DocumentRule {
  meta: RuleMeta;
  check(context: RuleContext): Finding[];
  checkLine?: undefined;
}

export interface LineRule {
  meta: RuleMeta;
  /**
   * Findings on one line, offsets relative to its start. Each call returns fresh objects, no span or edit shared
   * between two places: the engine moves them to the line's place in the document in place, without copying.
   */
  checkLine(text: string, options: RuleOptions): Finding[];
  check?: undefined;
}

/** What a line rule returns when it finds nothing: one shared, frozen array, not a new one a line. */
export const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

export const DEFAULT_RULE_OPTIONS: RuleOptions = {
  allowedPlaceholders: [],
  placeholderValues: {},
  maxSentenceLength: 80,
};
