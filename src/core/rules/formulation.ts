/**
 * Rule `formulation`: a numbered set of official formulations spelled out with its members out of the canonical
 * order (大局意识、政治意识、核心意识、看齐意识) or, when the set is named in the same sentence, with a member missing
 * (增强“四个意识”，即政治意识、大局意识、看齐意识); a fixed formulation with one slip (以人民为中心发展思想). The
 * formulations and their sources are in ../data/formulations.ts.
 */

import { isHanChar } from '../language/chars';
import { FIXED_FORMULATIONS, NUMBERED_SETS, type FixedFormulation, type NumberedSet } from '../language/formulations';
import { CHARS } from '../parse/lineChars';
import { sentenceEndFrom } from '../language/text';
import type { LineContext, LineRule, Reporter } from './types';

/** Members written one after another, joined by 、 or 和/与/及 (with quotes around them allowed). */
const JOINER = /^[”’」]?(?:、|，|和|与|及|以及)[“‘「]?$/;

interface Found {
  member: string;
  start: number;
  end: number;
}

/** Each member's wordings, the canonical one first, with its index in the set. */
function wordingsOf(set: NumberedSet): Array<[string, number]> {
  return [
    ...set.members.map((member, index): [string, number] => [member, index]),
    ...Object.entries(set.alternates ?? {}),
  ];
}

/** Each member's set and index, by any of its wordings. */
const SET_OF = new Map<string, NumberedSet>(
  NUMBERED_SETS.flatMap((set) => wordingsOf(set).map(([member]) => [member, set] as const)),
);
const INDEX_OF = new Map<string, number>(NUMBERED_SETS.flatMap((set) => wordingsOf(set)));

/** The members found at each marker, longest first, with where the marker stands in each. */
const MEMBERS_AT = new Map<string, Array<{ member: string; offset: number }>>();
for (const set of NUMBERED_SETS) {
  for (const [member] of wordingsOf(set)) {
    const marker = set.markers.find((candidate) => member.includes(candidate));
    if (marker === undefined) throw new Error(`formulation: ${member} holds no marker of ${set.name}`);
    const list = MEMBERS_AT.get(marker) ?? [];
    list.push({ member, offset: member.indexOf(marker) });
    MEMBERS_AT.set(
      marker,
      list.sort((a, b) => b.member.length - a.member.length),
    );
  }
}

/**
 * A list needs two members side by side: the end of one, a joiner, the start of another. One test of the line for that
 * rules out nearly every line before the members are looked for.
 */
const WORDINGS = [...SET_OF.keys()];
const anyOf = (parts: readonly string[]): string => [...new Set(parts)].join('|');
const LIST_HINT = new RegExp(
  `(?:${anyOf(WORDINGS.map((member) => member.slice(-2)))})[”’」]?(?:、|，|和|与|及)[“‘「]?(?:${anyOf(WORDINGS.map((member) => member.slice(0, 2)))})`,
);
/** Every marker; they overlap (文明 in 生态文明建设), so each search starts one character after the last find. */
const MARKER = new RegExp(anyOf([...MEMBERS_AT.keys()]), 'g');

/**
 * How many last characters of a fixed formulation are taken as written: they anchor the search, and the slip is looked
 * for before them. (Three: one regular expression of the tails scans a line several times faster than one of heads.)
 */
const TAIL = 3;
/** Fixed formulations by their last characters. */
const FIXED_BY_TAIL = new Map<string, FixedFormulation[]>();
for (const fixed of FIXED_FORMULATIONS) {
  const tail = fixed.text.slice(-TAIL);
  FIXED_BY_TAIL.set(tail, [...(FIXED_BY_TAIL.get(tail) ?? []), fixed]);
}
const FIXED_TAIL = new RegExp(anyOf([...FIXED_BY_TAIL.keys()]), 'g');

export const formulation: LineRule = {
  meta: {
    id: 'formulation',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      order: {
        'zh-cn': '「{name}」的表述顺序应为：{canonical}。',
        en: 'The members of 「{name}」 come in this order: {canonical}.',
      },
      missing: {
        'zh-cn': '「{name}」少了「{missing}」：应为{canonical}。',
        en: '「{name}」 is missing 「{missing}」: {canonical}.',
      },
      wording: {
        'zh-cn': '规范表述为「{canonical}」，这里写作「{written}」。',
        en: 'The standard wording is 「{canonical}」, written here as 「{written}」.',
      },
      reorder: { 'zh-cn': '按规范顺序排列', en: 'Put them in the canonical order' },
    },
    description: {
      'zh-cn':
        '规范表述：成组的提法（四个意识、四个自信、两个维护、两个确立、五位一体、四个全面、三严三实、新发展理念、社会主义核心价值观）逐项列出时顺序与规范表述不一致，或在同一句点明了组名却漏列一项；固定提法（习近平新时代中国特色社会主义思想、以人民为中心的发展思想等）少字、多字、错字或两字颠倒。每条规范表述都注明了出处。',
      en: 'Standard formulations: a numbered set (四个意识, 四个自信, 两个维护, 两个确立, 五位一体, 四个全面, 三严三实, the new development philosophy, the core socialist values) spelled out with its members out of the published order, or, when the set is named in the same sentence, with a member missing; a fixed formulation (习近平新时代中国特色社会主义思想, 以人民为中心的发展思想, …) with a character missing, added, changed or two swapped. Each entry gives its published source.',
    },
    docs: 'formulation',
    tags: ['formulation'],
    summary: {
      'zh-cn': '规范提法的顺序、漏项和错字：四个意识、四个自信、以人民为中心的发展思想。',
      en: 'Standard formulations out of order, missing a member or misworded: 四个意识, 四个自信, 以人民为中心的发展思想.',
    },
    catches:
      '`大局意识、政治意识、核心意识、看齐意识`; `四个自信` spelled out with one missing; `以人民为中心发展思想`',
    fixSummary: 'the canonical order or wording',
  },
  trigger: { requires: CHARS.han },
  checkLine({ text, report }: LineContext): void {
    // Two first tests, each one native scan of the line (one regular expression of both scans several times slower).
    if (LIST_HINT.test(text)) checkLists(text, membersIn(text), report);
    FIXED_TAIL.lastIndex = 0;
    for (let match = FIXED_TAIL.exec(text); match; match = FIXED_TAIL.exec(text)) {
      FIXED_TAIL.lastIndex = match.index + 1;
      checkFixed(text, match.index + TAIL, FIXED_BY_TAIL.get(match[0])!, report);
    }
  },
};

/** The members of the sets that the line holds, left to right. */
function membersIn(text: string): Found[] {
  const found: Found[] = [];
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match; match = MARKER.exec(text)) {
    MARKER.lastIndex = match.index + 1;
    const member = memberAt(text, match[0], match.index);
    if (member) addMember(found, member);
  }
  return found;
}

/** The longest member whose marker stands at `at`, if the text holds it there. */
function memberAt(text: string, marker: string, at: number): Found | undefined {
  for (const { member, offset } of MEMBERS_AT.get(marker) ?? []) {
    const start = at - offset;
    if (start >= 0 && text.startsWith(member, start)) return { member, start, end: start + member.length };
  }
  return undefined;
}

/** Adds a member found after the others; where two overlap, the longer stands (生态文明建设 over 文明). */
function addMember(found: Found[], member: Found): void {
  const last = found.at(-1);
  if (!last || member.start >= last.end) found.push(member);
  else if (member.start <= last.start && member.end >= last.end) found[found.length - 1] = member;
}

/** Members of one set one after another, joined by 、 or 和 and the like, are a list. */
function checkLists(text: string, found: readonly Found[], report: Reporter): void {
  let run: Found[] = [];
  const flush = (): void => {
    if (run.length >= 2 && run.length >= (SET_OF.get(run[0].member)!.minimumRun ?? 2)) checkRun(text, run, report);
    run = [];
  };
  for (const member of found) {
    const last = run.at(-1);
    const between = last ? text.slice(last.end, member.start) : '';
    if (last && (SET_OF.get(last.member) !== SET_OF.get(member.member) || between.length > 4 || !JOINER.test(between)))
      flush();
    run.push(member);
  }
  flush();
}

/**
 * A fixed formulation ending at `end` written with one slip after its first two characters and before its last
 * three: a character missing, added, changed, or two neighbours swapped. One 的 more is a reading, not a slip
 * (中华民族的伟大复兴).
 */
function checkFixed(text: string, end: number, candidates: readonly FixedFormulation[], report: Reporter): void {
  for (const { text: canonical } of candidates) {
    if (text.endsWith(canonical, end)) continue;
    const head = canonical.slice(0, 2);
    for (const length of [canonical.length, canonical.length - 1, canonical.length + 1]) {
      const start = end - length;
      if (start < 0 || !text.startsWith(head, start)) continue;
      const written = text.slice(start, end);
      if (!oneSlipApart(written, canonical)) continue;
      report({
        start,
        end,
        messageId: 'wording',
        data: { written, canonical },
        fix: { title: 'changeTo', data: { to: canonical }, edits: [{ start, end, newText: canonical }], safe: false },
      });
      return;
    }
  }
}

/**
 * Whether `written` is `canonical` with one character missing, added (a Chinese character other than 的: a stray
 * space or a doubled mark is cjk-space's or repeated-punctuation's to report, and the wording is right), changed, or
 * two neighbours swapped.
 */
function oneSlipApart(written: string, canonical: string): boolean {
  let head = 0;
  while (head < written.length && head < canonical.length && written[head] === canonical[head]) head++;
  let tail = 0;
  while (
    tail < written.length - head &&
    tail < canonical.length - head &&
    written[written.length - 1 - tail] === canonical[canonical.length - 1 - tail]
  )
    tail++;
  const extra = written.slice(head, written.length - tail);
  const missing = canonical.slice(head, canonical.length - tail);
  if (extra.length === 1 && missing.length === 0) return extra !== '的' && extra !== '之' && isHanChar(extra);
  if (extra.length === 0 && missing.length === 1) return true;
  if (extra.length === 1 && missing.length === 1) return isHanChar(extra);
  return extra.length === 2 && missing.length === 2 && extra[0] === missing[1] && extra[1] === missing[0];
}

function checkRun(text: string, run: readonly Found[], report: Reporter): void {
  const set = SET_OF.get(run[0].member)!;
  const canonical = set.members.join('、');
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const positions = run.map(({ member }) => INDEX_OF.get(member)!);
  if (new Set(positions).size !== positions.length) return;
  if (positions.some((position, index) => index > 0 && position < positions[index - 1])) {
    // Reordered in place: each member's text goes where the canonical order puts it; joiners stay as written.
    const sorted = [...run].sort((a, b) => INDEX_OF.get(a.member)! - INDEX_OF.get(b.member)!);
    report({
      start,
      end,
      messageId: 'order',
      data: { name: set.name, canonical },
      fix: {
        title: 'reorder',
        edits: run.map((slot, index) => ({ start: slot.start, end: slot.end, newText: sorted[index].member })),
        safe: false,
      },
    });
    return;
  }
  // A member left out, when the sentence names the set and lists all but one of it.
  const sentenceStart = Math.max(...[...'。！？；!?;'].map((mark) => text.lastIndexOf(mark, start)), -1) + 1;
  const sentence = text.slice(sentenceStart, sentenceEndFrom(text, end));
  if (run.length === set.members.length - 1 && sentence.includes(set.name)) {
    const missing = set.members.find((_, index) => !positions.includes(index))!;
    report({ start, end, messageId: 'missing', data: { name: set.name, missing, canonical } });
  }
}
