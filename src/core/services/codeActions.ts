/**
 * Which quick fixes a finding gets, decided here and tested in Node; the editor only turns each into its own kind
 * of code action (src/vscode/codeActions.ts).
 */

import { fixesOf } from '../engine/lint';
import type { Finding, Message, RuleOptions, TextEdit } from '../rules/types';
import type { ParsedSpeech, Span } from '../parse/types';

export type CodeActionPlan =
  /** Apply one of the finding's fixes; the first is the preferred one. */
  | { kind: 'fix'; finding: Finding; title: Message; edits: readonly TextEdit[]; preferred: boolean }
  /** Ask for the text of a placeholder and put it in: here, or at every place with the same text (`count` > 1). */
  | { kind: 'fill-placeholder'; finding: Finding; text: string; span: Span; count: number }
  /** Add the placeholder's exact text to the allowed ones. */
  | { kind: 'allow-placeholder'; finding: Finding; text: string }
  /** Add the word a typo was found in to the word list (.speechdraftrc.json `words`): it is never reported again. */
  | { kind: 'add-word'; finding: Finding; word: string }
  | { kind: 'rule-docs'; rule: string }
  /** Apply every safe fix of the document; `count` findings have one. */
  | { kind: 'fix-all'; count: number };

/**
 * The actions for the findings at the cursor (`selected`, found among `findings`, all of the document's): each
 * finding's fixes, a placeholder's fill-in and ignore actions, each rule's documentation, and Fix all when more than
 * one finding of the document has a safe fix and some fix is offered here.
 */
export function codeActionsFor(
  speech: ParsedSpeech,
  findings: readonly Finding[],
  selected: readonly Finding[],
  options: RuleOptions,
): CodeActionPlan[] {
  const plans: CodeActionPlan[] = [];
  for (const finding of selected) {
    fixesOf(finding, speech, options).forEach((fix, index) =>
      plans.push({ kind: 'fix', finding, title: fix.title, edits: fix.edits, preferred: index === 0 }),
    );
    if (finding.rule === 'placeholder') plans.push(...placeholderActions(speech, findings, finding));
    if (finding.rule === 'typo')
      plans.push({ kind: 'add-word', finding, word: speech.text.slice(finding.span.start, finding.span.end) });
  }
  for (const rule of new Set(selected.map((finding) => finding.rule))) plans.push({ kind: 'rule-docs', rule });
  const fixable = findings.filter((finding) => finding.fixes.some((fix) => fix.safe)).length;
  if (fixable > 1 && plans.some((plan) => plan.kind === 'fix')) plans.push({ kind: 'fix-all', count: fixable });
  return plans;
}

function placeholderActions(speech: ParsedSpeech, findings: readonly Finding[], finding: Finding): CodeActionPlan[] {
  const text = speech.text.slice(finding.span.start, finding.span.end);
  const same = findings.filter(
    (other) => other.rule === 'placeholder' && speech.text.slice(other.span.start, other.span.end) === text,
  ).length;
  const plans: CodeActionPlan[] = [{ kind: 'fill-placeholder', finding, text, span: finding.span, count: 1 }];
  if (same > 1) plans.push({ kind: 'fill-placeholder', finding, text, span: finding.span, count: same });
  plans.push({ kind: 'allow-placeholder', finding, text });
  return plans;
}
