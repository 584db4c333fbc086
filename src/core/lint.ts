/** Runs the rules over one parse, applies severities from the configuration, and applies fixes. */

import { parseSpeech } from './parse';
import { RULES } from './rules';
import { DEFAULT_RULE_OPTIONS, type Finding, type RuleOptions, type Severity, type SeveritySetting, type TextEdit } from './rules/types';
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

export function lint(speech: ParsedSpeech, config: LintConfig = DEFAULT_LINT_CONFIG): LintDiagnostic[] {
  const diagnostics: LintDiagnostic[] = [];
  for (const rule of RULES) {
    const severity = config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    for (const finding of rule.check({ speech, options: config.options })) {
      diagnostics.push({ ...finding, severity });
    }
  }
  return diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
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

/** The safe fixes of every enabled rule, without overlaps, as one list of edits on `speech.text`. */
export function safeFixEdits(diagnostics: readonly LintDiagnostic[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.fixes.find((candidate) => candidate.safe);
    if (fix) edits.push(...fix.edits);
  }
  return edits;
}

const MAX_FIX_PASSES = 10;

/**
 * Applies every safe fix until nothing changes (a fix can expose another: ，， → ， next to a space), so fixing
 * twice equals fixing once.
 */
export function fixAll(text: string, config: LintConfig = DEFAULT_LINT_CONFIG): { text: string; passes: number } {
  let current = text;
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const edits = safeFixEdits(lint(parseSpeech(current), config));
    const next = applyEdits(current, edits);
    if (next === current) return { text: current, passes: pass - 1 };
    current = next;
  }
  return { text: current, passes: MAX_FIX_PASSES };
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
