/** Rule `structure`: a speech opens with a salutation (同志们：) and ends with a closing (谢谢大家！). */

import { NO_FIXES, type Rule, type RuleContext, RuleFinding } from './types';

/** A note of a few lines is not yet a speech; nothing to say about its shape. */
const MIN_PARAGRAPHS = 3;

export const speechStructure: Rule = {
  meta: {
    id: 'structure',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      'zh-cn': '讲话稿的基本结构：开头没有称呼（如“同志们：”），或结尾没有结束语（如“谢谢大家！”）。',
      en: 'The shape of a speech: no salutation at the top (同志们：), or no closing at the end (谢谢大家！).',
    },
    docs: 'structure',
    summary: { 'zh-cn': '开头没有称呼或结尾没有结束语。', en: 'No salutation at the top or no closing at the end.' },
    catches: 'no salutation at the top, no closing at the end',
    fixSummary: '—',
  },
  check({ speech }: RuleContext): RuleFinding[] {
    const { paragraphs } = speech;
    if (paragraphs.length < MIN_PARAGRAPHS) return [];
    const findings: RuleFinding[] = [];
    if (!speech.salutation) {
      const first = paragraphs[0];
      findings.push(new RuleFinding('structure', first.span, {
          'zh-cn': '开头没有称呼：讲话通常以“同志们：”“各位领导、同志们：”或“尊敬的……：”开始。',
          en: 'No salutation at the top: a speech usually opens with 同志们：, 各位领导、同志们： or 尊敬的……：.',
        }, NO_FIXES));
    }
    if (!speech.closing) {
      const last = paragraphs[paragraphs.length - 1];
      findings.push(new RuleFinding('structure', last.span, {
          'zh-cn': '结尾没有结束语：讲话通常以“谢谢大家！”结束。',
          en: 'No closing at the end: a speech usually ends with 谢谢大家！.',
        }, NO_FIXES));
    }
    return findings;
  },
};
