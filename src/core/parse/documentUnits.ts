/**
 * Numbered units of a document that are no headings of the outline: a regulation's articles (第十四条　……) and a plan's
 * decimal sections (2.1.1　……). Each such unit numbers its own lists (（一）…（四） in one article, （一）… again in the
 * next), so a list that starts again at its first number after one is the unit's own, not a numbering gone stale.
 */

import { contentStartOf } from './headings';
import type { LineKinds } from './landmarks';
import type { Line } from '../language/text';

/** 第十四条, 第七章, 第二节, 第三编, 第十条之一: the number of an article (or a chapter, section, part). */
const ARTICLE_NUMBER = /^第[一二三四五六七八九十百零〇两]+[条章节编](?:之[一二三四五六七八九十]+)?$/;

/** Whether `text` is the number of an article, chapter, section or part of a regulation (第十四条), nothing else. */
export function isArticleNumber(text: string): boolean {
  return ARTICLE_NUMBER.test(text);
}

/**
 * An article's number that opens a line, followed by the blank a regulation sets after it (第三条经验是… in a speech is
 * no article).
 */
const ARTICLE_START = /第[一二三四五六七八九十百零〇两]+[条章节编](?:之[一二三四五六七八九十]+)?(?=[\s\u3000])/y;
/**
 * A decimal section's number that opens a line: two levels or more (2.1, 4.2.3), followed by a blank, or by a Chinese
 * character where it has three levels (2.1国家…: 2.1亿 is a figure, but no figure has two points).
 */
const DECIMAL_SECTION_START =
  /[0-9０-９]{1,2}[.．][0-9０-９]{1,2}(?:[\s\u3000]+(?=\p{Script=Han})|(?:[.．][0-9０-９]{1,2}){1,2}[\s\u3000]*(?=\p{Script=Han}))/uy;
/** Only a line that begins with 第 or a digit can open a unit: most lines are passed by at their first character. */
function mayOpenUnit(code: number): boolean {
  return code === DI || (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}
const DI = 0x7b2c;
/** How far in a line may be indented and still open a unit. */
const MAX_INDENT = 12;

/** The lines that open an article or a decimal section (see the file's comment), in order; heading lines are none. */
export function unitBoundaries(lines: readonly Line[], kinds: LineKinds): number[] {
  const found: number[] = [];
  for (const line of lines) {
    const start = contentStartOf(line.text);
    if (start >= line.text.length || !mayOpenUnit(line.text.charCodeAt(start)) || start > MAX_INDENT) continue;
    if (kinds.isHeading(line) || kinds.isResidue(line)) continue;
    ARTICLE_START.lastIndex = start;
    DECIMAL_SECTION_START.lastIndex = start;
    if (ARTICLE_START.test(line.text) || DECIMAL_SECTION_START.test(line.text)) found.push(line.index);
  }
  return found;
}
