/** Quick fixes: the core decides which (codeActionsFor); this maps each plan to a VS Code code action. */

import * as vscode from 'vscode';
import { codeActionsFor, type CodeActionPlan, type Finding } from '../core';
import { toRange } from './convert';
import { DIAGNOSTIC_SOURCE, findingFor, type SpeechDiagnostics } from './diagnostics';
import { FIX_ALL_COMMAND } from './fixAll';
import { FILL_PLACEHOLDER, ALLOW_PLACEHOLDER } from './placeholderCommands';
import { SHOW_RULE_DOCS } from './ruleDocs';
import { displayLocale } from './settings';
import { ADD_TO_WORD_LIST } from './wordList';

export class SpeechCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(private readonly diagnostics: SpeechDiagnostics) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const findings = this.diagnostics.findings(document);
    const diagnosticOf = new Map<Finding, vscode.Diagnostic>();
    for (const diagnostic of ours) {
      const finding = findingFor(document, findings, diagnostic);
      if (finding) diagnosticOf.set(finding, diagnostic);
    }
    const { speech, config } = this.diagnostics.context(document);
    return codeActionsFor(speech, findings, [...diagnosticOf.keys()], config.options).map((plan) =>
      toCodeAction(document, plan, diagnosticOf),
    );
  }
}

function toCodeAction(
  document: vscode.TextDocument,
  plan: CodeActionPlan,
  diagnosticOf: ReadonlyMap<Finding, vscode.Diagnostic>,
): vscode.CodeAction {
  const action = new vscode.CodeAction(titleOf(plan), vscode.CodeActionKind.QuickFix);
  switch (plan.kind) {
    case 'fix':
      action.isPreferred = plan.preferred;
      action.edit = new vscode.WorkspaceEdit();
      for (const edit of plan.edits) action.edit.replace(document.uri, toRange(document, edit), edit.newText);
      break;
    case 'fill-placeholder':
      action.command = {
        title: action.title,
        command: FILL_PLACEHOLDER,
        arguments: [document.uri, toRange(document, plan.span), plan.count > 1],
      };
      break;
    case 'allow-placeholder':
      action.command = { title: action.title, command: ALLOW_PLACEHOLDER, arguments: [plan.text, document.uri] };
      break;
    case 'add-word':
      action.command = { title: action.title, command: ADD_TO_WORD_LIST, arguments: [plan.word, document.uri] };
      break;
    case 'rule-docs':
      action.command = { title: action.title, command: SHOW_RULE_DOCS, arguments: [plan.rule] };
      break;
    case 'fix-all':
      action.command = { title: action.title, command: FIX_ALL_COMMAND, arguments: [document.uri] };
      break;
  }
  const diagnostic = 'finding' in plan ? diagnosticOf.get(plan.finding) : undefined;
  if (diagnostic) action.diagnostics = [diagnostic];
  return action;
}

function titleOf(plan: CodeActionPlan): string {
  switch (plan.kind) {
    case 'fix':
      return plan.title[displayLocale()];
    case 'fill-placeholder':
      return plan.count > 1
        ? vscode.l10n.t('Fill in all {0} placeholders 「{1}」…', plan.count, plan.text)
        : vscode.l10n.t('Fill in placeholder…');
    case 'allow-placeholder':
      return vscode.l10n.t('Ignore this placeholder 「{0}」', plan.text);
    case 'add-word':
      return vscode.l10n.t('Add 「{0}」 to the word list', plan.word);
    case 'rule-docs':
      return vscode.l10n.t('Show documentation for rule 「{0}」', plan.rule);
    case 'fix-all':
      return vscode.l10n.t('Fix all auto-fixable problems ({0})', plan.count);
  }
}
