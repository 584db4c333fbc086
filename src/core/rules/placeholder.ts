/** Rule `placeholder`: template text that was never filled in (***总书记, 区**, 20XX年, 【单位】, “”讲话精神…). */

import { BLANK_DATE_GAPS } from '../language/blanks';
import { inSpans, isDigitCode, protectedSpans } from '../language/chars';
import { isAnonymisedSurname } from '../language/anonymisedNames';
import { boldCloseOf, contentStartOf } from '../parse/headings';
import { CHARS, scanLine } from '../parse/lineChars';
import { execAll, type Line } from '../language/text';
import type { ParsedSpeech, Span } from '../parse/types';
import type { ActionContext, FixReport, LineContext, LineRule, RuleAction, RuleOptions } from './types';

/** `bracket`: text in 【】 that may be a prompt or a label (【腾讯】, 【新版】): reported at a lower severity. */
type PlaceholderKind = 'mask' | 'prompt' | 'bracket' | 'note' | 'empty-pair' | 'ellipsis-line';

interface Candidate {
  span: Span;
  kind: PlaceholderKind;
}

const LATIN_OR_DIGIT = /[A-Za-z0-9０-９]/;
const LATIN = /[A-Za-z]/;
const CHINESE_NUMERAL_NEIGHBOUR = /[〇零一二三四五六七八九十百千万]/;
/** Words that only a note to the writer uses: （此处写明时间）, （你可以前后对照进行准确替换）. */
const WRITER_NOTE =
  /此处|这里填|填写|填入|写明|注明具体|替换|插入|待定|待补|待填|待完善|你可以|请在|请根据|自行|视情况|酌情|根据实际情况|^略$|^下略$|^此略$/;

/**
 * The forms a line's characters allow, one bit each, so that each form's expression runs only on a line holding a
 * character it needs (a table: a regular expression's class of these scans several times slower, and a line that
 * may hold one placeholder would otherwise be scanned once a form).
 */
const FORM = {
  asterisk: 1 << 0,
  cross: 1 << 1,
  box: 1 << 2,
  roundZero: 1 << 3,
  underscore: 1 << 4,
  tilde: 1 << 5,
  prompt: 1 << 6,
  /** X x Ｘ ｘ: 20XX, X同志, X/X, 201x年. */
  x: 1 << 7,
  /** Any other Latin letter: initials (qy同志, h区). */
  letter: 1 << 8,
  /** An opening bracket: a note to the writer. */
  bracket: 1 << 9,
  /** An opening mark of an empty pair (“”, 《》, ""). */
  pairOpen: 1 << 10,
  /** Ｘ ｘ: full-width, never part of a Latin word, so a mask whatever stands around them. */
  wideX: 1 << 11,
  /** 某: 某某 for a name or a unit. */
  mou: 1 << 12,
  /** [ 〔: a prompt in square or tortoise-shell brackets ([单位名称]). */
  square: 1 << 13,
  /** △ ▲ ◇ ◆: a run of them for a word. */
  shape: 1 << 14,
} as const;

/** The forms whose characters are masks of a missing word, any of which makes a line worth looking at. */
const MASK_FORMS =
  FORM.asterisk |
  FORM.cross |
  FORM.box |
  FORM.roundZero |
  FORM.underscore |
  FORM.tilde |
  FORM.prompt |
  FORM.wideX |
  FORM.mou |
  FORM.square |
  FORM.shape;

const FORM_OF = new Uint16Array(0x10000);
const FORM_CHARACTERS: ReadonlyArray<readonly [string, number]> = [
  ['*＊', FORM.asterisk],
  ['×✕╳', FORM.cross],
  ['○◯□☐■', FORM.box],
  ['〇', FORM.roundZero],
  ['_＿', FORM.underscore],
  ['~～', FORM.tilde],
  ['【{｛', FORM.prompt],
  ['某', FORM.mou],
  ['[〔［', FORM.square],
  ['△▲◇◆', FORM.shape],
  ['Xx', FORM.x],
  ['Ｘｘ', FORM.x | FORM.wideX],
  ['ABCDEFGHIJKLMNOPQRSTUVWYZabcdefghijklmnopqrstuvwyz', FORM.letter],
  ['（(', FORM.bracket | FORM.pairOpen],
  ['“‘《「『"', FORM.pairOpen],
];
for (const [characters, form] of FORM_CHARACTERS) for (const char of characters) FORM_OF[char.charCodeAt(0)] |= form;

/** The characters of the mask forms. */
const MASK_CHARACTERS = FORM_CHARACTERS.filter(([, form]) => form & MASK_FORMS)
  .map(([characters]) => characters)
  .join('');

export const placeholder: LineRule = {
  meta: {
    id: 'placeholder',
    defaultSeverity: 'error',
    fixable: true,
    description: {
      'zh-cn':
        '未填写的占位符：***、区**、××、某某、20XX年、201x年、2026年　月　日、X同志、qy同志、○○、□□、△△、____、_大学、~度、【单位名称】、[单位名称]、{{…}}、写给起草人的括注、空引号“”，以及只有省略号的行。',
      en: 'Unfilled placeholders: ***, 区**, ××, 某某, 20XX年, 201x年, 2026年　月　日, X同志, qy同志, ○○, □□, △△, ____, _大学, ~度, 【单位名称】, [单位名称], {{…}}, notes to the writer in brackets, empty quotes “”, and lines holding only an ellipsis.',
    },
    messages: {
      mask: {
        'zh-cn': '未填写的占位符「{text}」：定稿前请换成实际内容。',
        en: 'Unfilled placeholder 「{text}」: replace it with the real text before the speech is final.',
      },
      prompt: {
        'zh-cn': '未填写的占位符「{text}」：定稿前请换成实际内容。',
        en: 'Unfilled placeholder 「{text}」: replace it with the real text before the speech is final.',
      },
      note: {
        'zh-cn': '写给起草人的提示「{text}」：请按提示填写，并删去提示。',
        en: 'A note to the writer, 「{text}」: fill in what it asks for and delete the note.',
      },
      bracket: {
        'zh-cn': '「{text}」可能是未填写的提示：如果是，请换成实际内容；如果是标签或来源，可以忽略。',
        en: '「{text}」 may be a prompt left unfilled: if so, replace it; if it is a label or a source, ignore this.',
      },
      'empty-pair': {
        'zh-cn': '空的「{text}」：其中的内容还没有填写。',
        en: 'Empty 「{text}」: the text that belongs inside is missing.',
      },
      'ellipsis-line': {
        'zh-cn': '这一行只有省略号：此处内容还没有写。',
        en: 'This line holds only an ellipsis: the text is still to be written.',
      },
      replaceWith: { 'zh-cn': '将「{from}」替换为「{to}」', en: 'Replace 「{from}」 with 「{to}」' },
      fillOne: { 'zh-cn': '填写占位符…', en: 'Fill in placeholder…' },
      fillAll: { 'zh-cn': '填写全部{count}处占位符「{text}」…', en: 'Fill in all {count} placeholders 「{text}」…' },
      fillPrompt: { 'zh-cn': '用来替换「{text}」的文字', en: 'The text that replaces 「{text}」' },
      allow: { 'zh-cn': '忽略此占位符「{text}」', en: 'Ignore this placeholder 「{text}」' },
    },
    docs: 'placeholder',
    tags: ['placeholder'],
    summary: {
      'zh-cn': '未填写的占位符：***、××、某某、20XX、【单位】、写给起草人的提示、空引号。',
      en: 'Unfilled placeholders: ***, ××, 某某, 20XX, 【单位】, notes to the writer, empty quotes.',
    },
    catches:
      '`***总书记`, `区**`, `××市`, `某某同志`, `20XX年`, `201x年`, `2026年　月　日`, `X同志`, `死亡X人`, `qy同志`, `○○`, `□□`, `△△`, `____`, `_大学`, `20__届`, `~度`, `【单位名称】`, `[单位名称]`, `{{…}}`, `（此处写明时间）`, empty `“”`, a line of only `……`',
    fixSummary: 'fill in one or all (one undoable edit), a configured value, or ignore',
    blocksExport: true,
  },
  /**
   * What mayHoldPlaceholder can accept: a mask character; the start of a line of dots (… ⋯ ·, while ... is half-width
   * marks and 。。。 a run of marks); 月 of 月日; a Latin letter (20XX); brackets and quotes (a note, an empty pair).
   */
  trigger: {
    chars: `${MASK_CHARACTERS}…⋯·月`,
    features: CHARS.emptyPair | CHARS.latin | CHARS.pairedMark | CHARS.halfWidthMark | CHARS.markRun,
  },
  checkLine({ text, lex, options, report, holdsTriggerChar }: LineContext): void {
    // A line called for its marks or letters alone holds no mask character (they are all among the trigger's): its
    // forms are read only if another test lets it through.
    let forms = holdsTriggerChar ? formsIn(text) : 0;
    if (!mayHoldPlaceholder(text, lex.chars, forms)) return;
    if (!holdsTriggerChar) forms = formsIn(text);
    const line: Line = { index: 0, start: 0, end: text.length, text };
    const candidates = placeholdersIn(line, forms);
    if (candidates.length === 0) return;
    const values = new PlaceholderValues(line, options.placeholderValues);
    for (const { span, kind } of candidates) {
      const found = text.slice(span.start, span.end);
      if (options.allowedPlaceholders.includes(found)) continue;
      const fixes = values.fixesFor(text, span);
      report({
        start: span.start,
        end: span.end,
        messageId: kind,
        data: { text: found },
        fix: fixes.length > 0 ? fixes : undefined,
        unsure: kind === 'bracket',
      });
    }
  },
  /** Fill this placeholder in, or every one with the same text, or allow its text (`allowedPlaceholders`). */
  actions({ finding, speech, findings }: ActionContext): RuleAction[] {
    const text = speech.text.slice(finding.span.start, finding.span.end);
    const same = findings
      .filter((other) => other.rule === finding.rule && speech.text.slice(other.span.start, other.span.end) === text)
      .map((other) => other.span);
    const data = { text, count: same.length };
    const actions: RuleAction[] = [
      { kind: 'ask-and-replace', title: 'fillOne', prompt: 'fillPrompt', data, spans: [finding.span] },
    ];
    if (same.length > 1)
      actions.push({ kind: 'ask-and-replace', title: 'fillAll', prompt: 'fillPrompt', data, spans: same });
    actions.push({ kind: 'add-to-list', title: 'allow', data, list: 'allowedPlaceholders', value: text });
    return actions;
  },
};

/** Every unfilled placeholder in the speech, whatever the rule's severity (navigation works with the rule off). */
export function placeholderSpans(speech: ParsedSpeech, options: RuleOptions): Span[] {
  return speech.lines.flatMap((line) =>
    findPlaceholders(line)
      .map((candidate) => candidate.span)
      .filter((span) => !options.allowedPlaceholders.includes(speech.text.slice(span.start, span.end))),
  );
}

const PARAGRAPHS_LEFT_OUT = '…………';

/** The start of a line holding only an ellipsis. */
const ELLIPSIS_FIRST = /^[\s\u3000]*(?:…|\.{3}|。{3}|·{3}|⋯)/;
/** Text in brackets, which may be a note to the writer. */
const BRACKETED = /[（(][^（）()]{1,80}[）)]/g;

function isWriterNote(bracketed: string): boolean {
  return WRITER_NOTE.test(bracketed.slice(1, -1).trim());
}

function hasWriterNote(text: string): boolean {
  return (
    (text.includes('（') || text.includes('(')) && execAll(BRACKETED, text).some((match) => isWriterNote(match[0]))
  );
}

/** The forms, each found on its own. */
const ELLIPSIS_LINE = /^[\s\u3000]*(…+|\.{3,}|。{3,}|·{3,}|⋯+)[\s\u3000]*$/;
const ASTERISKS = /[*＊]+/g;
const CROSSES = /[×✕╳]+/g;
const XS = /[XxＸｘ]{2,}/g;
const BOXES = /[○◯□☐]+|■{2,}/g;
const ROUND_ZEROS = /〇+/g;
const UNDERSCORES = /[_＿]+/g;
/** `~` for a year a scraped template elided: 总结~的工作, ~度目标, 在~乘势而上; never a range (3~5年, 三~五年, 周一~周五). */
const TILDES = /[~～]/g;
/** A year whose last digit is a blank: 201X年, 202x届 (20XX, 20** and 20__ are found with their masks). */
const YEAR_BLANKS = /(?<![0-9０-９A-Za-z])[0-9０-９]{2,3}[XxＸｘ](?=[年届级度])/g;
/**
 * A single X standing for a name, a unit or a figure: X同志宣读, 镇X委, 死亡X人, 下降X%. Not a Latin word, a
 * model number (X86), a word that begins with X (X光, X射线, X线, X型, X坐标), a symbol being defined (用X代表), or the X
 * of 1+X.
 */
const SINGLE_X =
  /(?<![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])(?:[XＸ](?=[\p{Script=Han}%％])|[xｘ](?=[年班级届月日号人名个%％]|同学|同志))/gu;
/** 接近或超过X/X: a share masked as X/X (not a Latin word around it: I/O, A/B). */
const MASKED_SHARE = /(?<![A-Za-z0-9０-９])[XＸxｘ][/／][XＸxｘ](?![A-Za-z0-9０-９])/g;
const X_WORDS = /^(?:光|射线|线|型|形|轴|坐标|染色体|因子|战警|档案|世代|一代|代表|表示)/;
/** 1+X证书, 5+X: an X after a plus sign is a term's or a formula's. */
const PLUS = /[+＋]/;
/** Initials standing for a person before a role (qy同志, A书记), and a lowercase letter for a place (h区, m市). */
const INITIALS =
  /(?<![A-Za-z0-9])(?:[A-WYZ]|[a-z]{1,3})(?=(?:副)?(?:同志|书记|市长|县长|区长|镇长|乡长|局长|主任|部长|厅长|处长|科长|校长|院长|董事长|总经理|经理|主席|委员))|(?<![A-Za-z0-9])[a-z](?=[省市县区镇乡村])/g;
/** 某某 or 某某某 for a name or a unit (某某同志, 某某学校); not a name made anonymous after its surname (李某某). */
const MOUS = /某{2,}/g;
/** A run of triangles or diamonds for a word (△△同志); one alone is a bullet. */
const SHAPES = /[△▲◇◆]{2,}/g;
/**
 * A slot in square or tortoise-shell brackets ([单位名称], 〔时间〕) when it names what goes there: such brackets hold
 * a reference's number or a note otherwise (国发〔2024〕5号, [1]).
 */
const SQUARE_PROMPTS = /\[[^[\]]{1,20}\](?!\()|［[^［］]{1,20}］|〔[^〔〕]{1,20}〕|(?<!\{)\{[^{}]{1,20}\}(?!\})/g;
/** Chinese numerals of a year before its blank: 二〇××年. */
const YEAR_NUMERAL = /[〇○零一二三四五六七八九]/;
const CIRCLES = /^[○◯]+$/;

/**
 * Circles (○) written for a year's zeros: one beside a numeral (二○一○), or a run between a numeral and another or 年
 * (二○○四年). A box is never a zero: 二〇□□年 is a year left blank.
 */
function isYearZeros(text: string, start: number, end: number): boolean {
  if (!CIRCLES.test(text.slice(start, end))) return false;
  const before = CHINESE_NUMERAL_NEIGHBOUR.test(text[start - 1] ?? '');
  const after = CHINESE_NUMERAL_NEIGHBOUR.test(text[end] ?? '');
  if (end - start === 1) return before || after;
  return YEAR_NUMERAL.test(text[start - 1] ?? '') && (YEAR_NUMERAL.test(text[end] ?? '') || text[end] === '年');
}

/**
 * A date whose figures were left out (按照省委部署，月日，我参加了; 定于年月日召开): 月日 or 年月日 standing alone after
 * a mark or 于/在/至/到, and before a mark or what the date is for. Not 出生年月日, 按年月日排序.
 */
const BLANK_DATE = /(?<=^|[\s，。、；：,:（(“于在至到])(?:年月日|月日)(?=[\s，。、；：,:）)”召举开起前后]|$)/g;
const ANY_BLANK_DATE = new RegExp(BLANK_DATE.source);
const ANY_BLANK_DATE_GAPS = new RegExp(BLANK_DATE_GAPS.source);
/**
 * Text in 【】 or {{}} is a prompt for the writer when it names what goes there (【单位名称】, 【此处写明时间】,
 * 【重点任务之一】, 【说明这次培训的重要意义】) or lists phrases to write (【统一思想，认清形势】); Latin letters and
 * digits alone are a label or a ticker (【BABA.US】); anything else (【腾讯】, 【新版】) may be either.
 */
function bracketKind(bracketed: string): 'prompt' | 'bracket' | undefined {
  if (bracketed.startsWith('{') || bracketed.startsWith('｛')) return 'prompt';
  const inside = bracketed.slice(1, -1).trim();
  if (BRACKETED_TITLE.test(bracketed)) return undefined;
  if (inside === '' || SLOT_WORDS.test(inside) || /[，、]/.test(inside)) return 'prompt';
  if (/^[\x21-\x7e\s]+$/.test(inside)) return undefined;
  return 'bracket';
}

/** Words that name a slot or ask for writing, as template prompts use them. */
const SLOT_WORDS =
  /名称|名字|姓名|单位|部门|职务|职位|称呼|时间|日期|年度|地点|主题|内容|任务|要求|意义|目标|成绩|问题|形势|对象|重点|标题|数量|人数|天数|金额|数据|活动|会议|之[一二三四五六七八九十]|第[一二三四五六七八九十]+[项点条个]|说明|提出|概括|分析|回应|总结|填写|填入|此处|写明|某|XX|xx|××|…|_{2,}/;

/** 【小学校长开学典礼致辞】 above a speech is its title in brackets, not a field to fill in. */
const BRACKETED_TITLE = /(?:讲话|致辞|发言|讲稿|演讲|演讲稿|主持词|欢迎词|贺词|发言稿|讲话稿)】$/;
const PROMPTS = /【[^【】]{0,40}】|\{\{[^{}]{0,60}\}\}|｛｛[^｛｝]{0,60}｝｝/g;
const EMPTY_PAIRS =
  /“[ \u3000]*”|‘[ \u3000]*’|《[ \u3000]*》|（[ \u3000]*）|\([ \u3000]*\)|「[ \u3000]*」|『[ \u3000]*』|""/g;

/** Latin letters that may stand for a name, a place or a figure: x年, qy同志, h区. */
const LETTER_MASK =
  /[XxＸｘ]{2}|[XxＸｘ][/／][XxＸｘ]|X(?=[\u4e00-\u9fff%％])|[xX][年班级届月日号人名个%％同]|[0-9][xX]|[A-Za-z](?:副)?(?:同志|书记|市长|县长|区长|镇长|乡长|局长|主任|部长|厅长|处长|科长|校长|院长|董事长|总经理|经理|主席|委员)|[a-z][省市县区镇乡村]/;
/** The words of a note to the writer, looked for in the line before its brackets are (略 alone in brackets too). */
const NOTE_WORD =
  /此处|这里填|填写|填入|写明|注明具体|替换|插入|待定|待补|待填|待完善|你可以|请在|请根据|自行|视情况|酌情|根据实际情况|略/;

/** The FORM bits of the characters `text` holds. */
function formsIn(text: string): number {
  let forms = 0;
  for (let i = 0; i < text.length; i++) forms |= FORM_OF[text.charCodeAt(i)];
  return forms;
}

/**
 * Whether the line may hold a placeholder, from the kinds of characters it holds (see lineChars.ts): most lines of a
 * speech are ruled out by a few bit tests, before the forms are looked for one by one.
 */
function mayHoldPlaceholder(text: string, chars: number, forms: number): boolean {
  if (chars & CHARS.emptyPair || forms & MASK_FORMS || ELLIPSIS_FIRST.test(text)) return true;
  if (chars & CHARS.latin && LETTER_MASK.test(text)) return true;
  if (text.includes('月日') && ANY_BLANK_DATE.test(text)) return true;
  if (chars & CHARS.innerBlank && ANY_BLANK_DATE_GAPS.test(text)) return true;
  return (chars & (CHARS.pairedMark | CHARS.halfWidthMark)) !== 0 && NOTE_WORD.test(text) && hasWriterNote(text);
}

/** Every placeholder on one line, left to right, without overlaps (the earlier, longer one wins). */
function findPlaceholders(line: Line): Candidate[] {
  const forms = formsIn(line.text);
  return mayHoldPlaceholder(line.text, scanLine(line.text).chars, forms) ? placeholdersIn(line, forms) : [];
}

function placeholdersIn(line: Line, forms: number): Candidate[] {
  const text = line.text;
  const found: Candidate[] = [];
  const add = (start: number, end: number, kind: PlaceholderKind): void => {
    found.push({ span: { start: line.start + start, end: line.start + end }, kind });
  };
  const ellipsisLine = ELLIPSIS_LINE.exec(text);
  if (ellipsisLine) {
    // Two ellipses on a line of their own (…………, twelve dots) mark paragraphs left out, as GB/T 15834-2011 4.11
    // gives them (a transcript's omitted passage): no blank to fill.
    if (ellipsisLine[1] === PARAGRAPHS_LEFT_OUT) return found;
    const start = text.indexOf(ellipsisLine[1]);
    add(start, start + ellipsisLine[1].length, 'ellipsis-line');
    return found;
  }
  if (forms & FORM.asterisk) {
    const contentStart = contentStartOf(text);
    const boldClose = boldCloseOf(text);
    const isBoldMark = (start: number, end: number): boolean =>
      boldClose >= 0 && end - start === 2 && (start === boldClose || end === contentStart);
    const emphasis = text.includes('*') ? emphasisMarks(text) : NO_MARKS;
    forEachMatch(text, ASTERISKS, (start, end) => {
      if (
        isMarkdownBullet(text, start, end, contentStart) ||
        isOperatorBetween(text, start, end) ||
        isBoldMark(start, end)
      )
        return;
      if (end - start === 1 && (isFootnoteMark(text, start) || emphasis.has(start))) return;
      add(yearDigitsBefore(text, start), end, 'mask');
    });
  }
  if (forms & FORM.cross)
    forEachMatch(text, CROSSES, (start, end) => {
      if (isOperatorBetween(text, start, end) || isMultiplierOf(text, start, end)) return;
      add(yearNumeralsBefore(text, start, end), end, 'mask');
    });
  if (forms & FORM.x) {
    forEachMatch(text, SINGLE_X, (start, end) => {
      // iPhone X手机: the X ends a Latin name.
      const previous = text[previousNonSpace(text, start)] ?? '';
      if (X_WORDS.test(text.slice(end, end + 3)) || LATIN_OR_DIGIT.test(previous) || PLUS.test(previous)) return;
      add(start, end, 'mask');
    });
    forEachMatch(text, MASKED_SHARE, (start, end) => add(start, end, 'mask'));
  }
  // Initials: any Latin letter but X, and x among the lowercase ones.
  if (forms & (FORM.x | FORM.letter)) forEachMatch(text, INITIALS, (start, end) => add(start, end, 'mask'));
  if (forms & FORM.x) {
    forEachMatch(text, XS, (start, end) => {
      if (LATIN.test(text[start - 1] ?? '') || LATIN.test(text[end] ?? '')) return;
      add(yearDigitsBefore(text, start), end, 'mask');
    });
    forEachMatch(text, YEAR_BLANKS, (start, end) => add(start, end, 'mask'));
  }
  if (text.includes('月日')) forEachMatch(text, BLANK_DATE, (start, end) => add(start, end, 'mask'));
  if (text.includes('日')) forEachMatch(text, BLANK_DATE_GAPS, (start, end) => add(start, end, 'mask'));
  if (forms & FORM.mou)
    forEachMatch(text, MOUS, (start, end) => {
      // “某某” quoted alone is the word being talked about (按照规定，“某某”不得担任).
      const quotedAlone = text[start - 1] === '“' && text[end] === '”';
      if (!quotedAlone && !isAnonymisedSurname(text[start - 1] ?? '')) add(start, end, 'mask');
    });
  if (forms & FORM.shape) forEachMatch(text, SHAPES, (start, end) => add(start, end, 'mask'));
  if (forms & (FORM.square | FORM.prompt))
    forEachMatch(text, SQUARE_PROMPTS, (start, end) => {
      if (SLOT_WORDS.test(text.slice(start + 1, end - 1))) add(start, end, 'prompt');
    });
  if (forms & FORM.box)
    forEachMatch(text, BOXES, (start, end) => {
      // 二○一○年, 二○○四年: circles written for the 〇 of a year (number-usage says so), not a blank.
      if (isYearZeros(text, start, end)) return;
      add(start, end, 'mask');
    });
  if (forms & FORM.roundZero)
    forEachMatch(text, ROUND_ZEROS, (start, end) => {
      if (CHINESE_NUMERAL_NEIGHBOUR.test(text[start - 1] ?? '') || CHINESE_NUMERAL_NEIGHBOUR.test(text[end] ?? ''))
        return;
      add(start, end, 'mask');
    });
  let inCode: Array<[number, number]> | undefined;
  if (forms & FORM.underscore)
    forEachMatch(text, UNDERSCORES, (start, end) => {
      // my_file__name and __init__ are code, 2024_总结.docx a file name; 20__届 is a year to fill in.
      if (LATIN.test(text[start - 1] ?? '') || LATIN_OR_DIGIT.test(text[end] ?? '')) return;
      if (inSpans((inCode ??= protectedSpans(text)), start)) return;
      add(yearDigitsBefore(text, start), end, 'mask');
    });
  if (forms & FORM.tilde)
    forEachMatch(text, TILDES, (start, end) => {
      const before = text[start - 1] ?? '';
      const after = text[end] ?? '';
      if (
        LATIN_OR_DIGIT.test(before) ||
        LATIN_OR_DIGIT.test(after) ||
        CHINESE_NUMERAL_NEIGHBOUR.test(before) ||
        /[~～_＿]/.test(before + after)
      )
        return;
      add(start, end, 'mask');
    });
  if (forms & FORM.prompt)
    forEachMatch(text, PROMPTS, (start, end) => {
      const kind = bracketKind(text.slice(start, end));
      if (kind) add(start, end, kind);
    });
  if (forms & FORM.bracket)
    forEachMatch(text, BRACKETED, (start, end) => {
      if (isWriterNote(text.slice(start, end))) add(start, end, 'note');
    });
  if (forms & FORM.pairOpen) forEachMatch(text, EMPTY_PAIRS, (start, end) => add(start, end, 'empty-pair'));
  return withoutOverlaps(found);
}

function previousNonSpace(text: string, index: number): number {
  let at = index - 1;
  while (at >= 0 && text[at] === ' ') at--;
  return at;
}

/** The Chinese numerals a mask completes into a year: 二〇××年. */
function yearNumeralsBefore(text: string, start: number, end: number): number {
  if (!/^[年届]/.test(text.slice(end, end + 1))) return start;
  let from = start;
  while (from > 0 && start - from < 3 && YEAR_NUMERAL.test(text[from - 1])) from--;
  return from;
}

/** The digits a mask completes: 20** and 20__ are one placeholder, a year to fill in whole. */
function yearDigitsBefore(text: string, start: number): number {
  let from = start;
  while (from > 0 && start - from < 4 && isDigitCode(text.charCodeAt(from - 1))) from--;
  return from > 0 && LATIN.test(text[from - 1]) ? start : from;
}

function forEachMatch(text: string, pattern: RegExp, visit: (start: number, end: number) => void): void {
  if (!pattern.global) throw new TypeError(`forEachMatch needs a global expression: ${pattern}`);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    if (match[0] === '') pattern.lastIndex++;
    visit(start, start + match[0].length);
  }
}

/** 约1.3亿港元*预期: a single * right after a figure and its unit (up to three characters) points to a note. */
function isFootnoteMark(text: string, at: number): boolean {
  return FIGURE_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

const FIGURE_BEFORE = /[0-9０-９][0-9０-９.,]*(?:%|％|\p{Script=Han}{0,3})$/u;
const NO_MARKS: ReadonlySet<number> = new Set();

/**
 * 某种形式的*内部可变性*: two single * on a line around up to twenty characters of Chinese, no blank or mark against
 * either inner side, are Markdown emphasis, not two masks.
 */
function emphasisMarks(text: string): ReadonlySet<number> {
  const marks = new Set<number>();
  for (const match of execAll(EMPHASIS, text))
    marks.add(match.index ?? 0).add((match.index ?? 0) + match[0].length - 1);
  return marks;
}

const EMPHASIS = /(?<![*＊])\*(?![\s*])[\p{Script=Han}A-Za-z0-9]{1,20}(?<![\s*])\*(?![*＊])/gu;

/** `* 要点` at the start of a line is a Markdown list bullet, not a mask. */
function isMarkdownBullet(text: string, start: number, end: number, contentStart: number): boolean {
  return end - start === 1 && start === contentStart && /[ \t]/.test(text[end] ?? '');
}

/** A single * or × between numbers or Latin letters is arithmetic: 3×4, 2 * 3, a*b. */
/**
 * A single × right before a figure multiplies by it: 病房总数×100%, 人天数×100 (a formula of a ratio). A blank's ×
 * stands before words (×市, ×同志) or runs on (××).
 */
function isMultiplierOf(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || text[start] !== '×') return false;
  // …人次数×出院患者平均住院天数: a quantity (…数, …率, …量) multiplied by another; “数据要素×”行动: a policy's
  // name that multiplies, as “互联网+” adds, closed by its quote.
  return /[0-9０-９”’」』]/.test(text[end] ?? '') || /[数率量额值积]/.test(text[start - 1] ?? '');
}

function isOperatorBetween(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  let before = start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let after = end;
  while (after < text.length && text[after] === ' ') after++;
  return LATIN_OR_DIGIT.test(text[before] ?? '') && LATIN_OR_DIGIT.test(text[after] ?? '');
}

function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept.at(-1);
    if (last && candidate.span.start < last.span.end) continue;
    kept.push(candidate);
  }
  return kept;
}

/**
 * Fixes from `speechDraft.placeholderValues` / .speechdraftrc.json: a pattern such as `区**` → `区政府` applies
 * where the pattern's text covers a placeholder. Each pattern's places on the line are found once, not once a
 * placeholder: a line can hold thousands.
 */
class PlaceholderValues {
  private readonly places = new Map<string, number[]>();

  constructor(
    private readonly line: Line,
    private readonly values: Readonly<Record<string, string>>,
  ) {}

  fixesFor(fullText: string, span: Span): FixReport[] {
    const fixes: FixReport[] = [];
    for (const [pattern, value] of Object.entries(this.values)) {
      if (pattern === '' || typeof value !== 'string') continue;
      const start = this.firstCovering(pattern, span);
      if (start === undefined) continue;
      const end = start + pattern.length;
      fixes.push({
        title: 'replaceWith',
        data: { from: fullText.slice(start, end), to: value },
        edits: [{ start, end, newText: value }],
        safe: false,
      });
    }
    return fixes;
  }

  /** The first place of `pattern` (document offset) whose text covers `span`: it starts in [span.end - length, span.start]. */
  private firstCovering(pattern: string, span: Span): number | undefined {
    const places = this.placesOf(pattern);
    let low = 0;
    let high = places.length;
    const earliest = span.end - pattern.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (places[mid] < earliest) low = mid + 1;
      else high = mid;
    }
    return low < places.length && places[low] <= span.start ? places[low] : undefined;
  }

  private placesOf(pattern: string): number[] {
    let places = this.places.get(pattern);
    if (!places) {
      places = [];
      const text = this.line.text;
      for (let index = text.indexOf(pattern); index >= 0; index = text.indexOf(pattern, index + 1))
        places.push(this.line.start + index);
      this.places.set(pattern, places);
    }
    return places;
  }
}
