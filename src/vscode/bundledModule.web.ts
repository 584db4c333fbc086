/**
 * A module of dist/ in the web worker host: read from the extension's files on first need and run as a CommonJS
 * module, the way the web worker host loads an extension's own main file.
 */
import * as vscode from 'vscode';

export type { PinyinModule, TypoModule } from './bundledModule';

export async function loadBundledModule<T>(extensionUri: vscode.Uri, file: string): Promise<T> {
  const uri = vscode.Uri.joinPath(extensionUri, 'dist', file);
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const module = { exports: {} };
  // The source is the extension's own bundle, read from its own folder: nothing from outside is evaluated.
  const run = new Function('module', 'exports', `${source}\n//# sourceURL=${uri.toString(true)}`) as (
    module: { exports: object },
    exports: object,
  ) => void;
  run(module, module.exports);
  return module.exports as T;
}
