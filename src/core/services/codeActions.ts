/**
 * Which quick fixes a finding gets, decided here and tested in Node; the editor only turns each into its own kind
 * of code action (src/vscode/codeActions.ts). Beyond a finding's fixes, a rule offers its own actions (`actions`).
 */

import { messagesOf } from '../engine/messages';
import { fixesOf } from '../engine/run';
import { ruleById } from '../rules';
import type { Finding, ListOption, Message, RuleAction, RuleOptions, TextEdit } from '../rules/types';
import type { ParsedSpeech, Span } from '../parse/types';

export type CodeActionPlan =
  /** Apply one of the finding's fixes; the first is the preferred one. */
  | { kind: 'fix'; finding: Finding; title: Message; edits: readonly TextEdit[]; preferred: boolean }
  /** Ask the writer for text (`prompt`) and put it in place of every span, in one undoable edit. */
  | { kind: 'ask-and-replace'; finding: Finding; title: Message; prompt: Message; spans: readonly Span[] }
  /** Add `value` to the list option `list` (.speechdraftrc.json), so that it is not reported again. */
  | { kind: 'add-to-list'; finding: Finding; title: Message; list: ListOption; value: string }
  /**
   * Add `{ rule, text }` to `ignore` in .speechdraftrc.json: for this file only (`inFile`, the entry names it) or for
   * every file. `text` is what the finding covers, so the entry holds however the rest of the document changes.
   */
  | { kind: 'ignore'; finding: Finding; rule: string; text: string; inFile: boolean }
  /** Turn the rule off in .speechdraftrc.json. */
  | { kind: 'disable-rule'; rule: string }
  | { kind: 'rule-docs'; rule: string }
  /** Apply every safe fix of one rule; `count` of its findings have one. */
  | { kind: 'fix-rule'; rule: string; count: number }
  /** Apply every safe fix of the document; `count` findings have one. */
  | { kind: 'fix-all'; count: number };

/**
 * The actions for the findings at the cursor (`selected`, found among `findings`, all of the document's): each
 * finding's fixes, the actions its rule offers, each rule's documentation, and Fix all when more than one finding of
 * the document has a safe fix and some fix is offered here.
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
    plans.push(...ruleActions(speech, findings, finding));
  }
  const hasSafeFix = (finding: Finding): boolean => finding.fixes.some((fix) => fix.safe);
  const rules = [...new Set(selected.map((finding) => finding.rule))];
  for (const rule of rules) {
    const count = findings.filter((finding) => finding.rule === rule && hasSafeFix(finding)).length;
    if (count > 1 && selected.some((finding) => finding.rule === rule && hasSafeFix(finding)))
      plans.push({ kind: 'fix-rule', rule, count });
  }
  const fixable = findings.filter(hasSafeFix).length;
  if (fixable > 1 && plans.some((plan) => plan.kind === 'fix')) plans.push({ kind: 'fix-all', count: fixable });
  for (const finding of selected) {
    const text = speech.text.slice(finding.span.start, finding.span.end);
    if (text === '') continue;
    plans.push({ kind: 'ignore', finding, rule: finding.rule, text, inFile: true });
    plans.push({ kind: 'ignore', finding, rule: finding.rule, text, inFile: false });
  }
  for (const rule of rules) plans.push({ kind: 'disable-rule', rule });
  for (const rule of rules) plans.push({ kind: 'rule-docs', rule });
  return plans;
}

/** The actions the finding's rule offers, their titles resolved; one whose message cannot be made is left out. */
function ruleActions(speech: ParsedSpeech, findings: readonly Finding[], finding: Finding): CodeActionPlan[] {
  const rule = ruleById(finding.rule);
  if (!rule?.actions) return [];
  const messages = messagesOf(rule.meta);
  const plans: CodeActionPlan[] = [];
  for (const action of rule.actions({ finding, speech, findings })) {
    const title = messages.resolve(action.title, action.data);
    if (typeof title === 'string') continue;
    const plan = planOf(action, finding, title, (id) => messages.resolve(id, action.data));
    if (plan) plans.push(plan);
  }
  return plans;
}

function planOf(
  action: RuleAction,
  finding: Finding,
  title: Message,
  resolve: (id: string) => Message | string,
): CodeActionPlan | undefined {
  switch (action.kind) {
    case 'ask-and-replace': {
      const prompt = resolve(action.prompt);
      return typeof prompt === 'string'
        ? undefined
        : { kind: 'ask-and-replace', finding, title, prompt, spans: action.spans };
    }
    case 'add-to-list':
      return { kind: 'add-to-list', finding, title, list: action.list, value: action.value };
  }
}
