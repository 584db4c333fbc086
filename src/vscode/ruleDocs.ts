/** A finding's rule, documented: its section of docs/rules.md rendered beside the editor. */

import * as vscode from 'vscode';
import { nonce } from './webview';
import { RULES, ruleById, ruleDocLine, ruleDocSection } from '../core';
import { displayLocale } from './settings';

export const SHOW_RULE_DOCS = 'speechDraft.showRuleDocs';

/** What a diagnostic's code links to: the command that shows the rule's section. */
export function ruleDocsTarget(ruleId: string, messageId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOCS}?${encodeURIComponent(JSON.stringify([ruleId, messageId]))}`);
}

/**
 * The rule and message id a diagnostic's code target names (see ruleDocsTarget): with the range, the key of the
 * finding it shows. The message id rides along as the docs command's second argument, which it ignores.
 */
export function ruleAndMessageOf(target: vscode.Uri): { rule: string; messageId: string } | undefined {
  try {
    const [rule, messageId] = JSON.parse(decodeURIComponent(target.query)) as unknown[];
    return typeof rule === 'string' && typeof messageId === 'string' ? { rule, messageId } : undefined;
  } catch {
    return undefined;
  }
}

export class RuleDocsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly registration: vscode.Disposable;
  /** The rule shown last and its page (for the integration tests). */
  shown: { rule: string; html: string } | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.registration = vscode.commands.registerCommand(SHOW_RULE_DOCS, (rule?: unknown) =>
      this.show(typeof rule === 'string' ? rule : undefined),
    );
  }

  /** Shows the rule's section rendered by VS Code's own Markdown renderer; without it, opens docs/rules.md at the section. */
  async show(ruleId: string | undefined): Promise<boolean> {
    const chosen = ruleId ?? (await pickRule());
    if (chosen === undefined) return false;
    const rule = ruleById(chosen);
    if (!rule) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no rule named 「{0}」.', chosen));
      return false;
    }
    const docs = vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules.md');
    const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(docs));
    const section = ruleDocSection(markdown, rule.meta.docs);
    const body = section === undefined ? undefined : await renderMarkdown(section);
    if (body === undefined) {
      const line = ruleDocLine(markdown, rule.meta.docs);
      await vscode.window.showTextDocument(docs, { selection: new vscode.Range(line, 0, line, 0), preview: true });
      return true;
    }
    const panel = this.panel ?? this.createPanel();
    panel.title = vscode.l10n.t('Rule: {0}', rule.meta.id);
    const html = page(body, nonce());
    panel.webview.html = html;
    panel.reveal(vscode.ViewColumn.Beside, true);
    this.shown = { rule: rule.meta.id, html };
    return true;
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      'speechDraft.ruleDocs',
      vscode.l10n.t('Rule'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: false,
        localResourceRoots: [],
      },
    );
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.shown = undefined;
    });
    this.panel = panel;
    return panel;
  }

  dispose(): void {
    this.registration.dispose();
    this.panel?.dispose();
  }
}

async function pickRule(): Promise<string | undefined> {
  const locale = displayLocale();
  const picked = await vscode.window.showQuickPick(
    RULES.map((rule) => ({ label: rule.meta.id, description: rule.meta.description[locale] })),
    { title: vscode.l10n.t('Show Rule Documentation'), matchOnDescription: true },
  );
  return picked?.label;
}

/** HTML from the built-in Markdown extension's renderer (markdown-it, as the Markdown preview uses), if it is there. */
async function renderMarkdown(markdown: string): Promise<string | undefined> {
  try {
    const html = await vscode.commands.executeCommand<unknown>('markdown.api.render', markdown);
    return typeof html === 'string' ? html : undefined;
  } catch {
    return undefined;
  }
}

function page(body: string, nonce: string): string {
  // The renderer's HTML is shown with nothing loaded from anywhere and no script.
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}';">
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 20px; line-height: 1.6; }
code, pre { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); }
pre { padding: 8px; overflow-x: auto; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--vscode-panel-border); padding: 2px 8px; }
a { color: var(--vscode-textLink-foreground); }
</style>
</head>
<body>
${body}
</body>
</html>`;
}
