/**
 * The numbered structure of a speech as sequences: sibling headings under each parent, and runs of inline
 * items in each section. The numbering rules, renumbering, moving sections and completion all read these.
 */

import { formatChineseNumeral } from './numerals';
import type { Heading, Item, ItemFamily, ParsedSpeech, Section, Span } from './types';

/** Sibling sections under one parent (or at the top) that share a numbering style: they must run 1, 2, 3…. */
export interface SiblingGroup {
  parent: Section | undefined;
  sections: Section[];
}

/** Consecutive items of one family in one section: 一是, 二是, 三是. */
export interface ItemRun {
  owner: Section | undefined;
  family: ItemFamily;
  items: Item[];
}

export function siblingGroups(speech: ParsedSpeech): SiblingGroup[] {
  const groups: SiblingGroup[] = [];
  const visit = (parent: Section | undefined, children: Section[]): void => {
    const byStyle = new Map<string, Section[]>();
    for (const child of children) {
      const list = byStyle.get(child.heading.style) ?? [];
      list.push(child);
      byStyle.set(child.heading.style, list);
    }
    for (const sections of byStyle.values()) groups.push({ parent, sections });
    for (const child of children) visit(child, child.children);
  };
  visit(undefined, speech.sections);
  return groups;
}

/** Families whose members carry a number that renumbering can rewrite (一是, 一要, 第一). */
export const NUMBERED_FAMILIES: ReadonlySet<ItemFamily> = new Set(['shi', 'yao', 'di', 'qi', 'lai']);

export function itemRuns(speech: ParsedSpeech): ItemRun[] {
  const runs: ItemRun[] = [];
  const collect = (owner: Section | undefined, items: Item[]): void => {
    let current: ItemRun | undefined;
    for (const item of items) {
      const restarts = current !== undefined && item.number === 1 && NUMBERED_FAMILIES.has(item.family);
      if (!current || current.family !== item.family || restarts) {
        current = { owner, family: item.family, items: [] };
        runs.push(current);
      }
      current.items.push(item);
    }
  };
  collect(undefined, speech.topLevelItems);
  const visit = (section: Section): void => {
    collect(section, section.items);
    section.children.forEach(visit);
  };
  speech.sections.forEach(visit);
  return runs;
}

const NUMERAL = /[一二三四五六七八九十]+|[0-9０-９]+/;

/** Where the numeral sits inside a marker ("（一）" → 1..2), and how it is written. */
export function numeralIn(marker: string): { offset: number; length: number; chinese: boolean; fullWidth: boolean } | undefined {
  const match = NUMERAL.exec(marker);
  if (!match) return undefined;
  return { offset: match.index, length: match[0].length, chinese: /[一-龥]/.test(match[0]), fullWidth: /[０-９]/.test(match[0]) };
}

/** A number written the way `like` writes numbers: Chinese numerals, ASCII or full-width digits. */
export function writeNumberLike(value: number, like: { chinese: boolean; fullWidth: boolean }): string {
  if (like.chinese) return formatChineseNumeral(value);
  const digits = String(value);
  return like.fullWidth ? digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : digits;
}

/** The marker with its numeral replaced by `value`, same style: "（三）" with 2 → "（二）". */
export function markerWithNumber(marker: string, value: number): string {
  const numeral = numeralIn(marker);
  if (!numeral) return marker;
  return marker.slice(0, numeral.offset) + writeNumberLike(value, numeral) + marker.slice(numeral.offset + numeral.length);
}

/** The span of the numeral inside a heading's or item's marker. */
export function numeralSpan(node: Heading | Item): Span | undefined {
  const numeral = numeralIn(node.marker);
  if (!numeral) return undefined;
  const start = node.markerSpan.start + numeral.offset;
  return { start, end: start + numeral.length };
}

/** The punctuation around the numeral, e.g. "（N）" for "（一）" and "(N)" for "(二)": what "mixing styles" compares. */
export function markerShape(marker: string): string {
  const numeral = numeralIn(marker);
  return numeral ? marker.slice(0, numeral.offset) + 'N' + marker.slice(numeral.offset + numeral.length) : marker;
}
