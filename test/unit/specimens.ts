/**
 * The specimen format of test/rules/<rule-id>.txt, read by one generic test (specimens.test.ts):
 *
 *   % a comment line
 *   %% {"maxSentenceLength": 20}      ends one document and starts the next, with .speechdraftrc.json settings
 *   同志们:今天开会。  ⟦:⟧             the rule's findings on this line, each as the text it covers, in order
 *   ⇒ 同志们：今天开会。                 the line above after the first fix of each of those findings (optional)
 *   谢谢大家！                          no mark: the rule must report nothing on this line
 *
 * `⟦¶⟧` stands for the whole line without its indentation (a paragraph). Marks follow the text after at least one
 * space, which is not part of the line. Every other rule runs as well, so the specimen shows what the writer sees
 * of this rule with all rules on.
 */

import {
  applyFixes,
  type Finding,
  fixesOf,
  lint,
  mergeConfigs,
  parseSpeech,
  type Rule,
  type TypoChecker,
  type UserConfig,
  validateUserConfig,
} from '../../src/core';

export interface SpecimenLine {
  /** 1-based line in the specimen file. */
  fileLine: number;
  text: string;
  expected: string[];
  fixed?: string;
}

export interface SpecimenDocument {
  config: UserConfig;
  lines: SpecimenLine[];
}

const MARKS = /\s+((?:⟦[^⟧]*⟧)+)$/u;
const FIXED = /^⇒ ?(.*)$/u;

export function parseSpecimen(source: string): SpecimenDocument[] {
  const documents: SpecimenDocument[] = [{ config: {}, lines: [] }];
  source.split('\n').forEach((raw, index) => {
    const fileLine = index + 1;
    const row = raw.replace(/\r$/, '');
    if (row.startsWith('%%')) {
      const settings = row.slice(2).trim();
      documents.push({ config: settings ? configOf(settings, fileLine) : {}, lines: [] });
      return;
    }
    if (row.startsWith('%')) return;
    const lines = documents[documents.length - 1].lines;
    const fixed = FIXED.exec(row);
    if (fixed) {
      const last = lines.at(-1);
      if (!last || last.expected.length === 0) throw new Error(`line ${fileLine}: ⇒ must follow a line with marks`);
      last.fixed = fixed[1];
      return;
    }
    const marks = MARKS.exec(row);
    const text = marks ? row.slice(0, marks.index) : row;
    const expected = marks
      ? [...marks[1].matchAll(/⟦([^⟧]*)⟧/gu)].map((mark) => (mark[1] === '¶' ? text.trim() : mark[1]))
      : [];
    lines.push({ fileLine, text, expected });
  });
  return documents.filter((document) => document.lines.length > 0);
}

function configOf(settings: string, fileLine: number): UserConfig {
  const config = JSON.parse(settings) as unknown;
  const problems = validateUserConfig(config);
  if (problems.length > 0) throw new Error(`line ${fileLine}: ${problems.map((problem) => problem.en).join('; ')}`);
  return config as UserConfig;
}

/** What differs between a document's marks and what `rule` reports on it, one line each; empty when they agree. */
export function specimenMismatches(
  document: SpecimenDocument,
  ruleId: string,
  rules?: readonly Rule[],
  typoChecker?: TypoChecker,
): string[] {
  const text = document.lines.map((line) => line.text).join('\n');
  const speech = parseSpeech(text);
  const config = mergeConfigs(document.config);
  const findings = lint(speech, { ...config, options: { ...config.options, typoChecker } }, undefined, rules).filter(
    (finding) => finding.rule === ruleId,
  );
  const byLine = new Map<number, Finding[]>();
  for (const finding of findings) {
    const line = speech.lines.findIndex(
      (candidate) => finding.span.start >= candidate.start && finding.span.start <= candidate.end,
    );
    byLine.set(line, [...(byLine.get(line) ?? []), finding]);
  }
  const problems: string[] = [];
  document.lines.forEach((line, index) => {
    const found = byLine.get(index) ?? [];
    const covered = found.map((finding) => text.slice(finding.span.start, finding.span.end));
    if (JSON.stringify(covered) !== JSON.stringify(line.expected)) {
      problems.push(
        `line ${line.fileLine}: expected ${show(line.expected)}, found ${show(covered)} in 「${line.text}」`,
      );
      return;
    }
    if (line.fixed === undefined) return;
    const fixes = found.map((finding) => fixesOf(finding)[0]).filter((fix) => fix !== undefined);
    const after = applyFixes(text, fixes).text.split('\n')[index];
    if (after !== line.fixed) problems.push(`line ${line.fileLine}: fixed to 「${after}」, expected 「${line.fixed}」`);
  });
  return problems;
}

function show(texts: readonly string[]): string {
  return texts.length === 0 ? 'nothing' : texts.map((text) => `⟦${text}⟧`).join('');
}
