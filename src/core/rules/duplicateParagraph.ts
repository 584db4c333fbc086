/** Rule `duplicate-paragraph`: a paragraph that appears again elsewhere in the speech (a paste done twice). */

import { countSpokenCharacters } from '../language/text';
import { CHARS } from '../parse/lineChars';
import { documentRule, type DocumentContext } from './types';

/**
 * What the rule compares of a line, computed once per line text: the line without blanks (two paragraphs that differ
 * only in spacing are the same paragraph) and its key. Null for a line that fills a form's field (null, as the memo
 * reads undefined as not yet computed).
 */
interface Compared {
  readonly compact: string;
  readonly key: number;
  /** saidOutsideBrackets of a repeated line with brackets, counted the first time it repeats (kept with the memo). */
  said?: number;
}

function comparedOf(text: string, chars: number): Compared | null {
  // The lex says whether the line holds a blank: most lines hold none, and a scan of each for one cost 0.14 ms in 100k.
  const compact = chars & CHARS.blank ? text.replace(/[\s\u3000]+/g, '') : text;
  return isFormField(compact) ? null : { compact, key: keyOf(compact) };
}

/**
 * The characters of the line that are said outside brackets: a host script repeats its voting formula
 * (不同意的请举手。（稍停）没有（或请放下）。) on purpose, and a stage direction is not text that was pasted twice.
 */
function saidOutsideBrackets(text: string): number {
  return countSpokenCharacters(text.replace(/[（(][^（）()]*[）)]/g, ''));
}

/**
 * A small integer from a paragraph's length and a few of its characters (its opening, middle and end): equal
 * paragraphs have equal keys, and different ones rarely do. Within 30 bits, so that it stays a small integer where
 * V8 compresses pointers (in VS Code).
 */
function keyOf(compact: string): number {
  const last = compact.length - 1;
  let key = compact.length;
  for (let at = 0; at < 6; at++) key = mixed(key, compact.charCodeAt(Math.min(at, last)));
  for (let quarter = 1; quarter <= 4; quarter++) key = mixed(key, compact.charCodeAt((last * quarter) >> 2));
  return key & 0x3fffffff;
}

function mixed(key: number, code: number): number {
  return Math.imul(key ^ code, 0x01000193);
}

/**
 * A short line that fills a field (指标来源：国家卫生健康委。, 责任单位：省发展改革委): a table pasted as text repeats
 * its fields row after row, on purpose.
 */
function isFormField(compact: string): boolean {
  return compact.length <= MAX_FIELD_LINE && FIELD.test(compact);
}

const FIELD = /^[^：:，,。；;！？]{2,6}[：:]/;
const MAX_FIELD_LINE = 40;

/** Short paragraphs (同志们：, 谢谢大家！) may well repeat; only real paragraphs count. */
const MIN_CHARACTERS = 15;

export const duplicateParagraph = documentRule<Compared | null>({
  meta: {
    id: 'duplicate-paragraph',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '重复的段落：同一段文字在讲话稿中出现了不止一次（常见于复制粘贴）。修复为删除重复的一段。',
      en: 'A paragraph that appears more than once in the speech (usually a paste done twice). The fix deletes the repeat.',
    },
    messages: {
      repeats: { 'zh-cn': '这一段与第{line}行的段落重复。', en: 'This paragraph repeats the one on line {line}.' },
      deleteRepeat: { 'zh-cn': '删除重复的段落', en: 'Delete the repeated paragraph' },
    },
    docs: 'duplicate-paragraph',
    tags: ['paste'],
    summary: { 'zh-cn': '同一段文字出现两次。', en: 'A paragraph that appears twice.' },
    catches: 'a paragraph pasted twice',
    fixSummary: 'delete the repeat',
  },
  perLine: comparedOf,
  check({ speech, report, perLine }: DocumentContext<Compared | null>): void {
    // The first paragraph of each key (see keyOf), and, for the few that share a key with a different paragraph, the
    // first of each text: a paragraph's characters are compared only with a paragraph of its key, never hashed.
    const firstByKey = new Map<number, number>();
    const firstByText = new Map<string, number>();
    for (const paragraph of speech.paragraphs) {
      if (speech.lineSpoken[paragraph.line] < MIN_CHARACTERS) continue;
      const compared = perLine(paragraph.line);
      if (compared === null) continue;
      const { compact, key } = compared;
      const keyed = firstByKey.get(key);
      if (keyed === undefined) {
        firstByKey.set(key, paragraph.line);
        continue;
      }
      let first: number | undefined = keyed;
      if (perLine(keyed)?.compact !== compact) {
        first = firstByText.get(compact);
        if (first === undefined) {
          firstByText.set(compact, paragraph.line);
          continue;
        }
      }
      const line = speech.lines[paragraph.line];
      const hasBrackets = line.text.includes('（') || line.text.includes('(');
      if (hasBrackets && (compared.said ??= saidOutsideBrackets(line.text)) < MIN_CHARACTERS) continue;
      const next = speech.lines[paragraph.line + 1];
      report({
        start: paragraph.span.start,
        end: paragraph.span.end,
        messageId: 'repeats',
        data: { line: first + 1 },
        fix: {
          title: 'deleteRepeat',
          edits: [{ start: line.start, end: next ? next.start : line.end, newText: '' }],
          safe: false,
        },
      });
    }
  },
});
