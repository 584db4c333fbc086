/**
 * Lines pasted with a web page that are no part of the speech. The lexer marks them, so the parse (title block,
 * salutation, closing, paragraphs) and every other rule pass them by: one line of residue gives one finding, from
 * `web-residue`, not a cascade (a 【点此注册】 link is no placeholder, three copies of a watermark are no duplicate
 * paragraph).
 *
 * The forms were written from the pages scraped for test/corpus (government, school, enterprise and template sites
 * such as 范文 collections and paywalled document libraries) and the forms issue 16 lists.
 */

import { isBlankCode, isHanCode } from '../language/chars';

/**
 * furniture: the page's navigation, credits, counters and links; junk: anti-scraping garbage; assistant: a chatbot's
 * note; front-matter: the file's own `---` block of settings at the top (see frontMatter.ts), no part of the speech
 * either, and no residue to report.
 */
/** `comment`: a line that is only a Markdown (HTML) comment, such as a speech-draft-disable directive: not spoken. */
export type ResidueKind = 'furniture' | 'junk' | 'assistant' | 'front-matter' | 'comment';

/** Page furniture is a short line; a longer one is prose that happens to begin with 来源： or 编辑：. */
const MAX_FURNITURE_LENGTH = 80;
/** The longest line read as a note about a page or a draft (小编精心为您推荐…供大家参考, a chatbot's note). */
const MAX_NOTE_LENGTH = 200;

/** Navigation and copyright lines, whatever else they hold (上一篇：坚持稳中求进，推动高质量发展). */
const ALWAYS = new RegExp(
  [
    '^(?:[-•·*]\\s*)?(?:上一篇|下一篇|上一条|下一条|上一页|下一页)(?:[:：\\s]|$)',
    // copyright notices and comment sections (以上仅代表个人观点 is how a speaker ends a talk: not here)
    '^(?:©|版权所有|Copyright\\b)|版权归.{0,12}所有|未经.{0,8}(?:允许|授权|许可).{0,8}(?:转载|复制|使用)',
    '^(?:用户评论|网友评论|发表评论|评论区)$|仅代表网友(?:的)?(?:意见|观点)|与本站立场无关',
  ].join('|'),
  'i',
);
/**
 * Paywall and document-library notices; a line that ends a sentence is prose (要认真阅读全文，深刻领会精神。), so
 * these count only on a line without 。！？.
 */
const PAYWALL =
  /试读结束|(?:查阅|查看|打开|下载)全文|(?:全文|文章)共\s*[0-9０-９]+\s*字|当前显示\s*[0-9０-９]+\s*字|仅供.{0,6}会员|加入会员|点此注册|刷新页面|登录网站|加入[Vv][Ii][Pp]|立即下载|立即了解|免费下载|下面的提示信息/;
const SENTENCE_END = /[。！？!?]\s*[”’）)]?\s*$/;

/** A news photo's caption with its credit: 省长叶建春作政府工作报告。本报记者 韩卿立 摄 (a sentence, and still no part of the text). */
const PHOTO_CREDIT = /(?:记者|通讯员)\s*[\p{Script=Han}·]{1,5}(?:[\s、，,]+[\p{Script=Han}·]{1,5})*\s*(?:摄(?:影)?)?$/u;

/**
 * A residue line after which the next short line is residue too: a label alone on its line (来源：, 责任编辑：, 阅读量：,
 * a link id abcd…:) with its value below it, or a breadcrumb's separator (>) before the next crumb.
 */
export function labelsNextLine(text: string): boolean {
  return LABEL_ALONE.test(text.trim());
}

const LABEL_ALONE =
  /^(?:(?:来源|文章来源|信息来源|稿件来源|责任编辑|编辑|作者|发表时间|发布时间|发布日期|更新时间|摄影|供稿|撰稿|阅读量|点击量|浏览量)[:：]|[0-9a-f]{16,}[:：]|[>＞›»])$/;

/**
 * A line short enough, and without a sentence, to be the value of a label above it (四川日报, 李莎莎, 政务信息); under a
 * link id, the link's title, which may hold a comma (四川干部群众热议政府工作报告 以奋勇争先之姿，乘势而为).
 */
export function mayBeLabelValue(text: string, label: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LABEL_VALUE || /[。！？!?]/.test(trimmed)) return false;
  return LINK_ID.test(label.trim()) || !/[；;，,]/.test(trimmed);
}

const LINK_ID = /^[0-9a-f]{16,}[:：]$/;

const MAX_LABEL_VALUE = 40;

/** Furniture other than the above never holds a sentence: 来源：国家统计局的数据显示，… is prose. */
const SENTENCE_MARK = /[。！？，；]/;

const FURNITURE = new RegExp(
  [
    '^[【\\[]?(?:责任编辑|编辑|文章来源|信息来源|稿件来源|来源|作者|发布时间|发布日期|更新时间|发布人|发布者|发布机构|审核|校对|供稿|撰稿|摄影|文章标题)[】\\]]?\\s*[:：]',
    // a publication time: 时间：2024-02-01 05:52:40, 2008-06-10 08:33:49 来源： (a date line of the title block,
    // （2025年1月15日）, has neither the label nor the time of day)
    '^(?:时间|日期)[:：]\\s*[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}',
    '^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\\s+[0-9]{1,2}:[0-9]{2}',
    // a page's date alone on its line: 2024-07-16 (a speech dates itself 2024年7月16日)
    '^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$',
    // counters: 点击量：1234, 阅读（3.31W）, 人气：45
    '(?:^|[\\s|｜】\\]])(?:点击量|点击数|阅读量|阅读数|浏览量|浏览次数|访问量|访问次数|阅读次数|点击次数|人气)[:：]?\\s*[0-9０-９][0-9.]*[万WwKk]?(?:\\s|$)',
    '(?:^|[\\s|｜】\\]])(?:浏览|点击|阅读|访问)\\s*(?:[:：]\\s*[0-9０-９]+次?|[（(][0-9.]+[万WwKk]?[)）])(?:\\s|$)',
    '^分享(?:到)?(?:[:：\\s]|$)',
    // a page's tools, a line each: 下载 打印 全屏 收藏, 【字号： 加大 还原 减小 】, 【字体： 大 中 小 】
    '^(?:下载|打印|全屏|收藏|加大|还原|减小|大|中|小|【|】|×|✕|[【\\[]?(?:字号|字体)[:：]|相关报道[:：]?|相关附件\\s*>>|相关链接\\s*>>|首页|[>＞›»]|(?:阅读量|点击量|浏览量|访问量|发表时间|发布时间)[:：])$',
    // a publication time in Chinese: 2026年02月10日 07时41分
    '^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\\s+[0-9]{1,2}时[0-9]{1,2}分$',
    // a page's link id: abcd39f1fb7f426d9dfb6bd0fa1f2146:
    '^[0-9a-f]{16,}[:：]?$',
    '^[【\\[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|加入收藏)[】\\]]',
    '^(?:打印本页|关闭窗口|返回顶部|相关文章|相关阅读|推荐阅读|相关推荐|热门文章|正文复制|内容预览[:：]?|扫一扫在手机打开当前页|扫一扫在手机上查看当前页面|THE END)$',
    '^[【\\[]?(?:字体|字号)[:：]?\\s*[【\\[]?大[】\\]]?\\s*[【\\[]?中[】\\]]?\\s*[【\\[]?小[】\\]]?',
    '^(?:当前位置|您现在的位置|您的位置|你的位置)[:：]',
    // a link's label, arrows and all: 》》点击图片进入专题《《, >>点击查看原文
    '^[》>＞»]*\\s*点击(?:图片|此处|这里|链接)?(?:进入|查看|阅读|浏览|了解|访问)[^。，！？]{0,12}[《<＜«]*$',
    '^首页\\s*[>＞›»]',
    // a collection page's own title and numbering: 毕业典礼父母致辞（通用26篇）, …学生代表8篇, …篇1, 范文第1篇
    '[（(]?(?:通用|精选|热门|优秀|推荐)?[0-9]+篇[)）]?$',
    '(?:\\s|[^\\s第])篇\\s*[0-9]+$|第[0-9]+篇$|^【篇[一二三四五六七八九十]+】$',
    // a site's watermark: 公文汇 www.gongwenhui.com
    '^[\\p{Script=Han}A-Za-z0-9]{1,12}\\s*(?:https?://)?www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z]{2,})+/?$',
    // a page number or id alone on its line
    '^[0-9]{5,}$',
  ].join('|'),
  'iu',
);

/** A page's note about itself (以下是…小编精心为您推荐的…，供大家参考) or a chatbot's note about the draft it wrote. */
const NOTE =
  /小编.{0,30}(?:整理|收集|推荐|带来|准备|分享).{0,40}(?:参考|借鉴|帮助|阅读|欣赏)|希望(?:对你|对您|能对你|能对您|能够对你|能够对您)(?:有所)?帮助|这篇(?:讲话稿|发言稿|致辞|演讲稿|主持词)旨在|如需(?:进一步)?(?:修改|调整|润色).{0,20}(?:告诉我|随时)|希望(?:这篇|这份|以上)(?:内容|讲话稿|发言稿|稿子)?能?(?:满足|符合)(?:您|你)的(?:需求|要求)|请随时告诉我/;
/** A Markdown rule or a chatbot's separator: --- or ===. */
const SEPARATOR = /^(?:-{3,}|={3,})$/;

/** Discuz-style garbage lines run up to about a hundred characters (laomiw.com, seen in the corpus search). */
const MAX_GARBAGE_LENGTH = 120;
/** ASCII symbols that anti-scraping garbage is made of and that a line of prose or a list rarely holds. */
const GARBAGE_SYMBOL = /[;)(/$%^&*+=[\]{}|\\~!@#<>`'"]/;
const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * Anti-scraping garbage: a line without Chinese made of three or more fragments of at most three characters,
 * letters or digits with ASCII symbols among them (`; G) X3 q. q/ q`). Words, numbers and lists do not look so.
 */
function isGarbage(text: string): boolean {
  if (text.length < 4 || text.length > MAX_GARBAGE_LENGTH || HAN.test(text) || !LETTER_OR_DIGIT.test(text))
    return false;
  const fragments = text.split(/\s+/);
  return (
    fragments.length >= 3 &&
    fragments.every((fragment) => fragment.length <= 3) &&
    fragments.filter((fragment) => GARBAGE_SYMBOL.test(fragment)).length >= 2
  );
}

/** First characters of the furniture, notes and paywall lines above (a line of a speech seldom starts so). */
const RESIDUE_STARTS = new Set([
  ...'上下责编文信稿来作发更审校供撰摄分打关返收加相推热正内扫字当您你首版时日新刚未查用网评这希如请仅以',
]);
/** A page's tools stand a word a line (全屏, 减小, 大, 阅读量：): a line this short is read whole. */
const MAX_TOOL_LINE = 5;
/** How the notes NOTE matches end, looked for in the last few characters of lines too long to be furniture. */
const NOTE_ENDING = /参考|借鉴|阅读|欣赏|帮助|告诉我|需求|要求|修改|调整|润色/;
const NOTE_TAIL = 12;
/** Words that mark residue wherever they stand in a short line (at most 80 characters are searched): counters, watermarks, a template site's note. */
const RESIDUE_WORD =
  /www\.|记者|小编|点击|阅读|浏览|访问|人气|会员|评论|全文|文章共|试读|立即|下载|版权|转载|本站|提示信息|帮助|旨在|需求|告诉我/;

/**
 * Whether a line can be residue at all: most lines of a speech are ruled out by their first and last character
 * and a few substring searches, which cost far less than one regular expression with this many alternatives.
 */
function mayBeResidue(text: string): boolean {
  let first = 0;
  while (first < text.length && isLeadingBlank(text.charCodeAt(first))) first++;
  if (first === text.length) return false;
  // Past the length of furniture only a note (小编…, a chatbot's) or garbage can be residue.
  if (text.length - first > MAX_FURNITURE_LENGTH) {
    // Such a note ends with its point (…供大家参考。 …希望对你有所帮助！ …请随时告诉我。): only the tail is read.
    return NOTE_ENDING.test(text.slice(-NOTE_TAIL)) || !HAN.test(text);
  }
  const code = text.charCodeAt(first);
  if (!isHanCode(code) || RESIDUE_STARTS.has(text[first])) return true;
  if (text.length - first <= MAX_TOOL_LINE) return true;
  let last = text.length - 1;
  while (last > first && isLeadingBlank(text.charCodeAt(last))) last--;
  const end = text.charCodeAt(last);
  if (
    end === 0x6444 /* 摄 */ ||
    end === 0x7bc7 /* 篇 */ ||
    (end >= 0x30 && end <= 0x39) ||
    end === 0xff09 ||
    end === 0x29
  )
    return true;
  return RESIDUE_WORD.test(text);
}

/** A blank or the BOM a pasted first line may start with. */
function isLeadingBlank(code: number): boolean {
  return isBlankCode(code) || code === 0xfeff;
}

/** No residue line is longer, indentation included. */
const MAX_LINE_LENGTH = MAX_NOTE_LENGTH + 40;

/** What kind of residue the line is, or undefined for a line of the speech. */
export function residueOf(text: string): ResidueKind | undefined {
  // Most paragraphs of a speech are longer than any residue: one comparison rules them out.
  if (text.length > MAX_LINE_LENGTH || !mayBeResidue(text)) return undefined;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_NOTE_LENGTH) return undefined;
  if (NOTE.test(trimmed)) return trimmed.includes('小编') ? 'furniture' : 'assistant';
  if (SEPARATOR.test(trimmed)) return 'assistant';
  if (isGarbage(trimmed)) return 'junk';
  if (trimmed.length > MAX_FURNITURE_LENGTH) return undefined;
  if (ALWAYS.test(trimmed) || PHOTO_CREDIT.test(trimmed) || (!SENTENCE_END.test(trimmed) && PAYWALL.test(trimmed)))
    return 'furniture';
  return !SENTENCE_MARK.test(trimmed) && FURNITURE.test(trimmed) ? 'furniture' : undefined;
}
