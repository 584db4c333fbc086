/** Runs the rules over one parse, applies severities from the configuration, and applies fixes. */

import { LineCache } from './lineCache';
import { parseSpeech } from './parse';
import { RULES } from './rules';
import { DEFAULT_RULE_OPTIONS, type Finding, type Fix, type LineRule, type Rule, type RuleFinding, type RuleOptions, type Severity, type SeveritySetting, type TextEdit } from './rules/types';
import { lineIndexAt, type Line } from './text';
import type { ParsedSpeech } from './types';

export interface LintConfig {
  /** Rule id → severity or "off"; rules not named keep their default severity. */
  rules: Readonly<Record<string, SeveritySetting>>;
  options: RuleOptions;
}

export const DEFAULT_LINT_CONFIG: LintConfig = { rules: {}, options: DEFAULT_RULE_OPTIONS };

export interface LintDiagnostic extends Finding {
  severity: Severity;
}

const NO_DIAGNOSTICS: PlacedDiagnostic[] = Object.freeze([]) as unknown as PlacedDiagnostic[];

/** Every line rule's diagnostics for one line text, as last placed in the document (at `placedAt`). */
interface LineDiagnostics {
  placedAt: number;
  placed: PlacedDiagnostic[];
}

/** A line without diagnostics, shared: it is never moved. */
const NOTHING_PLACED: LineDiagnostics = Object.freeze({ placedAt: 0, placed: NO_DIAGNOSTICS });

/**
 * Line rules' diagnostics by line text, for one document and one configuration: pass the same cache to every
 * lint of a document, and only its changed lines are checked again (and lines that did not move are not even
 * re-placed).
 */
export class LintCache {
  private config: LintConfig | undefined;
  private lines = new LineCache<LineDiagnostics, object>();

  /** The line cache under `config`; a different configuration starts afresh. */
  forConfig(config: LintConfig): LineCache<LineDiagnostics, object> {
    if (config !== this.config) {
      this.config = config;
      this.lines = new LineCache<LineDiagnostics, object>();
    }
    return this.lines;
  }
}

/**
 * What the engine does with a rule that throws or reports what it may not: the rule's findings are dropped, every
 * other rule's stand, and the problem is told here once per rule and kind (the default writes it to the console).
 */
export type RuleProblemListener = (ruleId: string, problem: string) => void;

const toldProblems = new Set<string>();
let ruleProblemListener: RuleProblemListener = (ruleId, problem) => console.error(`speech-draft: rule ${ruleId}: ${problem}`);

export function onRuleProblem(listener: RuleProblemListener): void {
  ruleProblemListener = listener;
  toldProblems.clear();
}

function tell(ruleId: string, problem: string): void {
  // Once per rule and kind of problem: the details in brackets (a range) differ from line to line.
  const key = `${ruleId}\u0000${problem.replace(/ \(.*\)$/, '')}`;
  if (toldProblems.has(key)) return;
  toldProblems.add(key);
  ruleProblemListener(ruleId, problem);
}

/** Whether a finding is the rule's own, lies inside `length` characters, and has fixes only if the rule is fixable. */
function isWellFormed(rule: Rule, finding: RuleFinding, length: number): boolean {
  const { start, end } = finding.span;
  if (finding.rule !== rule.meta.id) tell(rule.meta.id, `reported the id "${finding.rule}"`);
  else if (!(start >= 0 && start <= end && end <= length)) tell(rule.meta.id, `reported a range outside the text (${start}–${end} of ${length})`);
  else if (!rule.meta.fixable && finding.fixes.length > 0) tell(rule.meta.id, 'offered a fix but is not fixable');
  else return true;
  return false;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `threw ${error.name}: ${error.message}` : `threw ${String(error)}`;
}

export function lint(speech: ParsedSpeech, config: LintConfig = DEFAULT_LINT_CONFIG, cache?: LintCache, rules: readonly Rule[] = RULES): LintDiagnostic[] {
  const lineRules: Array<{ rule: LineRule; severity: Severity }> = [];
  const documentDiagnostics: LintDiagnostic[] = [];
  const hasResidue = speech.lineResidue.some((residue) => residue !== undefined);
  for (const rule of rules) {
    const severity = config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    if (rule.checkLine) {
      lineRules.push({ rule, severity });
      continue;
    }
    let findings: RuleFinding[];
    try {
      findings = rule.check({ speech, options: config.options });
    } catch (error) {
      tell(rule.meta.id, errorText(error));
      continue;
    }
    for (const finding of findings) {
      if (!isWellFormed(rule, finding, speech.text.length)) continue;
      // A line pasted with a web page gets its one web-residue finding, nothing else.
      if (hasResidue && rule.meta.id !== 'web-residue' && onResidueLine(speech, finding.span.start)) continue;
      documentDiagnostics.push(withSeverity(finding, severity));
    }
  }
  const byLine = lineDiagnostics(speech, config, lineRules, cache?.forConfig(config));
  return mergeSorted(byLine, sortByPosition(documentDiagnostics));
}

/** Line rules' diagnostics in document order: lines in order, each line's own sorted. */
function lineDiagnostics(
  speech: ParsedSpeech,
  config: LintConfig,
  rules: Array<{ rule: LineRule; severity: Severity }>,
  cache: LineCache<LineDiagnostics, object> | undefined,
): PlacedDiagnostic[] {
  // Appends a line's diagnostics to `into`, in order. A rule's findings are fresh objects: they are placed where
  // they are, with no copy.
  const checkInto = (line: Line, into: PlacedDiagnostic[]): void => {
    const from = into.length;
    for (const { rule, severity } of rules) {
      let findings: RuleFinding[];
      try {
        findings = rule.checkLine(line.text, config.options);
      } catch (error) {
        tell(rule.meta.id, errorText(error));
        continue;
      }
      for (let i = 0; i < findings.length; i++) {
        const finding = findings[i];
        if (!isWellFormed(rule, finding, line.text.length)) continue;
        finding.shift(line.start);
        into.push(withSeverity(finding, severity));
      }
    }
    sortByPosition(into, from);
  };
  const result: PlacedDiagnostic[] = [];
  const checked = (line: Line): boolean => line.text.length > 0 && speech.lineResidue[line.index] === undefined;
  if (!cache) {
    for (const line of speech.lines) if (checked(line)) checkInto(line, result);
    return result;
  }
  const checkKeyed = (_key: object, line: Line): LineDiagnostics => {
    const placed: PlacedDiagnostic[] = [];
    checkInto(line, placed);
    return placed.length > 0 ? { placedAt: line.start, placed } : NOTHING_PLACED;
  };
  for (const line of speech.lines) {
    if (!checked(line)) continue;
    // The parse's per-line key stands for the line text: same key, same text.
    const entry = cache.get(speech.lineKeys[line.index], checkKeyed, line);
    if (entry.placed.length === 0) continue;
    if (entry.placedAt !== line.start) {
      // The cached diagnostics stay valid for the results that hold them: moved copies replace them here.
      const by = line.start - entry.placedAt;
      entry.placed = entry.placed.map((diagnostic) => diagnostic.movedBy(by) as PlacedDiagnostic);
      entry.placedAt = line.start;
    }
    for (const diagnostic of entry.placed) result.push(diagnostic);
  }
  cache.endPass();
  return result;
}

function onResidueLine(speech: ParsedSpeech, offset: number): boolean {
  return speech.lineResidue[lineIndexAt(speech.lines, offset)] !== undefined;
}

function withSeverity(finding: RuleFinding, severity: Severity): PlacedDiagnostic {
  finding.severity = severity;
  return finding as PlacedDiagnostic;
}

/** What lint returns: a rule's finding with its severity set. */
type PlacedDiagnostic = RuleFinding & LintDiagnostic;

function byPosition(a: LintDiagnostic, b: LintDiagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/**
 * Sorts in place by position, from `from` on. A line's few diagnostics are sorted by insertion: Array#sort copies the array into
 * a work array first, which on every line of a long draft was a tenth of all the analysis allocated.
 */
function sortByPosition<T extends LintDiagnostic>(diagnostics: T[], from = 0): T[] {
  if (diagnostics.length - from > 16) {
    const sorted = diagnostics.slice(from).sort(byPosition);
    for (let i = 0; i < sorted.length; i++) diagnostics[from + i] = sorted[i];
    return diagnostics;
  }
  for (let i = from + 1; i < diagnostics.length; i++) {
    const diagnostic = diagnostics[i];
    let j = i - 1;
    while (j >= from && byPosition(diagnostics[j], diagnostic) > 0) {
      diagnostics[j + 1] = diagnostics[j];
      j--;
    }
    diagnostics[j + 1] = diagnostic;
  }
  return diagnostics;
}

/** Merges two lists sorted by position (the document rules' few into the line rules' many). */
function mergeSorted(many: LintDiagnostic[], few: LintDiagnostic[]): LintDiagnostic[] {
  if (few.length === 0) return many;
  const merged: LintDiagnostic[] = [];
  let j = 0;
  for (const diagnostic of many) {
    while (j < few.length && byPosition(few[j], diagnostic) < 0) merged.push(few[j++]);
    merged.push(diagnostic);
  }
  while (j < few.length) merged.push(few[j++]);
  return merged;
}

/**
 * Applies edits to text. Edits are sorted; one that overlaps an earlier edit is skipped (two rules fixing
 * the same characters), and the caller may run again to pick it up.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let position = 0;
  for (const edit of sorted) {
    if (edit.start < position || edit.end < edit.start || edit.end > text.length) continue;
    parts.push(text.slice(position, edit.start), edit.newText);
    position = edit.end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}

/** The first safe fix of each finding, in document order. */
export function safeFixes(diagnostics: readonly LintDiagnostic[]): Fix[] {
  const fixes: Fix[] = [];
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.fixes.find((candidate) => candidate.safe);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/** The safe fixes of every enabled rule as one list of edits on `speech.text` (overlaps are left to applyEdits). */
export function safeFixEdits(diagnostics: readonly LintDiagnostic[]): TextEdit[] {
  return safeFixes(diagnostics).flatMap((fix) => fix.edits);
}

/**
 * Applies fixes whole or not at all: a fix any of whose edits overlaps an edit already taken is left out (two rules
 * fixing the same characters), and the caller may run again to pick it up. Returns the text and how many fixes went in.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const taken = new DisjointEdits();
  let applied = 0;
  for (const fix of fixes) {
    if (fix.edits.length === 0 || !fix.edits.every((edit) => edit.start <= edit.end && edit.end <= text.length && taken.fits(edit))) continue;
    // A fix's own edits never overlap each other.
    for (const edit of fix.edits) taken.add(edit);
    applied++;
  }
  return { text: applyEdits(text, taken.edits), applied };
}

/** Edits that do not overlap, sorted by position: a new one is checked against its two neighbours only. */
class DisjointEdits {
  readonly edits: TextEdit[] = [];

  fits(edit: TextEdit): boolean {
    const at = this.insertionPoint(edit);
    const before = this.edits[at - 1];
    const after = this.edits[at];
    return (!before || !clash(before, edit)) && (!after || !clash(edit, after));
  }

  add(edit: TextEdit): void {
    // Findings come in document order, so this is nearly always an append.
    this.edits.splice(this.insertionPoint(edit), 0, edit);
  }

  private insertionPoint(edit: TextEdit): number {
    let low = 0;
    let high = this.edits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = this.edits[mid];
      if (other.start < edit.start || (other.start === edit.start && other.end <= edit.end)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Two edits, `first` starting no later than `second`, that touch the same characters (or insert at the same place). */
function clash(first: TextEdit, second: TextEdit): boolean {
  return second.start < first.end || first.start === second.start;
}

/** A safety net only: each pass fixes every mark it finds, so a second pass finds nothing new in practice. */
const MAX_FIX_PASSES = 20;

export interface FixAllResult {
  text: string;
  /** Passes that changed the text. */
  passes: number;
  /** Findings fixed, over all passes. */
  fixed: number;
  /** True when the bound stopped the loop before the text was stable (a rule whose fixes never settle: a bug). */
  unstable: boolean;
}

/**
 * Applies every safe fix until nothing changes (a fix can expose another: ，， → ， next to a space), so fixing
 * twice equals fixing once.
 */
export function fixAll(text: string, config: LintConfig = DEFAULT_LINT_CONFIG): FixAllResult {
  let current = text;
  let fixed = 0;
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const next = applyFixes(current, safeFixes(lint(parseSpeech(current), config)));
    if (next.text === current) return { text: current, passes: pass - 1, fixed, unstable: false };
    current = next.text;
    fixed += next.applied;
  }
  return { text: current, passes: MAX_FIX_PASSES, fixed, unstable: true };
}

/**
 * The smallest single edit that turns `before` into `after` (common prefix and suffix kept), so Fix all is one
 * undoable change that leaves the cursor and folding outside it undisturbed.
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Never split a surrogate pair.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
