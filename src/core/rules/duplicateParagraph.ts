/** Rule `duplicate-paragraph`: a paragraph that appears again elsewhere in the speech (a paste done twice). */

import { lineMemo } from '../lineMemo';
import { countSpokenCharacters } from '../text';
import { sharedBy } from './shared';
import { type Message, type Rule, type RuleContext, RuleFinding } from './types';

/** The line without blanks: two paragraphs that differ only in spacing are the same paragraph. */
const compactOf = lineMemo((text) => (/[\s\u3000]/.test(text) ? text.replace(/[\s\u3000]+/g, '') : text));

/** Short paragraphs (同志们：, 谢谢大家！) may well repeat; only real paragraphs count. */
const MIN_CHARACTERS = 15;

/**
 * The characters of the line that are said outside brackets: a host script repeats its voting formula
 * (不同意的请举手。（稍停）没有（或请放下）。) on purpose, and a stage direction is not text that was pasted twice.
 */
const saidOutsideBrackets = lineMemo((text) => countSpokenCharacters(text.replace(/[（(][^（）()]*[）)]/g, '')));

export const duplicateParagraph: Rule = {
  meta: {
    id: 'duplicate-paragraph',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '重复的段落：同一段文字在讲话稿中出现了不止一次（常见于复制粘贴）。修复为删除重复的一段。',
      en: 'A paragraph that appears more than once in the speech (usually a paste done twice). The fix deletes the repeat.',
    },
    docs: 'duplicate-paragraph',
    summary: { 'zh-cn': '同一段文字出现两次。', en: 'A paragraph that appears twice.' },
    catches: 'a paragraph pasted twice',
    fixSummary: 'delete the repeat',
  },
  check({ speech }: RuleContext): RuleFinding[] {
    const firstLineOf = new Map<string, number>();
    const findings: RuleFinding[] = [];
    for (const paragraph of speech.paragraphs) {
      if (speech.lineSpoken[paragraph.line] < MIN_CHARACTERS) continue;
      const lineText = speech.lines[paragraph.line].text;
      const key = compactOf(speech.lineKeys[paragraph.line], lineText);
      const first = firstLineOf.get(key);
      if (first === undefined) {
        firstLineOf.set(key, paragraph.line);
        continue;
      }
      const hasBrackets = lineText.includes('（') || lineText.includes('(');
      if (hasBrackets && saidOutsideBrackets(speech.lineKeys[paragraph.line], lineText) < MIN_CHARACTERS) continue;
      const line = speech.lines[paragraph.line];
      const next = speech.lines[paragraph.line + 1];
      const deletion = { title: DELETE_PARAGRAPH, edits: [{ start: line.start, end: next ? next.start : line.end, newText: '' }], safe: false };
      findings.push(new RuleFinding('duplicate-paragraph', paragraph.span, messageFor(String(first + 1)), [deletion]));
    }
    return findings;
  },
};

const DELETE_PARAGRAPH: Message = { 'zh-cn': '删除重复的段落', en: 'Delete the repeated paragraph' };

/** The message naming the 1-based line of the paragraph repeated. */
const messageFor = sharedBy((line): Message => ({ 'zh-cn': `这一段与第${line}行的段落重复。`, en: `This paragraph repeats the one on line ${line}.` }));
