/**
 * Property-based tests of the core on generated drafts: any text, no throw, no range out of place, no word lost.
 * CI runs a fixed seed (printed by fast-check on failure); SPEECH_DRAFT_PROPERTY_SEED and
 * SPEECH_DRAFT_PROPERTY_RUNS run other seeds and more cases locally.
 */

import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import * as iconv from 'iconv-lite';
import { readDocx, WordError } from '../../src/import/docx';
import { decodeText, unitByteOffsets } from '../../src/cli/encoding';
import { mainAsync } from '../../src/cli/main';
import {
  applyFixes,
  buildOutline,
  DEFAULT_LINT_CONFIG,
  type Fix,
  fixAll,
  fixesOf,
  lint,
  type OutlineNode,
  type ParsedSpeech,
  parseSpeech,
  placedFixes,
  renumbered,
  type Section,
  type Span,
  SpeechAnalyzer,
} from '../../src/core';

const SEED = Number(process.env.SPEECH_DRAFT_PROPERTY_SEED ?? 20261122);
const RUNS = Number(process.env.SPEECH_DRAFT_PROPERTY_RUNS ?? 300);
const settings = { seed: SEED, numRuns: RUNS };

const CHINESE = [
  '同',
  '志',
  '们',
  '社',
  '区',
  '工',
  '作',
  '一',
  '二',
  '三',
  '十',
  '是',
  '要',
  '第',
  '方',
  '面',
  '首',
  '先',
  '其',
  '次',
  '最',
  '后',
  '另',
  '点',
  '讲',
  '意',
  '见',
  '部',
  '分',
  '个',
  '谢',
  '大',
  '家',
  '〇',
  '某',
];
const MARKS = [
  '，',
  '。',
  '、',
  '；',
  '：',
  '？',
  '！',
  '“',
  '”',
  '‘',
  '’',
  '（',
  '）',
  '《',
  '》',
  '〈',
  '〉',
  '【',
  '】',
  '…',
  '—',
  '─',
  '━',
  '～',
  '·',
  ',',
  '.',
  ':',
  ';',
  '?',
  '!',
  '(',
  ')',
  '"',
  "'",
  '-',
  '*',
  '＊',
  '×',
  '_',
  '＿',
  '{',
  '}',
  '｛',
  '｝',
  '#',
  '%',
  '％',
  '／',
];
const MARKERS = [
  '一、',
  '（一）',
  '(二)',
  '1.',
  '2、',
  '（1）',
  '(3)',
  '第一，',
  '第二部分',
  '十一、',
  '一.',
  '（一）、',
  '一是',
  '二是',
  '四是',
  '一要',
  '一方面',
  '另一方面',
  '首先',
  '其次',
  '最后',
  '讲三点意见。',
  '同志们：',
  '谢谢大家！',
];
const PLACEHOLDERS = [
  '***',
  '区**',
  '××',
  '20XX',
  'xx',
  '○○',
  '□□',
  '____',
  '【单位】',
  '{{名称}}',
  '（此处写明时间）',
  '“”',
  '……',
  '...',
  '建成平方公里',
];
const OTHER = [
  '0',
  '5',
  '9',
  '１',
  '２',
  'a',
  'Z',
  'X',
  'GDP',
  '3.14',
  '1,200',
  '9:30',
  '58%',
  'www.a.cn',
  'a@b.cn',
  '报告.docx',
  '😀',
  '𠀀',
  '👍🏽',
  '\ud800',
  '\udc00',
  '\u0000',
  '\ufffd',
  '\u200b',
  '\u0007',
];
const BLANKS = [' ', '  ', '\t', '\u3000', '\u3000\u3000', '\n', '\r\n', '\r', '\ufeff'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CHINESE) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 1, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER) },
  { weight: 3, arbitrary: fc.constantFrom(...BLANKS) },
);
const draft = fc.array(piece, { maxLength: 160, size: 'max' }).map((pieces) => pieces.join(''));

/** Letters, digits and Chinese characters in order: what a fix must never change. */
/** The Chinese characters, letters and digits of a text, a full-width form (５, Ｂ) counted as its half-width one. */
function words(text: string): string {
  return Array.from(text.normalize('NFKC'))
    .filter((char) => /[\p{L}\p{N}]/u.test(char))
    .join('');
}

/** The bytes of each character of GB18030 text. */
function characterChunks(bytes: Buffer): Buffer[] {
  const file = decodeText(new Uint8Array(bytes), 'gb18030');
  if (!file) return [];
  const offsets = unitByteOffsets(file);
  const chunks: Buffer[] = [];
  for (let unit = 0; unit < file.text.length; unit++)
    if (offsets[unit + 1] > offsets[unit]) chunks.push(bytes.subarray(offsets[unit], offsets[unit + 1]));
  return chunks;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertSpan(text: string, span: Span, what: string): void {
  assert.ok(
    span.start >= 0 && span.start <= span.end && span.end <= text.length,
    `${what} ${JSON.stringify(span)} lies inside the text`,
  );
  assert.ok(
    !splitsSurrogatePair(text, span.start) && !splitsSurrogatePair(text, span.end),
    `${what} ${JSON.stringify(span)} splits a surrogate pair`,
  );
}

function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function assertSectionsNest(speech: ParsedSpeech): void {
  const visit = (sections: Section[], parent: Section | undefined): void => {
    let previousEnd = parent ? parent.span.start : 0;
    for (const section of sections) {
      assertSpan(speech.text, section.span, 'section');
      assertSpan(speech.text, section.heading.headingSpan, 'heading');
      assert.ok(section.span.start >= previousEnd, 'sibling sections do not overlap');
      previousEnd = section.span.end;
      if (parent) assert.ok(inside(section.span, parent.span), 'a section lies inside its parent');
      assert.ok(inside(section.heading.markerSpan, section.span), 'a heading lies inside its section');
      for (const item of section.items) {
        assertSpan(speech.text, item.span, 'item');
        assert.ok(inside(item.span, section.span), 'an item lies inside its section');
      }
      visit(section.children, section);
    }
  };
  visit(speech.sections, undefined);
}

function assertOutline(text: string, nodes: OutlineNode[], parent?: OutlineNode): void {
  for (const node of nodes) {
    assertSpan(text, node.span, 'outline node');
    assert.ok(inside(node.selectionSpan, node.span), 'the selection lies inside the node');
    if (parent) assert.ok(inside(node.span, parent.span), 'an outline node lies inside its parent');
    assertOutline(text, node.children, node);
  }
}

describe('properties (fast-check, seed ' + SEED + ', ' + RUNS + ' runs)', () => {
  it('parse, every rule and the outline never throw, and every range lies inside the text without splitting a surrogate pair', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const speech = parseSpeech(text);
        for (const diagnostic of lint(speech)) {
          assertSpan(text, diagnostic.span, diagnostic.rule);
          for (const fix of fixesOf(diagnostic))
            for (const edit of fix.edits) assertSpan(text, edit, `${diagnostic.rule} fix`);
        }
        assertOutline(text, buildOutline(speech, 220));
      }),
      settings,
    );
  });

  it('section ranges nest, and items lie in their sections', () => {
    fc.assert(
      fc.property(draft, (text) => assertSectionsNest(parseSpeech(text))),
      settings,
    );
  });

  it('fixing keeps every Chinese character, letter and digit in order, and fixing twice equals fixing once', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const once = fixAll(text).text;
        assert.equal(words(once), words(text));
        assert.equal(fixAll(once).text, once);
      }),
      settings,
    );
  });

  it('the incremental analyzer, after any edits, reports exactly what a fresh analysis of the same text does', () => {
    const project = (diagnostics: ReturnType<typeof lint>): unknown[] =>
      diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        span: { ...d.span },
        message: d.message,
        fixes: placedFixes(d).map((f) => ({ safe: f.safe, edits: f.edits.map((e) => ({ ...e })) })),
      }));
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 6 }),
      insert: fc.array(piece, { maxLength: 4 }).map((p) => p.join('')),
    });
    fc.assert(
      fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const analyzer = new SpeechAnalyzer();
        let text = start;
        analyzer.analyze(text, DEFAULT_LINT_CONFIG, 220);
        for (const { at, remove, insert } of edits) {
          const position = text.length === 0 ? 0 : at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + remove);
          const warm = analyzer.analyze(text, DEFAULT_LINT_CONFIG, 220);
          assert.deepEqual(project(warm.diagnostics), project(lint(parseSpeech(text))));
        }
      }),
      settings,
    );
  });

  it('Fix all takes fixes in the order offered, the first of two that touch winning, as a pairwise check would', () => {
    const edit = fc
      .tuple(fc.nat(12), fc.nat(3), fc.string({ maxLength: 2 }))
      .map(([start, length, newText]) => ({ start, end: start + length, newText }));
    const fix = fc.array(edit, { minLength: 1, maxLength: 2 }).map((edits): Fix => ({
      title: { 'zh-cn': '改', en: 'fix' },
      safe: true,
      edits: [...edits].sort((a, b) => a.start - b.start),
    }));
    fc.assert(
      fc.property(fc.array(fix, { maxLength: 12 }), (fixes) => {
        const text = '同志们，大家好，今天开会。';
        const ownEditsDisjoint = fixes.filter((candidate) =>
          candidate.edits.every((one, i) => candidate.edits.every((other, j) => i === j || !touch(one, other))),
        );
        assert.deepEqual(applyFixes(text, ownEditsDisjoint).edits, pairwise(text, ownEditsDisjoint));
      }),
      settings,
    );
  });

  it('renumbering twice equals renumbering once', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const once = renumbered(text, 0).text;
        assert.equal(renumbered(once, 0).text, once);
      }),
      settings,
    );
  });

  it('lint --fix keeps the line-ending style and the BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-props-'));
    const file = join(dir, 'draft.txt');
    const lineBreak = fc.constantFrom('\n', '\r\n');
    const withoutBreaks = fc
      .array(
        piece.filter((p) => !/[\r\n]/.test(p)),
        { maxLength: 30 },
      )
      .map((p) => p.join(''));
    const silent = { out: () => undefined, err: () => undefined };
    await fc.assert(
      fc.asyncProperty(
        fc.array(withoutBreaks, { minLength: 1, maxLength: 6 }),
        lineBreak,
        fc.boolean(),
        async (lines, eol, bom) => {
          const text = (bom ? '\ufeff' : '') + lines.join(eol) + eol;
          writeFileSync(file, text);
          await mainAsync(['lint', '--fix', file], {}, silent);
          const fixed = readFileSync(file, 'utf8');
          assert.equal(fixed.startsWith('\ufeff'), bom || text.startsWith('\ufeff'), 'the BOM is kept');
          const breaks = (s: string): string[] => s.match(/\r\n|\n|\r/g) ?? [];
          assert.deepEqual(breaks(fixed), breaks(text), 'the line breaks are kept, each as it was');
        },
      ),
      { ...settings, numRuns: Math.min(RUNS, 100) },
    );
  });

  it('lint --fix on GBK text with sequences that do not round-trip changes only the bytes of its fixes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-props-gbk-'));
    const file = join(dir, 'draft.txt');
    const silent = { out: () => undefined, err: () => undefined };
    // Bytes an encoder would write differently: € as 80, and a few two-byte ones (A3A0, A6D9, FE59).
    const odd = fc.constantFrom(
      Buffer.from([0x80]),
      Buffer.from([0xa3, 0xa0]),
      Buffer.from([0xa6, 0xd9]),
      Buffer.from([0xfe, 0x59]),
    );
    const gbkPiece = fc.oneof(
      {
        weight: 6,
        arbitrary: piece
          .filter((p) => !/[\ud800-\udfff\ufeff]/.test(p) && !p.includes('\0'))
          .map((p) => Buffer.from(iconv.encode(p, 'gb18030'))),
      },
      { weight: 1, arbitrary: odd },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(gbkPiece, { minLength: 1, maxLength: 60 }), async (parts) => {
        const bytes = Buffer.concat(parts);
        writeFileSync(file, bytes);
        await mainAsync(['lint', '--fix', '--encoding', 'gbk', file], {}, silent);
        const after = readFileSync(file);
        const before = new TextDecoder('gb18030').decode(bytes);
        const expected = fixAll(before).text;
        assert.equal(new TextDecoder('gb18030').decode(after), expected, 'the text is the fixed text');
        // Each odd sequence that no rule touches (€, a private-use and a rare character; not A3A0, a space a rule may
        // delete) is there as many times, as its own bytes: an encoder never rewrote it.
        for (const sequence of [Buffer.from([0x80]), Buffer.from([0xa6, 0xd9]), Buffer.from([0xfe, 0x59])]) {
          assert.equal(
            characterChunks(after).filter((chunk) => chunk.equals(sequence)).length,
            characterChunks(bytes).filter((chunk) => chunk.equals(sequence)).length,
            sequence.toString('hex'),
          );
        }
        if (expected === before) assert.ok(after.equals(bytes), 'nothing to fix: not one byte changed');
      }),
      { ...settings, numRuns: Math.min(RUNS, 100) },
    );
  });

  it('hostile Word packages: any mutation of a generated .docx is read or refused with a WordError, never anything else', () => {
    const junk = fc.constantFrom(
      '<?',
      '<!--',
      '<w:t a="',
      '&#x110000;',
      '&#99999999999;',
      '<',
      '<w:ilvl w:val="x"/>',
      '<w:numId w:val="1"/>',
      '</w:p>',
      '<w:p>',
      ']]>',
      '<![CDATA[',
      '\u0000',
    );
    const text = fc
      .array(fc.constantFrom(...CHINESE, ...MARKS.filter((mark) => !'<>&'.includes(mark)), '😀'), { maxLength: 20 })
      .map((chars) => chars.join(''));
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('junk' as const), at: fc.nat(), value: junk }),
      fc.record({
        kind: fc.constant('declare' as const),
        at: fc.nat(),
        value: fc.integer({ min: 0, max: 0xffffffff }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 8 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (paragraphs, mutations) => {
          let xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>${paragraphs.map((p) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
          const numbering =
            '<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
          for (const change of mutations)
            if (change.kind === 'junk')
              xml = xml.slice(0, change.at % xml.length) + change.value + xml.slice(change.at % xml.length);
          let zip = zipSync({
            '[Content_Types].xml': strToU8('<Types/>'),
            'word/document.xml': strToU8(xml),
            'word/numbering.xml': strToU8(numbering),
          });
          for (const change of mutations) {
            if (change.kind === 'truncate') zip = zip.subarray(0, change.at % (zip.length + 1));
            else if (change.kind === 'flip') zip[change.at % zip.length] = change.value;
            else if (change.kind === 'declare' && zip.length >= 4)
              new DataView(zip.buffer, zip.byteOffset).setUint32(change.at % (zip.length - 3), change.value, true);
          }
          try {
            const word = readDocx(zip);
            assert.equal(word.text, word.paragraphs.join('\n'));
          } catch (error) {
            assert.ok(error instanceof WordError, `not a WordError: ${String(error)}`);
          }
        },
      ),
      { ...settings, numRuns: Math.min(RUNS * 2, 600) },
    );
  });
});

type PlainEdit = { start: number; end: number; newText: string };

/** Two edits touch when they start at the same place or one starts strictly inside the other. */
function touch(a: PlainEdit, b: PlainEdit): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return first.start === second.start || second.start < first.end;
}

/** The reference: each fix checked against every edit taken before it. */
function pairwise(text: string, fixes: readonly Fix[]): PlainEdit[] {
  const taken: PlainEdit[] = [];
  for (const fix of fixes) {
    if (fix.edits.some((edit) => edit.end > text.length || taken.some((other) => touch(edit, other)))) continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}
