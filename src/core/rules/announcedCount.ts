/** Rule `announced-count`: 讲三点意见 must be followed by three sections or items (seed 002 announces three and has two). */

import { foldForAnalysis } from '../language/simplified';
import { isBlankChar } from '../language/chars';
import { formatChineseNumeral, parseArabicNumeral, parseChineseNumeral } from '../language/numerals';
import { itemRuns, listStyleOf, type ItemRun } from '../parse/sequences';
import { execAll, sentenceEndFrom } from '../language/text';
import type { ParsedSpeech, Section } from '../parse/types';
import { documentRule, type DocumentContext } from './types';

/**
 * A count and what is counted: 三点（意见）, 3点, 三个方面, 三方面, 三条, 三项, 三种（能力）, 三个问题, 三句话, 三件事.
 * 几点 announces nothing; neither does 一点 (多学一点, 一点一滴).
 */
const ANNOUNCEMENT = /([两二三四五六七八九十]|[2-9２-９])(点|个方面|方面|条|项|种|个问题|句话|件事|个重点)/g;
/** A count in simplified or traditional characters (三點, 兩個方面), to tell the lines worth folding. */
const ANNOUNCEMENT_ANYWHERE =
  /(?:[两兩二三四五六七八九十]|[2-9２-９])(?:点|點|个方面|個方面|方面|条|條|项|項|种|種|个问题|個問題|句话|句話|件事|个重点|個重點)/;
/** The announcement ends its sentence soon after the count: 讲三点意见。 / 强调以下三个方面： / 提高“三种能力”。 */
const SENTENCE_END = /[。：:！!；;]/;
const MAX_TAIL = 12;
/**
 * Words that announce what follows; 去年在三个方面取得了进展 only sums up. 提 announces as 提出 or right before the count
 * (我提三点要求), not inside 提高 or 提升 (提高残疾人两项补贴标准).
 */
const ANNOUNCING =
  /讲|谈|提出|提$|强调|说|汇报|概括|归纳|以下|下面|如下|从|抓好|抓住|做好|把握|突出|注重|着力|包括|主要有|重点|需要|做到|处理好|坚持|实现/;
/** A count right after these sums up what was just listed or said: 经济发展、创新驱动等5个方面, 上述三个方面. */
const SUMMING_UP = /(?:等|这|上述|以上|前述)$/;
/** 上午十点, 九点半, 两点一线: a time or an idiom, not a count. */
const TIME_BEFORE = /(上午|下午|晚上|早上|凌晨|中午|傍晚|今天|明天|每天|当天|于)$/;
const NOT_A_COUNT_AFTER = /^[钟半整过分一二三四五六七八九十零0-9]/;

export const announcedCount = documentRule<readonly Announcement[]>({
  meta: {
    id: 'announced-count',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn':
        '宣布的数目与后文不符：如“讲三点意见”之后只有两个部分。修复时按实际数目改写宣布的数字，写法不变（三或3）。',
      en: 'A count that does not match what follows: 讲三点意见 followed by two sections. The fix rewrites the announced number, the way it was written (三 or 3).',
    },
    messages: {
      mismatch: {
        'zh-cn': '宣布了「{announced}」，后面实际有{actualInWords}{measure}。',
        en: '「{announced}」 announces {count}, but {actual} follow.',
      },
    },
    docs: 'announced-count',
    tags: ['structure', 'numbers'],
    summary: {
      'zh-cn': '宣布“讲三点意见”，后文部分数不符。',
      en: '讲三点意见 followed by a different number of parts.',
    },
    catches: '`讲三点意见` followed by two sections',
    fixSummary: 'write `两点`',
  },
  reads: 'outline',
  perLine: announcementsIn,
  check({ speech, report, perLine }: DocumentContext<readonly Announcement[]>): void {
    const found: Array<{ match: Announcement; start: number }> = [];
    for (const paragraph of speech.paragraphs) {
      const { start } = speech.lines[paragraph.line];
      for (const match of perLine(paragraph.line)) found.push({ match, start: start + match.index });
    }
    if (found.length === 0) return;
    const runs = runsByOwner(speech);
    const counts = new SameStyleCounts();
    for (let i = 0; i < found.length; i++) {
      const { match, start } = found[i];
      const announced = parseCount(match[1]);
      const parts = countAfter(speech, runs, start, counts);
      // Another count announced before these parts begin is theirs (重点把握好四个方面 over four lines of ——, then
      // 具体抓好八个方面 over （一）…（八）): this one's parts are something the outline does not number.
      const nextStart = found[i + 1]?.start ?? Infinity;
      if (parts === undefined || announced === undefined || parts.from > nextStart) continue;
      const actual = parts.count;
      if (actual === announced) continue;
      const written = writeCountLike(actual, match[1]);
      report({
        start,
        end: start + match[0].length,
        messageId: 'mismatch',
        data: {
          announced: match[0],
          count: announced,
          actual,
          actualInWords: actual === 2 ? '两' : formatChineseNumeral(actual),
          measure: match[2],
        },
        fix: {
          title: 'changeTo',
          data: { to: written + match[2] },
          edits: [{ start, end: start + match[1].length, newText: written }],
          safe: false,
        },
      });
    }
  },
});

interface Announcement {
  index: number;
  /** The whole count phrase, the numeral, and the measure word, as in a RegExp match. */
  0: string;
  1: string;
  2: string;
}

const NO_ANNOUNCEMENTS: readonly Announcement[] = []; // Not frozen: see NO_MATCHES in text.ts.

/** The count phrases of a line that announce something (the line's text alone decides): remembered per line. */
function announcementsIn(written: string): readonly Announcement[] {
  if (!ANNOUNCEMENT_ANYWHERE.test(written)) return NO_ANNOUNCEMENTS;
  // 我講三點意見 reads as 我讲三点意见 (folded only on the few lines that hold a count); what is reported and
  // rewritten is the text as written.
  const text = foldForAnalysis(written);
  let found: Announcement[] | undefined;
  // Where the sentence of each match starts, found walking forward once along the line, not back from every match.
  let sentenceStart = 0;
  let nextEnd = sentenceEndFrom(text, 0);
  for (const match of execAll(ANNOUNCEMENT, text)) {
    const index = match.index ?? 0;
    while (nextEnd < index) {
      sentenceStart = nextEnd + 1;
      nextEnd = sentenceEndFrom(text, sentenceStart);
    }
    if (!endsSentenceSoon(text, index + match[0].length)) continue;
    if (isHanNumeralBefore(text, index) || !isAnnouncement(text, sentenceStart, index, match[0].length, match[2]))
      continue;
    const numeralEnd = index + match[1].length;
    (found ??= []).push({
      index,
      0: written.slice(index, index + match[0].length),
      1: written.slice(index, numeralEnd),
      2: written.slice(numeralEnd, index + match[0].length),
    });
  }
  return found ?? NO_ANNOUNCEMENTS;
}

function endsSentenceSoon(text: string, from: number): boolean {
  for (let i = from; i < Math.min(text.length, from + MAX_TAIL); i++) {
    if (SENTENCE_END.test(text[i])) return true;
  }
  return from + MAX_TAIL >= text.length && text.slice(from).trim().length <= MAX_TAIL;
}

/**
 * How far before the count the announcing word may stand (下面，我就办好这次培训班讲三点意见 has it right there): a
 * bound, so a long unpunctuated line with many counts is not read back to its start once a count.
 */
const ANNOUNCING_WITHIN = 40;

function isAnnouncement(text: string, sentenceStart: number, index: number, length: number, measure: string): boolean {
  const before = text.slice(Math.max(sentenceStart, index - ANNOUNCING_WITHIN), index);
  if (SUMMING_UP.test(before)) return false;
  if (measure === '点' && (TIME_BEFORE.test(before) || NOT_A_COUNT_AFTER.test(text.slice(index + length))))
    return false;
  return ANNOUNCING.test(before);
}

/**
 * The match caught only the end of a larger number: 十三点 is no count of three, 17条 none of seven, 2.5万项 none
 * of five; and 第二项 (进行第二项) is an ordinal.
 */
function isHanNumeralBefore(text: string, index: number): boolean {
  return (
    /[一二三四五六七八九十百千万零〇第0-9０-９.．,，]/.test(text[index - 1] ?? '') &&
    !isBlankChar(text[index - 1]) &&
    !isPauseBeforeCount(text, index)
  );
}

/** A comma before a count is a pause (收到，3条意见…), except between digits (1,200条). */
function isPauseBeforeCount(text: string, index: number): boolean {
  const before = text[index - 1];
  return (before === '，' || before === ',') && !/[0-9]/.test(text[index - 2] ?? '');
}

function parseCount(numeral: string): number | undefined {
  if (numeral === '两') return 2;
  return /[0-9０-９]/.test(numeral) ? parseArabicNumeral(numeral) : parseChineseNumeral(numeral);
}

/** 2 as 两 before a measure word (两点, 两个方面), digits as digits. */
function writeCountLike(value: number, like: string): string {
  if (/[0-9]/.test(like)) return String(value);
  if (/[０-９]/.test(like))
    return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return value === 2 ? '两' : formatChineseNumeral(value);
}

/**
 * How many parts follow the announcement at `offset` in its scope: the sections at the next level when the
 * announcement stands in an introduction (before the first section, or before the first subsection of a
 * section); otherwise the run of items that comes next in the same section. Undefined when nothing enumerated
 * follows (then it was no announcement).
 */
function countAfter(
  speech: ParsedSpeech,
  runs: RunsByOwner,
  offset: number,
  counts = new SameStyleCounts(),
): { count: number; from: number } | undefined {
  const owner = innermostSection(speech.sections, offset);
  const children = owner ? owner.children : speech.sections;
  const first = firstStartingAfter(children, offset);
  const next = firstRunAfter(runs.get(owner), offset);
  const ofRun = next && { count: next.items.length, from: next.items[0].markerSpan.start };
  if (first < children.length) {
    if (ofRun && ofRun.from < children[first].span.start) return ofRun;
    return { count: counts.from(children, first), from: children[first].span.start };
  }
  return ofRun;
}

/**
 * How many of a list of sibling sections, from an index on, share that section's numbering style: counted once a
 * list, from the end, so many announcements over many sections stay linear.
 */
class SameStyleCounts {
  private readonly byList = new WeakMap<readonly Section[], Int32Array>();

  from(siblings: readonly Section[], index: number): number {
    let counts = this.byList.get(siblings);
    if (!counts) {
      counts = new Int32Array(siblings.length);
      const seen = new Map<string, number>();
      for (let i = siblings.length - 1; i >= 0; i--) {
        const style = listStyleOf(siblings[i].heading);
        const count = (seen.get(style) ?? 0) + 1;
        seen.set(style, count);
        counts[i] = count;
      }
      this.byList.set(siblings, counts);
    }
    return counts[index];
  }
}

/** The index of the first section that starts after `offset` (sections are in document order), or the length. */
function firstStartingAfter(sections: readonly Section[], offset: number): number {
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sections[mid].span.start > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Each owner's item runs (undefined: the top level), in document order. */
type RunsByOwner = Map<Section | undefined, ItemRun[]>;

function runsByOwner(speech: ParsedSpeech): RunsByOwner {
  const byOwner: RunsByOwner = new Map();
  for (const run of itemRuns(speech)) {
    const runs = byOwner.get(run.owner);
    if (runs) runs.push(run);
    else byOwner.set(run.owner, [run]);
  }
  return byOwner;
}

/** The first run that starts after `offset`, by binary search: a long draft has thousands. */
function firstRunAfter(runs: readonly ItemRun[] | undefined, offset: number): ItemRun | undefined {
  if (!runs) return undefined;
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (runs[mid].items[0].markerSpan.start > offset) high = mid;
    else low = mid + 1;
  }
  return runs[low];
}

/** The deepest section holding `offset`, found by binary search at each level. */
function innermostSection(sections: readonly Section[], offset: number): Section | undefined {
  const candidate = sections[firstStartingAfter(sections, offset) - 1];
  if (!candidate || offset > candidate.span.end) return undefined;
  return innermostSection(candidate.children, offset) ?? candidate;
}
