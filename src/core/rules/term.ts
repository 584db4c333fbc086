/**
 * Rule `term`: the unit's own names and wording, from `terms` in .speechdraftrc.json (`{ "pattern": "区府办",
 * "prefer": "区政府办公室", "note": "全称" }`): each place the pattern matches is reported with the preferred text as
 * its fix. The patterns are validated when the file is read (see config.ts).
 */

import type { LineContext, LineRule } from './types';

/** Matches of one term a line may report: a pasted table of thousands of them says nothing more. */
const MAX_A_LINE = 50;

export const term: LineRule = {
  meta: {
    id: 'term',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      prefer: {
        'zh-cn': '本单位写作「{prefer}」，而不是「{written}」{note}。',
        en: 'The unit writes 「{prefer}」, not 「{written}」{note}.',
      },
    },
    description: {
      'zh-cn':
        '本单位的规范用语：.speechdraftrc.json 的 terms 中列出的写法（纯文本，或 /正则表达式/），每处都提示改为 prefer 中的写法，note 作为说明。正则表达式按 RE2 语法（re2js）匹配，用时与行长成正比，任何写法都不会卡住；不支持环视和反向引用。',
      en: "The unit's own names and wording: each place a pattern of `terms` in .speechdraftrc.json matches (plain text, or a /regular expression/) is reported with the `prefer` text as the fix, and `note` as the reason. Regular expressions run on RE2 (re2js), in time linear in the line whatever the pattern; RE2 has no lookaround or backreferences.",
    },
    docs: 'term',
    tags: ['style'],
    summary: {
      'zh-cn': '本单位规范用语（.speechdraftrc.json 的 terms）。',
      en: "The unit's own wording (`terms` in .speechdraftrc.json).",
    },
    catches: 'what `terms` in `.speechdraftrc.json` lists, e.g. `区府办`',
    fixSummary: 'the `prefer` text',
  },
  checkLine({ text, options, report }: LineContext): void {
    for (const { matches, prefer, note } of options.terms) {
      let count = 0;
      for (const match of matches(text)) {
        const written = match.text;
        if (written === '' || written === prefer) continue;
        const start = match.start;
        report({
          start,
          end: start + written.length,
          messageId: 'prefer',
          data: { prefer, written, note: note ? `（${note}）` : '' },
          fix: { title: 'changeTo', data: { to: prefer }, newText: prefer, safe: false },
        });
        if (++count >= MAX_A_LINE) break;
      }
    }
  },
};
