/** Rule `structure`: a speech opens with a salutation (同志们：) and ends with a closing (谢谢大家！). */

import { effectiveKind } from '../parse/documentKind';
import type { DocumentContext, DocumentRule } from './types';

/** A note of a few lines is not yet a speech; nothing to say about its shape. */
const MIN_PARAGRAPHS = 3;

export const speechStructure: DocumentRule = {
  meta: {
    id: 'structure',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      'zh-cn':
        '讲话稿的基本结构：开头没有称呼（如“同志们：”），或结尾没有结束语。结束语可以是致谢（“谢谢大家！”“谢谢大家的聆听！……”）、祝愿（“最后，祝……！”）或号召（“同志们，……让我们……！”），其后可有附件、名词解释。只对讲话稿检查：标题为工作报告、汇报、方案、意见、要点、献词、贺信等的文稿不检查（见“文稿类型”）。',
      en: 'The shape of a speech: no salutation at the top (同志们：), or no closing at the end. A closing may thank (谢谢大家！, 谢谢大家的聆听！……), wish (最后，祝……！) or call (同志们，……让我们……！), and an appendix or glossary may follow it. Checked on speeches only: a work report, situation report, plan, opinion, key points, New Year message or letter of congratulation is not (see document kinds).',
    },
    messages: {
      noSalutation: {
        'zh-cn': '开头没有称呼：讲话通常以“同志们：”“各位领导、同志们：”或“尊敬的……：”开始。',
        en: 'No salutation at the top: a speech usually opens with 同志们：, 各位领导、同志们： or 尊敬的……：.',
      },
      noClosing: {
        'zh-cn': '结尾没有结束语：讲话通常以“谢谢大家！”结束。',
        en: 'No closing at the end: a speech usually ends with 谢谢大家！.',
      },
    },
    docs: 'structure',
    tags: ['structure'],
    summary: { 'zh-cn': '开头没有称呼或结尾没有结束语。', en: 'No salutation at the top or no closing at the end.' },
    catches: 'no salutation at the top, no closing at the end',
    fixSummary: '—',
  },
  reads: 'outline',
  check({ speech, options, report }: DocumentContext): void {
    const { paragraphs } = speech;
    if (paragraphs.length < MIN_PARAGRAPHS) return;
    // A report, a plan or a New Year message has no salutation or closing of a speech's kind to miss.
    if (effectiveKind(speech.kind, options.documentKind).kind !== 'speech') return;
    if (!speech.salutation) report({ ...paragraphs[0].span, messageId: 'noSalutation' });
    if (!speech.closing) report({ ...paragraphs[paragraphs.length - 1].span, messageId: 'noClosing' });
  },
};
