/**
 * Scores the engine on the corpus of real speeches in test/corpus/texts: heading and item precision and recall
 * against the annotations, and every rule's precision and recall against the findings each text must report.
 * `npm run eval:corpus` prints the table and every disagreement; test/unit/corpus.test.ts holds the thresholds.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DEFAULT_LINT_CONFIG,
  lineIndexAt,
  lint,
  parseSpeech,
  RULES,
  TYPO_CANDIDATES_FILE,
  TYPO_MODEL_FILE,
  TypoChecker,
  type Heading,
  type Item,
  type LintConfig,
  type ParsedSpeech,
  type Section,
} from '../../src/core';

export const CORPUS = resolve(__dirname, '../../../test/corpus/texts');
const REPO_ROOT = resolve(__dirname, '../../..');

/** One text's annotation, written by reading the text (see test/corpus/README.md). */
export interface Annotation {
  source: string;
  kind: string;
  retrieved: string;
  notes: string;
  /** [line (1-based), level (1 = top), marker as written] */
  headings: Array<[number, number, string]>;
  /** [line, marker as written] */
  items: Array<[number, string]>;
  /** [rule, line, the exact text reported, or * for any text on that line] */
  findings: Array<[string, number, string]>;
  /** Rules not scored on this text, with the reason. */
  unscored: Record<string, string>;
}

export interface CorpusText {
  name: string;
  text: string;
  annotation: Annotation;
}

export function loadCorpus(directory = CORPUS): CorpusText[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      const annotation = JSON.parse(readFileSync(resolve(directory, `${name}.json`), 'utf8')) as Annotation;
      return { name, text: readFileSync(resolve(directory, file), 'utf8'), annotation };
    });
}

/** Counts, and what was wrong, for one measure. */
export interface Score {
  truePositives: number;
  falsePositives: string[];
  misses: string[];
}

export interface CorpusReport {
  texts: number;
  kinds: string[];
  headings: Score;
  items: Score;
  rules: Record<string, Score>;
  /**
   * The typo rule's findings on the texts where it is not scored (the complete official texts, 44–60), as
   * `name: line text`: each was read, and none is a typo (see the corpus README).
   */
  unscoredTypos: string[];
}

export function precision(score: Score): number {
  const reported = score.truePositives + score.falsePositives.length;
  return reported === 0 ? 1 : score.truePositives / reported;
}

export function recall(score: Score): number {
  const expected = score.truePositives + score.misses.length;
  return expected === 0 ? 1 : score.truePositives / expected;
}

function emptyScore(): Score {
  return { truePositives: 0, falsePositives: [], misses: [] };
}

/**
 * Matches what the engine found against what the annotation expects, as multisets of keys: each expected key
 * matches at most one found key. A found key `${rule} ${line} ${text}` also matches an expected `${rule} ${line} *`.
 */
function score(into: Score, where: string, found: string[], expected: string[]): void {
  const open = [...expected];
  const unmatched: string[] = [];
  for (const key of found) {
    let at = open.indexOf(key);
    if (at < 0) at = open.indexOf(key.replace(/^(\S+ \d+) .*$/s, '$1 *'));
    if (at < 0) {
      unmatched.push(key);
      continue;
    }
    open.splice(at, 1);
    into.truePositives++;
  }
  into.falsePositives.push(...unmatched.map((key) => `${where}: ${key}`));
  into.misses.push(...open.map((key) => `${where}: ${key}`));
}

function headingLevels(sections: readonly Section[]): Array<{ heading: Heading; level: number }> {
  return sections.flatMap((section) => [
    { heading: section.heading, level: section.level },
    ...headingLevels(section.children),
  ]);
}

/** The 1-based line of `offset`. */
function lineOf(speech: ParsedSpeech, offset: number): number {
  return lineIndexAt(speech.lines, offset) + 1;
}

/** Every rule at its default, and the typo rule with its model and candidates, as the hosts load them. */
export const WITH_TYPO: LintConfig = {
  ...DEFAULT_LINT_CONFIG,
  options: {
    ...DEFAULT_LINT_CONFIG.options,
    typoChecker: TypoChecker.from(
      readFileSync(join(REPO_ROOT, 'data', TYPO_MODEL_FILE)),
      readFileSync(join(REPO_ROOT, 'data', TYPO_CANDIDATES_FILE), 'utf8'),
    ),
  },
};

export function evaluateCorpus(texts: readonly CorpusText[] = loadCorpus()): CorpusReport {
  const report: CorpusReport = {
    texts: texts.length,
    kinds: [...new Set(texts.map((text) => text.annotation.kind))].sort(),
    headings: emptyScore(),
    items: emptyScore(),
    rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, emptyScore()])),
    unscoredTypos: [],
  };
  for (const { name, text, annotation } of texts) {
    const speech = parseSpeech(text);
    score(
      report.headings,
      name,
      headingLevels(speech.sections).map(({ heading, level }) => `${heading.line + 1} ${level} ${heading.marker}`),
      annotation.headings.map(([line, level, marker]) => `${line} ${level} ${marker}`),
    );
    score(
      report.items,
      name,
      speech.items.map((item: Item) => `${item.line + 1} ${item.marker}`),
      annotation.items.map(([line, marker]) => `${line} ${marker}`),
    );
    const findings = lint(speech, WITH_TYPO);
    if (annotation.unscored.typo !== undefined)
      for (const finding of findings)
        if (finding.rule === 'typo')
          report.unscoredTypos.push(
            `${name}: ${lineOf(speech, finding.span.start)} ${text.slice(finding.span.start, finding.span.end)}`,
          );
    for (const rule of RULES) {
      const id = rule.meta.id;
      if (annotation.unscored[id] !== undefined) continue;
      const found = findings
        .filter((finding) => finding.rule === id)
        .map(
          (finding) =>
            `${id} ${lineOf(speech, finding.span.start)} ${text.slice(finding.span.start, finding.span.end)}`,
        );
      const expected = annotation.findings
        .filter(([rule]) => rule === id)
        .map(([rule, line, reported]) => `${rule} ${line} ${reported}`);
      score(report.rules[id], name, found, expected);
    }
  }
  return report;
}

function formatRatio(value: number): string {
  return value.toFixed(3);
}

export function formatReport(report: CorpusReport): string {
  const rows = [
    `Corpus: ${report.texts} texts of ${report.kinds.length} kinds (${report.kinds.join(', ')})`,
    '',
    '| measure | precision | recall | found right | wrong | missed |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const row = (label: string, score: Score): string =>
    `| ${label} | ${formatRatio(precision(score))} | ${formatRatio(recall(score))} | ${score.truePositives} | ${score.falsePositives.length} | ${score.misses.length} |`;
  rows.push(row('headings', report.headings), row('items', report.items));
  for (const [id, score] of Object.entries(report.rules)) rows.push(row(id, score));
  const wrong = [report.headings, report.items, ...Object.values(report.rules)].flatMap(
    (score) => score.falsePositives,
  );
  const missed = [report.headings, report.items, ...Object.values(report.rules)].flatMap((score) => score.misses);
  rows.push('', `Reported but not expected (${wrong.length}):`, ...wrong.map((key) => `  ${key}`));
  rows.push(
    '',
    `typo on the complete official texts, where it is not scored (${report.unscoredTypos.length}, none a typo):`,
    ...report.unscoredTypos.map((key) => `  ${key}`),
  );
  rows.push('', `Expected but not reported (${missed.length}):`, ...missed.map((key) => `  ${key}`));
  return rows.join('\n');
}

if (require.main === module) {
  console.log(formatReport(evaluateCorpus()));
}
