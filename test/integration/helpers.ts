import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'speech-draft.speech-draft';
/** Compiled to out/test/integration; the fixtures stay in the source tree. */
export const FIXTURES = resolve(__dirname, '../../../test/fixtures');

export interface SpeechDraftApi {
  statusBarText(): string;
}

export async function extensionApi(): Promise<SpeechDraftApi> {
  const extension = vscode.extensions.getExtension<SpeechDraftApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  return extension.activate();
}

/** A folder the tests may write to: the workspace the runner opened, or a temporary one. */
export function scratchFolder(): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? join(require('node:os').tmpdir(), 'speech-draft-tests');
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Copies a seed into the workspace under `name` and opens it in an editor. */
export async function openFixture(fixture: string, name: string): Promise<vscode.TextEditor> {
  const target = join(scratchFolder(), name);
  copyFileSync(join(FIXTURES, fixture), target);
  return openFile(target);
}

export async function openText(name: string, text: string): Promise<vscode.TextEditor> {
  const target = join(scratchFolder(), name);
  writeFileSync(target, text);
  return openFile(target);
}

async function openFile(path: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
  return vscode.window.showTextDocument(document);
}

/** Polls until `check` returns a value that is not undefined/false, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

export async function documentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  return waitFor('document symbols', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri);
    return symbols && symbols.length > 0 ? symbols : undefined;
  });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('speechDraft').update(key, value, vscode.ConfigurationTarget.Global);
}
