/** The workspace file .speechdraftrc.json and the settings: validated data, never executed. */

import { DOCUMENT_KINDS, type DocumentKind } from '../parse/documentKind';
import { isTimeLimit, parseCalendarDate } from '../parse/frontMatter';
import { RULES, ruleById } from '../rules';
import {
  type CompiledTerm,
  DEFAULT_RULE_OPTIONS,
  type ListOption,
  type OptionSchema,
  type OptionValue,
  type RuleOptionSpec,
  type SeveritySetting,
} from '../rules/types';
import type { LintConfig } from './run';
import type { IgnoreEntry } from './suppress';

export const RC_FILE_NAME = '.speechdraftrc.json';

import { SEVERITY_SETTINGS as SEVERITIES } from '../rules/types';

/** The shape a user writes, in settings (speechDraft.rules …) or in .speechdraftrc.json. */
export interface UserConfig {
  /** Rule id → severity, or the ESLint form [severity, { option: value }] for a rule's own options. */
  rules?: Record<string, RuleEntry>;
  /** long-sentence's `max`, by its older name. */
  maxSentenceLength?: number;
  placeholderValues?: Record<string, string>;
  allowedPlaceholders?: string[];
  /** Words the writer has accepted: `typo` never reports them (the 加入词表 quick fix adds here). */
  words?: string[];
  /** The unit's own names and wording: `pattern` (text, or /a regular expression/) is reported with `prefer` as the fix. */
  terms?: TermSetting[];
  /** The day the speech is given, 2026-01-15: the `date` rule checks 今年, 去年 and the date under the title against it. */
  speechDate?: string;
  /** What kind of document the files are (auto: each file's title and opening tell). */
  documentKind?: string;
  /** The minutes the speaker has (0: no limit): the time-limit rule reports a speech that runs over. */
  timeLimit?: number;
  /** Findings silenced one by one: a rule and the text it reported, in one file or in every file. */
  ignore?: IgnoreEntry[];
}

/** One rule's entry in `rules`: its severity, alone or with the values of its own options. */
export type RuleEntry =
  SeveritySetting | readonly [SeveritySetting] | readonly [SeveritySetting, Record<string, unknown>];

export interface TermSetting {
  pattern: string;
  prefer: string;
  note?: string;
}

interface ConfigProblem {
  message: { 'zh-cn': string; en: string };
}

/** Parses .speechdraftrc.json; any problem makes the whole file ignored, with one clear message. */
export function parseRcFile(text: string): { config?: UserConfig; problem?: ConfigProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = (error as Error).message;
    return { problem: { message: { 'zh-cn': `不是有效的 JSON（${reason}）`, en: `not valid JSON (${reason})` } } };
  }
  const errors = validateUserConfig(data);
  if (errors.length > 0) {
    return {
      problem: {
        message: { 'zh-cn': errors.map((e) => e['zh-cn']).join('；'), en: errors.map((e) => e.en).join('; ') },
      },
    };
  }
  return { config: data as UserConfig };
}

type Problem = { 'zh-cn': string; en: string };

export function validateUserConfig(data: unknown): Problem[] {
  if (!isRecord(data)) return [{ 'zh-cn': '顶层应为一个对象 {…}', en: 'the top level must be an object {…}' }];
  const problems: Problem[] = [];
  const known = knownKeys();
  for (const key of Object.keys(data)) {
    if (key !== '$schema' && !known.includes(key)) {
      problems.push({
        'zh-cn': `未知的键「${key}」（可用：${known.join('、')}）`,
        en: `unknown key 「${key}」 (known: ${known.join(', ')})`,
      });
    }
  }
  if (data.rules !== undefined) problems.push(...validateRules(data.rules));
  if (
    data.placeholderValues !== undefined &&
    !(isRecord(data.placeholderValues) && Object.values(data.placeholderValues).every((v) => typeof v === 'string'))
  ) {
    problems.push({
      'zh-cn': 'placeholderValues 应为“占位符 → 文字”的对象',
      en: 'placeholderValues must map placeholder patterns to strings',
    });
  }
  for (const { alias, spec } of aliasedOptions()) {
    const problem = data[alias] === undefined ? undefined : optionProblem(alias, data[alias], spec);
    if (problem) problems.push(problem);
  }
  if (
    data.allowedPlaceholders !== undefined &&
    !(Array.isArray(data.allowedPlaceholders) && data.allowedPlaceholders.every((v) => typeof v === 'string'))
  ) {
    problems.push({
      'zh-cn': 'allowedPlaceholders 应为字符串数组',
      en: 'allowedPlaceholders must be an array of strings',
    });
  }
  if (data.words !== undefined && !(Array.isArray(data.words) && data.words.every((v) => typeof v === 'string'))) {
    problems.push({ 'zh-cn': 'words 应为字符串数组', en: 'words must be an array of strings' });
  }
  if (data.terms !== undefined) problems.push(...validateTerms(data.terms));
  if (data.ignore !== undefined) problems.push(...validateIgnore(data.ignore));
  if (
    data.documentKind !== undefined &&
    !(data.documentKind === 'auto' || DOCUMENT_KINDS.includes(data.documentKind as DocumentKind))
  ) {
    problems.push({
      'zh-cn': 'documentKind 应为 auto、speech、report、plan 或 message',
      en: 'documentKind must be auto, speech, report, plan or message',
    });
  }
  if (
    data.speechDate !== undefined &&
    !(typeof data.speechDate === 'string' && (data.speechDate === '' || parseCalendarDate(data.speechDate)))
  ) {
    problems.push({
      'zh-cn': 'speechDate 应为实际存在的日期，如 "2026-01-15"',
      en: 'speechDate must be a real date such as "2026-01-15"',
    });
  }
  if (data.timeLimit !== undefined && !(data.timeLimit === 0 || isTimeLimit(data.timeLimit))) {
    problems.push({
      'zh-cn': 'timeLimit 应为 0（不限时）或 1～600 之间的分钟数',
      en: 'timeLimit must be 0 (no limit) or a number of minutes from 1 to 600',
    });
  }
  return problems;
}

function validateIgnore(ignore: unknown): Problem[] {
  const shape = {
    'zh-cn': '{ "rule": 规则, "text": 非空字符串, "file": 可选的相对路径 }',
    en: '{ "rule": a rule id, "text": a non-empty string, "file": an optional relative path }',
  };
  if (!Array.isArray(ignore))
    return [{ 'zh-cn': `ignore 应为数组：[${shape['zh-cn']}]`, en: `ignore must be an array: [${shape.en}]` }];
  const problems: Problem[] = [];
  ignore.forEach((entry: unknown, index) => {
    const at = `ignore[${index}]`;
    if (
      !isRecord(entry) ||
      typeof entry.rule !== 'string' ||
      typeof entry.text !== 'string' ||
      entry.text === '' ||
      (entry.file !== undefined && typeof entry.file !== 'string') ||
      Object.keys(entry).some((key) => !['rule', 'text', 'file'].includes(key))
    ) {
      problems.push({ 'zh-cn': `${at} 应为 ${shape['zh-cn']}`, en: `${at} must be ${shape.en}` });
      return;
    }
    if (!ruleById(entry.rule))
      problems.push({ 'zh-cn': `${at}：未知的规则「${entry.rule}」`, en: `${at}: unknown rule 「${entry.rule}」` });
  });
  return problems;
}

function validateTerms(terms: unknown): Problem[] {
  if (!Array.isArray(terms))
    return [
      {
        'zh-cn': 'terms 应为数组：[{ "pattern": "…", "prefer": "…" }]',
        en: 'terms must be an array: [{ "pattern": "…", "prefer": "…" }]',
      },
    ];
  const problems: Problem[] = [];
  terms.forEach((term: unknown, index) => {
    const at = `terms[${index}]`;
    if (
      !isRecord(term) ||
      typeof term.pattern !== 'string' ||
      term.pattern === '' ||
      typeof term.prefer !== 'string' ||
      (term.note !== undefined && typeof term.note !== 'string')
    ) {
      problems.push({
        'zh-cn': `${at} 应为 { "pattern": 非空字符串, "prefer": 字符串, "note": 可选字符串 }`,
        en: `${at} must be { "pattern": a non-empty string, "prefer": a string, "note": an optional string }`,
      });
      return;
    }
    const problem = compileTerm({ pattern: term.pattern, prefer: term.prefer }).problem;
    if (problem) problems.push({ 'zh-cn': `${at}：${problem['zh-cn']}`, en: `${at}: ${problem.en}` });
  });
  return problems;
}

/** A regular expression that matches in time linear in the text, whatever its pattern. */
export interface LinearRegex {
  /** Each match in `text`, in order: its start (UTF-16 units) and what it matched. */
  matches(text: string): Iterable<{ start: number; text: string }>;
}

/** Compiles `source` with `flags` (i, m, s), or throws an Error whose message says why it cannot. */
export type LinearRegexCompiler = (source: string, flags: string) => LinearRegex;

let loadCompiler: (() => LinearRegexCompiler) | undefined;
let compiler: LinearRegexCompiler | undefined;

/**
 * Where the hosts say how regular expressions of team terms are compiled: RE2 (core/engine/re2.ts, re2js), loaded on the
 * first regular expression a configuration holds, so the editor's bundle does not carry it until then.
 */
export function provideLinearRegex(load: () => LinearRegexCompiler): void {
  loadCompiler = load;
  compiler = undefined;
}

/**
 * `/…/flags` is a regular expression, anything else plain text. Regular expressions run on RE2 (re2js, a pure
 * JavaScript port of Google's RE2), which matches in time linear in the line whatever the pattern: the analysis runs
 * as you type, and no pattern, (a+)+ included, can hang it. RE2 has no lookaround and no backreferences: a pattern
 * that uses them is refused with RE2's reason.
 */
function compileTerm(setting: TermSetting): { term?: CompiledTerm; problem?: Problem } {
  const regex = /^\/(.+)\/([imsu]*)$/.exec(setting.pattern);
  const base = { prefer: setting.prefer, note: setting.note ?? '' };
  if (!regex) return { term: { ...base, matches: (text) => plainMatches(text, setting.pattern) } };
  compiler ??= loadCompiler?.();
  if (!compiler)
    return {
      problem: {
        'zh-cn': `无法读取正则表达式 ${setting.pattern}：此处没有正则引擎`,
        en: `cannot read the regular expression ${setting.pattern}: no regular expression engine here`,
      },
    };
  let compiled: LinearRegex;
  try {
    compiled = compiler(regex[1], regex[2]);
  } catch (error) {
    const reason = (error as Error).message;
    return {
      problem: {
        'zh-cn': `无效的正则表达式 ${setting.pattern}（${reason}；按 RE2 语法，不支持环视和反向引用）`,
        en: `invalid regular expression ${setting.pattern} (${reason}; RE2 syntax: no lookaround or backreferences)`,
      },
    };
  }
  return { term: { ...base, matches: (text) => compiled.matches(text) } };
}

function* plainMatches(text: string, pattern: string): Generator<{ start: number; text: string }> {
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + pattern.length))
    yield { start: at, text: pattern };
}

/** The top-level keys of a configuration: the engine's own, and the older names of rules' options. */
const ENGINE_KEYS = [
  'rules',
  'placeholderValues',
  'allowedPlaceholders',
  'words',
  'terms',
  'speechDate',
  'documentKind',
  'timeLimit',
  'ignore',
] as const;

function knownKeys(): string[] {
  return [...ENGINE_KEYS, ...aliasedOptions().map((option) => option.alias)];
}

/** Every rule option that an older top-level key also sets. */
function aliasedOptions(): Array<{ rule: string; name: string; alias: string; spec: RuleOptionSpec }> {
  return RULES.flatMap((rule) =>
    Object.entries(rule.meta.options ?? {}).flatMap(([name, spec]) =>
      spec.alias === undefined ? [] : [{ rule: rule.meta.id, name, alias: spec.alias, spec }],
    ),
  );
}

function validateRules(rules: unknown): Problem[] {
  if (!isRecord(rules))
    return [{ 'zh-cn': 'rules 应为“规则 → 级别”的对象', en: 'rules must map rule ids to severities' }];
  const problems: Problem[] = [];
  for (const [id, entry] of Object.entries(rules)) {
    const rule = ruleById(id);
    if (!rule) {
      problems.push({ 'zh-cn': `未知的规则「${id}」`, en: `unknown rule 「${id}」` });
      continue;
    }
    const [severity, options] = Array.isArray(entry) ? (entry as unknown[]) : [entry];
    if (!SEVERITIES.includes(severity as SeveritySetting) || (Array.isArray(entry) && entry.length > 2)) {
      problems.push({
        'zh-cn': `规则「${id}」的设置应为级别（off、hint、info、warning、error），或 [级别, { 选项 }]`,
        en: `rule 「${id}」 must be a severity (off, hint, info, warning, error) or [severity, { options }]`,
      });
      continue;
    }
    if (options !== undefined) problems.push(...ruleOptionProblems(id, rule.meta.options ?? {}, options));
  }
  return problems;
}

function ruleOptionProblems(
  id: string,
  declared: Readonly<Record<string, RuleOptionSpec>>,
  options: unknown,
): Problem[] {
  const names = Object.keys(declared);
  if (!isRecord(options))
    return [{ 'zh-cn': `规则「${id}」的选项应为对象 {…}`, en: `the options of rule 「${id}」 must be an object {…}` }];
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(options)) {
    const spec = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (!spec) {
      const list = names.length > 0 ? names.join(', ') : '—';
      problems.push({
        'zh-cn': `规则「${id}」没有选项「${name}」（可用：${names.length > 0 ? names.join('、') : '无'}）`,
        en: `rule 「${id}」 has no option 「${name}」 (options: ${list})`,
      });
      continue;
    }
    const problem = optionProblem(`${id}.${name}`, value, spec);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Why `value` does not fit the option's schema, named `name` in the message; undefined when it fits. */
function optionProblem(name: string, value: unknown, spec: RuleOptionSpec): Problem | undefined {
  return fitsSchema(value, spec.schema) ? undefined : schemaProblem(name, spec.schema);
}

function fitsSchema(value: unknown, schema: OptionSchema): boolean {
  if (schema.enum && !schema.enum.includes(value as string | number)) return false;
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'integer':
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (schema.type === 'number' || Number.isInteger(value)) &&
        (schema.minimum === undefined || value >= schema.minimum) &&
        (schema.maximum === undefined || value <= schema.maximum)
      );
  }
}

function schemaProblem(name: string, schema: OptionSchema): Problem {
  if (schema.enum)
    return {
      'zh-cn': `${name} 应为 ${schema.enum.join('、')} 之一`,
      en: `${name} must be one of ${schema.enum.join(', ')}`,
    };
  switch (schema.type) {
    case 'string':
      return { 'zh-cn': `${name} 应为字符串`, en: `${name} must be a string` };
    case 'boolean':
      return { 'zh-cn': `${name} 应为 true 或 false`, en: `${name} must be true or false` };
    case 'array':
      return { 'zh-cn': `${name} 应为字符串数组`, en: `${name} must be an array of strings` };
    case 'integer':
    case 'number': {
      const whole = schema.type === 'integer';
      const { minimum: min, maximum: max } = schema;
      const range = min !== undefined && max !== undefined;
      return {
        'zh-cn': range
          ? `${name} 应为${min}～${max}之间的${whole ? '整数' : '数'}`
          : `${name} 应为${whole ? '整数' : '数'}`,
        en: range
          ? `${name} must be a ${whole ? 'whole number' : 'number'} from ${min} to ${max}`
          : `${name} must be a ${whole ? 'whole number' : 'number'}`,
      };
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Settings first, then each later source on top (the workspace file wins over settings). */
export function mergeConfigs(...sources: Array<UserConfig | undefined>): LintConfig {
  const rules: Record<string, SeveritySetting> = {};
  const placeholderValues: Record<string, string> = {};
  const allowed = new Set<string>();
  const words = new Set<string>();
  const terms: CompiledTerm[] = [];
  const ruleSettings: Record<string, Record<string, OptionValue>> = {};
  const ignore: IgnoreEntry[] = [];
  let speechDate = DEFAULT_RULE_OPTIONS.speechDate;
  let documentKind = DEFAULT_RULE_OPTIONS.documentKind;
  let timeLimit = DEFAULT_RULE_OPTIONS.timeLimit;
  for (const source of sources) {
    if (!source) continue;
    if (source.timeLimit === 0) timeLimit = undefined;
    else if (isTimeLimit(source.timeLimit)) timeLimit = source.timeLimit;
    if (source.documentKind === 'auto') documentKind = undefined;
    else if (DOCUMENT_KINDS.includes(source.documentKind as DocumentKind))
      documentKind = source.documentKind as DocumentKind;
    speechDate = parseCalendarDate(source.speechDate) ?? speechDate;
    mergeRuleEntries(source, rules, ruleSettings);
    for (const [pattern, value] of Object.entries(source.placeholderValues ?? {})) {
      if (typeof value === 'string') placeholderValues[pattern] = value;
    }
    for (const text of source.allowedPlaceholders ?? []) {
      if (typeof text === 'string') allowed.add(text);
    }
    for (const word of source.words ?? []) {
      if (typeof word === 'string' && word !== '') words.add(word);
    }
    for (const entry of Array.isArray(source.ignore) ? source.ignore : []) {
      if (isRecord(entry) && typeof entry.rule === 'string' && typeof entry.text === 'string' && entry.text !== '')
        ignore.push(
          typeof entry.file === 'string'
            ? { rule: entry.rule, text: entry.text, file: entry.file }
            : { rule: entry.rule, text: entry.text },
        );
    }
    for (const setting of Array.isArray(source.terms) ? source.terms : []) {
      const { term } =
        isRecord(setting) &&
        typeof setting.pattern === 'string' &&
        setting.pattern !== '' &&
        typeof setting.prefer === 'string'
          ? compileTerm(setting)
          : {};
      if (term) terms.push(term);
    }
  }
  return {
    rules,
    options: {
      ...DEFAULT_RULE_OPTIONS,
      placeholderValues,
      allowedPlaceholders: [...allowed],
      words: [...words],
      terms,
      speechDate,
      documentKind,
      timeLimit,
    },
    ruleSettings,
    ignore,
  };
}

/**
 * `base` with `source` on top, as mergeConfigs would put it after base's own sources: a file's front matter over the
 * configuration of its folder.
 */
export function layeredConfig(base: LintConfig, source: UserConfig): LintConfig {
  const top = mergeConfigs(source);
  const ruleSettings: Record<string, Record<string, OptionValue>> = { ...base.ruleSettings };
  for (const [id, values] of Object.entries(top.ruleSettings ?? {}))
    ruleSettings[id] = { ...ruleSettings[id], ...values };
  const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
  return {
    rules: { ...base.rules, ...top.rules },
    options: {
      ...base.options,
      placeholderValues: { ...base.options.placeholderValues, ...top.options.placeholderValues },
      allowedPlaceholders: union(base.options.allowedPlaceholders, top.options.allowedPlaceholders),
      words: union(base.options.words, top.options.words),
      terms: [...base.options.terms, ...top.options.terms],
      speechDate: top.options.speechDate ?? base.options.speechDate,
      documentKind: source.documentKind === undefined ? base.options.documentKind : top.options.documentKind,
      timeLimit: source.timeLimit === undefined ? base.options.timeLimit : top.options.timeLimit,
    },
    ruleSettings,
    ignore: [...(base.ignore ?? []), ...(top.ignore ?? [])],
  };
}

/**
 * The configuration for one file: its `ignore` entries narrowed to those of every file and those naming this one
 * (`relativePath`, from the folder of the .speechdraftrc.json, / between parts). The same object for the same file
 * while the configuration is the same, so the caches keyed by it hold.
 */
export function configForFile(config: LintConfig, relativePath: string | undefined): LintConfig {
  const ignore = config.ignore ?? [];
  if (!ignore.some((entry) => entry.file !== undefined)) return config;
  const path = relativePath === undefined ? undefined : normalPath(relativePath);
  let byPath = forFile.get(config);
  if (!byPath) forFile.set(config, (byPath = new Map()));
  const key = path ?? '';
  let narrowed = byPath.get(key);
  if (!narrowed) {
    narrowed = {
      ...config,
      ignore: ignore.filter(
        (entry) => entry.file === undefined || (path !== undefined && normalPath(entry.file) === path),
      ),
    };
    byPath.set(key, narrowed);
  }
  return narrowed;
}

const forFile = new WeakMap<LintConfig, Map<string, LintConfig>>();

function normalPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** The front matter's own settings: the field `speechDraft`, a JSON object of the .speechdraftrc.json keys. */
export const FRONT_MATTER_KEY = 'speechDraft';

/** The settings a file's front matter gives (the text of its `speechDraft` field), or why they cannot be read. */
export function frontMatterSettings(value: string): { config?: UserConfig; problem?: Problem } {
  const parsed = parseRcFile(value);
  if (!parsed.problem) return { config: parsed.config };
  const { message } = parsed.problem;
  return {
    problem: {
      'zh-cn': `前置设置 ${FRONT_MATTER_KEY} 无效，已忽略：${message['zh-cn']}`,
      en: `the front matter's ${FRONT_MATTER_KEY} is ignored: ${message.en}`,
    },
  };
}

/**
 * One source's rule entries and older option keys, on top of what earlier sources set. Settings are edited by hand
 * too: only known severities and option values that fit their schema are kept. An option's older key (an alias) counts
 * unless the same source's rule entry sets the option.
 */
function mergeRuleEntries(
  source: UserConfig,
  rules: Record<string, SeveritySetting>,
  ruleSettings: Record<string, Record<string, OptionValue>>,
): void {
  const set = (id: string, name: string, value: unknown): void => {
    const spec = ruleById(id)?.meta.options?.[name];
    if (spec && fitsSchema(value, spec.schema)) (ruleSettings[id] ??= {})[name] = value as OptionValue;
  };
  const raw = source as Record<string, unknown>;
  for (const { rule, name, alias } of aliasedOptions()) if (raw[alias] !== undefined) set(rule, name, raw[alias]);
  for (const [id, entry] of Object.entries(isRecord(source.rules) ? source.rules : {})) {
    const [severity, options] = Array.isArray(entry) ? (entry as unknown[]) : [entry];
    if (SEVERITIES.includes(severity as SeveritySetting)) rules[id] = severity as SeveritySetting;
    if (isRecord(options)) for (const [name, value] of Object.entries(options)) set(id, name, value);
  }
}

/** A change the quick fixes make to .speechdraftrc.json. */
export type RcChange =
  /** Add `value` to the list option `list` (`words`, `allowedPlaceholders`). */
  | { readonly kind: 'add-to-list'; readonly list: ListOption; readonly value: string }
  /** Add an entry to `ignore`. */
  | { readonly kind: 'ignore'; readonly entry: IgnoreEntry }
  /** Set a rule's severity (keeping its options). */
  | { readonly kind: 'rule-severity'; readonly rule: string; readonly severity: SeveritySetting };

/**
 * The text of .speechdraftrc.json with `change` made (the file made if `text` is undefined), every other key kept;
 * undefined when the file is not a valid configuration, which is never overwritten.
 */
export function rcWithChange(text: string | undefined, change: RcChange): string | undefined {
  let data: Record<string, unknown> = {};
  if (text !== undefined && text.trim() !== '') {
    const parsed = parseRcFile(text);
    if (parsed.problem || !parsed.config) return undefined;
    data = parsed.config as Record<string, unknown>;
  }
  const changed = changedData(data, change);
  return changed === data && text !== undefined ? text : `${JSON.stringify(changed, null, 2)}\n`;
}

function changedData(data: Record<string, unknown>, change: RcChange): Record<string, unknown> {
  switch (change.kind) {
    case 'add-to-list': {
      const current = Array.isArray(data[change.list]) ? (data[change.list] as string[]) : [];
      return current.includes(change.value) ? data : { ...data, [change.list]: [...current, change.value] };
    }
    case 'ignore': {
      const current = Array.isArray(data.ignore) ? (data.ignore as IgnoreEntry[]) : [];
      const { rule, text, file } = change.entry;
      if (current.some((entry) => entry.rule === rule && entry.text === text && entry.file === file)) return data;
      return { ...data, ignore: [...current, file === undefined ? { rule, text } : { rule, text, file }] };
    }
    case 'rule-severity': {
      const rules = isRecord(data.rules) ? data.rules : {};
      const entry = rules[change.rule];
      const updated = Array.isArray(entry) ? [change.severity, ...(entry as unknown[]).slice(1)] : change.severity;
      return { ...data, rules: { ...rules, [change.rule]: updated } };
    }
  }
}
