/**
 * Rule `variant-word`: a form of a word that 《第一批异形词整理表》 (GF 1001-2001) sets aside, with the form it
 * recommends as the fix: 再接再砺 → 再接再厉, 丰富多采 → 丰富多彩, 宏扬 → 弘扬. The list and its source are in
 * ../data/variantWords.ts.
 */

import { VARIANT_WORDS, type VariantWord } from '../language/variantWords';
import type { LineContext, LineRule } from './types';

/** The variants by the code of their key character, with where the key stands in each. */
const BY_KEY = new Map<number, Array<{ word: VariantWord; offset: number }>>();
/** 1 at the code of each key: the loop reads a typed array, and the map only where a key stands. */
const IS_KEY = new Uint8Array(0x10000);
for (const word of VARIANT_WORDS) {
  const code = word.key.charCodeAt(0);
  BY_KEY.set(code, [...(BY_KEY.get(code) ?? []), { word, offset: word.variant.indexOf(word.key) }]);
  IS_KEY[code] = 1;
}

export const variantWord: LineRule = {
  meta: {
    id: 'variant-word',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      variant: {
        'zh-cn': '「{variant}」是《第一批异形词整理表》不推荐的写法，推荐写作「{preferred}」。',
        en: '「{variant}」 is a form that the national list of variant words (GF 1001-2001) sets aside: write 「{preferred}」.',
      },
    },
    description: {
      'zh-cn':
        '异形词：《第一批异形词整理表》（GF 1001-2001）不推荐的写法，修复为推荐写法（再接再砺 → 再接再厉，丰富多采 → 丰富多彩，宏扬 → 弘扬）。只收在正常文字中不会跨词误配的写法。',
      en: 'Variant words: a form that the national list of variant words (GF 1001-2001) sets aside, fixed to the form it recommends (再接再砺 → 再接再厉, 丰富多采 → 丰富多彩, 宏扬 → 弘扬). Only forms that cannot also be read across a word boundary are listed.',
    },
    docs: 'variant-word',
    tags: ['typo'],
    summary: {
      'zh-cn': '《第一批异形词整理表》不推荐的写法：再接再砺、丰富多采、宏扬。',
      en: 'Forms the national list of variant words sets aside: 再接再砺, 丰富多采, 宏扬.',
    },
    catches: '`再接再砺`, `丰富多采`, `宏扬`, `名符其实`',
    fixSummary: '`再接再厉`, `丰富多彩`, `弘扬`, `名副其实` (a quick fix)',
  },
  /** The key character of each variant word (砺, 柢, 采 …). */
  trigger: { chars: VARIANT_WORDS.map((word) => word.key).join('') },
  checkLine({ text, report }: LineContext): void {
    let after = 0;
    for (let i = 0; i < text.length; i++) {
      if (IS_KEY[text.charCodeAt(i)] === 0) continue;
      const candidates = BY_KEY.get(text.charCodeAt(i))!;
      for (const { word, offset } of candidates) {
        const start = i - offset;
        if (start < after || !text.startsWith(word.variant, start)) continue;
        after = start + word.variant.length;
        report({
          start,
          end: after,
          messageId: 'variant',
          data: { variant: word.variant, preferred: word.preferred },
          fix: { title: 'changeTo', data: { to: word.preferred }, newText: word.preferred, safe: false },
        });
        break;
      }
    }
  },
};
