/** Export to Word (.docx) and the print preview beside the editor. */

import * as vscode from 'vscode';
import { nonce } from './webview';
import {
  PINYIN_MODES,
  placeholderWarning,
  PROFILES,
  titleFromFileName,
  unfilledPlaceholders,
  withSizes,
  type LayoutAids,
  type PrintProfile,
  type ProfileName,
} from '../core';
import { toRange } from './convert';
import type { SpeechDiagnostics } from './diagnostics';
import { loadExportModule } from './exportModule';
import { displayLocale, isSpeechDocument, SECTION } from './settings';
import type { SpeechDocuments } from './speechDocuments';

const EXPORT_DOCX = 'speechDraft.exportDocx';
const SHOW_PREVIEW = 'speechDraft.showPreview';

/** The profile the settings choose, with their sizes (0 = the profile's own). */
export function chosenProfile(document: vscode.TextDocument, override?: ProfileName): PrintProfile {
  const config = vscode.workspace.getConfiguration(`${SECTION}.export`, document.uri);
  const name = override ?? config.get<ProfileName>('profile', 'official');
  const profile = PROFILES[name in PROFILES ? name : 'official'];
  return withSizes(profile, {
    body: config.get<number>('bodyFontSize', 0),
    title: config.get<number>('titleFontSize', 0),
  });
}

/** The readings the reading copy prints over hard words (setting export.pinyin), names of the word list left alone. */
function layoutAids(document: vscode.TextDocument, diagnostics: SpeechDiagnostics): LayoutAids {
  const setting = vscode.workspace.getConfiguration(`${SECTION}.export`, document.uri).get<string>('pinyin');
  const pinyin = PINYIN_MODES.find((mode) => mode === setting) ?? 'curated';
  return { pinyin, options: diagnostics.context(document).config.options };
}

/** Without a title line, the file's name stands as the title. */
function fallbackTitle(document: vscode.TextDocument): string {
  if (document.isUntitled) return vscode.l10n.t('Speech');
  return titleFromFileName(document.uri.path.split('/').pop() ?? '') || vscode.l10n.t('Speech');
}

/** Where an export of the speech goes by default: beside it, its extension(s) replaced by `ending` (.docx, .review.docx). */
export function targetBeside(document: vscode.TextDocument, ending = '.docx'): vscode.Uri | undefined {
  if (document.isUntitled)
    return vscode.workspace.workspaceFolders?.[0]
      ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, `${fallbackTitle(document)}${ending}`)
      : undefined;
  return document.uri.with({ path: document.uri.path.replace(/(\.speech)?(\.[^./]+)?$/, ending) });
}

/** How an export was asked for: every field optional, anything else ignored (VS Code passes `{ groupId }` from the title bar). */
interface ExportRequest {
  /** Where to write, skipping the save dialog. */
  target?: vscode.Uri;
  profile?: ProfileName;
  /** Export without asking about unfilled placeholders. */
  allowPlaceholders?: boolean;
}

/** The questions an export asks the writer; the integration tests answer them in place of the dialogs. */
export interface ExportPrompts {
  /** Where to save, starting from `defaultUri`; undefined when cancelled. */
  saveTo(defaultUri: vscode.Uri | undefined): Thenable<vscode.Uri | undefined>;
  /** Asked when placeholders are unfilled: export anyway, go to the first one, or (undefined) cancel. */
  confirmPlaceholders(headline: string, list: string[]): Thenable<'export' | 'goto' | undefined>;
  /** Told the file was written, with its actions: the one chosen, or undefined when the notification is dismissed. */
  exported(message: string, actions: readonly string[]): Thenable<string | undefined>;
}

const DIALOG_PROMPTS: ExportPrompts = {
  saveTo: (defaultUri) =>
    vscode.window.showSaveDialog({
      defaultUri,
      filters: { [vscode.l10n.t('Word document')]: ['docx'] },
      title: vscode.l10n.t('Export to Word'),
    }),
  async confirmPlaceholders(headline, list) {
    const exportAnyway = vscode.l10n.t('Export anyway');
    const goTo = vscode.l10n.t('Go to first placeholder');
    const answer = await vscode.window.showWarningMessage(
      headline,
      { modal: true, detail: list.join('\n') },
      exportAnyway,
      goTo,
    );
    return answer === exportAnyway ? 'export' : answer === goTo ? 'goto' : undefined;
  },
  exported: (message, actions) => vscode.window.showInformationMessage(message, ...actions),
};

/**
 * Tells where the export went, with *Open* (the system's app for .docx on the desktop; VS Code's own opener in a
 * browser, where the file is only the workspace's) and *Reveal* (the system's file manager, or VS Code's Explorer).
 */
async function tellExported(prompts: ExportPrompts, destination: vscode.Uri): Promise<void> {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal in File Manager');
  const choice = await prompts.exported(
    vscode.l10n.t('Exported to {0}', destination.fsPath || destination.toString()),
    [open, reveal],
  );
  const onDesktop = vscode.env.uiKind === vscode.UIKind.Desktop && destination.scheme === 'file';
  if (choice === open) {
    if (onDesktop) await vscode.env.openExternal(destination);
    else await vscode.commands.executeCommand('vscode.open', destination);
  } else if (choice === reveal) {
    await vscode.commands.executeCommand(onDesktop ? 'revealFileInOS' : 'revealInExplorer', destination);
  }
}

export function registerExportCommands(
  documents: SpeechDocuments,
  diagnostics: SpeechDiagnostics,
): {
  disposables: vscode.Disposable[];
  previewHtml: () => string | undefined;
  previewScrolledTo: () => number | undefined;
  setPrompts: (prompts: ExportPrompts | undefined) => void;
} {
  const preview = new SpeechPreview(documents, diagnostics);
  let prompts = DIALOG_PROMPTS;

  /**
   * Writes the .docx, after asking where (unless `request.target` says) and, when placeholders are unfilled, whether
   * to export anyway. Returns the written file, or undefined when cancelled.
   */
  async function exportDocx(uri?: unknown, request?: unknown): Promise<vscode.Uri | undefined> {
    const document =
      uri instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(uri)
        : vscode.window.activeTextEditor?.document;
    if (!document || !isSpeechDocument(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech document to export it.'));
      return undefined;
    }
    const { target, profile, allowPlaceholders } = readRequest(request);
    const speech = documents.parse(document);
    const placeholders = allowPlaceholders ? [] : unfilledPlaceholders(speech, diagnostics.findings(document));
    if (placeholders.length > 0) {
      const { headline, list } = placeholderWarning(placeholders, displayLocale());
      const answer = await prompts.confirmPlaceholders(headline, list);
      if (answer === 'goto') await revealPlaceholder(document, placeholders[0].span);
      if (answer !== 'export') return undefined;
    }
    const destination = target ?? (await prompts.saveTo(targetBeside(document)));
    if (!destination) return undefined;
    if (destination.toString() === document.uri.toString()) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('The export would overwrite the speech itself: choose another file.'),
      );
      return undefined;
    }
    const { speechToDocx } = loadExportModule();
    const bytes = await speechToDocx(speech, {
      profile: chosenProfile(document, profile),
      fallbackTitle: fallbackTitle(document),
      aids: layoutAids(document, diagnostics),
    });
    await vscode.workspace.fs.writeFile(destination, bytes);
    if (!target) void tellExported(prompts, destination);
    return destination;
  }

  return {
    disposables: [
      vscode.commands.registerCommand(EXPORT_DOCX, exportDocx),
      vscode.commands.registerCommand(SHOW_PREVIEW, () => preview.show()),
      preview,
    ],
    previewHtml: () => preview.html,
    previewScrolledTo: () => preview.scrolledTo,
    setPrompts: (replacement) => {
      prompts = replacement ?? DIALOG_PROMPTS;
    },
  };
}

/** The fields of an export request that are what they should be; the rest (such as `{ groupId }`) is ignored. */
function readRequest(request: unknown): ExportRequest {
  if (typeof request !== 'object' || request === null) return {};
  const { target, profile, allowPlaceholders } = request as Record<string, unknown>;
  return {
    allowPlaceholders: allowPlaceholders === true,
    target: target instanceof vscode.Uri ? target : undefined,
    profile: typeof profile === 'string' && profile in PROFILES ? (profile as ProfileName) : undefined,
  };
}

async function revealPlaceholder(document: vscode.TextDocument, span: { start: number; end: number }): Promise<void> {
  const editor = await vscode.window.showTextDocument(document);
  const range = toRange(document, span);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The preview beside the editor: the speech in the chosen profile, following the editor as it is typed and scrolled. */
class SpeechPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The editor line the preview was last told to scroll to (for the integration tests). */
  scrolledTo: number | undefined;

  constructor(
    private readonly documents: SpeechDocuments,
    private readonly diagnostics: SpeechDiagnostics,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.scheduleRender();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && isSpeechDocument(editor.document) && editor.document !== this.document) {
          this.document = editor.document;
          this.render();
        }
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (this.panel && event.textEditor.document === this.document && event.visibleRanges[0]) {
          this.scrolledTo = event.visibleRanges[0].start.line;
          void this.panel.webview.postMessage({ type: 'scroll', line: this.scrolledTo });
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.export`)) this.render();
      }),
    );
  }

  show(): vscode.WebviewPanel | undefined {
    const editor = vscode.window.activeTextEditor;
    const document = editor && isSpeechDocument(editor.document) ? editor.document : this.document;
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech document to preview it.'));
      return undefined;
    }
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'speechDraft.preview',
        vscode.l10n.t('Print preview'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: true,
          localResourceRoots: [],
        },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
    }
    this.render();
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    return this.panel;
  }

  /** The page as last rendered (for the integration tests). */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  private scheduleRender(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), 300);
  }

  private render(): void {
    if (!this.panel || !this.document) return;
    const { speechToHtml } = loadExportModule();
    this.panel.title = vscode.l10n.t('Preview: {0}', fallbackTitle(this.document));
    this.panel.webview.html = speechToHtml(this.documents.parse(this.document), {
      profile: chosenProfile(this.document),
      fallbackTitle: fallbackTitle(this.document),
      nonce: nonce(),
      language: displayLocale(),
      aids: layoutAids(this.document, this.diagnostics),
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.panel?.dispose();
  }
}
