import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import * as fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as iconv from 'iconv-lite';
import {
  buildOutline,
  DEFAULT_LINT_CONFIG,
  fixesOf,
  lineIndexAt,
  lint,
  OFFICIAL,
  parseSpeech,
  toOutlineJson,
} from '../../src/core';
import { commentText, REVIEW_AUTHOR, reviewCopyOfDocx, reviewCopyOfText } from '../../src/export/review';
import { MAX_DOCX_BYTES, readDocx, WordError } from '../../src/import/docx';
import { fixture, REPO, renderFirstPage } from './helpers';

const CLI = resolve(REPO, 'dist/cli.js');
const SEED_002 = fixture('seed-002-community.txt');
const LEVEL_0 = /^([一二三四五六七八九十]+)、/;
const LEVEL_1 = /^\(([一二三四五六七八九十]+)\)/;

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
}

function temp(name: string, data: Uint8Array | string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'speech-draft-word-')), name);
  writeFileSync(file, data);
  return file;
}

/** Seed 002 as Word writes it: one paragraph a line, and, with `numbered`, its 一、 and (一) headings as automatic numbering. */
async function seedDocx(numbered: boolean): Promise<Uint8Array> {
  const paragraphs = SEED_002.split('\n').map((line) => {
    const level = numbered ? (LEVEL_0.test(line) ? 0 : LEVEL_1.test(line) ? 1 : undefined) : undefined;
    if (level === undefined) return new Paragraph({ children: [new TextRun(line)] });
    return new Paragraph({
      numbering: { reference: 'headings', level },
      children: [new TextRun(line.replace(level === 0 ? LEVEL_0 : LEVEL_1, ''))],
    });
  });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'headings',
          levels: [
            {
              level: 0,
              format: LevelFormat.CHINESE_COUNTING,
              text: '%1、',
              alignment: AlignmentType.START,
              suffix: 'nothing',
            },
            {
              level: 1,
              format: LevelFormat.CHINESE_COUNTING,
              text: '(%2)',
              alignment: AlignmentType.START,
              suffix: 'nothing',
            },
          ],
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** Each comment of a review copy: its author, its text, and the text its range covers. */
function reviewComments(docx: Uint8Array): Array<{ author: string; text: string; anchor: string }> {
  const files = unzipSync(docx);
  const document = strFromU8(files['word/document.xml']);
  const comments = strFromU8(files['word/comments.xml']);
  const anchors = new Map<string, string>();
  const open = new Set<string>();
  for (const match of document.matchAll(
    /<w:commentRangeStart w:id="(\d+)"\/>|<w:commentRangeEnd w:id="(\d+)"\/>|<w:t[^>]*>([^<]*)<\/w:t>/g,
  )) {
    if (match[1] !== undefined) {
      open.add(match[1]);
      anchors.set(match[1], '');
    } else if (match[2] !== undefined) open.delete(match[2]);
    else for (const id of open) anchors.set(id, anchors.get(id)! + decode(match[3]));
  }
  return [...comments.matchAll(/<w:comment w:id="(\d+)" w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map(
    (match) => ({
      author: match[2],
      text: [...match[3].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(''),
      anchor: anchors.get(match[1]) ?? '',
    }),
  );
}

/** The text of each paragraph of document.xml, in order. */
function paragraphTexts(docx: Uint8Array): string[] {
  const document = strFromU8(unzipSync(docx)['word/document.xml']);
  return [...document.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((match) =>
    [...(match[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(''),
  );
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const placeholders = (text: string): string[] =>
  lint(parseSpeech(text))
    .filter((finding) => finding.rule === 'placeholder')
    .map((finding) => text.slice(finding.span.start, finding.span.end));

describe('Word in: reading a .docx', () => {
  it('reads seed 002 written by a Word-like tool as the same text, outline and placeholders', async () => {
    const word = readDocx(await seedDocx(false));
    assert.equal(word.text, SEED_002);
    assert.deepEqual(placeholders(word.text), placeholders(SEED_002));
  });

  it('writes the automatic numbering of headings out as text: the same outline as the .txt', async () => {
    const word = readDocx(await seedDocx(true));
    assert.equal(word.text, SEED_002);
    assert.ok(word.numberLength.some((length) => length > 0));
    assert.deepEqual(
      toOutlineJson(buildOutline(parseSpeech(word.text), 220)),
      toOutlineJson(buildOutline(parseSpeech(SEED_002), 220)),
    );
    assert.deepEqual(placeholders(word.text), placeholders(SEED_002));
  });

  it('the CLI lints, outlines and counts a .docx like its .txt, with the paragraph of each finding', async () => {
    const docx = temp('seed-002.docx', await seedDocx(true));
    const txt = temp('seed-002.txt', SEED_002);
    assert.equal(cli('outline', docx).stdout, cli('outline', txt).stdout);
    assert.equal(cli('stats', docx).stdout, cli('stats', txt).stdout);
    const fromWord = JSON.parse(cli('lint', '--format', 'json', docx).stdout) as Array<{
      diagnostics: Array<{ rule: string; line: number; text: string; paragraph?: number }>;
    }>;
    const fromText = JSON.parse(cli('lint', '--format', 'json', txt).stdout) as Array<{
      diagnostics: Array<{ rule: string; line: number; text: string; paragraph?: number }>;
    }>;
    assert.deepEqual(
      fromWord[0].diagnostics.map(({ rule, line, text }) => [rule, line, text]),
      fromText[0].diagnostics.map(({ rule, line, text }) => [rule, line, text]),
    );
    assert.ok(fromWord[0].diagnostics.every((d) => d.paragraph === d.line));
    assert.ok(fromText[0].diagnostics.every((d) => d.paragraph === undefined));
  });

  it('leaves out tracked deletions and field codes, and starts a line at a line break inside a paragraph', () => {
    const xml =
      '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>在会上的讲话</w:t><w:br/><w:t xml:space="preserve">（2025年1月15日）</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>同志们</w:t></w:r><w:del><w:r><w:delText>删去的</w:delText></w:r></w:del><w:ins><w:r><w:t>：</w:t></w:r></w:ins></w:p>' +
      '<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>今天&amp;明天</w:t></w:r></w:p><w:p/></w:body></w:document>';
    const word = readDocx(zipOf({ 'word/document.xml': xml }));
    assert.deepEqual(word.paragraphs, ['在会上的讲话\n（2025年1月15日）', '同志们：', '今天&明天', '']);
    assert.deepEqual(word.paragraphOfLine, [0, 0, 1, 2, 3]);
  });

  it('refuses a .doc, a password-protected .docx, a damaged one and a huge one, each with one clear line and exit 2', () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const encrypted = new Uint8Array([
      ...ole,
      ...new Array<number>(100).fill(0),
      ...[...'EncryptionInfo'].flatMap((char) => [char.charCodeAt(0), 0]),
    ]);
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['old.doc', new Uint8Array([...ole, 0, 0, 0]), /Word 97-2003/],
      ['locked.docx', encrypted, /password-protected/],
      ['broken.docx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), /damaged/],
      ['text.docx', new TextEncoder().encode('同志们：'), /not a Word document/],
    ];
    for (const [name, bytes, message] of cases) {
      const result = cli('lint', temp(name, bytes));
      assert.equal(result.status, 2, name);
      assert.match(result.stderr, message, name);
      assert.ok(!/\n\s+at /.test(result.stderr), `no stack trace for ${name}`);
      assert.equal(result.stderr.split('\n').filter((line) => line.startsWith('speech-draft:')).length, 1, name);
    }
    assert.throws(
      () => readDocx(new Uint8Array(MAX_DOCX_BYTES + 1)),
      (error: unknown) => error instanceof WordError && error.problem === 'too-large',
    );
  });
});

describe('legacy encodings: GB18030/GBK text files', () => {
  it('a GBK copy of each seed lints like the UTF-8 one', () => {
    for (const name of ['seed-000-opening.txt', 'seed-002-community.txt']) {
      const text = fixture(name);
      const gbk = temp(name, iconv.encode(text, 'gbk'));
      const utf8 = temp(name, text);
      const strip = (output: string): unknown => (JSON.parse(output) as Array<{ diagnostics: unknown }>)[0].diagnostics;
      assert.deepEqual(
        strip(cli('lint', '--format', 'json', gbk).stdout),
        strip(cli('lint', '--format', 'json', utf8).stdout),
        name,
      );
    }
  });

  it('--fix writes a GBK file back in GBK, losing nothing', () => {
    const text = fixture('seed-002-community.txt');
    const gbk = temp('gbk.txt', iconv.encode(text, 'gbk'));
    const utf8 = temp('utf8.txt', text);
    cli('lint', '--fix', gbk);
    cli('lint', '--fix', utf8);
    const fixed = readFileSync(gbk);
    assert.equal(iconv.decode(fixed, 'gb18030'), readFileSync(utf8, 'utf8'));
    assert.ok(!isUtf8(fixed), 'still GBK');
    assert.deepEqual(new Uint8Array(iconv.encode(iconv.decode(fixed, 'gb18030'), 'gb18030')), new Uint8Array(fixed));
  });

  it('--encoding forces one; a file that is neither is refused with one line and left unchanged', () => {
    const gbk = temp('gbk.txt', iconv.encode('同志们：今天开会。', 'gbk'));
    assert.equal(cli('stats', '--encoding', 'gbk', gbk).status, 0);
    assert.match(cli('stats', '--encoding', 'utf-8', gbk).stderr, /not valid UTF-8/);
    assert.match(cli('stats', '--encoding', 'latin9', gbk).stderr, /unknown encoding/);
    const binary = new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0x80, 0xff, 0x81]).slice(2);
    const neither = temp('binary.txt', binary);
    const result = cli('lint', '--fix', neither);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /neither UTF-8 nor GB18030/);
    assert.deepEqual(new Uint8Array(readFileSync(neither)), binary);
  });
});

describe('Word out: the review copy', () => {
  it('from a text speech: every finding a comment by Speech Draft, anchored on its text, with the message and the fix', async () => {
    const speech = parseSpeech(SEED_002);
    const findings = lint(speech).map((finding) => ({
      finding,
      text: commentText(finding, fixesOf(finding, speech), 'zh-cn'),
    }));
    const { docx, comments } = await reviewCopyOfText(speech, findings, OFFICIAL, {
      locale: 'zh-cn',
      date: new Date('2026-01-15T08:00:00Z'),
    });
    const found = reviewComments(docx);
    assert.equal(comments, findings.length);
    assert.equal(found.length, findings.length);
    found.forEach((comment, index) => {
      const { finding } = findings[index];
      assert.equal(comment.author, REVIEW_AUTHOR);
      assert.ok(comment.text.startsWith(finding.message['zh-cn']), comment.text);
      const written = SEED_002.slice(finding.span.start, finding.span.end);
      if (!written.includes('\n') && written.trim() !== '')
        assert.equal(comment.anchor, written, `${finding.rule}: ${written}`);
    });
    assert.ok(found.some((comment) => comment.text.includes('建议：')));
  });

  it('writes the comments in the display language: English text with English punctuation around the rule', () => {
    const speech = parseSpeech('同志们：\n这是一个很长的句子'.concat('，我们要认真学习'.repeat(12), '。\n'));
    const [finding] = lint(speech).filter((candidate) => candidate.rule === 'long-sentence');
    assert.equal(commentText(finding, [], 'en'), `${finding.message.en} (long-sentence)`);
    assert.equal(commentText(finding, [], 'zh-cn'), `${finding.message['zh-cn']}（long-sentence）`);
  });

  it('from a Word document: the comments anchor in its own paragraphs, which keep their text', async () => {
    const bytes = await seedDocx(true);
    const word = readDocx(bytes);
    const speech = parseSpeech(word.text);
    const findings = lint(speech).map((finding) => ({
      finding,
      text: commentText(finding, fixesOf(finding, speech), 'en'),
    }));
    const { docx } = reviewCopyOfDocx(bytes, word, findings, speech, { locale: 'en' });
    assert.deepEqual(readDocx(docx).paragraphs, word.paragraphs);
    const found = reviewComments(docx);
    assert.equal(found.length, findings.length);
    found.forEach((comment, index) => {
      const { finding } = findings[index];
      const written = word.text.slice(finding.span.start, finding.span.end);
      // The automatic number is drawn by Word, not written in the paragraph: a finding on it anchors at the text's start.
      const line = lineIndexAt(speech.lines, finding.span.start);
      const onNumber = finding.span.start - speech.lines[line].start < word.numberLength[word.paragraphOfLine[line]];
      if (!written.includes('\n') && written.trim() !== '' && !onNumber)
        assert.equal(comment.anchor, written, `${finding.rule}: ${written}`);
    });
  });

  it('the CLI writes a review copy of a .txt and of a .docx', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'speech-draft-review-')), 'review.docx');
    const fromText = cli('export', '--profile', 'review', temp('seed.txt', SEED_002), '-o', out);
    assert.equal(fromText.status, 0, fromText.stderr);
    assert.match(fromText.stderr, /review copy, \d+ comments/);
    assert.ok(reviewComments(readFileSync(out)).length > 0);
    const fromWord = cli('export', '--profile', 'review', temp('seed.docx', await seedDocx(true)), '-o', out);
    assert.equal(fromWord.status, 0, fromWord.stderr);
    assert.equal(readDocx(readFileSync(out)).text, SEED_002);
  });
});

describe('Word out: the review copy, as a person sees it', () => {
  it('renders page 1 of the review copy of seed 002, its comments in the margin, to test-results/ where LibreOffice is installed', async function () {
    this.timeout(180_000);
    const speech = parseSpeech(SEED_002);
    const findings = lint(speech).map((finding) => ({
      finding,
      text: commentText(finding, fixesOf(finding, speech), 'zh-cn'),
    }));
    const { docx } = await reviewCopyOfText(speech, findings, OFFICIAL, { locale: 'zh-cn' });
    // LibreOffice 7.4 and later take the PDF filter's options as JSON: comments in the margin where the version can.
    const filter = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}';
    if (!renderFirstPage('seed-002-review', docx, filter, 170_000))
      console.log(
        '      (LibreOffice or pdftoppm is not installed: the review copy is in test-results/, not rendered)',
      );
  });
});

describe('no text lost (generated documents)', function () {
  this.timeout(120_000);
  const character = fc.constantFrom(
    ...'同志们今天召开会议一二三、，。：；！？“”（）《》… abcXYZ0123*×【】-~&<>"\'\t'.split(''),
  );
  const paragraph = fc.array(character, { maxLength: 40 }).map((chars) => chars.join('').replace(/^\s+|\s+$/g, ''));

  it('every character of every paragraph is in the imported text and in both review copies, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 12 }), async (texts) => {
        const bytes = new Uint8Array(
          await Packer.toArrayBuffer(
            new Document({
              sections: [{ children: texts.map((text) => new Paragraph({ children: [new TextRun(text)] })) }],
            }),
          ),
        );
        const word = readDocx(bytes);
        assert.deepEqual(word.paragraphs, texts);
        const speech = parseSpeech(word.text);
        const findings = lint(speech, DEFAULT_LINT_CONFIG).map((finding) => ({ finding, text: finding.message.en }));
        assert.deepEqual(
          readDocx(reviewCopyOfDocx(bytes, word, findings, speech, { locale: 'en' }).docx).paragraphs,
          texts,
        );
        const fromText = await reviewCopyOfText(speech, findings, OFFICIAL, { locale: 'en' });
        const kept = texts
          .map((text) => text.trim())
          .filter((text) => text !== '')
          .join('');
        assert.equal(paragraphTexts(fromText.docx).join('').replace(/\s/g, ''), kept.replace(/\s/g, ''));
      }),
      { numRuns: 40 },
    );
  });
});

/** A .docx package of the given parts (enough for the reader). */
function zipOf(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, text]) => [path, strToU8(text)])));
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
