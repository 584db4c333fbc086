/** The salutation at the top of a speech (同志们：) and the closing at its end (谢谢大家！). */

import { foldForAnalysis } from '../language/simplified';
import { contentStartOf, matchHeading } from './headings';
import type { Line } from '../language/text';
import type { Conclusion, HeadingStyle, Landmark, TitleBlock } from './syntax';

/** Words that make a phrase ending in a colon a salutation: 同志们, 各位领导, 尊敬的……, 亲爱的同学们. */
const ADDRESSEE = /同志们|朋友们|同学们|老师们|学员们|战友们|女士们|先生们|来宾|代表|领导|嘉宾|各位|尊敬的|亲爱的/;
/** A salutation is a short phrase before a colon, with no sentence or clause break inside it. */
const SALUTATION = /^[^。！？!?；;：:\r\n]{1,60}?[：:]/;
/** A salutation without a colon, as a greeting: 同学们，大家早上好！ 各位家长大家好！ */
const GREETING = /^([^。！？!?；;：:\r\n]{1,40}?)[，,]?\s*(?:大家|你们|各位)?(?:早上|上午|中午|下午|晚上)?好[！!。]?/;
/** The title, subtitle, date, speaker and unit lines that may stand above a salutation. */
const MAX_LINES_BEFORE_SALUTATION = 6;

/** What the parse knows of a line that the landmarks depend on. */
export interface LineKinds {
  isHeading(line: Line): boolean;
  /** Pasted with a web page: looked through as if blank. */
  isResidue(line: Line): boolean;
}

/**
 * The last line of a speech: thanks (谢谢大家！, 再次感谢大家！), 请批评指正。, or a wish to the audience (祝大家新年快乐！),
 * with a stage direction after it (（长时间掌声）).
 */
const CLOSING =
  /^(?:(?:再次)?(?:谢谢|感谢)(?:大家|各位|你们|您们)?(?:的)?(?:聆听|倾听)?|请(?:批评)?指正|(?:[^。！？!?，,]{0,12}[，,]){0,2}(?:衷心|真诚|诚挚|再次)?(?:预)?祝(?:愿)?(?:(?:大家|各位|全体|同志们|同学们|老师们|你们|您|与会)[^。！？!?]{0,40}|(?:本次|这次|此次|大会|会议|论坛|活动|比赛|本届|培训班)[^。！？!?]{0,20}(?:圆满成功|取得圆满成功|成功|圆满结束)))[！!。.]*(?:[（(][^（）()]{1,12}[）)])?(?:\*\*)?$/;

export function findSalutation(lines: readonly Line[], kinds: LineKinds): Landmark | undefined {
  let nonBlankSeen = 0;
  for (const line of lines) {
    const start = contentStartOf(line.text);
    if (start >= line.text.length || kinds.isResidue(line)) continue;
    if (kinds.isHeading(line) || nonBlankSeen >= MAX_LINES_BEFORE_SALUTATION) return undefined;
    nonBlankSeen++;
    const content = foldForAnalysis(line.text.slice(start));
    const match = SALUTATION.exec(content);
    const greeting = match ? undefined : GREETING.exec(content);
    const found =
      match && ADDRESSEE.test(match[0]) ? match[0] : greeting && ADDRESSEE.test(greeting[1]) ? greeting[0] : undefined;
    if (found)
      return {
        line: line.index,
        span: { start: line.start + start, end: line.start + start + found.length },
        text: line.text.slice(start, start + found.length),
      };
  }
  return undefined;
}

/**
 * Thanks that open the last paragraph, whatever follows them (谢谢大家的聆听！祝……), and a wish that closes the speech
 * (最后，祝全市人民新春愉快、万事如意！).
 */
const THANKS_FIRST = /^(?:再次)?(?:衷心)?(?:谢谢|感谢)(?:大家|各位|你们|您们)(?:的)?(?:聆听|倾听|收听|支持)?[！!。]/;
const WISH =
  /^(?:(?:最后[，,]\s*)(?:在[^。！？!?]{1,20}之际[，,]\s*)?(?:衷心|真诚|诚挚|再次|谨)?(?:预)?祝(?:愿)?[^。！？!?]{2,80}[！!。]+|(?:在[^。！？!?]{1,20}之际[，,]\s*)?(?:衷心|真诚|诚挚|再次|谨)?(?:预)?祝(?:愿)?(?!贺的话)[^。！？!?]{2,80}[！!]+)(?:[（(][^（）()]{1,12}[）)])?$/;
/**
 * A call to action that ends a work-conference speech: the last paragraph turns to the audience or says 让我们,
 * and ends in an exclamation (同志们，……让我们……，奋力谱写……新篇章！).
 */
const CALL =
  /^(?:(?:同志们|同学们|朋友们|老师们|各位代表|各位委员|各位[^，,！!。：:]{0,12}|女士们、先生们)[，,！!]|(?:最后，?)?让我们)[\s\S]*[！!](?:[（(][^（）()]{1,12}[）)])?$/;
const CALL_ANYWHERE = /让我们[^。！？!?]*[！!](?:[（(][^（）()]{1,12}[）)])?$/;

function isClosingLine(text: string): boolean {
  return (
    CLOSING.test(text) || THANKS_FIRST.test(text) || WISH.test(text) || CALL.test(text) || CALL_ANYWHERE.test(text)
  );
}

/**
 * Where what follows the speech begins: its published appendix (附件, 附：, 名词解释, 注释), found as a short line
 * standing alone in the last part of the text; the text's end when it has none.
 */
function appendixStart(lines: readonly Line[], kinds: LineKinds): number {
  let found = lines.length;
  for (let index = lines.length - 1; index > lines.length / 3; index--) {
    const line = lines[index];
    if (kinds.isResidue(line)) continue;
    const text = line.text.trim();
    if (APPENDIX.test(text)) found = index;
  }
  return found;
}

const APPENDIX =
  /^(?:\*\*)?(?:附件[0-9０-９一二三四五六七八九十]*[：:]?.{0,40}|附[：:].{0,40}|附录.{0,20}|名词解释.{0,10}|注释[：:]?|相关名词解释)(?:\*\*)?$/;
/** A line that begins notes to what stands above: 注：, 说明：, alone on its line. */
const NOTES = /^(?:\*\*)?(?:注|说明|备注)[：:](?:\*\*)?$/;

/**
 * The lines where a part with numbering of its own begins: an appendix (附件, 附：, 名词解释) or notes (注：). Numbered
 * headings after such a line start their count again (the appendix's 一、 after the body's 五、).
 */
const MAX_BOUNDARY_LINE = 60;
const BOUNDARY_START = /^[\s\u3000]*(?:\*\*)?[附名注说备相]/;

export function partBoundaries(lines: readonly Line[], kinds: LineKinds): number[] {
  const found: number[] = [];
  for (const line of lines) {
    if (opensEmbeddedDocument(lines, line, kinds)) {
      found.push(line.index);
      continue;
    }
    // Every such line begins 附, 名, 注, 说, 备 or 相 (or ** in Markdown), and is short: most lines are passed by.
    if (
      line.text.length > MAX_BOUNDARY_LINE ||
      !BOUNDARY_START.test(line.text) ||
      kinds.isResidue(line) ||
      kinds.isHeading(line)
    )
      continue;
    const text = line.text.trim();
    if (text.length <= 44 && (APPENDIX.test(text) || NOTES.test(text))) found.push(line.index);
  }
  return found;
}

/** A list whose first member stands on the label's line: 附件：1.……, 注：1、…… (the next line goes on at 2). */
export interface InlineListStart {
  line: number;
  style: HeadingStyle;
  number: number;
}

/** The label of attachments or notes, and the colon after it, that may open a line before a list's first member. */
const LIST_LABEL = /(?:\*\*)?(?:附件|附|注|说明|备注|名词解释)[：:]?[ \t\u3000]*/y;

/**
 * The lines that hold a label and, after it, the first member of a list (附件：1.国土资源部……报告, then 2.…… on the
 * next line): the member's style and number, so that the list's next member counts on from it.
 */
export function inlineListStarts(lines: readonly Line[], kinds: LineKinds): InlineListStart[] {
  const found: InlineListStart[] = [];
  for (const line of lines) {
    // Every such line begins 附, 注, 说, 备 or 名 (or ** in Markdown): most lines are passed by.
    if (!BOUNDARY_START.test(line.text) || kinds.isResidue(line) || kinds.isHeading(line)) continue;
    LIST_LABEL.lastIndex = contentStartOf(line.text);
    if (!LIST_LABEL.test(line.text)) continue;
    const member = matchHeading(line.text.slice(LIST_LABEL.lastIndex));
    if (member && member.markerStart === 0)
      found.push({ line: line.index, style: member.style, number: member.number });
  }
  return found;
}

/**
 * The title of a rule or an opinion issued with the text (进一步支持文化企业发展的规定), a short line with no mark inside,
 * followed by the preamble that announces its points (为……，特制定以下规定：): a notice that issues two of them holds two
 * documents, each numbered from 一 again.
 */
const EMBEDDED_TITLE =
  /^[^，。；：！？,.;:!?]{4,40}(?:规定|办法|细则|条例|意见|方案|措施|纲要|规划|计划|决定|章程|预案|准则)$/;
const PREAMBLE =
  /(?:特|现)(?:制定|提出|作出|就)|制定本(?:规定|办法|细则|方案|条例|准则)|(?:如下|以下)(?:规定|意见|措施|办法)/;
/** How many lines a preamble may lie below its title (blank lines between). */
const MAX_PREAMBLE_GAP = 3;

/** The last characters of the genres above: a line that ends in none of them is passed by without a search. */
const GENRE_FINAL = new Set('定法则例见案施要划程');

function opensEmbeddedDocument(lines: readonly Line[], line: Line, kinds: LineKinds): boolean {
  const text = line.text.trimEnd();
  if (text.length > MAX_BOUNDARY_LINE || !GENRE_FINAL.has(text[text.length - 1]) || !EMBEDDED_TITLE.test(text.trim()))
    return false;
  if (kinds.isHeading(line) || kinds.isResidue(line)) return false;
  for (let index = line.index + 1; index < lines.length && index <= line.index + MAX_PREAMBLE_GAP; index++) {
    const next = lines[index];
    if (next.text.trim() === '') continue;
    return !kinds.isHeading(next) && PREAMBLE.test(next.text);
  }
  return false;
}

/** A speaker's line under the closing: 发言人：许运强. */
const SIGNATURE = /^(?:发言人|讲话人|致辞人|演讲人|报告人|署名)[:：]\s*\S{1,20}$/;
const MAX_SIGNATURE_LINES = 3;

export function findClosing(lines: readonly Line[], kinds: LineKinds): Landmark | undefined {
  let signatureLines = 0;
  for (let index = appendixStart(lines, kinds) - 1; index >= 0; index--) {
    const line = lines[index];
    const start = contentStartOf(line.text);
    const text = line.text.slice(start).trimEnd();
    if (text === '' || kinds.isResidue(line)) continue;
    if (isClosingLine(foldForAnalysis(text)))
      return { line: index, span: { start: line.start + start, end: line.start + start + text.length }, text };
    // 发言人：许运强 and 2007年9月19日 may follow 谢谢大家！
    if (signatureLines >= MAX_SIGNATURE_LINES || !(SIGNATURE.test(foldForAnalysis(text)) || DATE_LINE.test(text)))
      return undefined;
    signatureLines++;
  }
  return undefined;
}

/**
 * The paragraph that opens a speech's closing part: an address to the audience (同志们，), a call to action
 * (让我们…), or a summing up (总之，).
 */
const CONCLUSION_START =
  /^(?:(?:同志们|同学们|朋友们|老师们|学员们|战友们|各位[^，,！!。：:]{0,12}|女士们、先生们)[，,！!]|(?:最后，?)?让我们|总之|总而言之|综上所述)/;
/** The closing part is at most this many paragraphs before the closing line (or the end). */
const CONCLUSION_PARAGRAPHS = 3;

/**
 * The closing part: among the last paragraphs after the last heading (never the first one under it, which is that
 * section's own text), the earliest that opens a conclusion, through the closing line; or the closing line alone.
 */
export function findConclusion(
  lines: readonly Line[],
  kinds: LineKinds,
  firstBodyLine: number,
  closing: Landmark | undefined,
): Conclusion | undefined {
  const end = closing ? closing.line : lines.length;
  const paragraphs: number[] = [];
  let lastHeading = -1;
  for (let index = end - 1; index >= 0 && paragraphs.length < CONCLUSION_PARAGRAPHS + 1; index--) {
    const line = lines[index];
    if (contentStartOf(line.text) >= line.text.trimEnd().length || kinds.isResidue(line)) continue;
    if (kinds.isHeading(line)) {
      lastHeading = index;
      break;
    }
    paragraphs.push(index);
  }
  // The first paragraph under the last heading is that section's own.
  if (lastHeading >= 0) paragraphs.pop();
  let start: number | undefined;
  for (const index of paragraphs.slice(0, CONCLUSION_PARAGRAPHS)) {
    if (index <= firstBodyLine) break;
    const line = lines[index];
    if (CONCLUSION_START.test(foldForAnalysis(line.text.slice(contentStartOf(line.text))))) start = index;
  }
  const first = start ?? closing?.line;
  if (first === undefined) return undefined;
  const lastLine = closing ? closing.line : lastOfSpeech(lines, kinds);
  const last = lines[lastLine];
  return {
    line: first,
    lastLine,
    span: {
      start: lines[first].start + contentStartOf(lines[first].text),
      end: last.start + last.text.trimEnd().length,
    },
  };
}

function lastOfSpeech(lines: readonly Line[], kinds: LineKinds): number {
  let index = lines.length - 1;
  while (index > 0 && (lines[index].text.trim() === '' || kinds.isResidue(lines[index]))) index--;
  return index;
}

/** A line of a title block: short, no sentence punctuation. */
const TITLE_LINE = /^[^。！？!?；;]{1,60}$/;
/** What makes a first line a speech's title without a salutation under it. */
const TITLE_WORDS = /讲话|致辞|发言|报告|演讲|贺词|寄语|主持词|讲稿/;
/** （2025年1月15日）, 2025年1月15日, （二〇二五年一月十五日）, and one left to fill (2025年　月　日, 　　年　月　日). */
const DATE_LINE =
  /^[（(]?\s*(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})?\s*年\s*[0-9０-９一二三四五六七八九十]{0,3}\s*月(?:\s*[0-9０-９一二三四五六七八九十]{0,3}\s*日)?\s*[）)]?$/;
const MAX_TITLE_BLOCK_LINES = 4;

/**
 * The title block: the first lines before the salutation (or, without one, before the first paragraph, when the
 * first line reads as a title or a date line follows it), each short and without sentence punctuation.
 */
export function findTitleBlock(
  lines: readonly Line[],
  kinds: LineKinds,
  salutation: Landmark | undefined,
): TitleBlock | undefined {
  const found: Landmark[] = [];
  for (const line of lines) {
    if (found.length >= MAX_TITLE_BLOCK_LINES || line.index === salutation?.line) break;
    const start = contentStartOf(line.text);
    const text = line.text.slice(start).trimEnd();
    if (text === '' || kinds.isResidue(line)) continue;
    if (kinds.isHeading(line) || !TITLE_LINE.test(text) || /[，,]/.test(text)) break;
    found.push({ line: line.index, span: { start: line.start + start, end: line.start + start + text.length }, text });
  }
  if (found.length === 0) return undefined;
  if (!salutation) {
    const readsAsTitle =
      TITLE_WORDS.test(foldForAnalysis(found[0].text)) || found.slice(1).some((line) => DATE_LINE.test(line.text));
    if (!readsAsTitle) return undefined;
  } else if (found.at(-1)!.line >= salutation.line) {
    return undefined;
  }
  const [title, ...rest] = found;
  return { title, lines: rest, span: { start: title.span.start, end: found.at(-1)!.span.end } };
}
