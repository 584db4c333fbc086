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
import { mainAsync } from '../../src/cli';
import { buildOutline, DEFAULT_LINT_CONFIG, fixAll, fixesOf, lint, type OutlineNode, type ParsedSpeech, parseSpeech, renumbered, type Section, type Span, SpeechAnalyzer } from '../../src/core';

const SEED = Number(process.env.SPEECH_DRAFT_PROPERTY_SEED ?? 20261122);
const RUNS = Number(process.env.SPEECH_DRAFT_PROPERTY_RUNS ?? 300);
const settings = { seed: SEED, numRuns: RUNS };

const CHINESE = ['同', '志', '们', '社', '区', '工', '作', '一', '二', '三', '十', '是', '要', '第', '方', '面', '首', '先', '其', '次', '最', '后', '另', '点', '讲', '意', '见', '部', '分', '个', '谢', '大', '家', '〇', '某'];
const MARKS = ['，', '。', '、', '；', '：', '？', '！', '“', '”', '‘', '’', '（', '）', '《', '》', '〈', '〉', '【', '】', '…', '—', '─', '━', '～', '·',
  ',', '.', ':', ';', '?', '!', '(', ')', '"', "'", '-', '*', '＊', '×', '_', '＿', '{', '}', '｛', '｝', '#', '%', '％', '／'];
const MARKERS = ['一、', '（一）', '(二)', '1.', '2、', '（1）', '(3)', '第一，', '第二部分', '十一、', '一.', '（一）、', '一是', '二是', '四是', '一要', '一方面', '另一方面', '首先', '其次', '最后', '讲三点意见。', '同志们：', '谢谢大家！'];
const PLACEHOLDERS = ['***', '区**', '××', '20XX', 'xx', '○○', '□□', '____', '【单位】', '{{名称}}', '（此处写明时间）', '“”', '……', '...', '建成平方公里'];
const OTHER = ['0', '5', '9', '１', '２', 'a', 'Z', 'X', 'GDP', '3.14', '1,200', '9:30', '58%', 'www.a.cn', 'a@b.cn', '报告.docx', '😀', '𠀀', '👍🏽', '\ud800', '\udc00', '\u0000', '\ufffd', '\u200b', '\u0007'];
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
  return Array.from(text.normalize('NFKC')).filter((char) => /[\p{L}\p{N}]/u.test(char)).join('');
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertSpan(text: string, span: Span, what: string): void {
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${JSON.stringify(span)} lies inside the text`);
  assert.ok(!splitsSurrogatePair(text, span.start) && !splitsSurrogatePair(text, span.end), `${what} ${JSON.stringify(span)} splits a surrogate pair`);
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
    fc.assert(fc.property(draft, (text) => {
      const speech = parseSpeech(text);
      for (const diagnostic of lint(speech)) {
        assertSpan(text, diagnostic.span, diagnostic.rule);
        for (const fix of fixesOf(diagnostic)) for (const edit of fix.edits) assertSpan(text, edit, `${diagnostic.rule} fix`);
      }
      assertOutline(text, buildOutline(speech, 220));
    }), settings);
  });

  it('section ranges nest, and items lie in their sections', () => {
    fc.assert(fc.property(draft, (text) => assertSectionsNest(parseSpeech(text))), settings);
  });

  it('fixing keeps every Chinese character, letter and digit in order, and fixing twice equals fixing once', () => {
    fc.assert(fc.property(draft, (text) => {
      const once = fixAll(text).text;
      assert.equal(words(once), words(text));
      assert.equal(fixAll(once).text, once);
    }), settings);
  });

  it('the incremental analyzer, after any edits, reports exactly what a fresh analysis of the same text does', () => {
    const project = (diagnostics: ReturnType<typeof lint>): unknown[] =>
      diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, span: { ...d.span }, message: d.message, fixes: d.fixes.map((f) => ({ safe: f.safe, edits: f.edits.map((e) => ({ ...e })) })) }));
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.array(piece, { maxLength: 4 }).map((p) => p.join('')) });
    fc.assert(fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
      const analyzer = new SpeechAnalyzer();
      let text = start;
      analyzer.analyze(text, DEFAULT_LINT_CONFIG, 220);
      for (const { at, remove, insert } of edits) {
        const position = text.length === 0 ? 0 : at % (text.length + 1);
        text = text.slice(0, position) + insert + text.slice(position + remove);
        const warm = analyzer.analyze(text, DEFAULT_LINT_CONFIG, 220);
        assert.deepEqual(project(warm.diagnostics), project(lint(parseSpeech(text))));
      }
    }), settings);
  });

  it('renumbering twice equals renumbering once', () => {
    fc.assert(fc.property(draft, (text) => {
      const once = renumbered(text, 0).text;
      assert.equal(renumbered(once, 0).text, once);
    }), settings);
  });

  it('lint --fix keeps the line-ending style and the BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-props-'));
    const file = join(dir, 'draft.txt');
    const lineBreak = fc.constantFrom('\n', '\r\n');
    const withoutBreaks = fc.array(piece.filter((p) => !/[\r\n]/.test(p)), { maxLength: 30 }).map((p) => p.join(''));
    const silent = { out: () => undefined, err: () => undefined };
    await fc.assert(fc.asyncProperty(fc.array(withoutBreaks, { minLength: 1, maxLength: 6 }), lineBreak, fc.boolean(), async (lines, eol, bom) => {
      const text = (bom ? '\ufeff' : '') + lines.join(eol) + eol;
      writeFileSync(file, text);
      await mainAsync(['lint', '--fix', file], {}, silent);
      const fixed = readFileSync(file, 'utf8');
      assert.equal(fixed.startsWith('\ufeff'), bom || text.startsWith('\ufeff'), 'the BOM is kept');
      const breaks = (s: string): string[] => s.match(/\r\n|\n|\r/g) ?? [];
      assert.deepEqual(breaks(fixed), breaks(text), 'the line breaks are kept, each as it was');
    }), { ...settings, numRuns: Math.min(RUNS, 100) });
  });
});
