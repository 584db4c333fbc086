/** The word trigram model: the converter's format read back, back-off as Katz has it, and the shipped model. */

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NgramModel } from '../../src/core/language/ngramModel';
import { REPO } from './helpers';

const TOY_ARPA = `
\\data\\
ngram 1=5
ngram 2=4
ngram 3=2

\\1-grams:
-2.0\t<unk>\t0
-1.0\t体制\t-0.5
-1.5\t机制\t-0.25
-3.0\t机智\t-0.125
-1.25\t完善\t-0.75

\\2-grams:
-0.5\t体制 机制\t-0.0625
-2.5\t体制 机智\t0
-0.75\t完善 体制\t-0.375
-1.75\t机制 完善\t0

\\3-grams:
-0.25\t完善 体制 机制
-2.75\t完善 体制 机智

\\end\\
`;

function toyModel(): NgramModel {
  const dir = mkdtempSync(join(tmpdir(), 'speech-draft-lm-'));
  writeFileSync(join(dir, 'toy.arpa'), TOY_ARPA);
  execFileSync(process.execPath, [resolve(REPO, 'scripts/lm-data.mjs'), join(dir, 'toy.arpa'), join(dir, 'toy.bin')]);
  return NgramModel.from(readFileSync(join(dir, 'toy.bin')));
}

describe('NgramModel', () => {
  const model = toyModel();
  const score = (first: string | undefined, second: string | undefined, word: string): number =>
    model.score(first ? model.idOf(first) : -1, second ? model.idOf(second) : -1, model.idOf(word));

  it('reads back every value the ARPA text gives', () => {
    assert.equal(model.size, 5);
    assert.equal(score('完善', '体制', '机制'), -0.25, 'a trigram');
    assert.equal(score('完善', '体制', '机智'), -2.75);
    assert.equal(score(undefined, '体制', '机制'), -0.5, 'a bigram');
    assert.equal(score(undefined, undefined, '机智'), -3, 'a unigram');
  });

  it('backs off as Katz: the bigram context’s back-off, then the word’s', () => {
    // 机制 完善 体制: no trigram; the bigram (机制 完善) has back-off 0; then P(体制 | 完善) = −0.75.
    assert.equal(score('机制', '完善', '体制'), 0 + -0.75);
    // 体制 机制 完善: no trigram; back-off of (体制 机制) −0.0625 + P(完善 | 机制) −1.75.
    assert.equal(score('体制', '机制', '完善'), -0.0625 + -1.75);
    // 机智 体制: no bigram; back-off of 机智 −0.125 + P(体制) −1.
    assert.equal(score(undefined, '机智', '体制'), -0.125 + -1);
    assert.equal(model.idOf('不在词表'), model.idOf('<unk>'));
    assert.equal(model.knows('不在词表'), false);
  });

  it('scores a sentence from its first word (the model has no <s>)', () => {
    assert.equal(model.sentenceScore(['完善', '体制', '机制']), -1.25 + -0.75 + -0.25);
  });

  it('refuses a file of another format, or cut short', () => {
    assert.throws(() => NgramModel.from(new Uint8Array(64)), /not a Speech Draft language model/);
    const bytes = readFileSync(resolve(REPO, 'data/zh-lm.bin'));
    assert.throws(() => NgramModel.from(bytes.subarray(0, bytes.length - 4)), /cut or padded/);
  });

  it('the shipped model (libime, 164,887 words) prefers the word the writer meant: 体制机制, not 体制机智', () => {
    const shipped = NgramModel.from(readFileSync(resolve(REPO, 'data/zh-lm.bin')));
    assert.equal(shipped.size, 164_887);
    const right = shipped.sentenceScore(['我们', '要', '完善', '体制', '机制']);
    const wrong = shipped.sentenceScore(['我们', '要', '完善', '体制', '机智']);
    assert.ok(right - wrong > 2, `${right} against ${wrong}`);
  });
});
