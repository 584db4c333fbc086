/** speech-draft: the command-line interface over the core. */

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildOutline,
  statsOf,
  DEFAULT_SPEAKING_RATE,
  formatCount,
  formatDuration,
  fixAll,
  formatSummary,
  lineIndexAt,
  documentFixOf,
  effectiveKind,
  fixesOf,
  lint,
  lintWithIgnored,
  configForFile,
  localeOf,
  placedFixes,
  provideLinearRegex,
  mergeConfigs,
  parseRcFile,
  parseSpeech,
  placeholderWarning,
  RC_FILE_NAME,
  toOutlineJson,
  unfilledPlaceholders,
  type LintConfig,
  type Finding,
  type Fix,
  type Locale,
  type OutlineNode,
  type ParsedSpeech,
  PROFILES,
  PINYIN_MODES,
  titleFromFileName,
  TYPO_CANDIDATES_FILE,
  TYPO_MODEL_FILE,
  TypoChecker,
} from '../core';
import {
  ENCODING_NAMES,
  FileError,
  readBytes,
  readTextFile,
  refuseSameFile,
  writeFileKeepingIt,
  type Encoding,
  type TextFile,
} from './files';
import { fixedBytes } from './encoding';
import { re2Compiler } from '../core/engine/re2';
import { readDocx, WordError, type WordText } from '../import/docx';
import * as say from './messages';
import { expandInputs } from './speechFiles';
import type { LintTotals, Text } from './messages';
import { speechToDocx } from '../export/docx';
import { commentText, reviewCopyOfDocx, reviewCopyOfText } from '../export/review';

declare const SPEECH_DRAFT_VERSION: string | undefined;

// Team terms' regular expressions run on RE2, bundled into the CLI.
provideLinearRegex(() => re2Compiler);

/** A usage error: one line on stderr, exit code 2. */
class UsageError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** The speaking rates a person can read at (the extension's setting has the same range). */
const RATE_RANGE = { min: 60, max: 600 } as const;

interface Options {
  format: 'text' | 'json';
  rate: number;
  locale: Locale;
  fix: boolean;
  config?: string;
  encoding?: Encoding;
  includeIgnored: boolean;
}

/** Where the CLI writes, so the tests can run it in process. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/**
 * The process's streams. A reader that stops early (`| head`) closes the pipe: from then on that stream's output is
 * dropped, but the work goes on (every file of a batch is checked and fixed) and the exit code is the one the work
 * earns, never one the closed pipe decides.
 */
const closedStreams = new Set<NodeJS.WriteStream>();

function writeTo(stream: NodeJS.WriteStream, text: string): void {
  if (closedStreams.has(stream) || stream.destroyed) return;
  stream.write(text);
}

const PROCESS_OUTPUT: Output = {
  out: (text) => writeTo(process.stdout, text),
  err: (text) => writeTo(process.stderr, text),
};

export async function mainAsync(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  output: Output = PROCESS_OUTPUT,
): Promise<number> {
  const locale = localeOf(env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE);
  try {
    return await run(argv, locale, output);
  } catch (error) {
    if (error instanceof UsageError || error instanceof FileError) {
      output.err(`speech-draft: ${error.text[locale]}\n`);
      return 2;
    }
    // A fault of ours: one line and exit 2, the stack only when asked for.
    if (env.SPEECH_DRAFT_DEBUG) throw error;
    output.err(
      `speech-draft: ${
        say.internalError(
          argv
            .filter((arg) => !arg.startsWith('-'))
            .slice(1)
            .join(' '),
          errorLine(error),
        )[locale]
      }\n`,
    );
    return 2;
  }
}

async function run(argv: string[], locale: Locale, output: Output): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    output.out(`${say.usage(DEFAULT_SPEAKING_RATE, RC_FILE_NAME)[locale]}\n`);
    return 0;
  }
  if (values.version) {
    output.out(`${typeof SPEECH_DRAFT_VERSION === 'string' ? SPEECH_DRAFT_VERSION : 'dev'}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  const options = readOptions(values, locale);
  switch (command) {
    case 'outline':
      return outlineCommand(singleFile(files), options, output);
    case 'stats':
      return statsCommand(singleFile(files), options, output);
    case 'lint':
      if (files.length === 0) throw new UsageError(withHelp(say.MISSING_FILE));
      return lintCommand(files, options, output);
    case 'export':
      return exportCommand(singleFile(files), values, locale, output);
    case undefined:
      throw new UsageError(withHelp(say.MISSING_COMMAND));
    default:
      throw new UsageError(withHelp(say.unknownCommand(command)));
  }
}

function withHelp(text: Text): Text {
  return { en: `${text.en}; ${say.SEE_HELP.en}`, 'zh-cn': `${text['zh-cn']}；${say.SEE_HELP['zh-cn']}` };
}

const OPTIONS = {
  format: { type: 'string' },
  rate: { type: 'string' },
  fix: { type: 'boolean' },
  config: { type: 'string' },
  'include-ignored': { type: 'boolean' },
  encoding: { type: 'string' },
  profile: { type: 'string' },
  pinyin: { type: 'string' },
  title: { type: 'string' },
  'allow-placeholders': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: joinNegativeValues(argv), allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(withHelp(describeParseError(error as NodeJS.ErrnoException)));
  }
}

/** `--rate -5` is a value, not an option: joined as `--rate=-5`, it reaches the range check and its clear message. */
function joinNegativeValues(argv: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith('--') ? argv[i].slice(2) : undefined;
    const takesValue = name !== undefined && name in OPTIONS && OPTIONS[name as keyof typeof OPTIONS].type === 'string';
    if (takesValue && /^-[\d.]/.test(argv[i + 1] ?? '')) joined.push(`${argv[i]}=${argv[++i]}`);
    else joined.push(argv[i]);
  }
  return joined;
}

/** Node's parser messages, made short and in the person's language. */
function describeParseError(error: NodeJS.ErrnoException): Text {
  const option = /'(-{1,2}[^' <]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return say.unknownOption(option);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /takes no argument|does not take an argument/.test(error.message)
        ? say.optionTakesNoValue(option)
        : say.optionNeedsValue(option);
    default:
      return say.badOption(error.message.split('\n')[0]);
  }
}

function readOptions(
  values: {
    format?: string;
    rate?: string;
    fix?: boolean;
    config?: string;
    encoding?: string;
    'include-ignored'?: boolean;
  },
  locale: Locale,
): Options {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(say.badFormat(format));
  return {
    format,
    rate: readRate(values.rate),
    locale,
    fix: values.fix ?? false,
    config: values.config,
    encoding: readEncoding(values.encoding),
    includeIgnored: values['include-ignored'] ?? false,
  };
}

function readEncoding(name: string | undefined): Encoding | undefined {
  if (name === undefined) return undefined;
  const encoding = ENCODING_NAMES[name.toLowerCase()];
  if (!encoding) throw new UsageError(say.badEncoding(name));
  return encoding;
}

/** A plain decimal from 60 to 600: no exponent, no hexadecimal, no sign. */
function readRate(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SPEAKING_RATE;
  const rate = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(rate >= RATE_RANGE.min && rate <= RATE_RANGE.max))
    throw new UsageError(say.badRate(value, RATE_RANGE.min, RATE_RANGE.max));
  return rate;
}

function singleFile(files: string[]): string {
  if (files.length === 0) throw new UsageError(withHelp(say.MISSING_FILE));
  if (files.length > 1) throw new UsageError(say.oneFileExpected(files.length));
  return files[0];
}

/** A speech as read: its text, and either the text file (to write fixes back alike) or the Word document's paragraphs. */
interface SpeechInput {
  text: string;
  textFile?: TextFile;
  word?: WordText;
  /** The file's bytes as read (a Word document's, for the review copy). */
  bytes: Uint8Array;
}

const WORD_FILE = /\.(docx|doc|docm|dotx)$/i;

/** Reads a speech: a Word document by its name, else a text file (UTF-8, UTF-16 with a BOM, GB18030/GBK). */
export function readSpeechInput(file: string, encoding?: Encoding): SpeechInput {
  if (!WORD_FILE.test(file)) {
    const textFile = readTextFile(file, encoding);
    return { text: textFile.text, textFile, bytes: textFile.bytes };
  }
  const bytes = readBytes(file);
  try {
    const word = readDocx(bytes);
    return { text: word.text, word, bytes };
  } catch (error) {
    if (error instanceof WordError)
      throw new FileError(
        say.cannotRead(
          file,
          say.WORD_PROBLEMS[/\.doc$/i.test(file) && error.problem === 'not-docx' ? 'doc' : error.problem],
        ),
      );
    throw error;
  }
}

/** Reads a speech's text (see readSpeechInput). */
export function readSpeechFile(file: string, encoding?: Encoding): string {
  return readSpeechInput(file, encoding).text;
}

function outlineCommand(file: string, options: Options, output: Output): number {
  const speech = parseSpeech(readSpeechFile(file, options.encoding));
  const outline = buildOutline(speech, options.rate);
  if (options.format === 'json') {
    const config = readRcConfig(options.config ?? findRcFile(file));
    const { kind, source } = effectiveKind(speech.kind, config.options.documentKind);
    output.out(`${JSON.stringify({ file, kind, kindSource: source, outline: toOutlineJson(outline) }, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    const visit = (node: OutlineNode, depth: number): void => {
      const where = options.locale === 'zh-cn' ? `第${node.line + 1}行` : `line ${node.line + 1}`;
      const label = node.kind === 'closing' ? (options.locale === 'zh-cn' ? '结束语' : 'Closing') : node.label;
      lines.push(
        `${'  '.repeat(depth)}${label}  [${where} · ${formatSummary(node.characters, node.speakingSeconds, options.locale)}]`,
      );
      node.children.forEach((child) => visit(child, depth + 1));
    };
    outline.forEach((node) => visit(node, 0));
    output.out(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  }
  return 0;
}

function statsCommand(file: string, options: Options, output: Output): number {
  const speech = parseSpeech(readSpeechFile(file, options.encoding));
  // The parse's counts, as the editor's status bar shows them: lines pasted with a web page are not spoken.
  const stats = statsOf(speech, options.rate);
  const summary = {
    file,
    characters: stats.characters,
    paragraphs: stats.paragraphs,
    sections: speech.headings.length,
    items: speech.items.length,
    speakingRate: stats.speakingRate,
    speakingSeconds: stats.speakingSeconds,
  };
  if (options.format === 'json') {
    output.out(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  }
  const duration = formatDuration(stats.speakingSeconds, options.locale);
  const rows =
    options.locale === 'zh-cn'
      ? [
          `字数：${formatCount(stats.characters)}`,
          `段落：${stats.paragraphs}`,
          `标题：${summary.sections}`,
          `预计时长：${duration}（每分钟${stats.speakingRate}字）`,
        ]
      : [
          `characters: ${formatCount(stats.characters)}`,
          `paragraphs: ${stats.paragraphs}`,
          `headings: ${summary.sections}`,
          `speaking time: ${duration} (${stats.speakingRate} chars/min)`,
        ];
  output.out(`${rows.join('\n')}\n`);
  return 0;
}

interface JsonDiagnostic {
  rule: string;
  /** Which of the rule's messages this is (stable across languages): with rule and position, the finding's key. */
  messageId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  fixable: boolean;
  /** The finding's own fixes, each applied whole or not at all; positions as the finding's. */
  fixes: JsonFix[];
  /** A rewrite of the whole document it also offers (Renumber): an index into the file's `documentFixes`, written once. */
  documentFix?: number;
  /** In a Word document: the paragraph (1-based) the finding starts in; the same as line unless a paragraph holds line breaks. */
  paragraph?: number;
  /** With --include-ignored: silenced by an `ignore` entry or a disable comment. */
  ignored?: true;
}

/** A setting of the file's own that could not be taken (its front matter, a disable comment): an error. */
interface JsonSettingProblem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

interface JsonFix {
  title: string;
  /** Safe fixes are the ones `--fix` applies. */
  safe: boolean;
  edits: Array<{ line: number; column: number; endLine: number; endColumn: number; newText: string }>;
}

/** One file's result: its findings, or why it could not be checked. */
interface FileResult {
  file: string;
  diagnostics: JsonDiagnostic[];
  /** The document-wide fixes its findings refer to, each once however many findings offer it. */
  documentFixes: JsonFix[];
  settingProblems?: JsonSettingProblem[];
  /** Read, and checked (a file that could not be read is not). */
  checked: boolean;
  error?: string;
  fixed?: number;
  /** Set when the fixes did not settle within fixAll's bound: a rule's bug, reported rather than hidden. */
  unstable?: boolean;
  /** A line for standard error that is no failure (--fix on a Word document). */
  note?: string;
}

/**
 * Each file is read, checked, fixed and reported on its own: one that cannot be read or written is reported and the
 * batch goes on. Exit 2 if any file failed, else 1 if any finding is an error, else 0.
 */
async function lintCommand(inputs: string[], options: Options, output: Output): Promise<number> {
  const explicitConfig = options.config === undefined ? undefined : loadRcFile(options.config);
  const expanded = expandInputs(inputs);
  const empty = expanded.filter(({ files, many }) => many && files.length === 0).map(({ input }) => input);
  const results: FileResult[] = [];
  for (const file of new Set(expanded.flatMap(({ files }) => files))) {
    results.push(lintFile(file, explicitConfig, options));
    if (options.format === 'text') output.out(textLines(results.at(-1)!));
    // Between files, a signal (Ctrl+C) is handled: never in the middle of a write.
    await new Promise((done) => setImmediate(done));
  }
  for (const input of empty) output.err(`speech-draft: ${say.noSpeechFiles(input)[options.locale]}\n`);
  for (const result of results) {
    if (result.error !== undefined) output.err(`speech-draft: ${result.error}\n`);
    if (result.unstable) output.err(`speech-draft: ${say.fixNotStable(result.file)[options.locale]}\n`);
    if (result.note !== undefined) output.err(`speech-draft: ${result.note}\n`);
  }
  if (options.format === 'json') output.out(`${JSON.stringify(results.map(toJsonResult), null, 2)}\n`);
  output.err(`${say.lintSummary(totalsOf(results))[options.locale]}\n`);
  if (empty.length > 0 || results.some((result) => result.error !== undefined)) return 2;
  const failed = ({ diagnostics, settingProblems }: FileResult): boolean =>
    (settingProblems?.length ?? 0) > 0 || diagnostics.some((d) => d.severity === 'error' && !d.ignored);
  return results.some(failed) ? 1 : 0;
}

function lintFile(file: string, explicitConfig: LintConfig | undefined, options: Options): FileResult {
  let checked = false;
  try {
    const rcFile = options.config ?? findRcFile(file);
    const found = configForFile(explicitConfig ?? loadRcFile(rcFile), pathFrom(rcFile, file));
    const config = { ...found, options: { ...found.options, speakingRate: options.rate } };
    const read = readSpeechInput(file, options.encoding);
    checked = true;
    let text = read.text;
    let fixed = 0;
    let unstable = false;
    const notes: string[] = [];
    if (read.textFile?.damagedTailAt !== undefined)
      notes.push(say.damagedUtf8End(file, read.textFile.damagedTailAt)[options.locale]);
    let writeError: string | undefined;
    if (options.fix && read.textFile) {
      const result = fixAll(text, config);
      try {
        if (result.text !== text)
          writeFileKeepingIt(file, fixedBytes(read.textFile, result.text, result.passEdits), read.textFile.bytes);
        text = result.text;
        fixed = result.fixed;
        unstable = result.unstable;
      } catch (error) {
        // Not written: the findings are those of the file as it is.
        if (!(error instanceof FileError)) throw error;
        writeError = error.text[options.locale];
      }
    } else if (options.fix) notes.push(say.cannotWrite(file, say.NO_FIX_IN_WORD)[options.locale]);
    const speech = parseSpeech(text);
    const paragraphOf = read.word?.paragraphOfLine;
    const documentFixes: JsonFix[] = [];
    const documentFixIndex = new Map<Fix, number>();
    const result = lintWithIgnored(speech, config);
    const toDiagnostic = (finding: Finding): JsonDiagnostic => {
      const whole = finding.documentFix ? documentFixOf(finding.rule, speech, result.config.options) : undefined;
      if (whole && !documentFixIndex.has(whole)) {
        documentFixIndex.set(whole, documentFixes.length);
        documentFixes.push(toJsonFix(speech, whole, options.locale));
      }
      return toJsonDiagnostic(speech, finding, options.locale, paragraphOf, whole && documentFixIndex.get(whole));
    };
    const diagnostics = result.findings.map(toDiagnostic);
    if (options.includeIgnored && options.format === 'json')
      diagnostics.push(...result.ignored.map((finding) => ({ ...toDiagnostic(finding), ignored: true as const })));
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    const settingProblems = result.problems.map(({ span, message }) => {
      const from = positionIn(speech, span.start);
      const to = positionIn(speech, span.end);
      return {
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        message: message[options.locale],
      };
    });
    return {
      file,
      diagnostics,
      documentFixes,
      ...(settingProblems.length > 0 ? { settingProblems } : {}),
      checked,
      fixed,
      unstable,
      error: writeError,
      note: notes.length > 0 ? notes.join('\n') : undefined,
    };
  } catch (error) {
    if (error instanceof FileError || error instanceof UsageError)
      return { file, diagnostics: [], documentFixes: [], checked, error: error.text[options.locale] };
    // A fault of ours on one file is reported as that file's failure: the batch goes on.
    return {
      file,
      diagnostics: [],
      documentFixes: [],
      checked,
      error: say.internalError(file, errorLine(error))[options.locale],
    };
  }
}

function errorLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

function textLines({ file, diagnostics, settingProblems = [] }: FileResult): string {
  const problems = settingProblems.map((p) => `${file}:${p.line}:${p.column}: error settings ${p.message}\n`).join('');
  return problems + diagnosticLines(file, diagnostics);
}

function diagnosticLines(file: string, diagnostics: readonly JsonDiagnostic[]): string {
  // A Word document's paragraph is named when it differs from the line (a paragraph with line breaks before it).
  const where = (d: JsonDiagnostic): string =>
    d.paragraph !== undefined && d.paragraph !== d.line ? ` (¶${d.paragraph})` : '';
  return diagnostics
    .map((d) => `${file}:${d.line}:${d.column}:${where(d)} ${d.severity} ${d.rule} ${d.message}\n`)
    .join('');
}

function toJsonResult(result: FileResult): object {
  if (result.error !== undefined) return { file: result.file, error: result.error, diagnostics: result.diagnostics };
  return {
    file: result.file,
    diagnostics: result.diagnostics,
    ...(result.documentFixes.length > 0 ? { documentFixes: result.documentFixes } : {}),
    ...(result.settingProblems ? { settingProblems: result.settingProblems } : {}),
  };
}

function totalsOf(results: readonly FileResult[]): LintTotals {
  const totals: LintTotals = { files: 0, errors: 0, warnings: 0, infos: 0, fixed: 0, unread: 0, unwritten: 0 };
  for (const result of results) {
    if (result.checked) totals.files++;
    if (result.error !== undefined) totals[result.checked ? 'unwritten' : 'unread']++;
    totals.fixed += result.fixed ?? 0;
    totals.errors += result.settingProblems?.length ?? 0;
    for (const { severity, ignored } of result.diagnostics) {
      if (ignored) continue;
      if (severity === 'error') totals.errors++;
      else if (severity === 'warning') totals.warnings++;
      else totals.infos++;
    }
  }
  return totals;
}

/** 1-based line and column of an offset of the speech's text. */
function positionIn(speech: ParsedSpeech, offset: number): { line: number; column: number } {
  const index = lineIndexAt(speech.lines, offset);
  return { line: index + 1, column: offset - speech.lines[index].start + 1 };
}

function toJsonFix(speech: ParsedSpeech, fix: Fix, locale: Locale): JsonFix {
  return {
    title: fix.title[locale],
    safe: fix.safe,
    edits: fix.edits.map((edit) => {
      const from = positionIn(speech, edit.start);
      const to = positionIn(speech, edit.end);
      return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, newText: edit.newText };
    }),
  };
}

function toJsonDiagnostic(
  speech: ParsedSpeech,
  diagnostic: Finding,
  locale: Locale,
  paragraphOfLine?: readonly number[],
  documentFix?: number,
): JsonDiagnostic {
  const start = positionIn(speech, diagnostic.span.start);
  const end = positionIn(speech, diagnostic.span.end);
  const fixes = placedFixes(diagnostic).map((fix) => toJsonFix(speech, fix, locale));
  return {
    rule: diagnostic.rule,
    messageId: diagnostic.messageId,
    severity: diagnostic.severity,
    message: diagnostic.message[locale],
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    text: speech.text.slice(diagnostic.span.start, diagnostic.span.end),
    fixable: fixes.length > 0 || documentFix !== undefined,
    fixes,
    ...(documentFix !== undefined ? { documentFix } : {}),
    ...(paragraphOfLine ? { paragraph: paragraphOfLine[start.line - 1] + 1 } : {}),
  };
}

/** `file`'s path from the folder of `rcFile`, / between parts (how an `ignore` entry names a file). */
function pathFrom(rcFile: string | undefined, file: string): string | undefined {
  if (rcFile === undefined) return undefined;
  const inside = relative(dirname(resolve(rcFile)), resolve(file));
  return inside.startsWith('..') ? undefined : inside.split(sep).join('/');
}

/** The nearest .speechdraftrc.json in the file's folder or above it. */
function findRcFile(file: string): string | undefined {
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    const candidate = join(dir, RC_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function loadRcFile(path: string | undefined): LintConfig {
  return withTypoChecker(readRcConfig(path));
}

/** The configuration of a .speechdraftrc.json (the defaults without one), without the typo rule's lexicon. */
function readRcConfig(path: string | undefined): LintConfig {
  if (path === undefined) return mergeConfigs();
  const { config, problem } = parseRcFile(readTextFile(path).text);
  if (problem)
    throw new UsageError(say.configProblem(path, { en: problem.message.en, 'zh-cn': problem.message['zh-cn'] }));
  return mergeConfigs(config);
}

let typoChecker: TypoChecker | null | undefined;

/** The typo data file's path beside the bundle, or in data/ when the CLI runs from its sources. */
function typoDataFile(name: string): string | undefined {
  return [join(__dirname, name), join(__dirname, '..', '..', 'data', name)].find((candidate) => existsSync(candidate));
}

/**
 * The configuration with the typo rule's checker (its model and candidates read once), unless the rule is off;
 * without the files, the rule reports nothing and one line says why.
 */
function withTypoChecker(config: LintConfig): LintConfig {
  if (config.rules.typo === 'off') return config;
  if (typoChecker === undefined) {
    const model = typoDataFile(TYPO_MODEL_FILE);
    const candidates = typoDataFile(TYPO_CANDIDATES_FILE);
    typoChecker = model && candidates ? TypoChecker.from(readFileSync(model), readFileSync(candidates, 'utf8')) : null;
    if (!typoChecker)
      process.stderr.write(
        `speech-draft: ${TYPO_MODEL_FILE} or ${TYPO_CANDIDATES_FILE} is missing beside ${__filename}: typos are not checked\n`,
      );
  }
  return typoChecker ? { ...config, options: { ...config.options, typoChecker } } : config;
}

async function exportCommand(
  file: string,
  values: {
    profile?: string;
    pinyin?: string;
    title?: string;
    output?: string;
    config?: string;
    encoding?: string;
    'allow-placeholders'?: boolean;
  },
  locale: Locale,
  output: Output,
): Promise<number> {
  const profileName = values.profile ?? 'official';
  if (profileName !== 'official' && profileName !== 'reading' && profileName !== 'review')
    throw new UsageError(say.badProfile(profileName));
  const pinyin = PINYIN_MODES.find((mode) => mode === (values.pinyin ?? 'curated'));
  if (!pinyin) throw new UsageError(say.badPinyin(values.pinyin ?? ''));
  if (!values.output) throw new UsageError(withHelp(say.MISSING_OUTPUT));
  readBytes(file);
  refuseSameFile(values.output, file);
  const input = readSpeechInput(file, readEncoding(values.encoding));
  const speech = parseSpeech(input.text);
  const config = loadRcFile(values.config ?? findRcFile(file));
  if (profileName === 'review') {
    const findings = lint(speech, config).map((finding) => ({
      finding,
      text: commentText(finding, fixesOf(finding, speech, config.options), locale),
    }));
    const review = input.word
      ? reviewOfWord(file, input.bytes, input.word, findings, speech, locale)
      : await reviewCopyOfText(speech, findings, PROFILES.official, { locale });
    writeFileKeepingIt(values.output, review.docx);
    output.err(`${say.exportedReview(values.output, review.comments)[locale]}\n`);
    return 0;
  }
  if (!values['allow-placeholders']) warnAboutPlaceholders(file, speech, config, locale, output);
  const fallbackTitle = values.title ?? titleFromFileName(basename(file));
  const docx = await speechToDocx(speech, {
    profile: PROFILES[profileName],
    fallbackTitle,
    aids: { pinyin, options: config.options },
  });
  writeFileKeepingIt(values.output, docx);
  const characters = formatCount(statsOf(speech, DEFAULT_SPEAKING_RATE).characters);
  output.err(`${say.exported(values.output, profileName, characters)[locale]}\n`);
  return 0;
}

/** The review copy of a Word document; a part the reader did not need that turns out damaged or a bomb is the file's failure. */
function reviewOfWord(
  file: string,
  bytes: Uint8Array,
  word: WordText,
  findings: ReadonlyArray<{ finding: Finding; text: string }>,
  speech: ParsedSpeech,
  locale: Locale,
): { docx: Uint8Array; comments: number } {
  try {
    return reviewCopyOfDocx(bytes, word, findings, speech, { locale });
  } catch (error) {
    if (error instanceof WordError) throw new FileError(say.cannotRead(file, say.WORD_PROBLEMS[error.problem]));
    throw error;
  }
}

/** Unfilled placeholders would be read out from the printed copy: say so on stderr (the export still happens). */
function warnAboutPlaceholders(
  file: string,
  speech: ParsedSpeech,
  config: LintConfig,
  locale: Locale,
  output: Output,
): void {
  const placeholders = unfilledPlaceholders(speech, lint(speech, config));
  if (placeholders.length === 0) return;
  const { headline, list } = placeholderWarning(placeholders, locale);
  output.err(
    `speech-draft: ${say.placeholderExportWarning(file, { en: headline, 'zh-cn': headline }, list)[locale]}\n`,
  );
}

/** A closed pipe is no error worth a stack trace: the stream is marked closed and the work goes on. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
      closedStreams.add(stream);
    });
  }
}

if (require.main === module) {
  quietOnClosedPipe();
  void mainAsync(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
