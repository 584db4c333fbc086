/** speech-draft: the command-line interface over the core. */

import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  buildOutline,
  computeStats,
  DEFAULT_SPEAKING_RATE,
  formatCount,
  formatDuration,
  formatSummary,
  localeOf,
  parseSpeech,
  toOutlineJson,
  type Locale,
  type OutlineNode,
} from './core';

declare const SPEECH_DRAFT_VERSION: string | undefined;

/** A usage or input error: one line on stderr, exit code 2. */
class UsageError extends Error {}

const USAGE = `Usage: speech-draft <command> [options] FILE

Commands:
  outline   the section tree from the heading numbering (一、 （一） 1. （1） and 一是/二是 items)
  stats     character count and speaking time

Options:
  --format text|json   output format (default: text)
  --rate N             speaking rate in characters a minute (default: ${DEFAULT_SPEAKING_RATE})
  -h, --help           show this help
  -v, --version        show the version`;

interface Options {
  format: 'text' | 'json';
  rate: number;
  locale: Locale;
}

export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): number {
  try {
    return run(argv, env);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`speech-draft: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function run(argv: string[], env: NodeJS.ProcessEnv): number {
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
    case undefined:
      throw new UsageError('missing command (outline, stats); see --help');
    default:
      throw new UsageError(`unknown command '${command}' (outline, stats); see --help`);
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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; see --help`);
  }
}

function readOptions(values: { format?: string; rate?: string }, env: NodeJS.ProcessEnv): Options {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format must be text or json, not '${format}'`);
  }
  const rate = values.rate === undefined ? DEFAULT_SPEAKING_RATE : Number(values.rate);
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new UsageError(`--rate must be a positive number of characters a minute, not '${values.rate}'`);
  }
  return { format, rate, locale: localeOf(env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE) };
}

function singleFile(files: string[]): string {
  if (files.length === 0) throw new UsageError('missing FILE; see --help');
  if (files.length > 1) throw new UsageError(`expected one FILE, got ${files.length}`);
  return files[0];
}

/** Reads a UTF-8 text file, without its BOM. */
export function readSpeechFile(file: string): string {
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
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`cannot read '${file}': not valid UTF-8 text`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
