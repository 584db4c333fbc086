/** The salutation at the top of a speech (同志们：) and the closing at its end (谢谢大家！). */

import { contentStartOf } from './headings';
import type { Line } from './text';
import type { Landmark } from './types';

/** Words that make a phrase ending in a colon a salutation: 同志们, 各位领导, 尊敬的……, 亲爱的同学们. */
const ADDRESSEE = /同志们|朋友们|同学们|老师们|学员们|战友们|女士们|先生们|来宾|代表|领导|嘉宾|各位|尊敬的|亲爱的/;
/** A salutation is a short phrase before a colon, with no sentence or clause break inside it. */
const SALUTATION = /^[^。！？!?；;：:\r\n]{1,60}?[：:]/;
/** The title, date and speaker lines that may stand above a salutation. */
const MAX_LINES_BEFORE_SALUTATION = 5;

const CLOSING = /^(?:谢谢大家|谢谢各位|谢谢你们|谢谢您们|谢谢|感谢大家)[！!。.]*$/;

export function findSalutation(lines: readonly Line[], isHeadingLine: (line: Line) => boolean): Landmark | undefined {
  let nonBlankSeen = 0;
  for (const line of lines) {
    const start = contentStartOf(line.text);
    if (start >= line.text.length) continue;
    if (isHeadingLine(line) || nonBlankSeen >= MAX_LINES_BEFORE_SALUTATION) return undefined;
    nonBlankSeen++;
    const match = SALUTATION.exec(line.text.slice(start));
    if (match && ADDRESSEE.test(match[0])) {
      return { line: line.index, span: { start: line.start + start, end: line.start + start + match[0].length }, text: match[0] };
    }
  }
  return undefined;
}

export function findClosing(lines: readonly Line[]): Landmark | undefined {
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index];
    const start = contentStartOf(line.text);
    const text = line.text.slice(start).trimEnd();
    if (text === '') continue;
    if (!CLOSING.test(text)) return undefined;
    return { line: index, span: { start: line.start + start, end: line.start + start + text.length }, text };
  }
  return undefined;
}
