/** speech-draft: the command-line interface over the core. */

import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildOutline,
  computeStats,
  DEFAULT_SPEAKING_RATE,
  formatCount,
  formatDuration,
  fixAll,
  formatSummary,
  lineIndexAt,
  lint,
  localeOf,
  mergeConfigs,
  parseRcFile,
  parseSpeech,
  RC_FILE_NAME,
  toOutlineJson,
  type LintConfig,
  type LintDiagnostic,
  type Locale,
  type OutlineNode,
  type ParsedSpeech,
  PROFILES,
  titleFromFileName,
} from './core';
import { speechToDocx } from './export/docx';

declare const SPEECH_DRAFT_VERSION: string | undefined;

/** A usage or input error: one line on stderr, exit code 2. */
class UsageError extends Error {}

const USAGE = `Usage: speech-draft <command> [options] FILE...

Commands:
  outline FILE        the section tree from the heading numbering (一、 （一） 1. （1） and 一是/二是 items)
  stats FILE          character count and speaking time
  lint FILE...        unfilled placeholders, punctuation, numbering; exit 1 when a finding is an error
  export FILE -o OUT.docx
                      the speech as a Word document in the official-document format (GB/T 9704) or as a reading copy

Options:
  --format text|json   output format (default: text)
  --rate N             speaking rate in characters a minute (default: ${DEFAULT_SPEAKING_RATE})
  --fix                lint: apply the safe fixes in place, keeping line endings and BOM
  --config FILE        lint: a ${RC_FILE_NAME} to use instead of the nearest one above each FILE
  --profile NAME       export: official (default) or reading
  --title TEXT         export: the title, when the speech has no title line (default: the file name)
  -o, --output FILE    export: where to write the .docx
  -h, --help           show this help
  -v, --version        show the version`;

interface Options {
  format: 'text' | 'json';
  rate: number;
  locale: Locale;
  fix: boolean;
  config?: string;
}

export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): number {
  try {
    const result = run(argv, env);
    if (typeof result === 'number') return result;
    throw new UsageError('this command finishes asynchronously: use mainAsync');
  } catch (error) {
    return usageExit(error);
  }
}

/** main() for every command, including export, which writes its file asynchronously. */
export async function mainAsync(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    return await run(argv, env);
  } catch (error) {
    return usageExit(error);
  }
}

function usageExit(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`speech-draft: ${error.message}\n`);
    return 2;
  }
  throw error;
}

function run(argv: string[], env: NodeJS.ProcessEnv): number | Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${typeof SPEECH_DRAFT_VERSION === 'string' ? SPEECH_DRAFT_VERSION : 'dev'}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  const options = readOptions(values, env);
  switch (command) {
    case 'outline':
      return outlineCommand(singleFile(files), options);
    case 'stats':
      return statsCommand(singleFile(files), options);
    case 'lint':
      if (files.length === 0) throw new UsageError('missing FILE; see --help');
      return lintCommand(files, options);
    case 'export':
      return exportCommand(singleFile(files), values);
    case undefined:
      throw new UsageError('missing command (outline, stats, lint, export); see --help');
    default:
      throw new UsageError(`unknown command '${command}' (outline, stats, lint, export); see --help`);
  }
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        rate: { type: 'string' },
        fix: { type: 'boolean' },
        config: { type: 'string' },
        profile: { type: 'string' },
        title: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; see --help`);
  }
}

function readOptions(values: { format?: string; rate?: string; fix?: boolean; config?: string }, env: NodeJS.ProcessEnv): Options {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format must be text or json, not '${format}'`);
  }
  const rate = values.rate === undefined ? DEFAULT_SPEAKING_RATE : Number(values.rate);
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new UsageError(`--rate must be a positive number of characters a minute, not '${values.rate}'`);
  }
  return { format, rate, locale: localeOf(env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE), fix: values.fix ?? false, config: values.config };
}

function singleFile(files: string[]): string {
  if (files.length === 0) throw new UsageError('missing FILE; see --help');
  if (files.length > 1) throw new UsageError(`expected one FILE, got ${files.length}`);
  return files[0];
}

/** Reads a UTF-8 text file, without its BOM. */
export function readSpeechFile(file: string): string {
  const text = readUtf8(file);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a UTF-8 text file as it is, BOM included. */
function readUtf8(file: string): string {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new UsageError(`cannot read '${file}': no such file`);
  }
  if (stats.isDirectory()) throw new UsageError(`cannot read '${file}': it is a directory`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
  let text: string;
  try {
    // ignoreBOM keeps the BOM in the text, so --fix can write it back.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(`cannot read '${file}': not valid UTF-8 text`);
  }
  return text;
}

function outlineCommand(file: string, options: Options): number {
  const outline = buildOutline(parseSpeech(readSpeechFile(file)), options.rate);
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ file, outline: toOutlineJson(outline) }, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    const visit = (node: OutlineNode, depth: number): void => {
      const where = options.locale === 'zh-cn' ? `第${node.line + 1}行` : `line ${node.line + 1}`;
      lines.push(`${'  '.repeat(depth)}${node.marker}${node.title}  [${where} · ${formatSummary(node.characters, node.speakingSeconds, options.locale)}]`);
      node.children.forEach((child) => visit(child, depth + 1));
    };
    outline.forEach((node) => visit(node, 0));
    process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  }
  return 0;
}

function statsCommand(file: string, options: Options): number {
  const speech = parseSpeech(readSpeechFile(file));
  const stats = computeStats(speech.text, options.rate, speech.paragraphs.length);
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
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  }
  const duration = formatDuration(stats.speakingSeconds, options.locale);
  const rows = options.locale === 'zh-cn'
    ? [`字数：${formatCount(stats.characters)}`, `段落：${stats.paragraphs}`, `标题：${summary.sections}`, `预计时长：${duration}（每分钟${stats.speakingRate}字）`]
    : [`characters: ${formatCount(stats.characters)}`, `paragraphs: ${stats.paragraphs}`, `headings: ${summary.sections}`, `speaking time: ${duration} (${stats.speakingRate} chars/min)`];
  process.stdout.write(`${rows.join('\n')}\n`);
  return 0;
}

interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  fixable: boolean;
}

function lintCommand(files: string[], options: Options): number {
  const explicitConfig = options.config === undefined ? undefined : loadRcFile(options.config);
  const results: Array<{ file: string; diagnostics: JsonDiagnostic[] }> = [];
  for (const file of files) {
    const config = explicitConfig ?? loadRcFile(findRcFile(file));
    const raw = readUtf8(file);
    const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    let text = bom ? raw.slice(1) : raw;
    if (options.fix) {
      const fixed = fixAll(text, config).text;
      if (fixed !== text) writeAtomically(file, bom + fixed);
      text = fixed;
    }
    const speech = parseSpeech(text);
    results.push({ file, diagnostics: lint(speech, config).map((d) => toJsonDiagnostic(speech, d, options.locale)) });
  }
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const lines = results.flatMap(({ file, diagnostics }) =>
      diagnostics.map((d) => `${file}:${d.line}:${d.column}: ${d.severity} ${d.rule} ${d.message}`),
    );
    process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  }
  return results.some(({ diagnostics }) => diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function toJsonDiagnostic(speech: ParsedSpeech, diagnostic: LintDiagnostic, locale: Locale): JsonDiagnostic {
  const position = (offset: number): { line: number; column: number } => {
    const index = lineIndexAt(speech.lines, offset);
    return { line: index + 1, column: offset - speech.lines[index].start + 1 };
  };
  const start = position(diagnostic.span.start);
  const end = position(diagnostic.span.end);
  return {
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: diagnostic.message[locale],
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    text: speech.text.slice(diagnostic.span.start, diagnostic.span.end),
    fixable: diagnostic.fixes.length > 0,
  };
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
  if (path === undefined) return mergeConfigs();
  const { config, problem } = parseRcFile(readUtf8(path));
  if (problem) throw new UsageError(`${path}: ${problem.message.en}`);
  return mergeConfigs(config);
}

/** Writes through a temporary file and a rename, so an interrupted run never leaves half a file. */
function writeAtomically(file: string, text: string | Uint8Array): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, existsSync(file) ? { mode: statSync(file).mode } : {});
    renameSync(temporary, file);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw new UsageError(`cannot write '${file}': ${(error as NodeJS.ErrnoException).code ?? 'write error'}`);
  }
}

async function exportCommand(file: string, values: { profile?: string; title?: string; output?: string }): Promise<number> {
  const profileName = values.profile ?? 'official';
  if (profileName !== 'official' && profileName !== 'reading') throw new UsageError(`--profile must be official or reading, not '${profileName}'`);
  if (!values.output) throw new UsageError('missing -o OUT.docx; see --help');
  const speech = parseSpeech(readSpeechFile(file));
  const fallbackTitle = values.title ?? titleFromFileName(basename(file));
  const docx = await speechToDocx(speech, { profile: PROFILES[profileName], fallbackTitle });
  writeAtomically(values.output, docx);
  return 0;
}

if (require.main === module) {
  void mainAsync(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
