/**
 * Rule `fullwidth-alphanumeric`: digits and Latin letters typed in their full-width forms (２０２５年, ＣＢＤ, １６：３２,
 * ５．２％), which GB/T 15835-2011 writes half-width; a decimal point, a time's colon and a per cent sign inside such a
 * number go with it.
 */

import type { LineContext, LineRule } from './types';

/** A run of full-width digits and letters; ．and ：between full-width digits, ％ after one. */
/** ０-９ Ａ-Ｚ ａ-ｚ */
const FULL_WIDTH_ALPHANUMERIC = [
  [0xff10, 0xff19],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
]
  .flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)))
  .join('');
const RUN = /[０-９Ａ-Ｚａ-ｚ]+(?:[．：][０-９]+)*％?/g;

export const fullwidthAlphanumeric: LineRule = {
  meta: {
    id: 'fullwidth-alphanumeric',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      fullWidth: {
        'zh-cn': '「{run}」用了全角字符：数字和字母应写作半角「{to}」。',
        en: '「{run}」 is typed in full-width forms: write digits and letters half-width, 「{to}」.',
      },
    },
    description: {
      'zh-cn':
        '全角的数字和字母（２０２５年、ＣＢＤ、１６：３２、５．２％）：GB/T 15835-2011 规定阿拉伯数字用半角，外文字母也用半角；数字中的小数点、时间的冒号和百分号随之改为半角。',
      en: "Digits and Latin letters in their full-width forms (２０２５年, ＣＢＤ, １６：３２, ５．２％): GB/T 15835-2011 writes Arabic numerals half-width, and Latin letters are half-width too; the decimal point, a time's colon and the per cent sign inside such a number go half-width with them.",
    },
    docs: 'fullwidth-alphanumeric',
    tags: ['numbers', 'punctuation'],
    summary: {
      'zh-cn': '全角数字和字母：２０２５年、ＣＢＤ。',
      en: 'Full-width digits and letters: ２０２５年, ＣＢＤ.',
    },
    catches: '`２０２５年` `ＣＢＤ` `１６：３２` `５．２％`',
    fixSummary: '`2025年` `CBD` `16:32` `5.2%`',
  },
  trigger: { chars: FULL_WIDTH_ALPHANUMERIC },
  checkLine({ text, report }: LineContext): void {
    for (const match of text.matchAll(RUN)) {
      const run = match[0];
      const to = toHalfWidth(run);
      report({
        start: match.index,
        end: match.index + run.length,
        messageId: 'fullWidth',
        data: { run, to },
        fix: { title: 'changeTo', data: { to }, newText: to, safe: true },
      });
    }
  },
};

/** Full-width ASCII forms (U+FF01–U+FF5E) to their ASCII characters. */
function toHalfWidth(run: string): string {
  return run.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}
