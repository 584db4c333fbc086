/**
 * The pinyin module in the web worker host: dist/pinyin.js is read from the extension's files on the first hover that
 * needs it and run as a CommonJS module, the way the web worker host loads an extension's own main file.
 */
import * as vscode from 'vscode';
import type { PinyinModule } from './pinyinModule';

export async function loadPinyinModule(extensionUri: vscode.Uri): Promise<PinyinModule> {
  const file = vscode.Uri.joinPath(extensionUri, 'dist', 'pinyin.js');
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  const module = { exports: {} };
  // The source is the extension's own bundle, read from its own folder: nothing from outside is evaluated.
  const run = new Function('module', 'exports', `${source}\n//# sourceURL=${file.toString(true)}`) as (
    module: { exports: object },
    exports: object,
  ) => void;
  run(module, module.exports);
  return module.exports as PinyinModule;
}
