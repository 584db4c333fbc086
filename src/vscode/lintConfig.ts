/** The lint configuration for a document: settings, with the folder's .speechdraftrc.json on top. */

import * as vscode from 'vscode';
import {
  mergeConfigs,
  parseRcFile,
  RC_FILE_NAME,
  TYPO_DATA_FILE,
  TypoModel,
  type LintConfig,
  type TypoData,
  type UserConfig,
} from '../core';
import { displayLocale, SECTION } from './settings';

interface RcState {
  config?: UserConfig;
  /** The text of a broken file already reported, so it is reported once, not on every read. */
  reportedProblem?: string;
}

export class LintConfigs implements vscode.Disposable {
  private readonly rcByFolder = new Map<string, RcState>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Bumped on every change, so cached results made with an older configuration are not reused. */
  generation = 0;
  readonly onDidChange = this.changed.event;

  /** The typo rule's lexicon: loaded on the first analysis that needs it, once, from beside the bundle. */
  private typoModel: TypoModel | undefined;
  private typoLoading: Promise<void> | undefined;

  constructor(private readonly extensionUri?: vscode.Uri) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE_NAME}`);
    const reload = (uri: vscode.Uri): void => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && vscode.Uri.joinPath(folder.uri, RC_FILE_NAME).toString() === uri.toString()) {
        void this.loadFolder(folder).then(() => this.fireChanged());
      }
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll().then(() => this.fireChanged())),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) this.fireChanged();
      }),
    );
  }

  /** After the first loadAll(): every result made before it may have missed a folder's file. */
  notifyLoaded(): void {
    this.fireChanged();
  }

  /** Reads every workspace folder's .speechdraftrc.json; call once at activation. */
  async loadAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.loadFolder(folder)));
  }

  /** One merged configuration per folder and generation: the same object while nothing changes, so caches hold. */
  private readonly merged = new Map<string, { generation: number; config: LintConfig }>();

  configFor(document: vscode.TextDocument): LintConfig {
    const key = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.toString() ?? '';
    const cached = this.merged.get(key);
    if (cached?.generation === this.generation) return cached.config;
    const config = this.mergeFor(document);
    this.merged.set(key, { generation: this.generation, config });
    return config;
  }

  private mergeFor(document: vscode.TextDocument): LintConfig {
    const settings = vscode.workspace.getConfiguration(SECTION, document.uri);
    const fromSettings: UserConfig = {
      rules: settings.get('rules', {}),
      placeholderValues: settings.get('placeholderValues', {}),
      allowedPlaceholders: settings.get('allowedPlaceholders', []),
      maxSentenceLength: settings.get('maxSentenceLength', 80),
      speechDate: settings.get('speechDate', ''),
      documentKind: settings.get('documentKind', 'auto'),
    };
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const rc = folder ? this.rcByFolder.get(folder.uri.toString())?.config : undefined;
    const config = mergeConfigs(fromSettings, rc);
    if (config.rules.typo === 'off') return config;
    if (!this.typoModel) {
      this.loadTypoModel();
      return config;
    }
    return { ...config, options: { ...config.options, typoModel: this.typoModel } };
  }

  /** Starts reading the lexicon (in the Node and the web worker host alike); the problems refresh when it is in. */
  private loadTypoModel(): void {
    if (this.typoLoading || !this.extensionUri) return;
    const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', TYPO_DATA_FILE);
    this.typoLoading = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
      (bytes) => {
        this.typoModel = TypoModel.from(JSON.parse(new TextDecoder().decode(bytes)) as TypoData);
        this.fireChanged();
      },
      (error: unknown) =>
        console.error(`speech-draft: the typo lexicon ${uri.toString()} could not be read: ${String(error)}`),
    );
  }

  private async loadFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const state = this.rcByFolder.get(key) ?? {};
    const uri = vscode.Uri.joinPath(folder.uri, RC_FILE_NAME);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.rcByFolder.set(key, {});
      return;
    }
    const { config, problem } = parseRcFile(text);
    if (problem) {
      if (state.reportedProblem !== text) {
        const reason = problem.message[displayLocale()];
        void vscode.window.showWarningMessage(
          vscode.l10n.t('{0} is ignored: {1}', uri.fsPath || uri.toString(), reason),
        );
      }
      this.rcByFolder.set(key, { reportedProblem: text });
      return;
    }
    this.rcByFolder.set(key, { config });
  }

  private fireChanged(): void {
    this.generation++;
    this.changed.fire();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
