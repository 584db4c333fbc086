/** Rule `long-sentence`: a sentence too long to deliver aloud without a pause (。！？；). */

import { countSpokenCharacters, sentenceEndFrom } from '../language/text';
import type { LineContext, LineRule } from './types';

export const longSentence: LineRule = {
  meta: {
    id: 'long-sentence',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      'zh-cn': '句子过长：超过选项 max（默认80字）而没有句号、叹号、问号或分号停顿，念起来换不过气。',
      en: 'A sentence longer than the option max (80 characters by default) with no 。！？； pause is hard to deliver aloud.',
    },
    messages: {
      long: {
        'zh-cn': '这句话有{length}字，中间没有句号、问号、叹号或分号，念起来难以换气（上限{limit}字）。',
        en: 'This sentence runs {length} characters without a 。！？； pause: hard to deliver aloud (limit {limit}).',
      },
    },
    docs: 'long-sentence',
    tags: ['style'],
    summary: { 'zh-cn': '句子过长，念起来没有停顿。', en: 'A sentence too long to deliver without a pause.' },
    catches: 'a sentence over 80 characters without 。！？；',
    fixSummary: '—',
    options: {
      max: {
        default: 80,
        // Below 20 every sentence is long, above 1000 none is.
        schema: { type: 'integer', minimum: 20, maximum: 1000 },
        description: {
          'zh-cn': '一句话在没有。！？；停顿时最多的字数（汉字、字母、数字）。',
          en: 'The characters (Chinese characters, letters, digits) a sentence may run without a 。！？； pause.',
        },
        alias: 'maxSentenceLength',
      },
    },
  },
  checkLine({ text: line, lex, settings, report }: LineContext): void {
    const limit = settings.max as number;
    // No sentence says more characters than its line (lex.spoken counts them as countSpokenCharacters does).
    if (lex.spoken <= limit) return;
    const paragraphStart = line.length - line.trimStart().length;
    const paragraphEnd = line.trimEnd().length;
    if (paragraphEnd <= paragraphStart) return;
    const text = line.slice(paragraphStart, paragraphEnd);
    let start = 0;
    for (let i = sentenceEndFrom(text, 0); ; i = sentenceEndFrom(text, i + 1)) {
      // A sentence no longer than the limit in UTF-16 units cannot have more spoken characters than that.
      const length = i - start > limit ? countSpokenCharacters(text, start, i) : 0;
      if (length > limit) {
        const sentence = text.slice(start, i);
        const leading = sentence.length - sentence.trimStart().length;
        report({
          start: paragraphStart + start + leading,
          end: paragraphStart + Math.min(i + 1, text.length),
          messageId: 'long',
          data: { length, limit },
        });
      }
      start = i + 1;
      if (i >= text.length) break;
    }
  },
};
