/** Rule `duplicate-paragraph`: a paragraph that appears again elsewhere in the speech (a paste done twice). */

import { lineMemo } from '../lineMemo';
import type { Finding, Rule, RuleContext } from './types';

/** The line without blanks: two paragraphs that differ only in spacing are the same paragraph. */
const compactOf = lineMemo((text) => (/[\s\u3000]/.test(text) ? text.replace(/[\s\u3000]+/g, '') : text));

/** Short paragraphs (同志们：, 谢谢大家！) may well repeat; only real paragraphs count. */
const MIN_CHARACTERS = 15;

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
  },
  check({ speech }: RuleContext): Finding[] {
    const firstLineOf = new Map<string, number>();
    const findings: Finding[] = [];
    for (const paragraph of speech.paragraphs) {
      if (speech.lineSpoken[paragraph.line] < MIN_CHARACTERS) continue;
      const lineText = speech.lines[paragraph.line].text;
      const key = compactOf(speech.lineKeys[paragraph.line], lineText);
      const first = firstLineOf.get(key);
      if (first === undefined) {
        firstLineOf.set(key, paragraph.line);
        continue;
      }
      const line = speech.lines[paragraph.line];
      const next = speech.lines[paragraph.line + 1];
      findings.push({
        rule: 'duplicate-paragraph',
        span: paragraph.span,
        message: {
          'zh-cn': `这一段与第${first + 1}行的段落重复。`,
          en: `This paragraph repeats the one on line ${first + 1}.`,
        },
        fixes: [{
          title: { 'zh-cn': '删除重复的段落', en: 'Delete the repeated paragraph' },
          edits: [{ start: line.start, end: next ? next.start : line.end, newText: '' }],
          safe: false,
        }],
      });
    }
    return findings;
  },
};
