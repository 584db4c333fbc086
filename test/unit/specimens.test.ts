/** Every rule's specimen file (test/rules/<rule-id>.txt): what it must report, what it must not, and its fixes. */

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core';
import { loadTypoChecker, REPO } from './helpers';
import { parseSpecimen, specimenMismatches } from './specimens';

const DIR = join(REPO, 'test/rules');

describe('rule specimens (test/rules)', () => {
  it('there is one specimen file for each rule, and none for a rule that does not exist', () => {
    const files = readdirSync(DIR)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => file.slice(0, -'.txt'.length))
      .sort();
    assert.deepEqual(files, RULES.map((rule) => rule.meta.id).sort());
  });

  for (const rule of RULES) {
    it(`${rule.meta.id}: reports exactly what its specimen marks, and its fixes give the lines marked ⇒`, () => {
      const documents = parseSpecimen(readFileSync(join(DIR, `${rule.meta.id}.txt`), 'utf8'));
      const marked = documents.flatMap((document) => document.lines).filter((line) => line.expected.length > 0).length;
      const clean = documents
        .flatMap((document) => document.lines)
        .filter((line) => line.expected.length === 0 && line.text.trim() !== '').length;
      assert.ok(
        marked >= 3 && clean >= 3,
        `${rule.meta.id}: at least three lines it must report and three it must not (${marked}, ${clean})`,
      );
      assert.deepEqual(
        documents.flatMap((document) => specimenMismatches(document, rule.meta.id, undefined, loadTypoChecker())),
        [],
      );
    });
  }
});
