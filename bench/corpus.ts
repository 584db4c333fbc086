/** The benchmark corpora, built from the two seed speeches. */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository, from out/bench/ where the benchmark runs. */
export const REPO = resolve(__dirname, '../..');

/**
 * A corpus of `size` characters from the two seeds, each repetition varied (its paragraphs open with a
 * different phrase), so that no two paragraphs are the same and no cache can answer for another.
 */
export function corpus(size: number): string {
  const seeds = ['seed-000-opening.txt', 'seed-002-community.txt'].map((name) =>
    readFileSync(resolve(REPO, 'test/fixtures', name), 'utf8'),
  );
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; length < size; round++) {
    const varied = seeds[round % 2]
      .split('\n')
      .map((line) =>
        line.length > 20 && !/^[一二三四五六七八九十（(]/.test(line) ? `在第${round + 1}个阶段，${line}` : line,
      )
      .join('\n');
    parts.push(varied);
    length += varied.length + 1;
  }
  return parts.join('\n').slice(0, size);
}
