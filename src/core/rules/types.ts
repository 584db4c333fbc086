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
export class RuleFinding implements Finding, Span {
  /** Set by the engine, from the configuration. */
  severity: Severity | undefined;
  start: number;
  end: number;

  constructor(
    readonly rule: string,
    span: Span,
    readonly message: Message,
    private readonly fixSource: readonly Fix[] | SpanFix,
    /** How far the finding moved since its fix list was made: its edits are read moved by this much. */
    private fixShift = 0,
  ) {
    this.severity = undefined;
    this.start = span.start;
    this.end = span.end;
  }

  /** A finding is its own span (one object, not two, for each of tens of thousands): `span.start` is `start`. */
  get span(): Span {
    return this;
  }

  get fixes(): Fix[] {
    const source = this.fixSource;
    if (!isFixList(source)) {
      return [{ title: source.title, edits: [{ start: this.start, end: this.end, newText: source.newText }], safe: source.safe }];
    }
    const by = this.fixShift;
    if (by === 0 || source.length === 0) return source as Fix[];
    return source.map((fix) => ({ title: fix.title, safe: fix.safe, edits: fix.edits.map((edit) => ({ start: edit.start + by, end: edit.end + by, newText: edit.newText })) }));
  }

  /** Moves a fresh finding, one nobody else holds yet, `by` characters, in place. */
  shift(by: number): void {
    this.start += by;
    this.end += by;
    this.fixShift += by;
  }

  /** The same finding `by` characters further on (its line moved); this one stays valid where it was. */
  movedBy(by: number): RuleFinding {
    const moved = new RuleFinding(this.rule, { start: this.start + by, end: this.end + by }, this.message, this.fixSource, this.fixShift + by);
    moved.severity = this.severity;
    return moved;
  }
}

function isFixList(source: readonly Fix[] | SpanFix): source is readonly Fix[] {
  return Array.isArray(source);
}
