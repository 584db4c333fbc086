/**
 * npm run eval:typos: the `typo` rule scored on the ECSpell official-document-writing set (test/typos/ecspell-odw/,
 * MIT). The CLI lints every sentence, one a line, in one run; the first fix of each finding that substitutes Chinese
 * characters (each edit replaces Chinese text with as many characters) is applied; then, at sentence level:
 *   detection right: the set of changed positions equals the gold set; correction right: the sentence equals the gold;
 *   precision = right / sentences changed; recall = right / sentences with errors;
 *   false alarms = clean sentences changed / clean sentences.
 * Character level (each changed character, right or not) and per edit (each finding's correction, right when it gives
 * the gold text) are printed too. The one part of the rule's data mined from this split, the [mined] section of
 * zh-candidates.txt (scripts/typo-pairs.mjs), is scored apart: the rule without it, and by five-fold cross-validation
 * (each fifth of the sentences scored with the pairs mined from the other four), besides the shipped rule, whose pairs
 * were mined from these very sentences (an optimistic figure).
 */

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../../..');
const HAN = /\p{Script=Han}/u;

interface JsonEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  newText: string;
}

interface JsonDiagnostic {
  rule: string;
  line: number;
  fixes: Array<{ edits: JsonEdit[] }>;
}

export interface TypoScores {
  sentences: number;
  withErrors: number;
  clean: number;
  changed: number;
  detection: { precision: number; recall: number };
  correction: { precision: number; recall: number };
  falseAlarms: number;
  characters: { changed: number; right: number; gold: number };
  /** Each finding's correction as one edit: right when it gives the gold text at every character it changes. */
  edits: { made: number; right: number };
  /** The sentences behind the ratios: detected and corrected right, clean ones changed. */
  counts: { detected: number; corrected: number; falseAlarms: number };
  /** The sentences with errors and those corrected, by their number of wrong characters: 1, 2, 3, and 4 or more. */
  byErrors: ReadonlyArray<{ sentences: number; corrected: number }>;
}

/** The groups of TypoScores.byErrors: a sentence with this many wrong characters or more falls in the last. */
const ERROR_GROUPS = 4;

function errorGroups(): Array<{ sentences: number; corrected: number }> {
  return Array.from({ length: ERROR_GROUPS }, () => ({ sentences: 0, corrected: 0 }));
}

/** Scores the sentences of `file` (n_errors TAB wrong TAB right) with the CLI at `cli`. */
function scoreTypos(file: string, cli: string): TypoScores {
  const rows = linesOf(file).map((line) => line.split('\t'));
  const dir = mkdtempSync(join(tmpdir(), 'speech-draft-typos-'));
  const input = join(dir, 'sentences.txt');
  writeFileSync(input, rows.map((row) => row[1]).join('\n'));
  let output: string;
  try {
    output = execFileSync(process.execPath, [cli, 'lint', '--format', 'json', input], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // Exit code 1 means an error-level finding, not a failure.
    output = (error as { stdout?: string }).stdout ?? '';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [result] = JSON.parse(output) as Array<{ diagnostics: JsonDiagnostic[] }>;
  const changes = rows.map((row) => [...row[1]]);
  const changedAt = rows.map(() => new Set<number>());
  const edits = { made: 0, right: 0 };
  for (const diagnostic of result.diagnostics) {
    const fix = diagnostic.fixes[0];
    if (!fix || !fix.edits.every((edit) => isSubstitution(rows[edit.line - 1]?.[1] ?? '', edit))) continue;
    edits.made++;
    if (fix.edits.every((edit) => rows[edit.line - 1][2].slice(edit.column - 1, edit.endColumn - 1) === edit.newText))
      edits.right++;
    for (const edit of fix.edits) {
      const chars = changes[edit.line - 1];
      // Columns count UTF-16 units; the sentences are in the BMP, so they are characters too.
      for (let k = 0; k < edit.newText.length; k++) {
        const at = edit.column - 1 + k;
        if (chars[at] !== edit.newText[k]) changedAt[edit.line - 1].add(at);
        chars[at] = edit.newText[k];
      }
    }
  }
  let changed = 0,
    detected = 0,
    corrected = 0,
    falseAlarms = 0,
    withErrors = 0;
  const characters = { changed: 0, right: 0, gold: 0 };
  const byErrors = errorGroups();
  rows.forEach(([count, wrong, right], index) => {
    const gold = new Set<number>();
    for (let i = 0; i < wrong.length; i++) if (wrong[i] !== right[i]) gold.add(i);
    characters.gold += gold.size;
    const positions = changedAt[index];
    const hasErrors = Number(count) > 0;
    const group = byErrors[Math.min(ERROR_GROUPS, Math.max(1, gold.size)) - 1];
    if (hasErrors) {
      withErrors++;
      group.sentences++;
    }
    for (const at of positions) {
      characters.changed++;
      if (changes[index][at] === right[at]) characters.right++;
    }
    if (positions.size === 0) return;
    changed++;
    if (!hasErrors) falseAlarms++;
    if (hasErrors && positions.size === gold.size && [...positions].every((at) => gold.has(at))) detected++;
    if (hasErrors && changes[index].join('') === right) {
      corrected++;
      group.corrected++;
    }
  });
  const clean = rows.length - withErrors;
  return withRatios({
    sentences: rows.length,
    withErrors,
    clean,
    changed,
    characters,
    edits,
    counts: { detected, corrected, falseAlarms },
    byErrors,
  });
}

type TypoCounts = Omit<TypoScores, 'detection' | 'correction' | 'falseAlarms'>;

/** The scores of these counts: sentence-level precision and recall, and the share of clean sentences changed. */
function withRatios(counts: TypoCounts): TypoScores {
  const { detected, corrected, falseAlarms } = counts.counts;
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    ...counts,
    detection: { precision: ratio(detected, counts.changed), recall: ratio(detected, counts.withErrors) },
    correction: { precision: ratio(corrected, counts.changed), recall: ratio(corrected, counts.withErrors) },
    falseAlarms: ratio(falseAlarms, counts.clean),
  };
}

/** The scores of several parts of a split, as one. */
function combined(parts: readonly TypoScores[]): TypoScores {
  const sum = (of: (scores: TypoScores) => number): number => parts.reduce((total, part) => total + of(part), 0);
  return withRatios({
    sentences: sum((p) => p.sentences),
    withErrors: sum((p) => p.withErrors),
    clean: sum((p) => p.clean),
    changed: sum((p) => p.changed),
    characters: {
      changed: sum((p) => p.characters.changed),
      right: sum((p) => p.characters.right),
      gold: sum((p) => p.characters.gold),
    },
    edits: { made: sum((p) => p.edits.made), right: sum((p) => p.edits.right) },
    counts: {
      detected: sum((p) => p.counts.detected),
      corrected: sum((p) => p.counts.corrected),
      falseAlarms: sum((p) => p.counts.falseAlarms),
    },
    byErrors: errorGroups().map((_, k) => ({
      sentences: sum((p) => p.byErrors[k].sentences),
      corrected: sum((p) => p.byErrors[k].corrected),
    })),
  });
}

const FOLDS = 5;

/** `file` scored by FOLDS-fold cross-validation: each fold with the pairs mined from the others. */
export function crossValidated(file: string): TypoScores {
  return combined(Array.from({ length: FOLDS }, (_, held) => scoreFold(file, held, FOLDS)));
}

/** Every sentence of `file` scored by the rule without any mined pair (the one fold of one, mined from no other). */
export function withoutPairs(file: string): TypoScores {
  return scoreFold(file, 0, 1);
}

/**
 * The sentences of fold `held` of `folds` of `file` (by index modulo `folds`), scored with the CLI whose candidates'
 * mined pairs come from the other folds: a copy of dist/ in a temporary folder, the CLI copied (it reads its data
 * beside itself) and the rest linked.
 */
function scoreFold(file: string, held: number, folds: number): TypoScores {
  const dist = join(REPO, 'dist');
  const dir = mkdtempSync(join(tmpdir(), 'speech-draft-folds-'));
  try {
    for (const name of readdirSync(dist))
      if (name === 'cli.js') copyFileSync(join(dist, name), join(dir, name));
      else if (name !== 'zh-candidates.txt') symlinkSync(join(dist, name), join(dir, name));
    const candidates = ['--in', join(dist, 'zh-candidates.txt'), '--out', join(dir, 'zh-candidates.txt')];
    execFileSync(process.execPath, [
      join(REPO, 'scripts/typo-pairs.mjs'),
      '--train',
      file,
      ...candidates,
      '--hold',
      `${held}/${folds}`,
    ]);
    const scored = join(dir, 'scored.txt');
    writeFileSync(
      scored,
      linesOf(file)
        .filter((_, index) => index % folds === held)
        .join('\n'),
    );
    return scoreTypos(scored, join(dir, 'cli.js'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The benchmark file's sentence lines (n_errors TAB wrong TAB right), blank lines left out. */
function linesOf(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** An edit within one line that replaces Chinese text with as many characters. */
function isSubstitution(sentence: string, edit: JsonEdit): boolean {
  const replaced = sentence.slice(edit.column - 1, edit.endColumn - 1);
  return (
    edit.line === edit.endLine && replaced.length === edit.newText.length && replaced.length > 0 && HAN.test(replaced)
  );
}

function main(): void {
  const file = process.argv[2] ?? join(REPO, 'test/typos/ecspell-odw/odw.train');
  console.log(`Typo benchmark: ${file}`);
  const shipped = scoreTypos(file, join(REPO, 'dist/cli.js'));
  const f = (x: number): string => x.toFixed(3);
  console.log(
    `${shipped.sentences} sentences, ${shipped.withErrors} with errors, ${shipped.clean} clean; the tool changed ${shipped.changed}`,
  );
  report(
    'The shipped rule (its mined pairs come from this split when it is the train split: optimistic there)',
    shipped,
  );
  report('Without the pairs mined from the train split', withoutPairs(file));
  report(`With pairs mined from the other folds (${FOLDS}-fold cross-validation)`, crossValidated(file));

  function report(title: string, scores: TypoScores): void {
    console.log(`\n${title}:`);
    console.log('| level | precision | recall |');
    console.log('| --- | --- | --- |');
    console.log(`| detection (sentence) | ${f(scores.detection.precision)} | ${f(scores.detection.recall)} |`);
    console.log(`| correction (sentence) | ${f(scores.correction.precision)} | ${f(scores.correction.recall)} |`);
    const { changed, right, gold } = scores.characters;
    console.log(`| correction (character) | ${f(right / Math.max(1, changed))} | ${f(right / Math.max(1, gold))} |`);
    console.log(
      `per edit: ${scores.edits.right} of ${scores.edits.made} corrections right (${f(scores.edits.right / Math.max(1, scores.edits.made))})`,
    );
    console.log(`false alarms: ${f(scores.falseAlarms)} of clean sentences changed (${scores.counts.falseAlarms})`);
    const groups = scores.byErrors.map(
      ({ sentences, corrected }, k) =>
        `${k + 1}${k + 1 === ERROR_GROUPS ? ' or more' : ''}: ${corrected} of ${sentences}`,
    );
    console.log(`corrected, by wrong characters in the sentence: ${groups.join('; ')}`);
  }
}

if (require.main === module) main();
