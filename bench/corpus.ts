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

/**
 * The text with one character typed before a 。, the `n`th keystroke of the bench's editing: each goes in at a different
 * place, 97 places spread over the text. Joined, as VS Code's document.getText() joins its lines: a flat string.
 */
export function typedInto(text: string, n: number): string {
  const at = text.indexOf('。', Math.floor((text.length * ((n % 97) + 1)) / 99));
  return [text.slice(0, at), '字', text.slice(at)].join('');
}

/** The median of some timings. */
export function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}
