/**
 * Rule `typo`: a character the pinyin input method, or a glance, chose in place of the intended one (二登奖 for 二等奖,
 * 可学发现 for 科学发现, 持之以横 for 持之以恒), decided with a language model of Chinese (see
 * ../language/typoDecoder.ts). The correction is offered one quick fix at a time, never by Fix all: a typo fix changes
 * a word, and is never certain.
 */

import type { TypoChecker } from '../language/typoChecker';
import type { ParsedSpeech } from '../parse/types';
import {
  isAcceptedWordAt,
  type ActionContext,
  type DocumentContext,
  type DocumentRule,
  type RuleAction,
  type RuleOptions,
} from './types';

/** A typo the checker found, placed in the document, with the word as written. */
interface Placed {
  start: number;
  end: number;
  at: number;
  to: number;
  newText: string;
  written: string;
  /** A character typed twice: the fix deletes the second. */
  doubled: boolean;
}

export const typo: DocumentRule = {
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
      doubled: {
        'zh-cn': '「{written}」可能多打了一个「{char}」：是否应为「{right}」？',
        en: '「{written}」 may have 「{char}」 typed twice: did you mean 「{right}」?',
      },
      addWord: { 'zh-cn': '将「{word}」加入词表', en: 'Add 「{word}」 to the word list' },
    },
    description: {
      'zh-cn':
        '错别字：拼音输入法选错的同音字、形近字或同音词（二登奖→二等奖、可学发现→科学发现、持之以横→持之以恒），以及多打了一遍的虚词（的的、和和）。用汉语语言模型（fcitx5 输入法的三元词模型）给句子打分：换成同音字、形近字或同音词后整句的可能性大幅提高，才提示更正。人名（职务前后）、地名、书名号和短引号里的提法、繁体句子要求更高或不查，模型不认识而另一部词典收录的三四字词（城乡接合部）不改；词表（words）和术语表（terms）中的词不报。',
      en: "Typos: a homophone, a look-alike or a same-sounding word the pinyin input method or a glance chose (二登奖 for 二等奖, 可学发现 for 科学发现, 持之以横 for 持之以恒), and a function word typed twice (的的, 和和). A language model of Chinese (the word trigram model of fcitx5's input method) scores the sentence; a correction is proposed only when it makes the sentence far likelier. Names beside a title, place names, titles in 《》 and short quoted coinages need more, sentences in traditional characters are not checked, and words of three or four characters that another dictionary lists and the model does not know (城乡接合部) are left as written; words in the word list (`words`) and the team's terms (`terms`) are never reported.",
    },
    docs: 'typo',
    tags: ['typo'],
    summary: {
      'zh-cn': '拼音输入法或看错造成的错别字：二登奖、持之以横。',
      en: 'Typos from the pinyin input method or a glance: 二登奖, 持之以横.',
    },
    catches: '`二登奖`, `持之以横`, `再接再励`, `可学发现`, `的的`',
    fixSummary: '`二等奖` (one quick fix, never in Fix all), or add the word to the word list',
  },
  prepareLine(text: string, options: RuleOptions): void {
    options.typoChecker?.checkLine(text);
  },
  /**
   * Each line's typos (the checker keeps them by line text, so only changed lines are scored again), less those the
   * document itself answers: a word of the word list or the terms, and a coinage of the document: a word the model
   * does not know, which the document writes at least twice more where it is not flagged (提质, written ten times in a
   * report and flagged once). A word the model knows is no such proof: 权力 written for 权利 is a slip even where the
   * speech writes 权力 rightly elsewhere.
   */
  check({ speech, options, report }: DocumentContext): void {
    const checker = options.typoChecker;
    if (!checker) return;
    const found = typosOf(speech, checker, options);
    const flagged = new Map<string, number>();
    for (const typo of found) flagged.set(typo.written, (flagged.get(typo.written) ?? 0) + 1);
    const coinages = new Set<string>();
    for (const [written, times] of flagged)
      if (isCoinage(written, checker) && occurrences(speech.text, written, times + 2) > times + 1)
        coinages.add(written);
    for (const typo of found) {
      if (coinages.has(typo.written)) continue;
      const right = speech.text.slice(typo.start, typo.at) + typo.newText + speech.text.slice(typo.to, typo.end);
      report({
        start: typo.start,
        end: typo.end,
        messageId: typo.doubled ? 'doubled' : 'typo',
        data: typo.doubled ? { written: typo.written, right, char: typo.written[0] } : { written: typo.written, right },
        fix: {
          title: 'changeTo',
          data: { to: right },
          edits: [{ start: typo.at, end: typo.to, newText: typo.newText }],
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

/** Every line's typos in document offsets, left to right, less the words of the word list and the terms. */
function typosOf(speech: ParsedSpeech, checker: TypoChecker, options: RuleOptions): Placed[] {
  const placed: Placed[] = [];
  for (const line of speech.lines) {
    if (line.text === '' || speech.lineResidue[line.index] !== undefined) continue;
    for (const found of checker.checkLine(line.text)) {
      if (isAcceptedWordAt(line.text, found.start, found.end, options)) continue;
      placed.push({
        start: line.start + found.start,
        end: line.start + found.end,
        at: line.start + found.at,
        to: line.start + found.to,
        newText: found.newText,
        written: line.text.slice(found.start, found.end),
        doubled: found.kind === 'doubled',
      });
    }
  }
  return placed;
}

/** A written word of two characters or more that the model does not know as a word. */
function isCoinage(written: string, checker: TypoChecker): boolean {
  return written.length >= 2 && !checker.knowsWord(written);
}

/** How many times `word` stands in `text`, counted up to `enough`. */
function occurrences(text: string, word: string, enough: number): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0 && count < enough; at = text.indexOf(word, at + 1)) count++;
  return count;
}
