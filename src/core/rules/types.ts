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
  check(context: RuleContext): RuleFinding[];
  checkLine?: undefined;
}

export interface LineRule {
  meta: RuleMeta;
  /**
   * Findings on one line, offsets relative to its start. Each call returns fresh objects, no span or edit shared
   * between two places: the engine moves them to the line's place in the document in place, without copying.
   */
  checkLine(text: string, options: RuleOptions): RuleFinding[];
  check?: undefined;
}

/** What a line rule returns when it finds nothing: one shared, frozen array, not a new one a line. */
export const NO_FINDINGS: RuleFinding[] = Object.freeze([]) as unknown as RuleFinding[];

export const DEFAULT_RULE_OPTIONS: RuleOptions = {
  allowedPlaceholders: [],
  placeholderValues: {},
  maxSentenceLength: 80,
};

/** No fixes: one shared, frozen list. */
export const NO_FIXES: Fix[] = Object.freeze([]) as unknown as Fix[];

/** A fix that replaces exactly the finding's span, described once and shared by every finding it applies to. */
export interface SpanFix {
  readonly title: Message;
  readonly newText: string;
  readonly safe: boolean;
}

/**
 * The one kind of object every rule's findings are, so the engine's code sees one shape. A long document holds
 * tens of thousands of findings and a quick fix reads a handful, so a fix that replaces the finding's own span
 * (most punctuation findings) is built when read, from the span, and a finding's place in the document can move
 * without touching its fixes. `fixes` is a new list on every read of such a finding.
 */
export class RuleFinding implements Finding {
  /** Set by the engine, from the configuration. */
  severity: Severity | undefined;

  constructor(
    readonly rule: string,
    readonly span: Span,
    readonly message: Message,
    private readonly fixSource: FixSource,
    /** How far the finding moved since its fix list was made: its edits are read moved by this much. */
    private fixShift = 0,
  ) {
    this.severity = undefined;
  }

  get fixes(): Fix[] {
    let source = this.fixSource;
    if (typeof source === 'function') source = source();
    if (!isFixList(source)) {
      return [{ title: source.title, edits: [{ start: this.span.start, end: this.span.end, newText: source.newText }], safe: source.safe }];
    }
    const by = this.fixShift;
    if (by === 0 || source.length === 0) return source as Fix[];
    return source.map((fix) => ({ title: fix.title, safe: fix.safe, edits: fix.edits.map((edit) => ({ start: edit.start + by, end: edit.end + by, newText: edit.newText })) }));
  }

  /** Moves a fresh finding, one nobody else holds yet, `by` characters, in place. */
  shift(by: number): void {
    this.span.start += by;
    this.span.end += by;
    this.fixShift += by;
  }

  /** The same finding `by` characters further on (its line moved); this one stays valid where it was. */
  movedBy(by: number): RuleFinding {
    const moved = new RuleFinding(this.rule, { start: this.span.start + by, end: this.span.end + by }, this.message, this.fixSource, this.fixShift + by);
    moved.severity = this.severity;
    return moved;
  }
}

/**
 * Where a finding's fixes come from: a list, a fix of its own span, or a function that makes the list when first
 * asked (a fix that rewrites the whole speech, such as renumbering, is made only if someone reads it).
 */
export type FixSource = readonly Fix[] | SpanFix | (() => readonly Fix[]);

/** A fix list made on first use and kept: one for every finding that offers it. */
export function lazyFixes(make: () => readonly Fix[]): () => readonly Fix[] {
  let made: readonly Fix[] | undefined;
  return () => (made ??= make());
}

function isFixList(source: readonly Fix[] | SpanFix): source is readonly Fix[] {
  return Array.isArray(source);
}
