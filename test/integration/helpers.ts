import * as vscode from 'vscode';
import seed000 from '../fixtures/seed-000-opening.txt';
import seed002 from '../fixtures/seed-002-community.txt';
import sample from '../../samples/开班式讲话.txt';

export const EXTENSION_ID = 'speech-draft.speech-draft';
const FIXTURES: Record<string, string> = {
  'seed-000-opening.txt': seed000,
  'seed-002-community.txt': seed002,
  'sample.txt': sample,
};

/** True in the browser's web worker extension host, false in the Node one. */
export const IN_WEB_WORKER = typeof process === 'undefined' || !process.versions?.node;

interface SpeechDraftApi {
  analysisRuns(): number;
  checkingText(): string;
  setBackgroundDelay(ms: number | undefined): void;
  statusBarText(): string;
  statusBarWarning(): boolean;
}

export async function extensionApi(): Promise<SpeechDraftApi> {
  const extension = vscode.extensions.getExtension<SpeechDraftApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  return extension.activate();
}

/** The workspace folder the runner opened: the tests write their files there, through vscode.workspace.fs. */
export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder (the runners open one)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function writeWorkspaceFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function deleteWorkspaceFile(name: string): Promise<void> {
  try {
    await vscode.workspace.fs.delete(workspaceUri(name));
  } catch {
    // already gone
  }
}

export function seedText(fixture: string): string {
  return FIXTURES[fixture];
}

/** Writes a seed into the workspace under `name` and opens it in an editor. */
export async function openFixture(fixture: string, name: string): Promise<vscode.TextEditor> {
  return openText(name, FIXTURES[fixture]);
}

export async function openText(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = await writeWorkspaceFile(name, text);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Polls until `check` returns a value that is not undefined/false, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
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
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    return symbols && symbols.length > 0 ? symbols : undefined;
  });
}

/** The section headings among the outline's top-level symbols (not the title block or the closing part). */
export function headingSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.filter((symbol) => symbol.kind === vscode.SymbolKind.String);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('speechDraft').update(key, value, vscode.ConfigurationTarget.Global);
}
