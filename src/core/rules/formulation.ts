/**
 * Rule `formulation`: a numbered set of official formulations spelled out with its members out of the canonical
 * order (大局意识、政治意识、核心意识、看齐意识) or, when the set is named in the same sentence, with a member missing
 * (增强“四个意识”，即政治意识、大局意识、看齐意识). The sets and their sources are in ../data/formulations.ts.
 */

import { NUMBERED_SETS, type NumberedSet } from '../data/formulations';
import { CHARS } from '../lineChars';
import type { LineContext, LineRule, Reporter } from './types';

/** Members written one after another, joined by 、 or 和/与/及 (with quotes around them allowed). */
const JOINER = /^[”’」]?(?:、|，|和|与|及|以及)[“‘「]?$/;
const SENTENCE_END = /[。！？；]/;

/** Each member's set, by the member's text. */
const SET_OF = new Map<string, NumberedSet>(NUMBERED_SETS.flatMap((set) => set.members.map((member) => [member, set] as const)));
function holdsTwoMarkers(text: string, markers: readonly string[]): boolean {
  let found = 0;
  for (const marker of markers) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) if (++found === 2) return true;
  }
  return false;
}

const ANY_MEMBER = new RegExp(NUMBERED_SETS.flatMap((set) => set.members).sort((a, b) => b.length - a.length).join('|'), 'g');

export const formulation: LineRule = {
  meta: {
    id: 'formulation',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      order: { 'zh-cn': '「{name}」的表述顺序应为：{canonical}。', en: 'The members of 「{name}」 come in this order: {canonical}.' },
      missing: { 'zh-cn': '「{name}」少了「{missing}」：应为{canonical}。', en: '「{name}」 is missing 「{missing}」: {canonical}.' },
      reorder: { 'zh-cn': '按规范顺序排列', en: 'Put them in the canonical order' },
    },
    description: {
      'zh-cn': '规范表述：成组的提法（四个意识、四个自信、五位一体、四个全面、三严三实）逐项列出时，顺序与规范表述不一致，或在同一句点明了组名却漏列一项。每组的规范表述都注明了出处。',
      en: 'Standard formulations: a numbered set (四个意识, 四个自信, 五位一体, 四个全面, 三严三实) spelled out with its members out of the published order, or, when the set is named in the same sentence, with a member missing. Each set gives its published source.',
    },
    docs: 'formulation',
    tags: ['formulation'],
    summary: { 'zh-cn': '成组提法的顺序错误或漏项：四个意识、四个自信。', en: 'Numbered sets out of order or missing a member: 四个意识, 四个自信.' },
    catches: '`大局意识、政治意识、核心意识、看齐意识`; `四个自信` spelled out with one missing',
    fixSummary: 'the canonical order',
  },
  checkLine({ text, lex, report }: LineContext): void {
    // A list needs two members of one set, so two of its markers, on the line: a few substring searches rule out
    // nearly every line before the long regular expression runs.
    if ((lex.chars & CHARS.han) === 0 || !NUMBERED_SETS.some((set) => holdsTwoMarkers(text, set.markers))) return;
    let run: Array<{ member: string; start: number; end: number }> = [];
    const flush = (): void => {
      if (run.length >= 2) checkRun(text, run, report);
      run = [];
    };
    for (const match of text.matchAll(ANY_MEMBER)) {
      const last = run.at(-1);
      const between = last ? text.slice(last.end, match.index) : '';
      if (last && (SET_OF.get(last.member) !== SET_OF.get(match[0]) || !JOINER.test(between) || between.length > 4)) flush();
      run.push({ member: match[0], start: match.index, end: match.index + match[0].length });
    }
    flush();
  },
};

function checkRun(text: string, run: ReadonlyArray<{ member: string; start: number; end: number }>, report: Reporter): void {
  const set = SET_OF.get(run[0].member)!;
  const canonical = set.members.join('、');
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const positions = run.map(({ member }) => set.members.indexOf(member));
  if (new Set(positions).size !== positions.length) return;
  if (positions.some((position, index) => index > 0 && position < positions[index - 1])) {
    // Reordered in place: each member's text goes where the canonical order puts it; joiners stay as written.
    const sorted = [...run].sort((a, b) => set.members.indexOf(a.member) - set.members.indexOf(b.member));
    report({
      start,
      end,
      messageId: 'order',
      data: { name: set.name, canonical },
      fix: { title: 'reorder', edits: run.map((slot, index) => ({ start: slot.start, end: slot.end, newText: sorted[index].member })), safe: false },
    });
    return;
  }
  // A member left out, when the sentence names the set and lists all but one of it.
  const sentenceStart = Math.max(...[...'。！？；'].map((mark) => text.lastIndexOf(mark, start)), -1) + 1;
  const after = text.slice(end).search(SENTENCE_END);
  const sentence = text.slice(sentenceStart, after < 0 ? text.length : end + after);
  if (run.length === set.members.length - 1 && sentence.includes(set.name)) {
    const missing = set.members.find((member) => !run.some((slot) => slot.member === member))!;
    report({ start, end, messageId: 'missing', data: { name: set.name, missing, canonical } });
  }
}
