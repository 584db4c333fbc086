/** Rule `repeated-punctuation`: ，， 。。 、、 ，。 。， ；。 and the like; GB/T 15834's ？！ ！！ …… —— are allowed. */

import { CHARS } from '../parse/lineChars';
import { execAll } from '../language/text';
import type { LineContext, LineRule } from './types';

/** Stronger marks win when two collide: a sentence end over a clause mark over a pause. */
const STRENGTH: Record<string, number> = { '？': 6, '！': 6, '。': 5, '；': 4, '：': 3, '，': 2, '、': 1 };
const RUN = /[，。、；：？！]{2,}/g;

export const repeatedPunctuation: LineRule = {
  meta: {
    id: 'repeated-punctuation',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn':
        '重复或冲突的标点，如“，，”“。。”“，。”“；。”；修复时保留其中应有的一个。GB/T 15834 允许的“？！”“！！”以及「……」“——”不算。',
      en: 'Repeated or clashing marks such as ，， 。。 ，。 ；。; the fix keeps the one that belongs. The combinations GB/T 15834 allows (？！, ！！) and …… —— are fine.',
    },
    messages: {
      repeated: {
        'zh-cn': '标点「{run}」重复，应只保留「{keep}」。',
        en: 'Repeated marks 「{run}」: keep only 「{keep}」.',
      },
      keepOnly: { 'zh-cn': '只保留「{keep}」', en: 'Keep only 「{keep}」' },
    },
    docs: 'repeated-punctuation',
    tags: ['punctuation'],
    summary: {
      'zh-cn': '重复或冲突的标点：，， 。。 ，。 ；。。',
      en: 'Repeated or clashing marks: ，， 。。 ，。 ；。.',
    },
    catches: '`，，` `。。` `，。` `；。` (not `？！` `……` `——`)',
    fixSummary: 'keep the right one',
  },
  trigger: { features: CHARS.markRun },
  checkLine({ text, report }: LineContext): void {
    for (const match of execAll(RUN, text)) {
      const run = match[0];
      if (isAllowed(run)) continue;
      const keep = strongest(run);
      const start = match.index;
      const end = start + run.length;
      report({
        start,
        end,
        messageId: 'repeated',
        data: { run, keep },
        fix: { title: 'keepOnly', data: { keep }, edits: [{ start, end, newText: keep }], safe: true },
      });
    }
  },
};

/** ？！ ！！ ？？！ (up to three, for strong feeling), and 。。。, which the ellipsis rule turns into ……. */
function isAllowed(run: string): boolean {
  return (/^[？！]+$/.test(run) && run.length <= 3) || /^。{3,}$/.test(run);
}

function strongest(run: string): string {
  let best = run[0];
  for (const mark of run) {
    if (STRENGTH[mark] > STRENGTH[best]) best = mark;
  }
  return best;
}
