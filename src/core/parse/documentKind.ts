/**
 * What kind of document a text is: a speech (讲话, 致辞, 发言, 主持词 …), a report (工作报告, 情况报告, 汇报), a plan or
 * opinion (方案, 思路, 要点, 意见 …) or a message (献词, 贺信). Rules that only make sense for a speech (its
 * salutation and its closing) run only on speeches. The writer's word wins: `kind:` in the front matter, then the
 * setting; else the title's head noun (a Chinese title ends in what the document is: 在全市工作会议上的讲话,
 * 2025年政府工作报告, 关于实施乡村振兴战略的意见), else what the opening says (现就……提出如下意见), else a speech.
 */

import { foldForAnalysis } from '../language/simplified';
import type { FrontMatter } from './frontMatter';
import type { Line } from '../language/text';

export type DocumentKind = 'speech' | 'report' | 'plan' | 'message';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['speech', 'report', 'plan', 'message'];

/** Where the kind came from: the writer (front matter, setting), the title, the opening, or no sign at all. */
export type KindSource = 'front-matter' | 'setting' | 'title' | 'opening' | 'default';

export interface KindInfo {
  kind: DocumentKind;
  source: KindSource;
  /** The words that decided it (the title's head noun, the opening's formula), for the outline's tooltip. */
  evidence?: string;
}

/** The kinds' names in both display languages, for the outline and messages. */
export const KIND_NAMES: Readonly<Record<DocumentKind, { 'zh-cn': string; en: string }>> = {
  speech: { 'zh-cn': '讲话稿', en: 'Speech' },
  report: { 'zh-cn': '报告', en: 'Report' },
  plan: { 'zh-cn': '方案·意见', en: 'Plan or opinion' },
  message: { 'zh-cn': '献词·贺信', en: 'Message' },
};

/** The words a writer may give as `kind:` (English ids, or the Chinese of the genre). */
const KIND_WORDS: ReadonlyArray<[RegExp, DocumentKind]> = [
  [/^(?:speech|讲话|讲话稿|致辞|发言|发言稿|主持词|演讲|演讲稿|讲稿)$/i, 'speech'],
  [/^(?:report|报告|工作报告|情况报告|汇报)$/i, 'report'],
  [/^(?:plan|opinion|方案|意见|思路|要点|规划|计划|公文)$/i, 'plan'],
  [/^(?:message|献词|贺信|贺词|贺电)$/i, 'message'],
];

/** The kind a writer's word names, or undefined when it names none. */
function kindFromWord(word: string | undefined): DocumentKind | undefined {
  if (word === undefined) return undefined;
  const trimmed = word.trim();
  return KIND_WORDS.find(([pattern]) => pattern.test(trimmed))?.[1];
}

/**
 * The head nouns of titles, each with its kind. The last one in the title decides: 在全市经济工作会议上的讲话要点
 * is a plan of points, 在市人民代表大会上的政府工作报告 a report. The genres of 《党政机关公文处理工作条例》 (2012, art.
 * 8) that are no report (批复, 函, 通报, 命令…) and the rules a government issues (条例, 规定, 预案) read as plans: none is
 * a speech.
 */
const HEAD_NOUN =
  /(讲话稿|讲话|致辞|答谢词|欢迎词|开幕词|闭幕词|主持词|发言稿|发言|演讲稿|演讲|讲稿|党课|动员令|工作报告|情况报告|调研报告|述职报告|报告|汇报材料|汇报|工作总结|总结|实施方案|工作方案|方案|工作思路|思路|工作要点|要点|实施意见|指导意见|意见|规划|计划|办法|细则|通知|决定|纲要|措施|新年献词|献词|贺信|贺词|贺电|慰问信|批复|复函|函|通报|通告|公告|公报|决议|纪要|请示|议案|命令|国务院令|政府令|条例|规定|预案|章程)/g;

function kindOfHeadNoun(noun: string): DocumentKind {
  if (/讲话|致辞|词$|发言|演讲|讲稿|党课|动员令/.test(noun) && !/献词|贺词/.test(noun)) return 'speech';
  if (/报告|汇报|总结/.test(noun)) return 'report';
  if (/献词|贺信|贺词|贺电|慰问信/.test(noun)) return 'message';
  return 'plan';
}

/** The opening formulas of documents that are not speeches. */
const OPENINGS: ReadonlyArray<[RegExp, DocumentKind]> = [
  [
    /现(?:(?:就|将)[^。]{0,60})?(?:提出|制定)(?:如下|以下)(?:意见|方案|措施)|特(?:提出|制定)(?:如下|以下)(?:意见|方案|措施)|特制定本(?:方案|办法|细则)|制定本(?:方案|办法)|结合[^。]{0,30}实际，制定本/,
    'plan',
  ],
  [/现将[^。]{0,60}(?:情况|工作)(?:汇报|报告)如下|现就[^。]{0,40}(?:汇报|报告)如下/, 'report'],
];

/** Blanks between two Chinese characters. */
const SPACED_HAN = /(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu;
/** A title line: short, with no sentence punctuation. */
const TITLE_LINE = /^[^。！？!?；;]{2,60}$/;
/** How many lines from the top a title or an opening formula is looked for in. */
const LOOK_WITHIN = 12;

/** What the parse knows of a line that the kind depends on. */
interface KindLines {
  /** No part of the text: front matter, web residue. */
  skip(line: Line): boolean;
  isHeading(line: Line): boolean;
  /** The salutation's line (同志们：), if the text has one: a title stands above it. */
  salutationLine: number | undefined;
}

/** The kind of a document from its own text. */
export function detectKind(lines: readonly Line[], frontMatter: FrontMatter | undefined, context: KindLines): KindInfo {
  const word = frontMatter?.fields.kind ?? frontMatter?.fields['类型'] ?? frontMatter?.fields['文种'];
  const given = kindFromWord(word);
  if (given) return { kind: given, source: 'front-matter', evidence: word };
  const top: string[] = [];
  const titleLines: string[] = [];
  let inTitle = true;
  for (const line of lines) {
    if (top.length >= LOOK_WITHIN) break;
    if (context.skip(line)) continue;
    // A title set with a space between its characters (国 家 粮 食 应 急 预 案 的 函) reads without them.
    const text = foldForAnalysis(line.text.trim().replace(/^#+\s*|\*\*/g, '')).replace(SPACED_HAN, '');
    if (text === '') continue;
    // The title stands above the salutation and the first heading or sentence, in the first lines.
    if (
      line.index === context.salutationLine ||
      context.isHeading(line) ||
      !TITLE_LINE.test(text) ||
      titleLines.length >= MAX_TITLE_LINES
    )
      inTitle = false;
    if (inTitle) titleLines.push(text);
    top.push(text);
  }
  const noun = titleLines.map(headNoun).find((found) => found !== undefined);
  if (noun) return { kind: kindOfHeadNoun(noun), source: 'title', evidence: noun };
  const opening = top.join('\n');
  for (const [pattern, kind] of OPENINGS) {
    const found = pattern.exec(opening);
    if (found) return { kind, source: 'opening', evidence: found[0] };
  }
  return { kind: 'speech', source: 'default' };
}

/** A title, its subtitle and the line of its date or speaker. */
const MAX_TITLE_LINES = 3;

/**
 * The head noun that ends a title (before a bracketed note: （讨论稿）, （2025年1月15日）), or undefined. A line that
 * speaks (我讲三点意见, 下面谈两点要求) is no title.
 */
function headNoun(title: string): string | undefined {
  const bare = title
    .replace(/[（(][^（）()]{0,20}[）)]$/, '')
    .replace(/[：:]$/, '')
    .trim();
  if (SPOKEN.test(bare)) return undefined;
  let last: RegExpExecArray | undefined;
  HEAD_NOUN.lastIndex = 0;
  for (let match = HEAD_NOUN.exec(bare); match; match = HEAD_NOUN.exec(bare)) last = match;
  return last && last.index + last[0].length === bare.length ? last[0] : undefined;
}

/** Words of a sentence spoken to an audience, never of a title. */
const SPOKEN = /我|咱们|下面|今天|刚才|大家/;

/**
 * The kind the rules go by: the file's own front matter, then the setting (`setting`: undefined is auto), then what
 * the text says of itself.
 */
export function effectiveKind(kind: KindInfo, setting: DocumentKind | undefined): KindInfo {
  if (kind.source === 'front-matter' || setting === undefined) return kind;
  return { kind: setting, source: 'setting' };
}
