/**
 * Rule `typo`: a character the pinyin input method, or a glance, chose in place of the intended one (二登奖 for 二等奖,
 * 可学发现 for 科学发现, 持之以横 for 持之以恒), decided with a language model of Chinese (see
 * ../language/typoDecoder.ts). The correction is offered one quick fix at a time, never by Fix all: a typo fix changes
 * a word, and is never certain.
 */

import { CHARS } from '../parse/lineChars';
import {
  isAcceptedWordAt,
  type ActionContext,
  type LineContext,
  type LineRule,
  type RuleAction,
  type RuleOptions,
} from './types';

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
        '错别字：拼音输入法选错的同音字、形近字或同音词（二登奖→二等奖、可学发现→科学发现、持之以横→持之以恒）。用汉语语言模型（fcitx5 输入法的三元词模型）给句子打分：换成同音字、形近字或同音词后整句的可能性大幅提高，才提示更正。人名（职务前后）、地名、书名号和短引号里的提法、繁体句子要求更高或不查；词表（words）和术语表（terms）中的词不报。',
      en: "Typos: a homophone, a look-alike or a same-sounding word the pinyin input method or a glance chose (二登奖 for 二等奖, 可学发现 for 科学发现, 持之以横 for 持之以恒). A language model of Chinese (the word trigram model of fcitx5's input method) scores the sentence; a correction is proposed only when it makes the sentence far likelier. Names beside a title, place names, titles in 《》 and short quoted coinages need more, and sentences in traditional characters are not checked; words in the word list (`words`) and the team's terms (`terms`) are never reported.",
    },
    docs: 'typo',
    tags: ['typo'],
    summary: {
      'zh-cn': '拼音输入法或看错造成的错别字：二登奖、持之以横。',
      en: 'Typos from the pinyin input method or a glance: 二登奖, 持之以横.',
    },
    catches: '`二登奖`, `持之以横`, `再接再励`, `可学发现`',
    fixSummary: '`二等奖` (one quick fix, never in Fix all), or add the word to the word list',
  },
  trigger: { requires: CHARS.han },
  prepareLine(text: string, options: RuleOptions): void {
    options.typoChecker?.checkLine(text);
  },
  checkLine({ text, options, report }: LineContext): void {
    const checker = options.typoChecker;
    if (!checker) return;
    for (const found of checker.checkLine(text)) {
      if (isAcceptedWordAt(text, found.start, found.end, options)) continue;
      const written = text.slice(found.start, found.end);
      const right = text.slice(found.start, found.at) + found.newText + text.slice(found.to, found.end);
      report({
        start: found.start,
        end: found.end,
        messageId: 'typo',
        data: { written, right },
        fix: {
          title: 'changeTo',
          data: { to: right },
          edits: [{ start: found.at, end: found.to, newText: found.newText }],
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
