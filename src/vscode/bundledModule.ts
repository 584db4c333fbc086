/**
 * Modules that ship beside the extension's bundle in dist/ and are loaded on first need, not with the extension: the
 * pinyin hover's (pinyin-pro's dictionary is large) and the typo model's engine. The web build swaps this file for
 * bundledModule.web.ts.
 */
import * as vscode from 'vscode';

/** dist/pinyin.js, loaded on the first hover that needs it. */
export type PinyinModule = typeof import('../pinyin');
/** dist/typo.js, loaded with the typo model on the first analysis that needs it. */
export type TypoModule = typeof import('../core/language/typoChecker');

export function loadBundledModule<T>(extensionUri: vscode.Uri, file: string): Promise<T> {
  // A path known only at run time: the build leaves this require alone, and the module out of the bundle. A module
  // that fails to load rejects the promise.
  return new Promise((resolve) => resolve(require(vscode.Uri.joinPath(extensionUri, 'dist', file).fsPath) as T));
}
