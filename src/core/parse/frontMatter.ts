/**
 * A speech file may open with a block of settings between two `---` lines, as Markdown tools write it:
 *
 *   ---
 *   date: 2026-01-15
 *   ---
 *
 * Its lines are no part of the speech (the parse passes them by like web residue, export and counts leave them out);
 * its `key: value` fields are read as plain strings. The speech's date (`date` or `日期`) and the time the speaker has
 * (`minutes`, `duration` or `时长`) are used.
 */

import type { Line } from '../language/text';

export interface FrontMatter {
  /** The index of the closing `---` line: lines 0 through it are the block. */
  endLine: number;
  fields: Readonly<Record<string, string>>;
}

/** A block longer than this is not front matter but a speech that opens with a rule line. */
const MAX_LINES = 40;
const DELIMITER = /^(?:\ufeff)?---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
const FIELD = /^([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff-]*)[ \t]*[:：][ \t]*(.*?)[ \t]*$/;

export function findFrontMatter(lines: readonly Line[]): FrontMatter | undefined {
  if (lines.length < 2 || !DELIMITER.test(lines[0].text)) return undefined;
  const fields: Record<string, string> = {};
  for (let index = 1; index < Math.min(lines.length, MAX_LINES); index++) {
    const text = lines[index].text;
    if (CLOSING.test(text)) return index > 1 ? { endLine: index, fields } : undefined;
    if (text.trim() === '' || /^\s*#/.test(text) || /^[ \t]/.test(text)) continue;
    const field = FIELD.exec(text);
    if (!field) return undefined;
    fields[field[1]] = unquoted(field[2]);
  }
  return undefined;
}

function unquoted(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})$/;
const CHINESE_STYLE_DATE = /^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$/;

/** A date written 2026-01-15, 2026/1/15, 2026.1.15 or 2026年1月15日, if it is a real day. */
export function parseCalendarDate(text: string | undefined): CalendarDate | undefined {
  const match = text === undefined ? null : (ISO_DATE.exec(text.trim()) ?? CHINESE_STYLE_DATE.exec(text.trim()));
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? { year, month, day }
    : undefined;
}

/** The most minutes a time limit may name (ten hours): more is a typo, not a speech. */
const MAX_MINUTES = 600;
const MINUTES = /^([0-9]+(?:\.[0-9]+)?)[ \t]*(?:分钟|分|min|mins|minutes)?$/i;
const MINUTES_KEYS = ['minutes', 'duration', '时长'];

/** Minutes written 15, 15分钟 or 15 min, from 1 to 600; undefined otherwise. */
function parseMinutes(text: string | undefined): number | undefined {
  const match = text === undefined ? null : MINUTES.exec(text.trim());
  return match && isTimeLimit(Number(match[1])) ? Number(match[1]) : undefined;
}

/** Whether `minutes` can be a time limit: more than none, at most ten hours. */
export function isTimeLimit(minutes: unknown): minutes is number {
  return typeof minutes === 'number' && minutes > 0 && minutes <= MAX_MINUTES;
}

/** The minutes the speaker has: the front matter's `minutes` (`duration`, `时长`) over the configured ones. */
export function timeLimitOf(frontMatter: FrontMatter | undefined, configured: number | undefined): number | undefined {
  for (const key of MINUTES_KEYS) {
    const minutes = parseMinutes(frontMatter?.fields[key]);
    if (minutes !== undefined) return minutes;
  }
  return configured;
}
