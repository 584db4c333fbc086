/** Rule `long-sentence`: a sentence too long to deliver aloud without a pause (。！？；). */

import { countSpokenCharacters } from '../text';
import type { Finding, Rule, RuleContext } from './types';

const PAUSE = /[。！？；!?;]/;

export const longSentence: Rule = {
  meta: {
    id: 'long-sentence',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      'zh-cn': '句子过长：超过 speechDraft.maxSentenceLength（默认80字）而没有句号、叹号、问号或分号停顿，念起来换不过气。',
      en: 'A sentence longer than speechDraft.maxSentenceLength (80 characters by default) with no 。！？； pause is hard to deliver aloud.',
    },
    docs: 'long-sentence',
  },
  check({ speech, options }: RuleContext): Finding[] {
    const limit = options.maxSentenceLength;
    const findings: Finding[] = [];
    for (const paragraph of speech.paragraphs) {
      const text = speech.text.slice(paragraph.span.start, paragraph.span.end);
      let start = 0;
      for (let i = 0; i <= text.length; i++) {
        if (i < text.length && !PAUSE.test(text[i])) continue;
        const sentence = text.slice(start, i);
        const length = countSpokenCharacters(sentence);
        if (length > limit) {
          const leading = sentence.length - sentence.trimStart().length;
          findings.push({
            rule: 'long-sentence',
            span: { start: paragraph.span.start + start + leading, end: paragraph.span.start + Math.min(i + 1, text.length) },
            message: {
              'zh-cn': `这句话有${length}字，中间没有句号、问号、叹号或分号，念起来难以换气（上限${limit}字）。`,
              en: `This sentence runs ${length} characters without a 。！？； pause: hard to deliver aloud (limit ${limit}).`,
            },
            fixes: [],
          });
        }
        start = i + 1;
      }
    }
    return findings;
  },
};
