import * as vscode from 'vscode';
import * as assert from './assert';
import { closeAllEditors, extensionApi, openFixture, openText, waitFor, workspaceUri } from './helpers';

interface ExportPrompts {
  saveTo(defaultUri: vscode.Uri | undefined): Thenable<vscode.Uri | undefined>;
  confirmPlaceholders(headline: string, list: string[]): Thenable<'export' | 'goto' | undefined>;
  exported(message: string, actions: readonly string[]): Thenable<string | undefined>;
}

interface Api {
  previewHtml(): string | undefined;
  previewScrolledTo(): number | undefined;
  setExportPrompts(prompts: ExportPrompts | undefined): void;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Answers the export's questions as the writer would, and records what was asked. */
function answering(
  api: Api,
  saveTo: vscode.Uri,
  placeholders: 'export' | 'goto' | undefined,
  afterExport: (actions: readonly string[]) => string | undefined = () => undefined,
) {
  const asked = {
    defaultUri: undefined as vscode.Uri | undefined,
    headline: '',
    list: [] as string[],
    saveAsked: false,
    exported: '',
    actions: [] as readonly string[],
  };
  api.setExportPrompts({
    saveTo: (defaultUri) => {
      asked.saveAsked = true;
      asked.defaultUri = defaultUri;
      return Promise.resolve(saveTo);
    },
    confirmPlaceholders: (headline, list) => {
      asked.headline = headline;
      asked.list = list;
      return Promise.resolve(placeholders);
    },
    exported: (message, actions) => {
      asked.exported = message;
      asked.actions = actions;
      return Promise.resolve(afterExport(actions));
    },
  });
  return asked;
}

describe('Export to Word and print preview', () => {
  after(async () => {
    ((await extensionApi()) as unknown as Api).setExportPrompts(undefined);
    await closeAllEditors();
  });

  it('tells where the file went, and its Open action opens it', async () => {
    const api = (await extensionApi()) as unknown as Api;
    const { document } = await openText(
      '导出后打开.speech',
      '同志们：\n\n一、提高认识\n\n今天我们召开会议。\n\n谢谢大家！\n',
    );
    const target = workspaceUri('导出后打开.docx');
    const asked = answering(api, target, 'export', (actions) => actions[0]);
    await vscode.commands.executeCommand<vscode.Uri>('speechDraft.exportDocx', document.uri);
    await waitFor('the notification', () => asked.exported !== '');
    assert.match(asked.exported, /(已导出到|Exported to).*导出后打开\.docx/);
    assert.deepEqual(asked.actions.length, 2);
    assert.match(asked.actions[0], /^(打开|Open)$/);
    assert.match(asked.actions[1], /(文件管理器|File Manager)/);
    // In a browser (code-server) the file opens in VS Code; on the desktop, in the system's app for .docx.
    await waitFor('the .docx open in a tab', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .some((tab) => (tab.input as { uri?: vscode.Uri } | undefined)?.uri?.toString() === target.toString()),
    );
  });

  it('its Reveal action shows the written file in the file manager, or in the Explorer in a browser', async () => {
    const api = (await extensionApi()) as unknown as Api;
    const { document } = await openText(
      '导出后显示.speech',
      '同志们：\n\n一、提高认识\n\n今天我们召开会议。\n\n谢谢大家！\n',
    );
    const target = workspaceUri('导出后显示.docx');
    // The workbench's reveal commands show nothing the API can read. A command of the same id registered here is
    // found first by the extension host, so it records what the extension asked for; disposed, the workbench's is back.
    const revealed: Array<{ command: string; uri: string }> = [];
    const spies = ['revealFileInOS', 'revealInExplorer'].map((command) =>
      vscode.commands.registerCommand(command, (uri: vscode.Uri) => revealed.push({ command, uri: uri.toString() })),
    );
    try {
      answering(api, target, 'export', (actions) => actions[1]);
      await vscode.commands.executeCommand<vscode.Uri>('speechDraft.exportDocx', document.uri);
      await waitFor('the reveal', () => revealed.length > 0);
    } finally {
      for (const spy of spies) spy.dispose();
    }
    const expected = vscode.env.uiKind === vscode.UIKind.Desktop ? 'revealFileInOS' : 'revealInExplorer';
    assert.deepEqual(revealed, [{ command: expected, uri: target.toString() }]);
    assert.ok(await exists(target), 'the .docx is written');
  });

  it('exports from the editor title bar, which passes the document and an options object', async () => {
    const api = (await extensionApi()) as unknown as Api;
    const { document } = await openText(
      '标题栏导出讲话.speech',
      '同志们：\n\n一、提高认识\n\n今天我们召开会议。\n\n谢谢大家！\n',
    );
    const target = workspaceUri('标题栏导出讲话-选定位置.docx');
    const asked = answering(api, target, 'export');
    // What VS Code passes to an editor/title command: the resource and { groupId }.
    const written = await vscode.commands.executeCommand<vscode.Uri>('speechDraft.exportDocx', document.uri, {
      groupId: 1,
    });
    assert.equal(written?.toString(), target.toString());
    assert.ok(asked.saveAsked, 'the save dialog was shown');
    assert.match(asked.defaultUri?.path ?? '', /\/标题栏导出讲话\.docx$/, 'the dialog starts beside the speech');
    assert.equal(asked.headline, '', 'no placeholder question for a speech without placeholders');
    assert.ok(await exists(target), 'the .docx is written');
  });

  it('asks before exporting a speech with unfilled placeholders, and can go to the first one', async () => {
    const api = (await extensionApi()) as unknown as Api;
    const editor = await openText(
      '占位符导出讲话.speech',
      '同志们：\n\n一、学习***总书记重要讲话精神\n\n20XX年工作要点。\n',
    );
    const target = workspaceUri('占位符导出讲话.docx');
    const asked = answering(api, target, 'goto');
    const written = await vscode.commands.executeCommand<vscode.Uri>('speechDraft.exportDocx', editor.document.uri, {
      groupId: 1,
    });
    assert.equal(written, undefined, 'nothing exported');
    assert.equal(await exists(target), false);
    assert.match(asked.headline, /2/);
    assert.equal(asked.list.length, 2, asked.list.join(' | '));
    assert.match(asked.list[0], /3.*「\*\*\*」/);
    assert.equal(
      vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection),
      '***',
      'the first placeholder is selected',
    );

    const again = answering(api, target, 'export');
    const exported = await vscode.commands.executeCommand<vscode.Uri>('speechDraft.exportDocx', editor.document.uri, {
      groupId: 1,
    });
    assert.equal(exported?.toString(), target.toString(), 'Export anyway writes it');
    assert.ok(again.headline.length > 0);
    assert.ok(await exists(target));
  });

  it('never overwrites the speech it exports', async () => {
    const api = (await extensionApi()) as unknown as Api;
    const { document } = await openText('自身导出讲话.speech', '同志们：\n\n一、提高认识\n');
    answering(api, document.uri, 'export');
    const written = await vscode.commands.executeCommand<vscode.Uri>('speechDraft.exportDocx', document.uri, {});
    assert.equal(written, undefined);
    assert.equal((await vscode.workspace.fs.readFile(document.uri)).length > 0, true);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri)), /^同志们：/);
  });

  it('exports the active speech to a .docx file through the command', async () => {
    await extensionApi();
    const { document } = await openFixture('seed-000-opening.txt', '开班式讲话.speech');
    const target = workspaceUri('开班式讲话.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri>('speechDraft.exportDocx', document.uri, {
      target,
      allowPlaceholders: true,
    });
    assert.equal(written?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.ok(bytes.length > 5000, `a real document (${bytes.length} bytes)`);
    assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK', 'a zip package, as .docx files are');
  });

  it('exports the reading profile too', async () => {
    const { document } = await openFixture('seed-002-community.txt', '培训班讲话.speech');
    const target = workspaceUri('培训班讲话-朗读稿.docx');
    await vscode.commands.executeCommand('speechDraft.exportDocx', document.uri, {
      target,
      profile: 'reading',
      allowPlaceholders: true,
    });
    const stat = await vscode.workspace.fs.stat(target);
    assert.ok(stat.size > 5000);
  });

  it('shows a preview beside the editor that follows the typing, with a strict Content-Security-Policy', async () => {
    const api = (await extensionApi()) as unknown as Api;
    const editor = await openFixture('seed-000-opening.txt', '预览讲话.speech');
    await vscode.commands.executeCommand('speechDraft.showPreview');
    const html = await waitFor('the preview', () => api.previewHtml());
    assert.match(
      html,
      /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[0-9a-f]{32}'; script-src 'nonce-[0-9a-f]{32}';"/,
    );
    assert.match(html, /<div class="line title first last" data-line="0">预览讲话<\/div>/);
    assert.match(html, /<div class="line heading level-1 first last" data-line="5">一、不断提高认识水平/);
    assert.match(html, /<section class="page" data-page="2">/, 'paginated');
    assert.match(html, /<div class="folio even">— 2 —<\/div>/);
    await editor.edit((edit) => edit.insert(new vscode.Position(20, 0), '四、新加的一节\n'));
    await waitFor('the preview to follow the edit', () => api.previewHtml()?.includes('四、新加的一节'));
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    editor.revealRange(new vscode.Range(18, 0, 18, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor('the preview to follow the scrolling', () => (api.previewScrolledTo() ?? 0) >= 10);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('prints pinyin over hard words in the reading copy, and follows the setting export.pinyin without a reload', async () => {
    const api = (await extensionApi()) as unknown as Api;
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('speechDraft.export');
    try {
      await config().update('profile', 'reading', vscode.ConfigurationTarget.Global);
      await openText('注音预览.speech', '同志们：\n\n要给予莘莘学子关怀，把饕餮之风刹住。\n');
      await vscode.commands.executeCommand('speechDraft.showPreview');
      const curated = await waitFor('the reading copy with pinyin', () =>
        api.previewHtml()?.includes('<ruby>莘<rt>shēn</rt>莘<rt>shēn</rt>学<rt>xué</rt>子<rt>zǐ</rt></ruby>')
          ? api.previewHtml()
          : undefined,
      );
      assert.ok(curated.includes('<ruby>给<rt>jǐ</rt>予<rt>yǔ</rt></ruby>'));
      assert.ok(!curated.includes('<rt>tāo</rt>'), 'a rare character only with "all"');
      await config().update('pinyin', 'all', vscode.ConfigurationTarget.Global);
      await waitFor('every later-level character too', () =>
        api.previewHtml()?.includes('<ruby>饕<rt>tāo</rt></ruby>'),
      );
      await config().update('pinyin', 'none', vscode.ConfigurationTarget.Global);
      await waitFor('no pinyin', () => !api.previewHtml()?.includes('<ruby>'));
    } finally {
      await config().update('pinyin', undefined, vscode.ConfigurationTarget.Global);
      await config().update('profile', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});
