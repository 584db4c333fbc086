/**
 * Rule `hard-to-read`: a word or a character the speaker may misread at the podium (莘莘学子 read xīnxīn, 耄耋, 针砭),
 * with its standard reading. Reports the curated words of ../language/readings.ts and the characters of 《通用规范汉字表》
 * outside its first level, each the first time the speech uses it: the speaker learns a reading once.
 */

import { CHARS } from '../parse/lineChars';
import { hardSpansIn, type HardSpan } from '../language/readings';
import type { ActionContext, DocumentContext, DocumentRule, RuleAction } from './types';
import { documentRule, isAcceptedWordAt } from './types';

const NO_HARD: readonly HardSpan[] = [];

export const hardToRead: DocumentRule = documentRule<readonly HardSpan[]>({
  meta: {
    id: 'hard-to-read',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      'zh-cn':
        '讲话人可能读错的字词，给出标准读音：常被读错的词（莘莘学子、耄耋、针砭、给予、角色……，读音据《现代汉语词典》第7版、《普通话异读词审音表》），以及《通用规范汉字表》一级字（3500个常用字）以外的字（读音据《通用规范汉字字典》）。每个字词只在全文第一次出现处提示；词表（words）中的词（如人名、地名）不提示。',
      en: 'Words and characters the speaker may misread, with their standard reading: words commonly misread (莘莘学子, 耄耋, 针砭, 给予, 角色…, readings from 《现代汉语词典》 7th ed. and 《普通话异读词审音表》), and characters of 《通用规范汉字表》 outside its first level of 3,500 common characters (readings from 《通用规范汉字字典》). Each is reported where the speech first uses it; words of the word list (`words`, such as names) are not.',
    },
    messages: {
      misread: {
        'zh-cn': '「{text}」读 {reading}，不读 {misread}（{source}）。',
        en: '「{text}」 is read {reading}, not {misread} ({source}).',
      },
      word: {
        'zh-cn': '「{text}」读 {reading}（{source}）。',
        en: '「{text}」 is read {reading} ({source}).',
      },
      character: {
        'zh-cn': '「{text}」不是常用字（《通用规范汉字表》一级字以外），读 {reading}。',
        en: '「{text}」 is not a common character (outside the first level of 《通用规范汉字表》): it is read {reading}.',
      },
      addWord: { 'zh-cn': '将「{word}」加入词表', en: 'Add 「{word}」 to the word list' },
    },
    options: {
      characters: {
        default: true,
        schema: { type: 'boolean' },
        description: {
          'zh-cn': '是否提示《通用规范汉字表》一级字以外的字（关闭后只提示常被读错的词）。',
          en: 'Whether characters outside the first level of 《通用规范汉字表》 are reported (off: only the words commonly misread).',
        },
      },
    },
    docs: 'hard-to-read',
    tags: ['reading'],
    summary: {
      'zh-cn': '讲话人可能读错的字词，附读音：莘莘学子、耄耋、针砭。',
      en: 'Words the speaker may misread, with their reading: 莘莘学子, 耄耋, 针砭.',
    },
    catches: '`莘莘学子` (shēnshēn), `耄耋`, `针砭`, `给予`, a character outside the 3,500 common ones',
    fixSummary: '— (add a name to the word list)',
  },
  reads: 'outline',
  perLine: (text: string, chars: number, source = text, start = 0): readonly HardSpan[] =>
    chars & CHARS.han ? hardSpansIn(source, start, start + text.length) : NO_HARD,
  check({ speech, options, settings, report, perLine }: DocumentContext<readonly HardSpan[]>): void {
    const told = new Set<string>();
    speech.lines.forEach((line, index) => {
      for (const hard of perLine(index)) {
        const text = line.text.slice(hard.start, hard.end);
        if (told.has(text) || (!hard.source && settings.characters === false)) continue;
        if (isAcceptedWordAt(line.text, hard.start, hard.end, options)) continue;
        told.add(text);
        const data = { text, reading: hard.reading, misread: hard.misread ?? '', source: hard.source ?? '' };
        const messageId = !hard.source ? 'character' : hard.misread ? 'misread' : 'word';
        report({ start: line.start + hard.start, end: line.start + hard.end, messageId, data });
      }
    });
  },
  /** A name (a person's, a place's) is read as its owner says: add it to the word list, and it is never reported. */
  actions({ finding, speech }: ActionContext): RuleAction[] {
    const word = speech.text.slice(finding.span.start, finding.span.end);
    return [{ kind: 'add-to-list', title: 'addWord', data: { word }, list: 'words', value: word }];
  },
});
