/**
 * Word in, Word out: *Open Word Document as Speech…* reads a .docx into a new, untitled speech document (nothing is
 * written until the writer saves), and *Export Review Copy for Word…* writes the speech with every problem as a Word
 * comment, for a reviewer in Word or WPS. Both load the export module (fflate, docx) on first use.
 */

import * as vscode from 'vscode';
import { fixesOf } from '../core';
import type { SpeechDiagnostics } from './diagnostics';
import { chosenProfile, targetBeside } from './exportCommands';
import { loadExportModule } from './exportModule';
import { displayLocale, isSpeechDocument } from './settings';

const OPEN_WORD_DOCUMENT = 'speechDraft.openWordDocument';
const EXPORT_REVIEW_COPY = 'speechDraft.exportReviewCopy';

/** Why a .docx could not be read, for the writer. */
function wordProblem(problem: string): string {
  switch (problem) {
    case 'doc':
      return vscode.l10n.t('This is a Word 97-2003 document (.doc): save it as .docx in Word or WPS first.');
    case 'encrypted':
      return vscode.l10n.t('This Word document is password-protected: remove the password in Word or WPS first.');
    case 'too-large':
      return vscode.l10n.t('This file is larger than 50 MB: it is not a speech.');
    case 'not-docx':
      return vscode.l10n.t('This file is not a Word document (.docx).');
    case 'bomb':
      return vscode.l10n.t(
        'The text of this Word document unpacks to more than 64 MB (a damaged or hostile file): it is not a speech.',
      );
    case 'too-many-paragraphs':
      return vscode.l10n.t('This Word document has more than 200,000 paragraphs: it is not a speech.');
    default:
      return vscode.l10n.t('This Word document is damaged and cannot be read.');
  }
}

export function registerWordCommands(diagnostics: SpeechDiagnostics): vscode.Disposable[] {
  /** Opens `uri` (or the file the writer picks) as a new speech document; returns it, or undefined. */
  async function openWordDocument(uri?: unknown): Promise<vscode.TextDocument | undefined> {
    const source =
      uri instanceof vscode.Uri
        ? uri
        : (
            await vscode.window.showOpenDialog({
              canSelectMany: false,
              filters: { [vscode.l10n.t('Word document')]: ['docx'] },
              title: vscode.l10n.t('Open Word Document as Speech'),
            })
          )?.[0];
    if (!source) return undefined;
    const { readDocx, WordError } = loadExportModule();
    let text: string;
    try {
      text = readDocx(await vscode.workspace.fs.readFile(source)).text;
    } catch (error) {
      void vscode.window.showErrorMessage(
        error instanceof WordError
          ? wordProblem(error.problem)
          : vscode.l10n.t('Could not read {0}: {1}', source.path.split('/').pop() ?? '', String(error)),
      );
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'speech', content: text });
    await vscode.window.showTextDocument(document);
    return document;
  }

  /** Writes the review copy of `uri` or the active speech to `request.target` or where the writer picks; returns it. */
  async function exportReviewCopy(uri?: unknown, request?: unknown): Promise<vscode.Uri | undefined> {
    const document =
      uri instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(uri)
        : vscode.window.activeTextEditor?.document;
    if (!document || !isSpeechDocument(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech document to export it.'));
      return undefined;
    }
    const target =
      typeof request === 'object' && request !== null && (request as { target?: unknown }).target instanceof vscode.Uri
        ? (request as { target: vscode.Uri }).target
        : undefined;
    const defaultUri = targetBeside(document, '.review.docx');
    const destination =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri,
        filters: { [vscode.l10n.t('Word document')]: ['docx'] },
        title: vscode.l10n.t('Export Review Copy for Word'),
      }));
    if (!destination) return undefined;
    if (destination.toString() === document.uri.toString()) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('The export would overwrite the speech itself: choose another file.'),
      );
      return undefined;
    }
    const { speech, config } = diagnostics.context(document);
    const locale = displayLocale();
    const { commentText, reviewCopyOfText } = loadExportModule();
    const findings = diagnostics
      .findings(document)
      .map((finding) => ({ finding, text: commentText(finding, fixesOf(finding, speech, config.options), locale) }));
    const { docx, comments } = await reviewCopyOfText(speech, findings, chosenProfile(document, 'official'), {
      locale,
    });
    await vscode.workspace.fs.writeFile(destination, docx);
    if (!target)
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Exported a review copy with {0} comments to {1}',
          comments,
          destination.fsPath || destination.toString(),
        ),
      );
    return destination;
  }

  return [
    vscode.commands.registerCommand(OPEN_WORD_DOCUMENT, openWordDocument),
    vscode.commands.registerCommand(EXPORT_REVIEW_COPY, exportReviewCopy),
  ];
}
