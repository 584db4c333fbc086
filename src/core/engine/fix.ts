/**
 * Applies fixes: plain edits whole or not at all, Fix all's passes until the text is stable, and the map from the
 * fixed text back to the original that lets a writer keep every untouched byte.
 */

import { commonEnds } from '../language/text';
import { parseSpeech } from '../parse/parse';
import { RULES } from '../rules';
import type { Finding, Fix, SeveritySetting, TextEdit } from '../rules/types';
import { lint } from './lint';
import { DEFAULT_LINT_CONFIG, placedFixes, type LintConfig } from './run';

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

/** The first safe fix of each finding, in document order, placed in the document. */
function safeFixes(findings: readonly Finding[]): Fix[] {
  const fixes: Fix[] = [];
  for (const finding of findings) {
    const index = finding.fixes.findIndex((candidate) => candidate.safe);
    if (index >= 0) fixes.push(placedFixes(finding)[index]);
  }
  return fixes;
}

/**
 * Applies fixes whole or not at all: a fix any of whose edits overlaps an edit already taken is left out (two rules
 * fixing the same characters), and the caller may run again to pick it up. Returns the text and how many fixes went in.
 */
export function applyFixes(
  text: string,
  fixes: readonly Fix[],
): { text: string; applied: number; edits: readonly TextEdit[] } {
  const taken = new DisjointEdits(text.length);
  let applied = 0;
  for (const fix of fixes) {
    if (fix.edits.length === 0 || !fix.edits.every((edit) => taken.fits(edit))) continue;
    // A fix's own edits never overlap each other.
    for (const edit of fix.edits) taken.add(edit);
    applied++;
  }
  const edits = taken.edits;
  return { text: applyEdits(text, edits), applied, edits };
}

/**
 * Edits that do not overlap, taken in the order they are offered (the first of two that touch wins). Two edits clash
 * when they start at the same place, or one starts strictly inside the other. Each check costs O(log n) whatever the
 * order: fixes arrive rule by rule on a line, so a sorted array with insertion in the middle was quadratic on a long
 * line holding thousands of findings of two rules.
 */
class DisjointEdits {
  private readonly taken: TextEdit[] = [];
  /** 1 where an accepted edit starts. */
  private readonly starts: Uint8Array;
  /** 1 at each position strictly inside an accepted edit (after its start, before its end). */
  private readonly inside: Uint8Array;
  /** How many accepted edits start at or before each position (a Fenwick tree, 1-based). */
  private readonly startCounts: Int32Array;

  constructor(private readonly length: number) {
    this.starts = new Uint8Array(length + 1);
    this.inside = new Uint8Array(length + 1);
    this.startCounts = new Int32Array(length + 2);
  }

  fits(edit: TextEdit): boolean {
    if (edit.start < 0 || edit.start > edit.end || edit.end > this.length) return false;
    if (this.starts[edit.start] === 1 || this.inside[edit.start] === 1) return false;
    return this.startsBefore(edit.end - 1) - this.startsBefore(edit.start) === 0;
  }

  add(edit: TextEdit): void {
    this.taken.push(edit);
    this.starts[edit.start] = 1;
    for (let position = edit.start + 1; position < edit.end; position++) this.inside[position] = 1;
    for (let index = edit.start + 1; index < this.startCounts.length; index += index & -index)
      this.startCounts[index]++;
  }

  /** The accepted edits, sorted by position. */
  get edits(): TextEdit[] {
    return [...this.taken].sort((first, second) => first.start - second.start || first.end - second.end);
  }

  /** How many accepted edits start at or before `position` (none for a negative position). */
  private startsBefore(position: number): number {
    let count = 0;
    for (let index = position + 1; index > 0; index -= index & -index) count += this.startCounts[index];
    return count;
  }
}

/** A safety net only: each pass fixes every mark it finds, so a second pass finds nothing new in practice. */
const MAX_FIX_PASSES = 20;

interface FixAllResult {
  text: string;
  /** Passes that changed the text. */
  passes: number;
  /** Findings fixed, over all passes. */
  fixed: number;
  /** True when the bound stopped the loop before the text was stable (a rule whose fixes never settle: a bug). */
  unstable: boolean;
  /**
   * The edits of each pass that changed the text, sorted and disjoint, each pass's on the text the pass before left:
   * what a writer needs to keep every untouched character's own bytes (see editOrigins).
   */
  passEdits: ReadonlyArray<readonly TextEdit[]>;
}

/**
 * Applies every safe fix until nothing changes (a fix can expose another: ，， → ， next to a space), so fixing
 * twice equals fixing once.
 */
export function fixAll(text: string, config: LintConfig = DEFAULT_LINT_CONFIG, onlyRule?: string): FixAllResult {
  if (onlyRule !== undefined) config = withOnlyRule(config, onlyRule);
  let current = text;
  let fixed = 0;
  const passEdits: Array<readonly TextEdit[]> = [];
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const next = applyFixes(current, safeFixes(lint(parseSpeech(current), config)));
    if (next.text === current) return { text: current, passes: pass - 1, fixed, unstable: false, passEdits };
    current = next.text;
    fixed += next.applied;
    passEdits.push(next.edits);
  }
  return { text: current, passes: MAX_FIX_PASSES, fixed, unstable: true, passEdits };
}

/** `config` with every rule but `id` off (Fix all of one rule). */
function withOnlyRule(config: LintConfig, id: string): LintConfig {
  const rules: Record<string, SeveritySetting> = {};
  for (const rule of RULES)
    rules[rule.meta.id] = rule.meta.id === id ? (config.rules[id] ?? rule.meta.defaultSeverity) : 'off';
  return { ...config, rules };
}

/**
 * For each UTF-16 unit of the text the passes leave, the unit of the original text it is (-1 for a unit an edit
 * wrote). Each pass's edits are sorted and disjoint, on the text the pass before left.
 */
export function editOrigins(originalLength: number, passes: ReadonlyArray<readonly TextEdit[]>): Int32Array {
  let origin = new Int32Array(originalLength);
  for (let i = 0; i < originalLength; i++) origin[i] = i;
  for (const edits of passes) {
    const grown = edits.reduce((sum, edit) => sum + edit.newText.length - (edit.end - edit.start), 0);
    const next = new Int32Array(origin.length + grown);
    let from = 0;
    let to = 0;
    for (const edit of edits) {
      next.set(origin.subarray(from, edit.start), to);
      to += edit.start - from;
      next.fill(-1, to, to + edit.newText.length);
      to += edit.newText.length;
      from = edit.end;
    }
    next.set(origin.subarray(from), to);
    origin = next;
  }
  return origin;
}

/**
 * The smallest single edit that turns `before` into `after` (common prefix and suffix kept), so Fix all is one
 * undoable change that leaves the cursor and folding outside it undisturbed.
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let { prefix, suffix } = commonEnds(before, after);
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
