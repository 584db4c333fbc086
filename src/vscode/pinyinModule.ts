/**
 * The pinyin module (pinyin-pro's dictionary is large): it stays in dist/pinyin.js and is loaded on the first hover
 * that needs it, not with the extension. The web build swaps this file for pinyinModule.web.ts.
 */
import * as vscode from 'vscode';
import type * as Pinyin from '../pinyin';

export type PinyinModule = typeof Pinyin;

export function loadPinyinModule(extensionUri: vscode.Uri): Promise<PinyinModule> {
  // A path known only at run time: the build leaves this require alone, and the module out of the bundle.
  return Promise.resolve(require(vscode.Uri.joinPath(extensionUri, 'dist', 'pinyin.js').fsPath) as PinyinModule);
}
