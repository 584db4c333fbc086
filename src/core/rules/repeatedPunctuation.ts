/** Rule `repeated-punctuation`: ，， 。。 、、 ，。 。， ；。 and the like; GB/T 15834's ？！ ！！ …… —— are allowed. */

import { sharedBy } from './shared';
import { type LineRule, type Message, NO_FINDINGS, RuleFinding, type SpanFix } from './types';
import { execAll } from '../text';

/** Stronger marks win when two collide: a sentence end over a clause mark over a pause. */
const STRENGTH: Record<string, number> = { '？': 6, '！': 6, '。': 5, '；': 4, '：': 3, '，': 2, '、': 1 };
const RUN = /[，。、；：？！]{2,}/g;
const ANY_RUN = new RegExp(RUN.source);

export const repeatedPunctuation: LineRule = {
  meta: {
    id: 'repeated-punctuation',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '重复或冲突的标点，如“，，”“。。”“，。”“；。”；修复时保留其中应有的一个。GB/T 15834 允许的“？！”“！！”以及「……」“——”不算。',
      en: 'Repeated or clashing marks such as ，， 。。 ，。 ；。; the fix keeps the one that belongs. The combinations GB/T 15834 allows (？！, ！！) and …… —— are fine.',
    },
    docs: 'repeated-punctuation',
    summary: { 'zh-cn': '重复或冲突的标点：，， 。。 ，。 ；。。', en: 'Repeated or clashing marks: ，， 。。 ，。 ；。.' },
    catches: '`，，` `。。` `，。` `；。` (not `？！` `……` `——`)',
    fixSummary: 'keep the right one',
  },
  checkLine(text: string): RuleFinding[] {
    if (!ANY_RUN.test(text)) return NO_FINDINGS;
    const findings: RuleFinding[] = [];
    for (const match of execAll(RUN, text)) {
      const run = match[0];
      if (isAllowed(run)) continue;
      const { message, fix } = textsFor(run);
      findings.push(new RuleFinding('repeated-punctuation', { start: match.index, end: match.index + run.length }, message, fix));
    }
    return findings;
  },
};

const textsFor = sharedBy((run): { message: Message; fix: SpanFix } => {
  const keep = strongest(run);
  return {
    message: { 'zh-cn': `标点「${run}」重复，应只保留「${keep}」。`, en: `Repeated marks 「${run}」: keep only 「${keep}」.` },
    fix: { title: { 'zh-cn': `只保留「${keep}」`, en: `Keep only 「${keep}」` }, newText: keep, safe: true },
  };
});

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
