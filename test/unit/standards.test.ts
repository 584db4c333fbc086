/**
 * The example sentences of GB/T 15834-2011 and GB/T 15835-2011 (test/standards/): the standards' own correct usage.
 * Each must lint without a warning or an error from the rules they speak to, and each, with its full-width marks pasted as half-width ones (as text
 * copied from a web page or a chat arrives), must come back exactly as the standard prints it after Fix all.
 */

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll, lint, parseSpeech, RULES } from '../../src/core';
import { REPO } from './helpers';

const FILES = ['gbt-15834-2011.txt', 'gbt-15835-2011.txt'];
/** The rules these examples speak to: punctuation, numbers and placeholders (not a document's structure or style). */
const CHECKED = new Set(
  RULES.filter((rule) =>
    rule.meta.tags.some((tag) => tag === 'punctuation' || tag === 'numbers' || tag === 'placeholder'),
  ).map((rule) => rule.meta.id),
);
/** What a web page or a chat tool makes of full-width marks. */
const PASTED: Readonly<Record<string, string>> = {
  '，': ',',
  '；': ';',
  '：': ':',
  '？': '?',
  '！': '!',
  '（': '(',
  '）': ')',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
};

function examples(file: string): string[] {
  return readFileSync(join(REPO, 'test/standards', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('%'));
}

export function pasted(text: string): string {
  return text.replace(/[，；：？！（）“”‘’]/g, (mark) => PASTED[mark]);
}

for (const file of FILES) {
  describe(`the examples of ${file.replace('.txt', '').toUpperCase()} (test/standards)`, () => {
    const lines = examples(file);

    it('are each linted without a warning or an error from the punctuation, number and placeholder rules', () => {
      const reported = lines.flatMap((line) =>
        lint(parseSpeech(line))
          .filter(
            (finding) => CHECKED.has(finding.rule) && (finding.severity === 'error' || finding.severity === 'warning'),
          )
          .map((finding) => `${finding.rule} 「${line.slice(finding.span.start, finding.span.end)}」 in 「${line}」`),
      );
      assert.deepEqual(reported, []);
    });

    it('come back exactly as printed after Fix all, from their marks pasted as half-width ones', () => {
      const broken = lines.filter((line) => pasted(line) !== line);
      assert.ok(broken.length > 0);
      const wrong = broken
        .filter((line) => fixAll(pasted(line)).text !== line)
        .map((line) => `「${pasted(line)}」 → 「${fixAll(pasted(line)).text}」, not 「${line}」`);
      assert.deepEqual(wrong, []);
    });
  });
}
