import * as assert from './assert';
import * as vscode from 'vscode';
import { closeAllEditors, documentSymbols, extensionApi, openFixture, openText, setSetting, waitFor } from './helpers';

/** name, line (0-based) and children of each symbol, one readable line a symbol. */
/** The closing part's entry, in the display language. */
const CLOSING_NAME = /^(结束语|Closing)$/;

function describeSymbols(symbols: readonly vscode.DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [
    `${'  '.repeat(depth)}${symbol.name} @${symbol.selectionRange.start.line + 1}`,
    ...describeSymbols(symbol.children, depth + 1),
  ]);
}

describe('Outline (document symbols) and folding', () => {
  before(async () => {
    await extensionApi();
  });
  after(closeAllEditors);

  it('opens both seeds as speech documents', async () => {
    for (const [fixture, name] of [
      ['seed-000-opening.txt', 'seed-000.speech'],
      ['seed-002-community.txt', 'seed-002.speech'],
    ]) {
      const editor = await openFixture(fixture, name);
      assert.equal(editor.document.languageId, 'speech', name);
    }
  });

  it('gives seed 002 its section tree, items under the section they sit in', async () => {
    const { document } = await openFixture('seed-002-community.txt', 'seed-002.speech');
    const symbols = await documentSymbols(document);
    assert.deepEqual(describeSymbols(symbols), [
      '一、统一思想,充分认识本次培训班的重要意义 @3',
      '  (一)举办这次培训班,是武进实现城市化战略、统筹城乡发展的现实需要 @5',
      '  (二)举办这次培训班,是武进建立新型社会管理格局、构建和谐社区的… @8',
      '  (三)举办这次培训班,是进一步提高广大社区干部能力素质的迫切需要 @11',
      '    一方面,随着社区工作新情况、新问题的不断出现,部分社区干部凭着一… @12',
      '    另一方面,近年来,随着社区干部更替,一些年轻同志不断充实到社区干部… @12',
      '二、明确目标,不断推动我区社区建设快速健康发展 @14',
      '  (一)努力提高自身综合素质,不断提高为居民服务的本领和水平 @16',
      '    一是要加强学习,提高素质 @17',
      '    二是要脚踏实地,求真务实 @18',
      '    三是要甘于牺牲,勇于奉献 @20',
    ]);
  });

  it('gives each symbol its section range, its heading as selection, and counts as detail', async () => {
    const { document } = await openFixture('seed-000-opening.txt', 'seed-000.speech');
    const symbols = await documentSymbols(document);
    assert.equal(symbols.length, 4, 'three sections and the closing part');
    assert.deepEqual(
      symbols.slice(0, 3).map((s) => s.name.slice(0, 2)),
      ['一、', '二、', '三、'],
    );
    const [first, second, third, closing] = symbols;
    assert.equal(closing.kind, vscode.SymbolKind.Event);
    assert.match(closing.name, CLOSING_NAME);
    assert.deepEqual(
      [closing.range.start.line, closing.range.end.line],
      [19, 21],
      'the closing part, 同志们，… through 谢谢大家！',
    );
    assert.equal(first.range.start.line, 5);
    assert.equal(first.range.end.line, 8, 'section 一、 ends on its last line, before 二、');
    assert.equal(second.range.start.line, 9);
    assert.equal(third.range.end.line, 18, 'the closing part stays out of the last section');
    assert.equal(document.getText(first.selectionRange), '一、不断提高认识水平，领会学习培训的重要性');
    assert.match(first.detail, /^(讲话稿|Speech) · [\d,]+(字|\schars) · /, "the first entry names the document's kind");
    for (const symbol of symbols.slice(1)) {
      assert.match(symbol.detail, /^[\d,]+(字|\schars) · .* · \d+%$/, symbol.detail);
    }
    // Each part's share of the speaking time: the parts, the closing among them, make up nearly all of it.
    const shares = symbols.map((symbol) => Number(/ · (\d+)%$/.exec(symbol.detail)?.[1] ?? 0));
    const whole = shares.reduce((sum, share) => sum + share, 0);
    assert.ok(whole >= 85 && whole <= 102, `the shares add up to ${whole}%`);
    for (const symbol of symbols) {
      assert.ok(symbol.range.contains(symbol.selectionRange));
      for (const child of symbol.children) assert.ok(symbol.range.contains(child.range), child.name);
    }
    assert.deepEqual(
      second.children.map((c) => c.name.slice(0, 2)),
      ['一是', '二是', '三是'],
    );
    assert.deepEqual(
      third.children.map((c) => c.name.slice(0, 2)),
      ['一要', '二要', '三要'],
    );
  });

  it("names the document's kind, from its title or the setting, at the head of the outline", async () => {
    const editor = await openText(
      'kind-plan.speech',
      '关于实施乡村振兴战略的意见\n一、重大意义\n正文。\n二、总体要求\n正文。\n',
    );
    const kindOf = async (): Promise<string> => (await documentSymbols(editor.document))[0].detail.split(' · ')[0];
    assert.match(await kindOf(), /^(方案·意见|Plan or opinion)$/);
    await setSetting('documentKind', 'report');
    try {
      await waitFor('the kind the setting names', async () => /^(报告|Report)$/.test(await kindOf()) || undefined);
    } finally {
      await setSetting('documentKind', undefined);
    }
    await waitFor(
      'the kind from the title again',
      async () => /^(方案·意见|Plan or opinion)$/.test(await kindOf()) || undefined,
    );
  });

  it('folds every section', async () => {
    const { document } = await openFixture('seed-002-community.txt', 'seed-002.speech');
    const ranges = await waitFor('folding ranges', async () => {
      const result = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>(
        'vscode.executeFoldingRangeProvider',
        document.uri,
      );
      return result && result.length > 0 ? result : undefined;
    });
    const spans = ranges
      .map((range) => `${range.start + 1}-${range.end + 1}`)
      .sort((a, b) => parseInt(a) - parseInt(b));
    assert.deepEqual(spans, ['3-13', '5-7', '8-10', '11-13', '14-27', '16-27']);
  });

  it('follows edits: a new heading appears in the outline', async () => {
    const editor = await openFixture('seed-000-opening.txt', 'seed-000-edit.speech');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n四、新增一节\n正文。'));
    const symbols = await waitFor('the new section', async () => {
      const result = await documentSymbols(editor.document);
      return result.length === 4 ? result : undefined;
    });
    assert.equal(symbols[3].name, '四、新增一节');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
