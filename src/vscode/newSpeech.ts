/**
 * Speech Draft: New Speech: pick a kind of speech, get a new untitled speech holding its skeleton as a live snippet.
 * The skeletons are the snippets file the extension contributes, read on first use through the extension's URI (in
 * the Node and the web host alike), so they are not bundled twice.
 */

import * as vscode from 'vscode';
import { speechKinds, type SpeechKind } from '../core';
import { displayLocale } from './settings';

const NEW_SPEECH = 'speechDraft.newSpeech';
const SNIPPETS_FILE = 'snippets/speech.code-snippets';

type Snippets = Parameters<typeof speechKinds>[0];
let snippets: Snippets | undefined;

async function loadSnippets(extensionUri: vscode.Uri): Promise<Snippets> {
  snippets ??= JSON.parse(
    new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, SNIPPETS_FILE))),
  ) as Snippets;
  return snippets;
}

/** `name` (a skeleton's snippet name, e.g. 开班式讲话) skips the quick pick. Returns the new editor. */
async function newSpeech(extensionUri: vscode.Uri, name?: string): Promise<vscode.TextEditor | undefined> {
  const kinds = speechKinds(await loadSnippets(extensionUri), displayLocale());
  const kind = name ? kinds.find((candidate) => candidate.name === name) : await pick(kinds);
  if (!kind) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'speech', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(kind.body));
  return editor;
}

async function pick(kinds: SpeechKind[]): Promise<SpeechKind | undefined> {
  const picked = await vscode.window.showQuickPick(
    kinds.map((speech) => ({ label: speech.label, detail: speech.detail, speech })),
    { title: vscode.l10n.t('New speech'), placeHolder: vscode.l10n.t('What kind of speech?'), matchOnDetail: true },
  );
  return picked?.speech;
}

export function registerNewSpeech(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_SPEECH, (name?: string) => newSpeech(extensionUri, name));
}
