/** Quick fixes: the core decides which (codeActionsFor); this maps each plan to a VS Code code action. */

import * as vscode from 'vscode';
import { codeActionsFor, shorten, type CodeActionPlan, type Finding, type RcChange } from '../core';
import { toRange } from './convert';
import { DIAGNOSTIC_SOURCE, findingFor, type SpeechDiagnostics } from './diagnostics';
import { FIX_ALL_COMMAND } from './fixAll';
import { SHOW_RULE_DOCS } from './ruleDocs';
import { ASK_AND_REPLACE, EDIT_CONFIG } from './ruleActions';
import { displayLocale } from './settings';

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
    case 'ask-and-replace':
      action.command = {
        title: action.title,
        command: ASK_AND_REPLACE,
        arguments: [
          document.uri,
          plan.spans.map((span) => toRange(document, span)),
          action.title,
          plan.prompt[displayLocale()],
        ],
      };
      break;
    case 'add-to-list':
      action.command = editConfig(action.title, { kind: 'add-to-list', list: plan.list, value: plan.value }, document);
      break;
    case 'ignore': {
      const entry = { rule: plan.rule, text: plan.text };
      action.command = editConfig(action.title, { kind: 'ignore', entry }, document, plan.inFile);
      break;
    }
    case 'disable-rule':
      action.command = editConfig(action.title, { kind: 'rule-severity', rule: plan.rule, severity: 'off' }, document);
      break;
    case 'fix-rule':
      action.command = { title: action.title, command: FIX_ALL_COMMAND, arguments: [document.uri, plan.rule] };
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
    case 'ask-and-replace':
    case 'add-to-list':
      return plan.title[displayLocale()];
    case 'ignore':
      return plan.inFile
        ? vscode.l10n.t('Ignore this problem in this file')
        : vscode.l10n.t('Ignore 「{0}」 for rule {1} in this workspace', shorten(plan.text, 12), plan.rule);
    case 'disable-rule':
      return vscode.l10n.t('Disable rule {0} in this workspace', plan.rule);
    case 'fix-rule':
      return vscode.l10n.t('Fix all {0} problems of rule {1}', plan.count, plan.rule);
    case 'rule-docs':
      return vscode.l10n.t('Show documentation for rule 「{0}」', plan.rule);
    case 'fix-all':
      return vscode.l10n.t('Fix all auto-fixable problems ({0})', plan.count);
  }
}

function editConfig(title: string, change: RcChange, document: vscode.TextDocument, inFile = false): vscode.Command {
  return { title, command: EDIT_CONFIG, arguments: [change, document.uri, inFile] };
}
