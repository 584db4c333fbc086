/**
 * Rule `web-residue`: lines pasted with a web page that are no part of the speech: the page's furniture (上一篇：,
 * 责任编辑：, 来源：, 点击量：, 分享到) and the garbage lines anti-scraping scripts insert (`; G) X3 q. q/ q`).
 */

import { lineMemo } from '../lineMemo';
import { sharedBy } from './shared';
import { type Message, type Rule, type RuleContext, RuleFinding } from './types';

type Residue = 'furniture' | 'junk' | 'none';

/** Page furniture is a short line; a longer one is prose that happens to begin with 来源： or 编辑：. */
const MAX_FURNITURE_LENGTH = 80;

/**
 * Lines of a news or government page around an article: navigation (上一篇：), credits (责任编辑：, 来源：),
 * counters (点击量：123), sharing and print links, breadcrumbs. Written from the pages scraped for test/corpus
 * (gov.cn, people.com.cn, school and company sites) and the forms the issue lists.
 */
/** 上一篇：…, whatever the linked title holds. */
const NAVIGATION = /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)(?:[:：\s]|$)/;
/** Furniture other than navigation never holds a sentence: 来源：国家统计局的数据显示，… is prose. */
const SENTENCE_MARK = /[。！？，；]/;
const FURNITURE = new RegExp(
  [
    '^[【\\[]?(?:责任编辑|编辑|文章来源|信息来源|稿件来源|来源|作者|发布时间|发布日期|发布人|发布者|发布机构|审核|校对|供稿|撰稿|摄影)[】\\]]?\\s*[:：]',
    '(?:^|[\\s|｜】\\]])(?:点击量|点击数|阅读量|阅读数|浏览量|浏览次数|访问量|访问次数|阅读次数|点击次数)[:：]?\\s*[0-9０-９]+(?:\\s|$)',
    '(?:^|[\\s|｜】\\]])(?:浏览|点击|阅读|访问)[:：]\\s*[0-9０-９]+(?:次)?(?:\\s|$)',
    '^分享到(?:[:：\\s]|$)',
    '^[【\\[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|加入收藏)[】\\]]',
    '^(?:打印本页|关闭窗口|返回顶部|相关文章|相关阅读|推荐阅读|相关推荐|热门文章|扫一扫在手机打开当前页|扫一扫在手机上查看当前页面)$',
    '^[【\\[]?(?:字体|字号)[:：]?\\s*[【\\[]?大[】\\]]?\\s*[【\\[]?中[】\\]]?\\s*[【\\[]?小[】\\]]?',
    '^(?:当前位置|您现在的位置|您的位置|你的位置)[:：]',
    '^首页\\s*[>＞›»]',
    '^(?:版权所有|Copyright\\b|©)',
  ].join('|'),
  'i',
);

/** ASCII symbols that anti-scraping garbage is made of and that a line of prose or a list rarely holds. */
const GARBAGE_SYMBOL = /[;)(/$%^&*+=[\]{}|\\~!@#<>`'"]/;
const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * Anti-scraping garbage: a line without Chinese made of three or more fragments of at most three characters,
 * letters or digits with ASCII symbols among them (`; G) X3 q. q/ q`). Words, numbers and lists do not look so.
 */
function isGarbage(text: string): boolean {
  if (text.length < 4 || text.length > 60 || HAN.test(text) || !LETTER_OR_DIGIT.test(text)) return false;
  const fragments = text.split(/\s+/);
  return fragments.length >= 3 && fragments.every((fragment) => fragment.length <= 3) && fragments.filter((fragment) => GARBAGE_SYMBOL.test(fragment)).length >= 2;
}

const residueOf = lineMemo((text): Residue => {
  const trimmed = text.trim();
  if (trimmed === '') return 'none';
  if (trimmed.length <= MAX_FURNITURE_LENGTH && (NAVIGATION.test(trimmed) || (!SENTENCE_MARK.test(trimmed) && FURNITURE.test(trimmed)))) return 'furniture';
  return isGarbage(trimmed) ? 'junk' : 'none';
});

/** Whether a line can be residue at all, in one look: most lines of a speech are ruled out here. */
const MAY_BE_RESIDUE = /^[\s\u3000]*[^\p{Script=Han}\s\u3000]|^[\s\u3000]*(?:上一|下一|责任|编辑|文章|信息|稿件|来源|作者|发布|审核|校对|供稿|撰稿|摄影|分享|打印|关闭|返回|收藏|加入|相关|推荐|热门|扫一扫|字体|字号|当前|您|你的|首页|版权)|(?:点击|阅读|浏览|访问)/u;

export const webResidue: Rule = {
  meta: {
    id: 'web-residue',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '从网页复制带来的残留行：页面元素（上一篇、下一篇、责任编辑、来源、点击量、分享到、打印本页）和防采集乱码（如 `; G) X3 q. q/ q`）。修复为删除这一行。',
      en: 'Lines pasted along with a web page: its furniture (上一篇, 下一篇, 责任编辑, 来源, 点击量, 分享到, 打印本页) and anti-scraping garbage such as `; G) X3 q. q/ q`. The fix deletes the line.',
    },
    docs: 'web-residue',
  },
  check({ speech }: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const paragraph of speech.paragraphs) {
      const line = speech.lines[paragraph.line];
      if (!MAY_BE_RESIDUE.test(line.text)) continue;
      const residue = residueOf(speech.lineKeys[paragraph.line], line.text);
      if (residue === 'none') continue;
      const next = speech.lines[paragraph.line + 1];
      const deletion = { title: DELETE_LINE, edits: [{ start: line.start, end: next ? next.start : line.end, newText: '' }], safe: false };
      const shown = speech.text.slice(paragraph.span.start, paragraph.span.end);
      findings.push(new RuleFinding('web-residue', { ...paragraph.span }, messageFor(`${residue}\u0000${shown}`), [deletion]));
    }
    return findings;
  },
};

const DELETE_LINE: Message = { 'zh-cn': '删除这一行', en: 'Delete this line' };

const messageFor = sharedBy((key): Message => {
  const [residue, text] = key.split('\u0000');
  const shown = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  return residue === 'junk'
    ? { 'zh-cn': `「${shown}」像是网页防采集插入的乱码，不是讲话内容：请删除这一行。`, en: `「${shown}」 looks like garbage a web page inserts against copying, not part of the speech: delete the line.` }
    : { 'zh-cn': `「${shown}」是从网页带来的页面元素，不是讲话内容：请删除这一行。`, en: `「${shown}」 came along with the web page (navigation, credits or counters), it is not part of the speech: delete the line.` };
});
