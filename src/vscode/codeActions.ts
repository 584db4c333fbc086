/** Quick fixes: each finding's fixes as edits, plus the interactive placeholder actions. */

import * as vscode from 'vscode';
import type { LintDiagnostic } from '../core';
import { toRange } from './convert';
import { DIAGNOSTIC_SOURCE, findingFor, type SpeechDiagnostics } from './diagnostics';
import { FIX_ALL_COMMAND } from './fixAll';
import { FILL_PLACEHOLDER, ALLOW_PLACEHOLDER } from './placeholderCommands';
import { SHOW_RULE_DOCS } from './ruleDocs';
import { displayLocale } from './settings';

export class SpeechCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly diagnostics: SpeechDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const findings = this.diagnostics.findings(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = findingFor(document, findings, diagnostic);
      if (!finding) continue;
      actions.push(...this.fixActions(document, finding, diagnostic));
      if (finding.rule === 'placeholder') actions.push(...this.placeholderActions(document, findings, diagnostic));
    }
    for (const rule of new Set(ours.map((diagnostic) => codeOf(diagnostic)))) {
      if (rule === undefined) continue;
      const docs = new vscode.CodeAction(vscode.l10n.t('Show documentation for rule 「{0}」', rule), vscode.CodeActionKind.QuickFix);
      docs.command = { title: docs.title, command: SHOW_RULE_DOCS, arguments: [rule] };
      actions.push(docs);
    }
    const fixable = findings.filter((finding) => finding.fixes.some((fix) => fix.safe)).length;
    if (fixable > 1 && actions.some((action) => action.edit !== undefined)) {
      const fixAll = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable problems ({0})', fixable), vscode.CodeActionKind.QuickFix);
      fixAll.command = { title: fixAll.title, command: FIX_ALL_COMMAND, arguments: [document.uri] };
      actions.push(fixAll);
    }
    return actions;
  }

  private fixActions(document: vscode.TextDocument, finding: LintDiagnostic, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const locale = displayLocale();
    return finding.fixes.map((fix, index) => {
      const action = new vscode.CodeAction(fix.title[locale], vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = index === 0;
      action.edit = new vscode.WorkspaceEdit();
      for (const edit of fix.edits) {
        action.edit.replace(document.uri, toRange(document, edit), edit.newText);
      }
      return action;
    });
  }

  private placeholderActions(
    document: vscode.TextDocument,
    findings: readonly LintDiagnostic[],
    diagnostic: vscode.Diagnostic,
  ): vscode.CodeAction[] {
    const text = document.getText(diagnostic.range);
    const same = findings.filter((other) => other.rule === 'placeholder' && document.getText(toRange(document, other.span)) === text);
    const fill = new vscode.CodeAction(vscode.l10n.t('Fill in placeholder…'), vscode.CodeActionKind.QuickFix);
    fill.diagnostics = [diagnostic];
    fill.command = { title: fill.title, command: FILL_PLACEHOLDER, arguments: [document.uri, diagnostic.range, false] };
    const actions = [fill];
    if (same.length > 1) {
      const fillAll = new vscode.CodeAction(vscode.l10n.t('Fill in all {0} placeholders 「{1}」…', same.length, text), vscode.CodeActionKind.QuickFix);
      fillAll.diagnostics = [diagnostic];
      fillAll.command = { title: fillAll.title, command: FILL_PLACEHOLDER, arguments: [document.uri, diagnostic.range, true] };
      actions.push(fillAll);
    }
    const allow = new vscode.CodeAction(vscode.l10n.t('Ignore this placeholder 「{0}」', text), vscode.CodeActionKind.QuickFix);
    allow.diagnostics = [diagnostic];
    allow.command = { title: allow.title, command: ALLOW_PLACEHOLDER, arguments: [text, document.uri] };
    actions.push(allow);
    return actions;
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? undefined : String(code);
}
