/**
 * Rule `typo`: a character the pinyin input method chose in place of the intended one (布署 for 部署, 二登奖 for
 * 二等奖, 持之以横 for 持之以恒). See ../typo.ts for how it is found. The correction is offered one quick fix at a time, never by Fix all:
 * a typo fix changes a word, and is never certain.
 */

import { CHARS } from '../parse/lineChars';
import { findTypos } from '../language/typoModel';
import type { ActionContext, LineContext, LineRule, RuleAction } from './types';

export const typo: LineRule = {
  meta: {
    id: 'typo',
    background: true,
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      typo: {
        'zh-cn': '「{written}」可能是错别字：是否应为「{right}」？',
        en: '「{written}」 may hold a typo: did you mean 「{right}」?',
      },
      addWord: { 'zh-cn': '将「{word}」加入词表', en: 'Add 「{word}」 to the word list' },
    },
    description: {
      'zh-cn':
        '错别字：拼音输入法选错的同音字（布署→部署、二登奖→二等奖、持之以横→持之以恒）。按词频切分句子，单独落单且本身不是常用字的字，若换成同音字能组成常用词、使整句的可能性大幅提高，就提示更正。只找把握大的；词表（.speechdraftrc.json 的 words）中的词不报。',
      en: 'Typos: a homophone the pinyin input method chose (布署 for 部署, 二登奖 for 二等奖, 持之以横 for 持之以恒). The sentence is segmented by word frequency; a character left standing alone that is not a common word by itself is reported when a character of the same reading joins its neighbours into a common word and makes the sentence far likelier. It reports only what it is sure of; words in the word list (.speechdraftrc.json `words`) are never reported.',
    },
    docs: 'typo',
    tags: ['typo'],
    summary: {
      'zh-cn': '拼音输入法造成的错别字：布署、持之以横。',
      en: 'Typos from the pinyin input method: 布署, 持之以横.',
    },
    catches: '`认真布署`, `二登奖`, `持之以横`, `再接再励`',
    fixSummary: '`部署` (one quick fix, never in Fix all), or add the word to the word list',
  },
  trigger: { requires: CHARS.han },
  checkLine({ text, options, report }: LineContext): void {
    const model = options.typoModel;
    if (!model) return;
    for (const found of findTypos(text, model, options.words)) {
      const written = text.slice(found.start, found.end);
      const right = written.slice(0, found.at - found.start) + found.right + written.slice(found.at - found.start + 1);
      report({
        start: found.start,
        end: found.end,
        messageId: 'typo',
        data: { written, right },
        fix: {
          title: 'changeTo',
          data: { to: right },
          edits: [{ start: found.at, end: found.at + 1, newText: found.right }],
          safe: false,
        },
      });
    }
  },
  /** Accept the word: add it to the word list (`words`), and it is never reported again. */
  actions({ finding, speech }: ActionContext): RuleAction[] {
    const word = speech.text.slice(finding.span.start, finding.span.end);
    return [{ kind: 'add-to-list', title: 'addWord', data: { word }, list: 'words', value: word }];
  },
};
