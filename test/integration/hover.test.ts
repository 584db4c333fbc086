import * as assert from './assert';
import * as vscode from 'vscode';
import { closeAllEditors, openText, waitFor } from './helpers';

/** The markdown of every hover at a place in the document, joined. */
async function hoverText(uri: vscode.Uri, line: number, character: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    new vscode.Position(line, character),
  );
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('Hover: pinyin', () => {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('speechDraft.hover');
  after(async () => {
    await config().update('pinyin', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('gives the pinyin of the word under the pointer: a word commonly misread with its source, any word in its sentence', async () => {
    const { document } = await openText('注音.speech', '同志们：\n\n银行行长要给予莘莘学子关怀，还要还钱。\n');
    const misread = await waitFor('the hover of a word commonly misread', async () => {
      const text = await hoverText(document.uri, 2, 7);
      return text.includes('**莘莘学子**') ? text : undefined;
    });
    assert.match(misread, /\*\*莘莘学子\*\* shēn shēn xué zǐ/);
    assert.match(misread, /(不读|Not) xīn xīn/);
    assert.match(misread, /《现代汉语词典》第7版/);
    // Read in context by pinyin-pro, loaded on the first hover: 行 is háng in 银行 and in 行长.
    const bank = await waitFor('the pinyin of 银行', async () => {
      const text = await hoverText(document.uri, 2, 1);
      return text.includes('**银行**') ? text : undefined;
    });
    assert.match(bank, /\*\*银行\*\* yín háng/);
    assert.match(await hoverText(document.uri, 2, 2), /\*\*行长\*\* háng zhǎng/);
    // The curated reading wins: 给予 is jǐ yǔ (《普通话异读词审音表》).
    assert.match(await hoverText(document.uri, 2, 5), /\*\*给予\*\* jǐ yǔ/);
    // A character of several readings standing alone lists the others.
    assert.match(await hoverText(document.uri, 2, 16), /\*\*还\*\* \S+ {2}\n(其他读音|Other readings)：?:? ?\S+/);
    assert.equal(await hoverText(document.uri, 2, 13), '', 'no pinyin for a comma');
  });

  it('shows nothing when the setting hover.pinyin is off, without a reload', async () => {
    const { document } = await openText('注音关闭.speech', '同志们：\n\n银行行长讲话。\n');
    await waitFor('a hover', async () => (await hoverText(document.uri, 2, 1)).includes('yín háng'));
    await config().update('pinyin', false, vscode.ConfigurationTarget.Global);
    assert.equal(await hoverText(document.uri, 2, 1), '');
    await config().update('pinyin', undefined, vscode.ConfigurationTarget.Global);
    assert.match(await hoverText(document.uri, 2, 1), /yín háng/);
  });
});
