import * as assert from './assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  deleteWorkspaceFile,
  extensionApi,
  openFixture,
  openText,
  setSetting,
  waitFor,
  workspaceUri,
  writeWorkspaceFile,
} from './helpers';

const RC = '.speechdraftrc.json';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'speech-draft');
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

async function diagnosticsFor(
  document: vscode.TextDocument,
  what: string,
  check: (found: vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const found = ours(document.uri);
    return check(found) ? found : undefined;
  });
}

async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? []
  );
}

async function apply(action: vscode.CodeAction, ...extraArguments: unknown[]): Promise<void> {
  if (action.edit) await vscode.workspace.applyEdit(action.edit);
  if (action.command)
    await vscode.commands.executeCommand(
      action.command.command,
      ...(action.command.arguments ?? []),
      ...extraArguments,
    );
}

describe('Diagnostics and placeholder quick fixes', () => {
  before(async () => {
    await extensionApi();
  });
  afterEach(async () => {
    await setSetting('placeholderValues', undefined);
    await setSetting('rules', undefined);
    await setSetting('speechDate', undefined);
    await vscode.workspace
      .getConfiguration('speechDraft')
      .update('allowedPlaceholders', undefined, vscode.ConfigurationTarget.Global);
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      await vscode.workspace
        .getConfiguration('speechDraft', folder.uri)
        .update('allowedPlaceholders', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await closeAllEditors();
  });

  it('reports the placeholders and the missing number of seed 002, with codes that link to the rules', async () => {
    const { document } = await openFixture('seed-002-community.txt', 'seed-002-diagnostics.speech');
    const found = await diagnosticsFor(
      document,
      'seed 002 diagnostics',
      (d) => d.filter((x) => codeOf(x) === 'placeholder').length === 6,
    );
    const placeholders = found.filter((d) => codeOf(d) === 'placeholder');
    assert.deepEqual(
      placeholders.map((d) => document.getText(d.range)),
      ['***', '“”', '**', '**', '**', '**'],
    );
    assert.ok(placeholders.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    const missing = found.filter((d) => codeOf(d) === 'missing-number');
    assert.deepEqual(
      missing.map((d) => document.getText(d.range)),
      ['建成平方公里'],
    );
    assert.equal(missing[0].severity, vscode.DiagnosticSeverity.Warning);
    const code = placeholders[0].code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'placeholder');
  });

  it("the rule link opens the rule's own section, rendered (from the code link and from a quick fix)", async () => {
    const api = (await extensionApi()) as unknown as { ruleDocsShown(): { rule: string; html: string } | undefined };
    const { document } = await openFixture('seed-002-community.txt', 'seed-002-rule-link.speech');
    const found = await diagnosticsFor(document, 'seed 002 diagnostics', (d) =>
      d.some((x) => codeOf(x) === 'placeholder'),
    );
    const { target } = found.find((d) => codeOf(d) === 'placeholder')!.code as { value: string; target: vscode.Uri };
    // What the Problems view and the hover do with the link: a command URI, run with its JSON arguments.
    assert.equal(target.scheme, 'command');
    assert.equal(target.path, 'speechDraft.showRuleDocs');
    await vscode.commands.executeCommand(target.path, ...(JSON.parse(decodeURIComponent(target.query)) as unknown[]));
    const shown = await waitFor('the rendered rule section', () => api.ruleDocsShown());
    assert.equal(shown.rule, 'placeholder');
    assert.match(shown.html, /<h2[^>]*>placeholder<\/h2>/, "rendered Markdown, starting at the rule's heading");
    assert.match(shown.html, /<table[ >]/);
    assert.doesNotMatch(shown.html, /missing-number<\/h2>|# Rules/, "only the rule's own section");

    const halfWidth = await openText('rule-link-quickfix.speech', '同志们:今天开会。\n');
    const colon = await waitFor('the half-width colon', () =>
      vscode.languages.getDiagnostics(halfWidth.document.uri).find((d) => codeOf(d) === 'halfwidth-punctuation'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      halfWidth.document.uri,
      colon.range,
      'quickfix',
    );
    const docs = actions.find((action) => action.command?.command === 'speechDraft.showRuleDocs');
    assert.ok(docs, actions.map((action) => action.title).join(' | '));
    await vscode.commands.executeCommand(docs.command!.command, ...(docs.command!.arguments ?? []));
    await waitFor("the other rule's section", () => api.ruleDocsShown()?.rule === 'halfwidth-punctuation');
    assert.match(api.ruleDocsShown()!.html, /<h2[^>]*>halfwidth-punctuation<\/h2>/);
  });

  it('updates after typing stops and clears when the document closes', async () => {
    const editor = await openText('typing.speech', '同志们：\n正文。\n');
    const { document } = editor;
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '×××同志'));
    await diagnosticsFor(document, 'the new placeholder', (d) => d.some((x) => document.getText(x.range) === '×××'));
    await editor.edit((edit) => edit.delete(new vscode.Range(1, 0, 1, 3)));
    await diagnosticsFor(document, 'the placeholder to go', (d) => d.length === 0);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '区**'));
    await diagnosticsFor(document, 'the second placeholder', (d) => d.length === 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the diagnostics to clear on close', () => ours(document.uri).length === 0);
  });

  it('clears the problems of a file that is deleted', async () => {
    const { document } = await openText('deleted.speech', '同志们：\n区**高度重视。\n');
    await diagnosticsFor(document, 'the placeholder', (d) => d.length === 1);
    await closeAllEditors();
    await deleteWorkspaceFile('deleted.speech');
    await waitFor('the problems of the deleted file to go', () => ours(document.uri).length === 0);
  });

  it('follows speechDraft.rules without a reload', async () => {
    const { document } = await openText('rules.speech', '区**高度重视，建成平方公里。\n');
    await diagnosticsFor(document, 'both rules', (d) => d.length === 2);
    await setSetting('rules', { 'missing-number': 'off', placeholder: 'info' });
    const found = await diagnosticsFor(
      document,
      'the new severities',
      (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Information,
    );
    assert.equal(codeOf(found[0]), 'placeholder');
  });

  it('checks the date under the title against speechDraft.speechDate, without a reload, and the front matter wins', async () => {
    const speech = '在全区工作会议上的讲话\n（2025年1月15日）\n同志们：\n今年是2025年。\n谢谢大家！\n';
    const { document } = await openText('dated.speech', speech);
    await diagnosticsFor(document, 'no date finding', (d) => d.filter((item) => codeOf(item) === 'date').length === 0);
    await setSetting('speechDate', '2026-01-15');
    const found = await diagnosticsFor(
      document,
      'the stale date and year',
      (d) => d.filter((item) => codeOf(item) === 'date').length === 2,
    );
    assert.deepEqual(
      found.filter((item) => codeOf(item) === 'date').map((item) => document.getText(item.range)),
      ['2025年1月15日', '今年是2025年'],
    );
    const { document: withFrontMatter } = await openText(
      'dated-front.speech',
      `---\ndate: 2025-01-15\n---\n${speech.replace('今年', '区**今年')}`,
    );
    await diagnosticsFor(
      withFrontMatter,
      'the placeholder alone: the front matter says 2025',
      (d) => d.length === 1 && codeOf(d[0]) === 'placeholder',
    );
  });

  it('lets .speechdraftrc.json win over settings, re-reads it, and ignores a broken one', async () => {
    const rc = '.speechdraftrc.json';
    try {
      const { document } = await openText('rc.speech', '区**高度重视，建成平方公里。\n');
      await setSetting('rules', { placeholder: 'error' });
      await writeWorkspaceFile(rc, JSON.stringify({ rules: { placeholder: 'warning', 'missing-number': 'off' } }));
      await diagnosticsFor(
        document,
        'the rc file to apply',
        (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Warning,
      );
      await writeWorkspaceFile(rc, '{ "rules": ');
      await diagnosticsFor(
        document,
        'the broken rc file to be ignored',
        (d) => d.length === 2 && d.some((x) => x.severity === vscode.DiagnosticSeverity.Error),
      );
    } finally {
      await deleteWorkspaceFile(rc);
    }
  });

  it('runs team terms written as regular expressions on RE2, even a pattern that would backtrack forever', async () => {
    const rc = '.speechdraftrc.json';
    try {
      const { document } = await openText('terms.speech', `区府办牵头。\n${'a'.repeat(5000)}\n`);
      await writeWorkspaceFile(
        rc,
        JSON.stringify({
          terms: [
            { pattern: '/区府(办)/', prefer: '区政府办公室' },
            { pattern: '/((a+))+b$/', prefer: 'x' },
          ],
        }),
      );
      const found = await diagnosticsFor(document, 'the term found by its regular expression', (d) =>
        d.some((x) => codeOf(x) === 'term'),
      );
      assert.deepEqual(
        found.filter((x) => codeOf(x) === 'term').map((x) => document.getText(x.range)),
        ['区府办'],
      );
    } finally {
      await deleteWorkspaceFile(rc);
    }
  });

  it('offers the fill-in fixes; filling one changes only that placeholder', async () => {
    const { document } = await openFixture('seed-002-community.txt', 'seed-002-fill.speech');
    const found = await diagnosticsFor(
      document,
      'placeholders',
      (d) => d.filter((x) => codeOf(x) === 'placeholder').length === 6,
    );
    const target = found.filter((d) => document.getText(d.range) === '**')[1];
    const actions = await quickFixes(document, target.range);
    const titles = actions.map((a) => a.title);
    assert.ok(
      titles.some((t) => /^(填写占位符…|Fill in placeholder…)$/.test(t)),
      titles.join(' | '),
    );
    assert.ok(
      titles.some((t) => /(填写全部4处占位符「\*\*」…|Fill in all 4 placeholders 「\*\*」…)/.test(t)),
      titles.join(' | '),
    );
    assert.ok(
      titles.some((t) => /(忽略此占位符|Ignore this placeholder)/.test(t)),
      titles.join(' | '),
    );
    assert.ok(actions.every((a) => a.kind?.value === 'quickfix'));
    const before = document.getText();
    const line = target.range.start.line;
    const fill = actions.find((a) => /^(填写占位符…|Fill in placeholder…)$/.test(a.title))!;
    await apply(fill, '政府');
    await waitFor('the edit', () => document.getText() !== before);
    const expected = before.split('\n');
    expected[line] =
      expected[line].slice(0, target.range.start.character) + '政府' + expected[line].slice(target.range.end.character);
    assert.equal(document.getText(), expected.join('\n'));
    await vscode.commands.executeCommand('undo');
    await waitFor('undo in one step', () => document.getText() === before);
  });

  it('fills every identical placeholder in one undoable edit', async () => {
    const { document } = await openFixture('seed-002-community.txt', 'seed-002-fill-all.speech');
    const found = await diagnosticsFor(
      document,
      'placeholders',
      (d) => d.filter((x) => codeOf(x) === 'placeholder').length === 6,
    );
    const target = found.find((d) => document.getText(d.range) === '**')!;
    const fillAll = (await quickFixes(document, target.range)).find((a) => /(填写全部|Fill in all)/.test(a.title))!;
    const before = document.getText();
    await apply(fillAll, '政府');
    await waitFor('the edit', () => document.getText() !== before);
    assert.equal(document.getText(), before.split('区**').join('区政府'));
    assert.ok(document.getText().includes('***总书记'), 'other placeholders are untouched');
    await vscode.commands.executeCommand('undo');
    await waitFor('undo in one step', () => document.getText() === before);
  });

  it('offers configured values as direct fixes', async () => {
    await setSetting('placeholderValues', { '***总书记': '习近平总书记', '区**': '区政府' });
    const { document } = await openFixture('seed-002-community.txt', 'seed-002-values.speech');
    const found = await diagnosticsFor(
      document,
      'placeholders',
      (d) => d.filter((x) => codeOf(x) === 'placeholder').length === 6,
    );
    const stars = found.find((d) => document.getText(d.range) === '***')!;
    const direct = (await quickFixes(document, stars.range)).find((a) => a.edit !== undefined)!;
    assert.match(
      direct.title,
      /(将「\*\*\*总书记」替换为「习近平总书记」|Replace 「\*\*\*总书记」 with 「习近平总书记」)/,
    );
    assert.equal(direct.isPreferred, true);
    await apply(direct);
    await waitFor('the replacement', () => document.lineAt(1).text.includes('认真贯彻落实习近平总书记“”讲话精神'));
  });

  it("ignores a placeholder through the allow list of the folder's .speechdraftrc.json", async () => {
    await deleteWorkspaceFile(RC);
    const { document } = await openText('allow.speech', '庆祝建校xx华诞，区**高度重视。\n');
    const found = await diagnosticsFor(document, 'two placeholders', (d) => d.length === 2);
    const xx = found.find((d) => document.getText(d.range) === 'xx')!;
    const ignore = (await quickFixes(document, xx.range)).find((a) =>
      /(忽略此占位符|Ignore this placeholder)/.test(a.title),
    )!;
    try {
      await apply(ignore);
      const left = await diagnosticsFor(document, 'xx to be ignored', (d) => d.length === 1);
      assert.equal(document.getText(left[0].range), '**');
      const rc = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(RC)));
      assert.deepEqual((JSON.parse(rc) as { allowedPlaceholders: string[] }).allowedPlaceholders, ['xx']);
    } finally {
      await deleteWorkspaceFile(RC);
    }
  });

  it('moves the selection to the next and previous placeholder, wrapping around', async () => {
    const editor = await openText('navigate.speech', '甲×××乙。\n丙区**丁。\n戊20XX年。\n');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const selected = (): string => editor.document.getText(editor.selection);
    await vscode.commands.executeCommand('speechDraft.nextPlaceholder');
    assert.equal(selected(), '×××');
    await vscode.commands.executeCommand('speechDraft.nextPlaceholder');
    assert.equal(selected(), '**');
    await vscode.commands.executeCommand('speechDraft.nextPlaceholder');
    assert.equal(selected(), '20XX');
    await vscode.commands.executeCommand('speechDraft.nextPlaceholder');
    assert.equal(selected(), '×××', 'wraps to the first');
    await vscode.commands.executeCommand('speechDraft.previousPlaceholder');
    assert.equal(selected(), '20XX', 'wraps to the last');
    await vscode.commands.executeCommand('speechDraft.previousPlaceholder');
    assert.equal(selected(), '**');
  });
});
