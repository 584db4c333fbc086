/**
 * Silencing one finding from the editor: the quick fixes that write .speechdraftrc.json (ignore here, ignore
 * everywhere, turn the rule off), Fix all of one rule, the nearest configuration above a file, disable comments and
 * front matter settings; the CLI reads the same file the same way.
 */

import * as assert from './assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  deleteWorkspaceFile,
  extensionApi,
  IN_WEB_WORKER,
  openText,
  waitFor,
  workspaceUri,
  writeWorkspaceFile,
} from './helpers';

const RC = '.speechdraftrc.json';
/** The short texts here are no whole speech: the structure rule would say so. */
const BASE_RC = '{ "rules": { "structure": "off" } }\n';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'speech-draft');
}

async function diagnosticsFor(
  document: vscode.TextDocument,
  what: string,
  check: (texts: string[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const found = ours(document.uri);
    return check(found.map((d) => document.getText(d.range))) ? found : undefined;
  });
}

async function quickFix(document: vscode.TextDocument, range: vscode.Range, title: RegExp): Promise<vscode.CodeAction> {
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
  const action = actions.find((candidate) => title.test(candidate.title));
  assert.ok(action, `${String(title)} among ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

async function run(action: vscode.CodeAction): Promise<void> {
  if (action.edit) await vscode.workspace.applyEdit(action.edit);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

async function readRc(name = RC): Promise<Record<string, unknown>> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(name)))) as Record<
    string,
    unknown
  >;
}

/** The CLI's findings for a workspace file, as `rule text` (Node host only: the web worker runs no process). */
function cliFindings(name: string): string[] {
  // A name the bundler cannot resolve: the web worker bundle must not try to bundle a Node module it never loads.
  const childProcess = 'node:child_process';
  const { spawnSync } = module.require(childProcess) as typeof import('node:child_process');
  const extension = vscode.extensions.all.find((candidate) => candidate.id.endsWith('speech-draft'));
  assert.ok(extension);
  const cli = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'cli.js').fsPath;
  const result = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', workspaceUri(name).fsPath], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C' },
  });
  const said = `exit ${String(result.status)}, signal ${String(result.signal)}, ${String(result.error ?? '')}; stderr: ${result.stderr}`;
  assert.ok(result.stdout, `the CLI printed nothing (${said})`);
  const [file] = JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ rule: string; text: string }> }>;
  return file.diagnostics.map((d) => `${d.rule} ${d.text}`);
}

/** Writes a workspace file as another program would: straight to the disk in the Node host, past VS Code's files. */
async function writeBehindTheEditor(name: string, text: string): Promise<void> {
  if (IN_WEB_WORKER) {
    await writeWorkspaceFile(name, text);
    return;
  }
  const nodeFs = 'node:fs';
  const { writeFileSync } = module.require(nodeFs) as typeof import('node:fs');
  writeFileSync(workspaceUri(name).fsPath, text);
}

describe('Silencing one finding', () => {
  before(async () => {
    await extensionApi();
  });
  beforeEach(async () => {
    await writeWorkspaceFile(RC, BASE_RC);
  });
  after(async () => {
    await closeAllEditors();
    await deleteWorkspaceFile(RC);
    await deleteWorkspaceFile('sub/.speechdraftrc.json');
  });

  it('"Ignore this problem in this file": the finding goes, it stays gone after an edit elsewhere, the CLI agrees, and Undo brings it back', async () => {
    const editor = await openText('silence-here.speech', '同志们:今天,我们开会。\n');
    const { document } = editor;
    const found = await diagnosticsFor(document, 'two marks', (texts) => texts.length === 2);
    const colon = found.find((d) => document.getText(d.range) === ':')!;
    await run(await quickFix(document, colon.range, /(在此文件中忽略这个问题|Ignore this problem in this file)/));
    await diagnosticsFor(document, 'the colon silenced', (texts) => texts.join() === ',');
    assert.deepEqual((await readRc()).ignore, [
      { rule: 'halfwidth-punctuation', text: ':', file: 'silence-here.speech' },
    ]);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '各位代表，\n'));
    await document.save();
    await diagnosticsFor(document, 'still silenced after an edit above', (texts) => texts.join() === ',');
    if (!IN_WEB_WORKER) assert.deepEqual(cliFindings('silence-here.speech'), ['halfwidth-punctuation ,']);
    // Undo in the configuration file takes the entry back; saved, the finding returns.
    const rc = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(RC)));
    await vscode.commands.executeCommand('undo');
    await waitFor('the entry undone', () => !rc.document.getText().includes('silence-here'));
    await rc.document.save();
    await diagnosticsFor(document, 'the colon back', (texts) => texts.includes(':'));
  });

  it('"Ignore 「text」 for rule in this workspace" holds in every file', async () => {
    const { document } = await openText('silence-everywhere.speech', '我们要建成平方公里的新区。\n');
    const [missing] = await diagnosticsFor(document, 'missing number', (texts) => texts.length === 1);
    await run(
      await quickFix(document, missing.range, /(忽略规则 missing-number|Ignore 「.*」 for rule missing-number)/),
    );
    await diagnosticsFor(document, 'silenced', (texts) => texts.length === 0);
    assert.deepEqual((await readRc()).ignore, [{ rule: 'missing-number', text: '建成平方公里' }]);
    const other = await openText('silence-everywhere-2.speech', '我们要建成平方公里的新区。\n');
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.deepEqual(ours(other.document.uri), []);
  });

  it('"Disable rule in this workspace" turns it off in .speechdraftrc.json, keeping the rest', async () => {
    const { document } = await openText('silence-rule.speech', '我们要建成平方公里的新区。\n');
    const [missing] = await diagnosticsFor(document, 'missing number', (texts) => texts.length === 1);
    await run(await quickFix(document, missing.range, /(关闭规则 missing-number|Disable rule missing-number)/));
    await diagnosticsFor(document, 'the rule off', (texts) => texts.length === 0);
    assert.deepEqual((await readRc()).rules, { structure: 'off', 'missing-number': 'off' });
  });

  it('a change written to .speechdraftrc.json behind its open, clean editor is kept, not lost to a failed save', async () => {
    const rcDocument = await vscode.workspace.openTextDocument(workspaceUri(RC));
    await waitFor('the configuration loaded', () => rcDocument.getText() === BASE_RC);
    const { document } = await openText('silence-behind.speech', '我们要建成平方公里的新区。\n');
    const [missing] = await diagnosticsFor(document, 'missing number', (texts) => texts.length === 1);
    const disable = await quickFix(document, missing.range, /(关闭规则 missing-number|Disable rule missing-number)/);
    // Another tool writes the file; the editor's copy has not caught up when the quick fix runs.
    await writeBehindTheEditor(RC, '{ "rules": { "structure": "off", "long-sentence": "off" } }\n');
    await run(disable);
    await diagnosticsFor(document, 'the rule off', (texts) => texts.length === 0);
    assert.deepEqual((await readRc()).rules, { structure: 'off', 'long-sentence': 'off', 'missing-number': 'off' });
  });

  it('"Fix all problems of rule" fixes that rule only, in one undoable edit', async () => {
    const { document } = await openText('silence-fix-rule.speech', '同志们:今天,我们 开会。\n');
    const found = await diagnosticsFor(document, 'three findings', (texts) => texts.length === 3);
    const colon = found.find((d) => document.getText(d.range) === ':')!;
    await run(
      await quickFix(
        document,
        colon.range,
        /(修复规则 halfwidth-punctuation|Fix all 2 problems of rule halfwidth-punctuation)/,
      ),
    );
    await waitFor('the marks fixed', () => document.getText() === '同志们：今天，我们 开会。\n');
    await vscode.commands.executeCommand('undo');
    await waitFor('undone in one step', () => document.getText() === '同志们:今天,我们 开会。\n');
  });

  it('a file takes the nearest .speechdraftrc.json above it, and a new one applies without a reload', async () => {
    const inner = await openText('sub/nearest.speech', '我们要建成平方公里的新区。\n');
    await diagnosticsFor(inner.document, 'reported', (texts) => texts.length === 1);
    await writeWorkspaceFile(
      'sub/.speechdraftrc.json',
      '{ "rules": { "structure": "off", "missing-number": "off" } }\n',
    );
    await diagnosticsFor(inner.document, 'the folder file read', (texts) => texts.length === 0);
    const outer = await openText('outer.speech', '我们要建成平方公里的新区。\n');
    await diagnosticsFor(outer.document, 'the root file for a file above', (texts) => texts.length === 1);
    if (!IN_WEB_WORKER) assert.deepEqual(cliFindings('sub/nearest.speech'), []);
  });

  it('a disable comment and front matter settings silence; a broken one is an error on its line', async () => {
    const { document } = await openText(
      'silence-comments.speech',
      '<!-- speech-draft-disable-next-line halfwidth-punctuation -->\n今天,我们开会。\n明天,我们开会。\n',
    );
    await diagnosticsFor(document, 'the second line only', (texts) => texts.join() === ',');
    assert.equal(ours(document.uri)[0].range.start.line, 2);
    const broken = await openText(
      'silence-front-matter.speech',
      '---\nspeechDraft: { "rules": { "halfwidth-punctuation": "of" } }\n---\n今天,我们开会。\n',
    );
    const found = await diagnosticsFor(
      broken.document,
      'the settings error and the mark',
      (texts) => texts.length === 2,
    );
    const settings = found.find((d) => d.code === 'settings');
    assert.ok(settings && settings.severity === vscode.DiagnosticSeverity.Error && settings.range.start.line === 1);
  });
});
