import * as vscode from 'vscode';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as assert from './assert';
import { closeAllEditors, extensionApi, openText, waitFor, workspaceUri } from './helpers';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A small .docx as Word writes one: a title, a salutation, an automatically numbered heading (一、) and a placeholder. */
function wordDocument(): Uint8Array {
  const paragraph = (text: string, numbered = false): string =>
    `<w:p>${numbered ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${[
    paragraph('在全区工作会议上的讲话'),
    paragraph('同志们：'),
    paragraph('提高认识', true),
    paragraph('区**高度重视这项工作。'),
    paragraph('谢谢大家！'),
  ].join('')}</w:body></w:document>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(document),
    'word/numbering.xml': strToU8(numbering),
  });
}

describe('Word in, Word out', () => {
  before(async () => {
    await extensionApi();
  });
  after(closeAllEditors);

  it('opens a Word document as a new, untitled speech, its automatic numbering written out', async () => {
    const source = workspaceUri('工作会议讲话.docx');
    await vscode.workspace.fs.writeFile(source, wordDocument());
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('speechDraft.openWordDocument', source);
    assert.ok(document, 'a document is opened');
    assert.ok(document.isUntitled, 'nothing is written until the writer saves');
    assert.equal(document.languageId, 'speech');
    assert.equal(
      document.getText(),
      '在全区工作会议上的讲话\n同志们：\n一、提高认识\n区**高度重视这项工作。\n谢谢大家！',
    );
    assert.equal(vscode.window.activeTextEditor?.document, document);
    const symbols = await waitFor('the outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      );
      return found?.some((symbol) => symbol.name.startsWith('一、提高认识')) ? found : undefined;
    });
    assert.ok(symbols.length > 0);
    await waitFor('the placeholder', () =>
      vscode.languages.getDiagnostics(document.uri).some((d) => document.getText(d.range) === '**'),
    );
  });

  it('a damaged Word document opens nothing', async () => {
    const broken = workspaceUri('损坏的讲话.docx');
    await vscode.workspace.fs.writeFile(broken, new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]));
    const before = vscode.workspace.textDocuments.length;
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
      'speechDraft.openWordDocument',
      broken,
    );
    assert.equal(document, undefined);
    assert.equal(vscode.workspace.textDocuments.length, before);
  });

  it('exports a review copy with each problem as a comment by Speech Draft on its text', async () => {
    const { document } = await openText(
      '审阅稿讲话.speech',
      '在全区工作会议上的讲话\n同志们：\n区**高度重视这项工作,要抓好落实。\n谢谢大家！\n',
    );
    await waitFor('the problems', () => vscode.languages.getDiagnostics(document.uri).length >= 2);
    const target = workspaceUri('审阅稿讲话.review.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri>('speechDraft.exportReviewCopy', document.uri, {
      target,
    });
    assert.equal(written?.toString(), target.toString());
    const files = unzipSync(await vscode.workspace.fs.readFile(target));
    const comments = strFromU8(files['word/comments.xml']);
    const body = strFromU8(files['word/document.xml']);
    assert.match(comments, /w:author="Speech Draft"/);
    assert.equal([...comments.matchAll(/<w:comment /g)].length, vscode.languages.getDiagnostics(document.uri).length);
    assert.match(
      body,
      /<w:commentRangeStart w:id="\d+"\/><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t xml:space="preserve">\*\*<\/w:t><\/w:r><w:commentRangeEnd/,
    );
    assert.match(strFromU8(files['[Content_Types].xml']), /word\/comments\.xml/);
  });
});
