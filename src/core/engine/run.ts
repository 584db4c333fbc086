/**
 * Runs the rules over one parse: checks what they report and places it in the document. Fixing (applying the
 * safe fixes, Fix all) is fix.ts.
 */

import type { IgnoreEntry } from './suppress';
import { LineCache } from '../parse/lineCache';
import { messagesOf, type RuleMessages } from './messages';
import { movedFindings, outlineEdit, samePerLine } from './outlineReuse';
import type { LineLex } from '../parse/lineLex';
import { RULES } from '../rules';
import {
  DEFAULT_RULE_OPTIONS,
  type DocumentRule,
  type Finding,
  isSpanFix,
  type FindingFix,
  type Fix,
  type FixReport,
  type LineContext,
  type Message,
  type LineRule,
  type OptionValue,
  type Report,
  type Rule,
  type RuleOptions,
  type RuleSettings,
  type Severity,
  type SeveritySetting,
  type SpanFix,
  type TextEdit,
  type Trigger,
} from '../rules/types';
import { lineIndexAt, type Line } from '../language/text';
import type { ParsedSpeech } from '../parse/types';

export interface LintConfig {
  /** Rule id → severity or "off"; rules not named keep their default severity. */
  rules: Readonly<Record<string, SeveritySetting>>;
  options: RuleOptions;
  /** Rule id → the values of its own options that the configuration sets (checked against `meta.options`). */
  ruleSettings?: Readonly<Record<string, Readonly<Record<string, OptionValue>>>>;
  /** Findings the writer silenced (see suppress.ts); a loader narrows them to one file's (configForFile). */
  ignore?: readonly IgnoreEntry[];
}

const NO_SETTINGS: RuleSettings = {};
/** Each configuration's settings of each rule, defaults filled in: made once, so a line rule's context costs nothing. */
const settingsByConfig = new WeakMap<LintConfig, WeakMap<Rule, RuleSettings>>();

/** The rule's own options under `config`: each declared option's configured value, or its default. */
function settingsOf(rule: Rule, config: LintConfig): RuleSettings {
  const declared = rule.meta.options;
  if (!declared) return NO_SETTINGS;
  let byRule = settingsByConfig.get(config);
  if (!byRule) settingsByConfig.set(config, (byRule = new WeakMap()));
  let settings = byRule.get(rule);
  if (!settings) {
    const given = config.ruleSettings?.[rule.meta.id] ?? {};
    const values: Record<string, OptionValue> = {};
    for (const [name, spec] of Object.entries(declared))
      values[name] = Object.hasOwn(given, name) ? given[name] : spec.default;
    byRule.set(rule, (settings = values));
  }
  return settings;
}

export const DEFAULT_LINT_CONFIG: LintConfig = { rules: {}, options: DEFAULT_RULE_OPTIONS };

const NO_FIXES: readonly FindingFix[] = []; // Not frozen: see NO_MATCHES in text.ts.

/** Every line rule's findings for one line text, as last placed in the document (at `placedAt`). */
interface LineFindings {
  placedAt: number;
  placed: readonly Finding[];
}

/**
 * Line rules' findings by line text, for one document and one configuration: pass the same cache to every lint of
 * a document, and only its changed lines are checked again (and lines that did not move are not even re-placed).
 */
export class LintCache {
  private config: LintConfig | undefined;
  private lines = new LineCache<LineFindings, LineLex>();
  private outline: KeptOutlineFindings | undefined;
  /** Document rules' per-line results by line lex (whatever the configuration: they depend on the text alone). */
  readonly memos = new LineCache<unknown[], LineLex>();

  /** The line cache under `config`; a different configuration starts afresh. */
  forConfig(config: LintConfig): LineCache<LineFindings, LineLex> {
    this.settle(config);
    return this.lines;
  }

  /** The outline rules' findings of the last lint under `config` (see DocumentRule.reads), if any. */
  outlineFindings(config: LintConfig): KeptOutlineFindings | undefined {
    this.settle(config);
    return this.outline;
  }

  keepOutlineFindings(config: LintConfig, kept: KeptOutlineFindings): void {
    this.settle(config);
    this.outline = kept;
  }

  private settle(config: LintConfig): void {
    if (config === this.config) return;
    this.config = config;
    this.lines = new LineCache<LineFindings, LineLex>();
    this.outline = undefined;
  }
}

/** The speech a lint read, and the findings each outline rule made of it. */
interface KeptOutlineFindings {
  speech: ParsedSpeech;
  findings: Map<Rule, readonly Finding[]>;
}

/**
 * What the engine does with a rule that throws or reports what it may not: the report is dropped, every other
 * rule's findings stand, and the problem is told here once per rule and kind (the default writes it to the console).
 */
type RuleProblemListener = (ruleId: string, problem: string) => void;

const toldProblems = new Set<string>();
let ruleProblemListener: RuleProblemListener = (ruleId, problem) =>
  console.error(`speech-draft: rule ${ruleId}: ${problem}`);

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

function errorText(error: unknown): string {
  return error instanceof Error ? `threw ${error.name}: ${error.message}` : `threw ${String(error)}`;
}

function inRange(start: unknown, end: unknown, length: number): boolean {
  return typeof start === 'number' && typeof end === 'number' && start >= 0 && start <= end && end <= length;
}

/**
 * The finding a report stands for, `offset` characters on, or undefined (and the problem told) when the report is
 * one the rule may not make: a range outside the `length` characters it was given, an unknown message id, a fix
 * from a rule that is not fixable or with edits outside the text.
 */
function toFinding(
  rule: Rule,
  severity: Severity,
  messages: RuleMessages,
  report: Report,
  offset: number,
  length: number,
): Finding | undefined {
  const { meta } = rule;
  const { start, end } = report;
  if (!inRange(start, end, length))
    return told(meta.id, `reported a range outside the text (${String(start)}–${String(end)} of ${length})`);
  const message = messages.resolve(report.messageId, report.data);
  if (typeof message === 'string') return told(meta.id, message);
  let fixes = NO_FIXES;
  if (report.fix !== undefined || report.documentFix) {
    if (!meta.fixable) return told(meta.id, 'offered a fix but is not fixable');
    if (report.documentFix && !(rule as DocumentRule).documentFix)
      return told(meta.id, 'offered a document fix but has none');
    if (report.fix !== undefined) {
      const made = toFixes(rule, messages, report.fix, start, end, length, offset);
      if (made === undefined) return undefined;
      fixes = made;
    }
  }
  const shown = report.unsure === true && (severity === 'error' || severity === 'warning') ? 'info' : severity;
  return {
    rule: meta.id,
    severity: shown,
    span: { start: start + offset, end: end + offset },
    messageId: report.messageId,
    message,
    fixes,
    documentFix: report.documentFix === true,
  };
}

function told(ruleId: string, problem: string): undefined {
  tell(ruleId, problem);
  return undefined;
}

/**
 * A report's fixes, their edits placed `offset` characters on, as the finding's span is. A fix that replaces the
 * finding's own text (most punctuation fixes) is a SpanFix, one shared list for every finding with the same title and
 * replacement: a long draft has tens of thousands of findings and a few hundred such fixes.
 */
function toFixes(
  rule: Rule,
  messages: RuleMessages,
  reported: FixReport | readonly FixReport[],
  start: number,
  end: number,
  length: number,
  offset: number,
): readonly FindingFix[] | undefined {
  if (!isFixList(reported)) {
    const replacing = replacementOf(reported, start, end);
    if (replacing !== undefined) return replacement(rule, messages, reported, replacing);
    const fix = toFix(rule, messages, reported, length, offset);
    return fix && [fix];
  }
  const fixes: FindingFix[] = [];
  for (const fix of reported) {
    const replacing = replacementOf(fix, start, end);
    const made =
      replacing === undefined
        ? toFix(rule, messages, fix, length, offset)
        : replacement(rule, messages, fix, replacing)?.[0];
    if (made === undefined) return undefined;
    fixes.push(made);
  }
  return fixes;
}

/** The text a fix puts in place of the reported `start`–`end`, when that is all it does. */
function replacementOf(fix: FixReport, start: number, end: number): string | undefined {
  if (typeof fix.newText === 'string') return fix.newText;
  const edit = fix.edits?.length === 1 ? fix.edits[0] : undefined;
  return edit && edit.start === start && edit.end === end && typeof edit.newText === 'string'
    ? edit.newText
    : undefined;
}

function isFixList(reported: FixReport | readonly FixReport[]): reported is readonly FixReport[] {
  return Array.isArray(reported);
}

/** `fix` with its edits placed `offset` characters on, or undefined (told) when an edit lies outside `length`. */
function toFix(rule: Rule, messages: RuleMessages, fix: FixReport, length: number, offset: number): Fix | undefined {
  const title = messages.resolve(fix.title, fix.data);
  if (typeof title === 'string') return told(rule.meta.id, title);
  if (fix.edits === undefined) return told(rule.meta.id, 'offered a fix with neither newText nor edits');
  for (const edit of fix.edits) {
    if (!inRange(edit.start, edit.end, length) || typeof edit.newText !== 'string')
      return told(
        rule.meta.id,
        `offered an edit outside the text (${String(edit.start)}–${String(edit.end)} of ${length})`,
      );
  }
  // Made by map, the list has room for its edits only (a list grown from [] by push keeps room for seventeen).
  const edits = fix.edits.map((edit): TextEdit => ({
    start: edit.start + offset,
    end: edit.end + offset,
    newText: edit.newText,
  }));
  return { title, edits, safe: fix.safe === true };
}

/** Fix lists that replace a finding's own text, by title and replacement (see replacement). */
const replacements = new WeakMap<Message, Map<string, readonly SpanFix[]>>();

/** The last constant fix reports and their lists: a rule that reports with one fix object a mark (twelve) hits these. */
const RECENT_FIXES = 16;
const recentFixReports: Array<FixReport | undefined> = new Array<FixReport | undefined>(RECENT_FIXES).fill(undefined);
const recentFixLists: Array<readonly SpanFix[]> = new Array<readonly SpanFix[]>(RECENT_FIXES).fill([]);
const recentFixTexts: string[] = new Array<string>(RECENT_FIXES).fill('');
const recentFixOwners: Array<RuleMessages | undefined> = new Array<RuleMessages | undefined>(RECENT_FIXES).fill(
  undefined,
);
let nextRecentFix = 0;

/**
 * The fix list that puts `newText` in place of a finding's span: one shared list for every finding with the same
 * title and replacement. Its fix is frozen; the lists are not, as for…of walks a frozen list through an allocated
 * iterator (see NO_MATCHES in text.ts).
 */
function replacement(
  rule: Rule,
  messages: RuleMessages,
  fix: FixReport,
  newText: string,
): readonly SpanFix[] | undefined {
  const recent = recentFixReports.indexOf(fix);
  if (recent >= 0 && recentFixOwners[recent] === messages && recentFixTexts[recent] === newText)
    return recentFixLists[recent];
  const title = messages.resolve(fix.title, fix.data);
  if (typeof title === 'string') return told(rule.meta.id, title);
  const safe = fix.safe === true;
  let byText = replacements.get(title);
  if (!byText) replacements.set(title, (byText = new Map()));
  let fixes = byText.get(newText);
  if (!fixes || fixes[0].safe !== safe) {
    const made = [Object.freeze({ title, newText, safe })];
    if (!fixes) byText.set(newText, made);
    fixes = made;
  }
  recentFixReports[nextRecentFix] = fix;
  recentFixLists[nextRecentFix] = fixes;
  recentFixTexts[nextRecentFix] = newText;
  recentFixOwners[nextRecentFix] = messages;
  nextRecentFix = (nextRecentFix + 1) % RECENT_FIXES;
  return fixes;
}

/** The same finding `by` characters further on (its line moved); fixes of its span alone are shared, not copied. */
function moved(finding: Finding, by: number): Finding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    span: { start: finding.span.start + by, end: finding.span.end + by },
    messageId: finding.messageId,
    message: finding.message,
    fixes: finding.fixes.every(isSpanFix) ? finding.fixes : finding.fixes.map((fix) => movedFix(fix, by)),
    documentFix: finding.documentFix,
  };
}

function movedFix(fix: FindingFix, by: number): FindingFix {
  if (isSpanFix(fix)) return fix;
  const edits = fix.edits.map((edit) => ({ start: edit.start + by, end: edit.end + by, newText: edit.newText }));
  return { title: fix.title, edits, safe: fix.safe };
}

/**
 * Each document rule's per-line results, at a slot of the rule's own in one array a line: kept by the LintCache while
 * the line's text is in the document (an edit computes them for the changed lines only), or for one lint without one.
 * The parse's data carries no engine state.
 */
const perLineSlots = new WeakMap<DocumentRule, number>();
let slotCount = 0;

/** The slot of each rule that declares `perLine` among `rules`, taken before any lint fills a memo (see perLineOf). */
function takeSlots(rules: readonly Rule[]): void {
  for (const rule of rules)
    if (rule.check && rule.perLine && !perLineSlots.has(rule)) perLineSlots.set(rule, slotCount++);
}

function newMemo(): unknown[] {
  // One array of every slot taken so far: a long document keeps thousands of these.
  return new Array<unknown>(slotCount);
}

/** Each line's memo for one lint, found once a line for every rule. */
function memoFinder(speech: ParsedSpeech, cache: LintCache | undefined): (index: number) => unknown[] {
  const found = new Array<unknown[] | undefined>(speech.lines.length);
  if (!cache) return (index) => (found[index] ??= newMemo());
  return (index) => (found[index] ??= cache.memos.get(speech.lineLexes[index], newMemo));
}

function perLineOf(
  rule: DocumentRule,
  speech: ParsedSpeech,
  memoAt: (index: number) => unknown[],
): (index: number) => unknown {
  const compute = rule.perLine;
  const at = perLineSlots.get(rule);
  if (!compute || at === undefined) return () => undefined;
  return (index) => {
    const memo = memoAt(index);
    let value = memo[at];
    if (value === undefined) {
      const line = speech.lines[index];
      value = compute(line.text, speech.lineLexes[index].chars, speech.text, line.start);
      memo[at] = value;
    }
    return value;
  };
}

/** Every finding of the rules, before what the writer silenced is taken out (see lint.ts). */
export function runRules(
  speech: ParsedSpeech,
  config: LintConfig = DEFAULT_LINT_CONFIG,
  cache?: LintCache,
  rules: readonly Rule[] = RULES,
): Finding[] {
  const lineRules: LineRuleRun[] = [];
  const documentFindings: Finding[] = [];
  const hasResidue = speech.lineResidue.some((residue) => residue !== undefined);
  const length = speech.text.length;
  takeSlots(rules);
  const memoAt = memoFinder(speech, cache);
  const lastOutline = cache?.outlineFindings(config);
  const edit = lastOutline && lastOutline.speech !== speech ? outlineEdit(lastOutline.speech, speech) : undefined;
  const outlineFindings = new Map<Rule, readonly Finding[]>();
  for (const rule of rules) {
    const severity = config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    if (rule.checkLine) {
      lineRules.push(lineRuleRun(rule, severity, config, triggerTableOf(rules)));
      continue;
    }
    const kept = lastOutline && keptOutlineFindings(rule, lastOutline, speech, edit);
    if (kept) {
      for (const finding of kept) documentFindings.push(finding);
      outlineFindings.set(rule, kept);
      continue;
    }
    const messages = messagesOf(rule.meta);
    const report = (reported: Report): void => {
      const finding = toFinding(rule, severity, messages, reported, 0, length);
      if (!finding) return;
      // A line pasted with a web page (or the front matter) gets only the findings of the rules that report on it.
      if (hasResidue && !reportsOnLineOf(rule, speech, finding.span.start)) return;
      documentFindings.push(finding);
    };
    const before = documentFindings.length;
    try {
      rule.check({
        speech,
        options: config.options,
        settings: settingsOf(rule, config),
        report,
        perLine: perLineOf(rule, speech, memoAt),
      });
    } catch (error) {
      documentFindings.length = before;
      tell(rule.meta.id, errorText(error));
    }
    if (cache && rule.reads === 'outline') outlineFindings.set(rule, documentFindings.slice(before));
  }
  cache?.keepOutlineFindings(config, { speech, findings: outlineFindings });
  cache?.memos.endPass();
  const byLine = lineFindings(speech, config, lineRules, triggerTableOf(rules), cache?.forConfig(config));
  return mergeSorted(byLine, sortByPosition(documentFindings));
}

/** The rule's findings of the last lint, moved to `speech`, when it is an outline rule and the edit kept them. */
function keptOutlineFindings(
  rule: DocumentRule,
  last: KeptOutlineFindings,
  speech: ParsedSpeech,
  edit: ReturnType<typeof outlineEdit>,
): readonly Finding[] | undefined {
  const findings = last.findings.get(rule);
  if (!findings || last.speech === speech) return findings;
  if (!edit || !samePerLine(rule, last.speech, speech, edit.changedLines)) return undefined;
  return movedFindings(findings, edit.move);
}

/** A line rule as one lint runs it. */
interface LineRuleRun {
  rule: LineRule;
  severity: Severity;
  messages: RuleMessages;
  settings: RuleSettings;
  /** Its trigger (see Trigger): features any of which, features all of which, its bit in the trigger table. */
  anyFeature: number;
  allFeatures: number;
  charBit: number;
  /** True when only `allFeatures` rules a line out (no characters or features to hold one of). */
  onlyRequires: boolean;
  /** False when the rule runs on every line. */
  gated: boolean;
}

/**
 * The line rules' trigger characters and pairs, one bit a rule, in tables of every BMP code unit: one pass over a line
 * says which rules its characters can trigger. Kept per list of rules.
 */
class TriggerTable {
  /** Bytes while eight rules or fewer are tabled (a quarter of the memory a lookup walks), else 32-bit words. */
  private readonly table: Uint8Array | Uint32Array;
  /** The rules a character can start a pair of, and those it can end one of; undefined when no rule has pairs. */
  private readonly firsts: Uint8Array | Uint32Array | undefined;
  private readonly seconds: Uint8Array | Uint32Array | undefined;
  private readonly bits = new Map<LineRule, number>();
  readonly empty: boolean;

  constructor(rules: readonly Rule[]) {
    // 32 bits: a rule past them, or with a character outside the BMP, is called on every line its features allow.
    const tabled = rules
      .filter((rule): rule is LineRule => rule.checkLine !== undefined)
      .filter(({ trigger }) => isTabled(trigger))
      .slice(0, 32);
    const makeTable = (): Uint8Array | Uint32Array =>
      tabled.length <= 8 ? new Uint8Array(0x10000) : new Uint32Array(0x10000);
    this.table = makeTable();
    const paired = tabled.some(({ trigger }) => trigger?.pairs !== undefined);
    this.firsts = paired ? makeTable() : undefined;
    this.seconds = paired ? makeTable() : undefined;
    for (const rule of tabled) {
      const bit = 1 << this.bits.size;
      this.bits.set(rule, bit);
      mark(this.table, rule.trigger?.chars ?? '', bit);
      const [first, second] = rule.trigger?.pairs ?? ['', ''];
      if (this.firsts && this.seconds) {
        mark(this.firsts, first, bit);
        mark(this.seconds, second, bit);
      }
    }
    this.empty = this.bits.size === 0;
  }

  bitOf(rule: LineRule): number {
    return this.bits.get(rule) ?? 0;
  }

  /**
   * The bits of the rules whose characters or pairs the line `from`–`to` of the document's text holds (the text, not
   * the line sliced from it, is read: see scanLine). Asked only of a line being checked: with a LintCache, a line whose
   * text is unchanged is not checked again.
   */
  of(text: string, from: number, to: number): number {
    const { table, firsts, seconds } = this;
    let found = 0;
    if (!firsts || !seconds) {
      for (let i = from; i < to; i++) found |= table[text.charCodeAt(i)];
      return found;
    }
    // The rules whose pair the character before can start.
    let started = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      found |= table[code] | (seconds[code] & started);
      started = firsts[code];
    }
    return found;
  }
}

/** Whether every character of the trigger's characters and pairs is one code unit, which the tables hold. */
function isTabled(trigger: Trigger | undefined): boolean {
  if (trigger?.chars === undefined && trigger?.pairs === undefined) return false;
  const chars = (trigger.chars ?? '') + (trigger.pairs ?? []).join('');
  return [...chars].every((char) => char.length === 1);
}

function mark(table: Uint8Array | Uint32Array, chars: string, bit: number): void {
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] |= bit;
}

const triggerTables = new WeakMap<readonly Rule[], TriggerTable>();

function triggerTableOf(rules: readonly Rule[]): TriggerTable {
  let table = triggerTables.get(rules);
  if (!table) triggerTables.set(rules, (table = new TriggerTable(rules)));
  return table;
}

function lineRuleRun(rule: LineRule, severity: Severity, config: LintConfig, triggers: TriggerTable): LineRuleRun {
  const trigger = rule.trigger;
  const charBit = triggers.bitOf(rule);
  // A rule whose characters or pairs did not fit in the tables is called whatever characters the line holds.
  const tested = trigger?.chars !== undefined || trigger?.pairs !== undefined;
  const charsUntested = tested && charBit === 0;
  return {
    rule,
    severity,
    messages: messagesOf(rule.meta),
    settings: settingsOf(rule, config),
    anyFeature: trigger?.features ?? 0,
    allFeatures: trigger?.requires ?? 0,
    charBit,
    onlyRequires: charsUntested || (!tested && trigger?.features === undefined),
    gated: trigger !== undefined,
  };
}

/** Whether the line rule can report on a line with these features and these trigger bits. */
function mayTrigger(run: LineRuleRun, features: number, charBits: number): boolean {
  if ((features & run.allFeatures) !== run.allFeatures) return false;
  if (run.onlyRequires) return true;
  return (features & run.anyFeature) !== 0 || (charBits & run.charBit) !== 0;
}

/**
 * Line rules' findings in document order: lines in order, each line's own sorted. With a cache, only the lines whose
 * text it does not hold are checked, and lines that did not move are not even re-placed.
 */
function lineFindings(
  speech: ParsedSpeech,
  config: LintConfig,
  rules: readonly LineRuleRun[],
  triggers: TriggerTable,
  cache: LineCache<LineFindings, LineLex> | undefined,
): Finding[] {
  const result: Finding[] = [];
  if (rules.length === 0) return result;
  const checked = (candidate: Line): boolean =>
    candidate.text.length > 0 && speech.lineResidue[candidate.index] === undefined;
  if (!cache) {
    const lines = speech.lines.filter(checked);
    const found = lines.map((): Finding[] => []);
    checkLines(speech, config, rules, triggers, lines, found);
    for (const findings of found) for (const finding of findings) result.push(finding);
    return result;
  }
  // Each checked line's entry, found in the cache or made empty there; the new ones are checked together.
  const candidates: Line[] = [];
  const entries: LineFindings[] = [];
  const unchecked: Line[] = [];
  const found: Finding[][] = [];
  const made = (_lex: LineLex, candidate: Line): LineFindings => {
    const placed: Finding[] = [];
    unchecked.push(candidate);
    found.push(placed);
    return { placedAt: candidate.start, placed };
  };
  for (const candidate of speech.lines) {
    if (!checked(candidate)) continue;
    candidates.push(candidate);
    // The parse's lex stands for the line text: same lex, same text.
    entries.push(cache.get(speech.lineLexes[candidate.index], made, candidate));
  }
  checkLines(speech, config, rules, triggers, unchecked, found);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.placed.length === 0) continue;
    const start = candidates[i].start;
    if (entry.placedAt !== start) {
      // Findings are immutable: moved copies replace them here, and results that hold the old ones keep them.
      const by = start - entry.placedAt;
      entry.placed = entry.placed.map((finding) => moved(finding, by));
      entry.placedAt = start;
    }
    for (const finding of entry.placed) result.push(finding);
  }
  cache.endPass();
  return result;
}

/**
 * Checks `lines`, putting each one's findings, sorted, in `found` at the same index. The rules take turns over all the
 * lines, not the lines over all the rules: one rule's code and data stay hot while it reads the document (a full
 * analysis of 100k measured about 5 % faster than with every rule on one line before the next line; see
 * docs/performance.md).
 */
function checkLines(
  speech: ParsedSpeech,
  config: LintConfig,
  rules: readonly LineRuleRun[],
  triggers: TriggerTable,
  lines: readonly Line[],
  found: readonly Finding[][],
): void {
  if (lines.length === 0) return;
  // The line being checked, the rule checking it, and where its findings go: one reporter for the whole lint.
  let line = lines[0];
  let current = rules[0];
  let into: Finding[] = found[0];
  const report = (reported: Report): void => {
    const finding = toFinding(current.rule, current.severity, current.messages, reported, line.start, line.text.length);
    if (finding) into.push(finding);
  };
  const lexes = lines.map((checked) => speech.lineLexes[checked.index]);
  const charBits = new Int32Array(lines.length);
  if (!triggers.empty)
    for (let i = 0; i < lines.length; i++) {
      const { start, text } = lines[i];
      charBits[i] = triggers.of(speech.text, start, start + text.length);
    }
  // One context; only `settings` changes from rule to rule, and `text` and `lex` from line to line.
  const context: { -readonly [K in keyof LineContext]: LineContext[K] } = {
    text: line.text,
    lex: lexes[0],
    options: config.options,
    settings: NO_SETTINGS,
    report,
    holdsTriggerChar: true,
  };
  for (const entry of rules) {
    current = entry;
    context.settings = entry.settings;
    for (let i = 0; i < lines.length; i++) {
      const lex = lexes[i];
      if (entry.gated && !mayTrigger(entry, lex.chars, charBits[i])) continue;
      line = lines[i];
      into = found[i];
      context.text = line.text;
      context.lex = lex;
      context.holdsTriggerChar = entry.charBit === 0 || (charBits[i] & entry.charBit) !== 0;
      const before = into.length;
      try {
        entry.rule.checkLine(context);
      } catch (error) {
        into.length = before;
        tell(entry.rule.meta.id, errorText(error));
      }
    }
  }
  for (const findings of found) sortByPosition(findings);
}

/**
 * A finding's stable key: its rule, message id and span. The editor finds a finding again by it (a diagnostic carries
 * the three), so two findings of one rule on one span with different messages are never taken for each other.
 */
export function findingKey(finding: Pick<Finding, 'rule' | 'messageId' | 'span'>): string {
  return `${finding.rule}\u0000${finding.messageId}\u0000${finding.span.start}\u0000${finding.span.end}`;
}

/** A finding's own fixes as plain edits in the document: a fix of its span becomes an edit of the span. */
export function placedFixes(finding: Finding): Fix[] {
  return finding.fixes.map((fix) =>
    isSpanFix(fix)
      ? {
          title: fix.title,
          safe: fix.safe,
          edits: [{ start: finding.span.start, end: finding.span.end, newText: fix.newText }],
        }
      : fix,
  );
}

/**
 * Every fix of a finding, placed in the document: those it carries, and its rule's rewrite of the whole speech
 * (renumbering). Code actions and the CLI's JSON ask for this; Fix all never needs the rewrite (such rewrites are not
 * safe). The rewrite is computed once per parse, options and rule, and the same Fix object is shared by every
 * finding that offers it, so asking for the fixes of every finding stays linear.
 */
export function fixesOf(
  finding: Finding,
  speech?: ParsedSpeech,
  options: RuleOptions = DEFAULT_RULE_OPTIONS,
  rules: readonly Rule[] = RULES,
): Fix[] {
  const fixes = placedFixes(finding);
  if (!finding.documentFix || !speech) return fixes;
  const fix = documentFixOf(finding.rule, speech, options, rules);
  if (fix) fixes.push(fix);
  return fixes;
}

const documentFixes = new WeakMap<ParsedSpeech, WeakMap<RuleOptions, Map<string, Fix | null>>>();

/** Rule `ruleId`'s rewrite of the whole speech (a document-wide fix such as Renumber), computed once per parse and options. */
export function documentFixOf(
  ruleId: string,
  speech: ParsedSpeech,
  options: RuleOptions = DEFAULT_RULE_OPTIONS,
  rules: readonly Rule[] = RULES,
): Fix | undefined {
  let byOptions = documentFixes.get(speech);
  if (!byOptions) documentFixes.set(speech, (byOptions = new WeakMap()));
  let byRule = byOptions.get(options);
  if (!byRule) byOptions.set(options, (byRule = new Map()));
  const known = byRule.get(ruleId);
  if (known !== undefined) return known ?? undefined;
  const rule = rules.find((candidate) => candidate.meta.id === ruleId);
  const make = rule?.check ? rule.documentFix : undefined;
  let fix: Fix | undefined;
  if (rule && make) {
    try {
      // A rewrite of the whole speech gives its edits in the document: there is no span of its own to replace.
      fix = toFix(rule, messagesOf(rule.meta), make({ speech, options }), speech.text.length, 0);
    } catch (error) {
      tell(rule.meta.id, errorText(error));
    }
  }
  byRule.set(ruleId, fix ?? null);
  return fix;
}

/** The finding at `offset` stands: its line is part of the speech, or the rule reports on that kind of line. */
function reportsOnLineOf(rule: Rule, speech: ParsedSpeech, offset: number): boolean {
  const residue = speech.lineResidue[lineIndexAt(speech.lines, offset)];
  return residue === undefined || (rule.meta.reportsOn?.includes(residue) ?? false);
}

function byPosition(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/**
 * Sorts in place by position, from `from` on. A line's few findings are sorted by insertion: Array#sort copies the
 * array into a work array first, which on every line of a long draft was a tenth of all the analysis allocated.
 */
function sortByPosition(findings: Finding[], from = 0): Finding[] {
  if (findings.length - from > 16) {
    const sorted = findings.slice(from).sort(byPosition);
    for (let i = 0; i < sorted.length; i++) findings[from + i] = sorted[i];
    return findings;
  }
  for (let i = from + 1; i < findings.length; i++) {
    const finding = findings[i];
    let j = i - 1;
    while (j >= from && byPosition(findings[j], finding) > 0) {
      findings[j + 1] = findings[j];
      j--;
    }
    findings[j + 1] = finding;
  }
  return findings;
}

/**
 * Merges two lists sorted by position (the document rules' few into the line rules' many), from the back into `many`
 * itself: a long draft has tens of thousands of findings, and no second list of them is built. On equal positions
 * the line rule's finding comes first.
 */
function mergeSorted(many: Finding[], few: Finding[]): Finding[] {
  let i = many.length - 1;
  let j = few.length - 1;
  for (const finding of few) many.push(finding);
  for (let at = many.length - 1; j >= 0; at--)
    many[at] = i >= 0 && byPosition(few[j], many[i]) < 0 ? many[i--] : few[j--];
  return many;
}
