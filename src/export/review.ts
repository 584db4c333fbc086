/**
 * The review copy: the speech as a Word document with every finding as a Word comment anchored on its text (author
 * Speech Draft, the message in the display language, the suggested fix), so a reviewer who works in Word or WPS sees
 * them in the review pane. From a text speech the copy is laid out in the official-document format, every line of
 * the text kept (lines the print layout leaves out, such as pasted web residue, stay as body paragraphs: a comment
 * needs its text); from a Word document the comments are added to that document's own paragraphs.
 */

import { strToU8, zipSync } from 'fflate';
import { layoutSpeech, type PrintBlock, type PrintProfile } from '../core/services/print';
import type { Finding, Fix } from '../core/rules/types';
import type { ParsedSpeech } from '../core/parse/types';
import type { Locale } from '../core/language/format';
import { lineIndexAt } from '../core/language/text';
import { declaredUtf8, decodeXmlPart, runCharacter, SKIPPED_ELEMENTS, xmlTokens } from '../import/wordXml';
import { WordError, type WordText } from '../import/docx';
import { blocksToDocx } from './docx';
import { escapeXml, xmlSafe } from './xml';
import { unzipBounded, ZipError } from '../import/zip';

export const REVIEW_AUTHOR = 'Speech Draft';

export interface ReviewComment {
  /** The Word paragraph (0-based, in the order the reader numbers them) and the offsets in its text. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

interface ReviewOptions {
  locale: Locale;
  /** The comments' date; now unless given (the tests fix it). */
  date?: Date;
}

/** A comment's text: the message, and the first fix offered, if any. */
export function commentText(finding: Finding, fixes: readonly Fix[], locale: Locale): string {
  const message = finding.message[locale];
  const fix = fixes[0];
  if (!fix) return locale === 'zh-cn' ? `${message}（${finding.rule}）` : `${message} (${finding.rule})`;
  const suggestion = locale === 'zh-cn' ? `建议：${fix.title['zh-cn']}` : `Suggested: ${fix.title.en}`;
  return locale === 'zh-cn'
    ? `${message}${suggestion}（${finding.rule}）`
    : `${message} ${suggestion} (${finding.rule})`;
}

/**
 * The review copy of a text speech: one Word paragraph a block of the official layout where the layout keeps the
 * line whole, one body paragraph for any other line with text, and each finding as a comment on its text.
 */
export async function reviewCopyOfText(
  speech: ParsedSpeech,
  findings: ReadonlyArray<{ finding: Finding; text: string }>,
  profile: PrintProfile,
  options: ReviewOptions,
): Promise<{ docx: Uint8Array; comments: number }> {
  const { blocks, starts } = reviewBlocks(speech, profile);
  const comments = findings.map(({ finding, text }) =>
    anchorIn(starts, finding.span.start, finding.span.end, blocks, text),
  );
  const docx = await blocksToDocx(blocks, profile);
  return { docx: withComments(docx, comments, options), comments: comments.length };
}

/** The review copy of a Word document: the document itself, with each finding as a comment in its own paragraphs. */
export function reviewCopyOfDocx(
  bytes: Uint8Array,
  word: WordText,
  findings: ReadonlyArray<{ finding: Finding; text: string }>,
  speech: ParsedSpeech,
  options: ReviewOptions,
): { docx: Uint8Array; comments: number } {
  // Where each paragraph's text starts in the speech's text, past its automatic number (which is not in the XML).
  const paragraphStarts: number[] = [];
  let offset = 0;
  word.paragraphs.forEach((paragraph) => {
    paragraphStarts.push(offset);
    offset += paragraph.length + 1;
  });
  const comments = findings.map(({ finding, text }): ReviewComment => {
    const line = lineIndexAt(speech.lines, finding.span.start);
    const paragraph = word.paragraphOfLine[line] ?? 0;
    const base = paragraphStarts[paragraph] + word.numberLength[paragraph];
    const own = word.paragraphs[paragraph].slice(word.numberLength[paragraph]);
    const clamp = (value: number): number => Math.max(0, Math.min(own.length, value - base));
    return withLength(
      { paragraph, start: clamp(finding.span.start), end: clamp(Math.max(finding.span.end, finding.span.start)), text },
      own,
    );
  });
  return { docx: withComments(bytes, comments, options), comments: comments.length };
}

/** The blocks of the review copy, and where each block's text starts in the speech's text (-1: not in it, a fallback title). */
function reviewBlocks(speech: ParsedSpeech, profile: PrintProfile): { blocks: PrintBlock[]; starts: number[] } {
  const byLine = new Map<number, PrintBlock[]>();
  const layout = layoutSpeech(speech, profile);
  for (const block of layout) byLine.set(block.line, [...(byLine.get(block.line) ?? []), block]);
  const blocks: PrintBlock[] = [];
  const starts: number[] = [];
  for (const line of speech.lines) {
    const content = line.text.trim();
    if (content === '') continue;
    const laidOut = byLine.get(line.index) ?? [];
    // The layout's blocks for the line, when together they hold the whole line in order.
    const found: number[] = [];
    let from = 0;
    for (const block of laidOut) {
      const text = block.runs.map((run) => run.text).join('');
      const at = line.text.indexOf(text, from);
      if (text === '' || at < 0) break;
      found.push(at);
      from = at + text.length;
    }
    const whole =
      found.length === laidOut.length &&
      laidOut.length > 0 &&
      line.text.slice(found[0], from).replace(/\s/g, '') === content.replace(/\s/g, '');
    if (whole) {
      laidOut.forEach((block, index) => {
        blocks.push(block);
        starts.push(line.start + found[index]);
      });
    } else {
      const at = line.text.indexOf(content);
      blocks.push({ kind: 'body', runs: [{ text: content, role: 'body' }], line: line.index });
      starts.push(line.start + at);
    }
  }
  return { blocks, starts };
}

/**
 * A finding's place in the review blocks: the block it starts in, and its offsets there, clamped to the block and
 * counted as the written XML counts them (without the characters XML cannot hold, which the copy drops).
 */
function anchorIn(
  starts: readonly number[],
  start: number,
  end: number,
  blocks: readonly PrintBlock[],
  text: string,
): ReviewComment {
  let index = 0;
  for (let i = 0; i < starts.length; i++) if (starts[i] >= 0 && starts[i] <= start) index = i;
  // A finding before the first block, or on a line the copy has no paragraph for (a blank line): the next block.
  if (starts[index] > start || blockEnd(blocks[index], starts[index]) < start)
    index = Math.max(
      0,
      starts.findIndex((blockStart) => blockStart >= start),
    );
  const blockText = blocks[index].runs.map((run) => run.text).join('');
  const written = xmlSafe(blockText);
  const clamp = (value: number): number =>
    writtenOffset(blockText, Math.max(0, Math.min(blockText.length, value - starts[index])));
  return withLength({ paragraph: index, start: clamp(start), end: clamp(Math.max(end, start)), text }, written);
}

/** Where `offset` of `text` falls in the text as written into XML, which leaves out what XML 1.0 cannot hold. */
function writtenOffset(text: string, offset: number): number {
  return xmlSafe(text.slice(0, offset)).length;
}

/**
 * A comment covers at least one character when its paragraph has one (a finding between two characters, 缺少数字),
 * and never half of a surrogate pair (😀, 𠀀): a cut there would leave two halves that XML cannot hold.
 */
function withLength(comment: ReviewComment, paragraph: string): ReviewComment {
  const start = codePointStart(paragraph, comment.start);
  const end = Math.max(start, codePointEnd(paragraph, comment.end));
  const length = paragraph.length;
  if (end > start || length === 0) return { ...comment, start, end };
  if (start < length) return { ...comment, start, end: codePointEnd(paragraph, start + 1) };
  return { ...comment, start: codePointStart(paragraph, length - 1), end };
}

function isLowSurrogateAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  const before = text.charCodeAt(offset - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

/** `offset`, moved back to the start of the character it falls inside. */
function codePointStart(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isLowSurrogateAt(text, offset) ? offset - 1 : offset;
}

/** `offset`, moved on to the end of the character it falls inside. */
function codePointEnd(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isLowSurrogateAt(text, offset) ? offset + 1 : offset;
}

function blockEnd(block: PrintBlock, start: number): number {
  return start + block.runs.map((run) => run.text).join('').length;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/** The .docx with the comments added: anchors in word/document.xml, the comments part, its relationship and content type. */
export function withComments(docx: Uint8Array, comments: readonly ReviewComment[], options: ReviewOptions): Uint8Array {
  const files = unpackAll(docx);
  if (!files['[Content_Types].xml'] || !files['word/document.xml']) throw new WordError('corrupt');
  const documentXml = declaredUtf8(decodeXmlPart(files['word/document.xml']));
  const existing = files['word/comments.xml'] ? declaredUtf8(decodeXmlPart(files['word/comments.xml'])) : undefined;
  const firstId = existing
    ? Math.max(-1, ...[...existing.matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"/g)].map((match) => Number(match[1]))) + 1
    : 0;
  const ids = comments.map((_, index) => firstId + index);
  files['word/document.xml'] = strToU8(anchored(documentXml, comments, ids));
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  const entries = comments
    .map(
      (comment, index) =>
        `<w:comment w:id="${ids[index]}" w:author="${REVIEW_AUTHOR}" w:date="${date}" w:initials="SD"><w:p><w:r><w:t xml:space="preserve">${escapeXml(xmlSafe(comment.text))}</w:t></w:r></w:p></w:comment>`,
    )
    .join('');
  files['word/comments.xml'] = strToU8(
    existing
      ? existing.replace(/<\/w:comments>\s*$/, `${entries}</w:comments>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">${entries}</w:comments>`,
  );
  const relsPath = 'word/_rels/document.xml.rels';
  const rels = files[relsPath]
    ? declaredUtf8(decodeXmlPart(files[relsPath]))
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (!rels.includes(COMMENTS_TYPE))
    files[relsPath] = strToU8(
      rels.replace(
        /<\/Relationships>\s*$/,
        `<Relationship Id="rIdSpeechDraftComments" Type="${COMMENTS_TYPE}" Target="comments.xml"/></Relationships>`,
      ),
    );
  const types = declaredUtf8(decodeXmlPart(files['[Content_Types].xml']));
  if (!types.includes('/word/comments.xml'))
    files['[Content_Types].xml'] = strToU8(
      types.replace(
        /<\/Types>\s*$/,
        `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_CONTENT_TYPE}"/></Types>`,
      ),
    );
  return zipSync(files);
}

/** Everything a Word document can hold unpacked for the review copy: pictures included, a bomb refused as it inflates. */
const MAX_REVIEW_UNPACKED = 256 * 1024 * 1024;

function unpackAll(docx: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipBounded(docx, () => true, MAX_REVIEW_UNPACKED);
  } catch (error) {
    if (error instanceof ZipError) throw new WordError(error.problem);
    throw error;
  }
}

/** Marks to insert at one offset of a paragraph: comments that end there (first), and comments that start there. */
interface Marks {
  ends: number[];
  starts: number[];
}

/**
 * document.xml with comment ranges inserted at character offsets of paragraphs, counted as the reader counts them (the
 * same walk: ../import/wordXml.ts). A text that an offset falls inside is split into two runs
 * with the same properties; marks left at the end of a paragraph go before its closing tag.
 */
function anchored(xml: string, comments: readonly ReviewComment[], ids: readonly number[]): string {
  const order = paragraphOrder(xml);
  const marksByParagraph = new Map<number, Map<number, Marks>>();
  comments.forEach((comment, index) => {
    const marks = marksByParagraph.get(comment.paragraph) ?? new Map<number, Marks>();
    marksByParagraph.set(comment.paragraph, marks);
    const at = (offset: number): Marks =>
      marks.get(offset) ?? (marks.set(offset, { ends: [], starts: [] }).get(offset) as Marks);
    at(comment.start).starts.push(ids[index]);
    at(comment.end).ends.push(ids[index]);
  });
  const out: string[] = [];
  // Per open paragraph: its marks, the offsets not yet written, and the characters counted so far.
  const stack: Array<{ marks: Map<number, Marks> | undefined; pending: number[]; count: number }> = [];
  let openParagraphs = 0;
  let skipping = 0;
  let inText = false;
  let runOpen = '';
  let runProperties = '';
  let capturingProperties = false;
  for (const token of xmlTokens(xml)) {
    const { raw } = token;
    const current = stack.at(-1);
    if (token.kind !== 'tag') {
      if (capturingProperties) runProperties += raw;
      out.push(
        token.kind === 'text' && inText && skipping === 0 && current
          ? splitText(token.text, raw, current, runOpen, runProperties)
          : raw,
      );
      continue;
    }
    const { name, closing, selfClosing } = token;
    if (capturingProperties) {
      runProperties += raw;
      if (name === 'w:rPr' && closing) capturingProperties = false;
      out.push(raw);
      continue;
    }
    if (SKIPPED_ELEMENTS.has(name)) {
      if (!selfClosing) skipping += closing ? -1 : 1;
      out.push(raw);
      continue;
    }
    if (skipping > 0) {
      out.push(raw);
      continue;
    }
    if (name === 'w:p') {
      if (selfClosing) {
        const index = order[openParagraphs++];
        const marks = marksByParagraph.get(index);
        out.push(marks ? `<w:p>${marksXml(marks, [...marks.keys()])}</w:p>` : raw);
      } else if (!closing) {
        const index = order[openParagraphs++];
        const marks = marksByParagraph.get(index);
        stack.push({ marks, pending: marks ? [...marks.keys()].sort((a, b) => a - b) : [], count: 0 });
        out.push(raw);
      } else {
        const paragraph = stack.pop();
        // Marks past the last character: before the paragraph's end.
        if (paragraph?.marks && paragraph.pending.length > 0) out.push(marksXml(paragraph.marks, paragraph.pending));
        out.push(raw);
      }
      continue;
    }
    if (name === 'w:r' && !closing && !selfClosing) {
      runOpen = raw;
      runProperties = '';
    } else if (name === 'w:rPr' && !closing && !selfClosing) {
      runProperties = raw;
      capturingProperties = true;
    } else if (name === 'w:t') inText = !closing && !selfClosing;
    else if (current && !closing) current.count += (runCharacter(token) ?? '').length;
    out.push(raw);
  }
  return out.join('');
}

/** The order in which the reader numbers each paragraph, by the order of their opening tags (a text box's closes first). */
function paragraphOrder(xml: string): number[] {
  const order: number[] = [];
  const open: number[] = [];
  let opened = 0;
  let closed = 0;
  let skipping = 0;
  for (const token of xmlTokens(xml)) {
    if (token.kind !== 'tag') continue;
    const { name, closing, selfClosing } = token;
    if (SKIPPED_ELEMENTS.has(name)) {
      if (!selfClosing) skipping += closing ? -1 : 1;
      continue;
    }
    if (skipping > 0 || name !== 'w:p') continue;
    if (selfClosing) order[opened++] = closed++;
    else if (!closing) open.push(opened++);
    else {
      const index = open.pop();
      if (index !== undefined) order[index] = closed++;
    }
  }
  return order;
}

/** A w:t's text with the marks that fall at or inside it: the run is closed, the marks written, and the run opened again. */
function splitText(
  text: string,
  escaped: string,
  paragraph: { marks: Map<number, Marks> | undefined; pending: number[]; count: number },
  runOpen: string,
  runProperties: string,
): string {
  const start = paragraph.count;
  paragraph.count += text.length;
  if (!paragraph.marks || paragraph.pending.length === 0 || paragraph.pending[0] >= start + text.length) return escaped;
  let result = '';
  let from = 0;
  while (paragraph.pending.length > 0 && paragraph.pending[0] < start + text.length) {
    const offset = paragraph.pending.shift()!;
    // Never between the halves of a surrogate pair: the mark goes before the character.
    const cut = codePointStart(text, Math.max(from, offset - start));
    result += escapeXml(text.slice(from, cut));
    result += `</w:t></w:r>${marksXml(paragraph.marks, [offset])}${runOpen.startsWith('<w:r') ? runOpen : '<w:r>'}${runProperties}<w:t xml:space="preserve">`;
    from = cut;
  }
  return result + escapeXml(text.slice(from));
}

function marksXml(marks: Map<number, Marks>, offsets: readonly number[]): string {
  return offsets
    .map((offset) => {
      const at = marks.get(offset);
      if (!at) return '';
      const end = (id: number): string =>
        `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
      const start = (id: number): string => `<w:commentRangeStart w:id="${id}"/>`;
      // Comments that end here first; one that starts and ends here (an empty paragraph's) opens before it closes.
      const empty = at.starts.filter((id) => at.ends.includes(id));
      return [
        ...at.ends.filter((id) => !empty.includes(id)).map(end),
        ...empty.map((id) => start(id) + end(id)),
        ...at.starts.filter((id) => !empty.includes(id)).map(start),
      ].join('');
    })
    .join('');
}
