/**
 * Rule `web-residue`: lines pasted with a web page that are no part of the speech: the page's furniture (上一篇：,
 * 责任编辑：, 来源：, 点击量：, 分享到, paywall notices), the garbage lines anti-scraping scripts insert
 * (`; G) X3 q. q/ q`) and a chatbot's note about the draft. The lexer finds them (residue.ts); every other rule
 * passes them by.
 */

import type { DocumentContext, DocumentRule } from './types';

export const webResidue: DocumentRule = {
  meta: {
    id: 'web-residue',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn':
        '从网页或写作助手复制带来的残留行：页面元素（上一篇、责任编辑、来源、点击量、分享到、试读结束、版权声明）、防采集乱码（如 `; G) X3 q. q/ q`）和写作助手的说明。修复为删除这一行。',
      en: "Lines pasted along with a web page or a writing assistant: page furniture (上一篇, 责任编辑, 来源, 点击量, 分享到, paywall and copyright notices), anti-scraping garbage such as `; G) X3 q. q/ q`, and an assistant's note. The fix deletes the line.",
    },
    messages: {
      junk: {
        'zh-cn': '「{shown}」像是网页防采集插入的乱码，不是讲话内容：请删除这一行。',
        en: '「{shown}」 looks like garbage a web page inserts against copying, not part of the speech: delete the line.',
      },
      assistant: {
        'zh-cn': '「{shown}」是写作助手的说明，不是讲话内容：请删除这一行。',
        en: "「{shown}」 is a writing assistant's note, not part of the speech: delete the line.",
      },
      furniture: {
        'zh-cn': '「{shown}」是从网页带来的页面元素，不是讲话内容：请删除这一行。',
        en: '「{shown}」 came along with the web page (navigation, credits, counters or notices), it is not part of the speech: delete the line.',
      },
    },
    docs: 'web-residue',
    tags: ['paste'],
    summary: {
      'zh-cn': '从网页带来的残留行：上一篇、责任编辑、来源、点击量、分享到、防采集乱码。',
      en: 'Lines pasted with a web page: 上一篇, 责任编辑, 来源, 点击量, 分享到, anti-scraping garbage.',
    },
    catches: 'a line pasted with a web page: 上一篇, 责任编辑：, 来源：, 点击量：, 分享到, `; G) X3 q. q/ q`',
    fixSummary: 'delete the line',
    reportsOn: ['furniture', 'junk', 'assistant'],
  },
  check({ speech, report }: DocumentContext): void {
    const { lines, lineResidue } = speech;
    for (let index = 0; index < lines.length; index++) {
      const residue = lineResidue[index];
      if (residue === undefined || residue === 'front-matter' || residue === 'comment') continue;
      const line = lines[index];
      const contentStart = line.text.length - line.text.trimStart().length;
      const contentEnd = line.text.trimEnd().length;
      const text = line.text.slice(contentStart, contentEnd);
      const next = lines[index + 1];
      report({
        start: line.start + contentStart,
        end: line.start + contentEnd,
        messageId: residue,
        data: { shown: text.length > 30 ? `${text.slice(0, 30)}…` : text },
        fix: {
          title: 'deleteLine',
          edits: [{ start: line.start, end: next ? next.start : line.end, newText: '' }],
          safe: false,
        },
      });
    }
  },
};
