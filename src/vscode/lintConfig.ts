/**
 * The lint configuration for a document, as the CLI finds it: the settings, with the nearest .speechdraftrc.json above
 * the file (inside its workspace folder) on top; its `ignore` entries narrowed to the file. Every such file in the
 * workspace is read at activation and again when it changes, so a configuration is known without waiting.
 */

import * as vscode from 'vscode';
import {
  configForFile,
  mergeConfigs,
  parseRcFile,
  RC_FILE_NAME,
  TYPO_CANDIDATES_FILE,
  TYPO_MODEL_FILE,
  type LintConfig,
  type TypoChecker,
  type UserConfig,
} from '../core';
import { loadBundledModule, type TypoModule } from './bundledModule';
import { displayLocale, readSettings, SECTION } from './settings';

interface RcState {
  config?: UserConfig;
  /** The text of a broken file already reported, so it is reported once, not on every read. */
  reportedProblem?: string;
}

export class LintConfigs implements vscode.Disposable {
  /** Each .speechdraftrc.json read, by the URI of its folder. */
  private readonly rcByDirectory = new Map<string, RcState>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Bumped on every change, so cached results made with an older configuration are not reused. */
  generation = 0;
  readonly onDidChange = this.changed.event;

  /** The typo rule's model and its engine: loaded on the first analysis that needs it, once, from beside the bundle. */
  private typoChecker: TypoChecker | undefined;
  private typoLoading: Promise<void> | undefined;

  constructor(private readonly extensionUri?: vscode.Uri) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE_NAME}`);
    const reload = (uri: vscode.Uri): void => void this.loadFile(uri).then(() => this.fireChanged());
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete((uri) => {
        this.rcByDirectory.delete(directoryOf(uri).toString());
        this.fireChanged();
      }),
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

  /** Reads every .speechdraftrc.json of the workspace; call once at activation. */
  async loadAll(): Promise<void> {
    this.rcByDirectory.clear();
    const files = await vscode.workspace.findFiles(`**/${RC_FILE_NAME}`, '**/node_modules/**');
    await Promise.all(files.map((uri) => this.loadFile(uri)));
  }

  /**
   * The .speechdraftrc.json that configures `uri`: the nearest in its folder or above it, up to its workspace folder;
   * undefined outside a workspace folder or without one.
   */
  rcFileFor(uri: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const root = folder.uri.toString();
    for (let directory = directoryOf(uri); ; directory = directoryOf(directory)) {
      if (this.rcByDirectory.has(directory.toString())) return vscode.Uri.joinPath(directory, RC_FILE_NAME);
      if (directory.toString() === root || !directory.toString().startsWith(root)) return undefined;
    }
  }

  /** One merged configuration per .speechdraftrc.json and generation: the same object while nothing changes. */
  private readonly merged = new Map<string, { generation: number; config: LintConfig }>();

  configFor(document: vscode.TextDocument): LintConfig {
    const rcFile = this.rcFileFor(document.uri);
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const key = `${rcFile?.toString() ?? ''}\u0000${folder?.uri.toString() ?? ''}`;
    let cached = this.merged.get(key);
    if (cached?.generation !== this.generation) {
      cached = { generation: this.generation, config: this.mergeFor(document, rcFile) };
      this.merged.set(key, cached);
    }
    return configForFile(cached.config, rcFile && pathFromRcFile(rcFile, document.uri));
  }

  private mergeFor(document: vscode.TextDocument, rcFile: vscode.Uri | undefined): LintConfig {
    const settings = vscode.workspace.getConfiguration(SECTION, document.uri);
    const fromSettings: UserConfig = {
      rules: settings.get('rules', {}),
      placeholderValues: settings.get('placeholderValues', {}),
      allowedPlaceholders: settings.get('allowedPlaceholders', []),
      maxSentenceLength: settings.get('maxSentenceLength', 80),
      speechDate: settings.get('speechDate', ''),
      documentKind: settings.get('documentKind', 'auto'),
      timeLimit: settings.get('timeLimit', 0),
    };
    const rc = rcFile ? this.rcByDirectory.get(directoryOf(rcFile).toString())?.config : undefined;
    const merged = mergeConfigs(fromSettings, rc);
    const config = { ...merged, options: { ...merged.options, speakingRate: readSettings().speakingRate } };
    if (config.rules.typo === 'off') return config;
    if (!this.typoChecker) {
      this.loadTypoChecker();
      return config;
    }
    return { ...config, options: { ...config.options, typoChecker: this.typoChecker } };
  }

  /**
   * Starts reading the typo rule's model, its candidates and its engine (dist/typo.js), in the Node and the web worker
   * host alike, from dist/, never bundled; the problems refresh when they are in.
   */
  private loadTypoChecker(): void {
    const extension = this.extensionUri;
    if (this.typoLoading || !extension) return;
    const read = (name: string): Thenable<Uint8Array> =>
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension, 'dist', name));
    this.typoLoading = Promise.all([
      loadBundledModule<TypoModule>(extension, 'typo.js'),
      read(TYPO_MODEL_FILE),
      read(TYPO_CANDIDATES_FILE),
    ]).then(
      ([engine, model, candidates]) => {
        this.typoChecker = engine.TypoChecker.from(model, new TextDecoder().decode(candidates));
        this.fireChanged();
      },
      (error: unknown) => console.error(`speech-draft: the typo model could not be read: ${String(error)}`),
    );
  }

  private async loadFile(uri: vscode.Uri): Promise<void> {
    const key = directoryOf(uri).toString();
    const state = this.rcByDirectory.get(key) ?? {};
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.rcByDirectory.delete(key);
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
      this.rcByDirectory.set(key, { reportedProblem: text });
      return;
    }
    this.rcByDirectory.set(key, { config });
  }

  private fireChanged(): void {
    this.generation++;
    this.changed.fire();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

/** `uri`'s path from the folder of `rcFile`, as an `ignore` entry names a file; undefined outside that folder. */
export function pathFromRcFile(rcFile: vscode.Uri, uri: vscode.Uri): string | undefined {
  const base = directoryOf(rcFile).path;
  return uri.path.startsWith(`${base}/`) ? uri.path.slice(base.length + 1) : undefined;
}

function directoryOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}
