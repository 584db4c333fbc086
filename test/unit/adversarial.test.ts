/**
 * Adversarial inputs run in linear time: doubling the input at most about doubles the time (a quadratic step would
 * quadruple it). No absolute time is asserted: machines differ, ratios do not.
 */

import { strict as assert } from 'node:assert';
import { buildOutline, fixAll, lint, parseSpeech, renumberEdits } from '../../src/core';

const MEGABYTE = 1 << 20;

const INPUTS: Record<string, (size: number) => string> = {
  '1 MB of （': (n) => '（'.repeat(n),
  '1 MB of “': (n) => '“'.repeat(n),
  '1 MB of 一、 on one line': (n) => '一、'.repeat(n / 2),
  '1 MB of 一、 lines': (n) => '一、\n'.repeat(n / 3),
  '1 MB of *': (n) => '*'.repeat(n),
  '1 MB of spaces': (n) => ' '.repeat(n),
  'one 1 MB line of prose': (n) => '同志们，要认真学习,深入思考。一是抓项目，二是抓企业；'.repeat(n / 26),
  // The half size is 100,000 lines, the full 200,000, as the name says (not a tenth of a megabyte: too small to time).
  '100,000 empty lines (and 200,000)': (n) => '\n'.repeat(Math.round((n / MEGABYTE) * 200_000)),
  'alternating half- and full-width marks': (n) => ',，.。:：;；!！?？(（)）'.repeat(n / 16),
  'a long run of commas in a heading': (n) => `一、${'，'.repeat(n)}x`,
  'crossing 《（ and 》）': (n) => '《（'.repeat(n / 4) + '》）'.repeat(n / 4),
};

function work(text: string): void {
  const speech = parseSpeech(text);
  lint(speech);
  buildOutline(speech, 220);
  renumberEdits(speech);
  fixAll(text);
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/** The fastest of three runs, garbage collected before each: a collection in one run is noise, not growth. */
function fastest(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    work(text);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

describe('adversarial inputs take linear time', function () {
  this.timeout(120_000);
  for (const [name, make] of Object.entries(INPUTS)) {
    it(name, () => {
      const half = make(MEGABYTE / 2);
      const full = make(MEGABYTE);
      work(make(MEGABYTE / 16)); // warm up the compiler
      const ratio = fastest(full) / Math.max(fastest(half), 1);
      assert.ok(ratio < 3, `doubling the input multiplied the time by ${ratio.toFixed(2)}`);
    });
  }
});
