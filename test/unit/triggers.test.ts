/** Line rules' triggers: the engine calls a rule only on lines it can report on, and never misses one it could. */

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parseSpeech, RULES, type Rule } from '../../src/core';
import { CHARS } from '../../src/core/parse/lineChars';
import type { LineContext, LineRule } from '../../src/core/rules/types';
import { REPO } from './helpers';
import { parseSpecimen } from './specimens';

/** A line rule that records the lines it was called on and reports nothing. */
function recorder(trigger: LineRule['trigger']): { rule: LineRule; seen: string[] } {
  const seen: string[] = [];
  const rule: LineRule = {
    meta: { ...RULES[0].meta, id: 'recorder', fixable: false },
    trigger,
    checkLine({ text }: LineContext) {
      seen.push(text);
    },
  };
  return { rule, seen };
}

const TEXT = ['中文一行。', 'English only.', '中文 有空格', '全角２０２５年', 'abc ２', '好，，'].join('\n');

function calledOn(trigger: LineRule['trigger']): string[] {
  const { rule, seen } = recorder(trigger);
  lint(parseSpeech(TEXT), undefined, undefined, [rule]);
  return seen;
}

describe('triggers', () => {
  it('without a trigger, a rule sees every non-empty line', () => {
    assert.equal(calledOn(undefined).length, 6);
  });

  it('characters: only lines holding one of them', () => {
    assert.deepEqual(calledOn({ chars: '０１２３４５６７８９' }), ['全角２０２５年', 'abc ２']);
  });

  it('requires: only lines with every feature named', () => {
    assert.deepEqual(calledOn({ chars: '０１２３４５６７８９', requires: CHARS.han }), ['全角２０２５年']);
    assert.deepEqual(calledOn({ features: CHARS.innerBlank, requires: CHARS.han }), ['中文 有空格']);
    assert.deepEqual(calledOn({ requires: CHARS.latin }), ['English only.', 'abc ２']);
  });

  it('pairs: only lines holding a character of the first set right before one of the second', () => {
    // 文一 is a pair; 文 有 is not (a blank between), nor 有文 (the wrong order).
    assert.deepEqual(calledOn({ pairs: ['文角', '一有全'] }), ['中文一行。']);
    assert.deepEqual(calledOn({ pairs: ['有', '文'] }), []);
    assert.deepEqual(calledOn({ pairs: ['年', '。'] }), []);
    // Pairs and characters in one table: a line with either; 24 rules with pairs use 32-bit words.
    assert.deepEqual(calledOn({ chars: '，', pairs: ['２', '０'] }), ['全角２０２５年', '好，，']);
    const many = Array.from({ length: 24 }, () => recorder({ pairs: ['２', '５'] }));
    lint(parseSpeech(TEXT), undefined, undefined, [
      ...many.map(({ rule }) => rule),
      recorder({ pairs: ['a', 'b'] }).rule,
    ]);
    assert.ok(many.every(({ seen }) => seen.join() === '全角２０２５年'));
  });

  it('features or characters: a line with either', () => {
    assert.deepEqual(calledOn({ chars: '年', features: CHARS.markRun }), ['全角２０２５年', '好，，']);
  });

  it('tells the rule whether the line holds one of its characters or was called for a feature alone', () => {
    const told: Array<[string, boolean]> = [];
    const rule: LineRule = {
      meta: { ...RULES[0].meta, id: 'recorder', fixable: false },
      trigger: { chars: '年', features: CHARS.markRun },
      checkLine({ text, holdsTriggerChar }: LineContext) {
        told.push([text, holdsTriggerChar]);
      },
    };
    lint(parseSpeech(TEXT), undefined, undefined, [rule]);
    assert.deepEqual(told, [
      ['全角２０２５年', true],
      ['好，，', false],
    ]);
    const untabled: Array<[string, boolean]> = [];
    const noChars: LineRule = {
      ...rule,
      trigger: { requires: CHARS.han },
      checkLine: ({ text, holdsTriggerChar }) => untabled.push([text, holdsTriggerChar]),
    };
    lint(parseSpeech(TEXT), undefined, undefined, [noChars]);
    assert.ok(untabled.length > 0 && untabled.every(([, holds]) => holds), 'a rule without characters: always true');
  });

  it("a trigger's characters and features only save work: without them every rule reports the same", () => {
    const text = [
      '同志们:今天,我们开会 。',
      '全角ＡＢＣ和２０２５年，中●文,「引号」。',
      '要再接再励……——砥砺前行，，',
      '（  ）“”***总书记',
      'English, only. Really!',
    ].join('\n');
    assert.ok(sameWithoutTriggers(text) > 10);
  });

  it('every specimen and every corpus text: the same findings without the triggers', () => {
    const specimens = readdirSync(join(REPO, 'test/rules'))
      .filter((file) => file.endsWith('.txt'))
      .flatMap((file) => parseSpecimen(readFileSync(join(REPO, 'test/rules', file), 'utf8')))
      .map((document) => document.lines.map((line) => line.text).join('\n'));
    const corpus = readdirSync(join(REPO, 'test/corpus/texts'))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => readFileSync(join(REPO, 'test/corpus/texts', file), 'utf8'));
    let findings = 0;
    for (const text of [...specimens, ...corpus]) findings += sameWithoutTriggers(text);
    assert.ok(findings > 1000);
  });
});

/** Asserts that the rules report the same on `text` with their triggers as without; returns how many findings. */
function sameWithoutTriggers(text: string): number {
  const speech = parseSpeech(text);
  const gated = lint(speech);
  const ungated = lint(speech, undefined, undefined, UNGATED);
  assert.deepEqual(
    gated.map((finding) => `${finding.rule} ${finding.span.start} ${finding.span.end}`),
    ungated.map((finding) => `${finding.rule} ${finding.span.start} ${finding.span.end}`),
  );
  return gated.length;
}

// `requires` stays: a line without Chinese is English, and its marks are its own (a rule's meaning, not a shortcut).
const UNGATED = RULES.map((rule): Rule =>
  rule.checkLine ? { ...rule, trigger: { requires: rule.trigger?.requires } } : rule,
);
