/**
 * The second reliability probe's classes, each rebuilt here by a small generator (no stored blobs): GBK bytes that do
 * not round-trip, UTF-8 cut in its last character, writes interrupted or raced, hostile Word packages (style cycles,
 * unterminated XML constructs, absurd numbering, zip bombs, parts in other encodings), document-wide fixes offered
 * by many findings, review-copy anchors around dropped characters and surrogate pairs, closed pipes, failed writes.
 */

import { strict as assert } from 'node:assert';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as iconv from 'iconv-lite';
import { codeActionsFor, DEFAULT_LINT_CONFIG, lint, OFFICIAL, parseSpeech } from '../../src/core';
import { decodeText, fixedBytes } from '../../src/cli/encoding';
import { FileError, writeFileKeepingIt } from '../../src/cli/files';
import { commentText, reviewCopyOfDocx, reviewCopyOfText } from '../../src/export/review';
import { readDocx, WordError } from '../../src/import/docx';
import { xmlTokens } from '../../src/import/wordXml';
import { fixAll } from '../../src/core';
import { REPO } from './helpers';

const CLI = resolve(REPO, 'dist/cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function cli(args: string[], cwd: string, timeout = 60_000): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
    maxBuffer: 1 << 30,
    env: { PATH: process.env.PATH, LANG: 'C' },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: result.error !== undefined || result.signal === 'SIGTERM',
  };
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'speech-hostile-'));
  chmodSync(dir, 0o777);
  return dir;
}

/** Lines the CLI wrote to stderr that begin with its name: one per failed file, never a stack trace. */
function complaints(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('speech-draft:'));
}

function assertNoStackTrace(run: Run, what: string): void {
  assert.ok(!run.timedOut, `${what}: the CLI did not return`);
  assert.doesNotMatch(run.stderr, /^\s+at |Error:|RangeError|TypeError/m, `${what}: ${run.stderr.slice(0, 400)}`);
}

/** Every GBK sequence (one byte 80, two bytes 81–FE × 40–FE) that decodes but does not encode back to itself. */
function gbkSequencesThatDoNotRoundTrip(): Buffer[] {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const found: Buffer[] = [];
  const candidates: Buffer[] = [Buffer.from([0x80])];
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) candidates.push(Buffer.from([lead, trail]));
  for (const bytes of candidates) {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      continue;
    }
    if (!Buffer.from(iconv.encode(text, 'gb18030')).equals(bytes)) found.push(bytes);
  }
  return found;
}

describe('hostile inputs: byte-exact writes', function () {
  this.timeout(120_000);

  it('finds the GBK sequences a decoder and encoder change (80, A3A0, A6D9…, FE59…)', () => {
    const names = gbkSequencesThatDoNotRoundTrip().map((bytes) => bytes.toString('hex').toUpperCase());
    for (const expected of ['80', 'A3A0', 'A6D9', 'FE59'])
      assert.ok(names.includes(expected), `${expected} in ${names.join(' ')}`);
  });

  it('--fix on a GBK file changes the bytes of the fixes and no other byte', () => {
    const odd = gbkSequencesThatDoNotRoundTrip();
    const dir = scratch();
    // Each odd sequence between two Chinese characters, and a half-width comma to fix after every tenth.
    const parts: Buffer[] = [iconv.encode('同志们：\n', 'gbk')];
    const expected: Buffer[] = [parts[0]];
    odd.forEach((bytes, index) => {
      const chunk = Buffer.concat([iconv.encode('会议', 'gbk'), bytes, iconv.encode('召开', 'gbk')]);
      parts.push(chunk);
      expected.push(chunk);
      if (index % 10 === 9) {
        parts.push(Buffer.from(',\n'));
        expected.push(Buffer.concat([iconv.encode('，', 'gbk'), Buffer.from('\n')]));
      }
    });
    parts.push(iconv.encode('。\n谢谢大家！\n', 'gbk'));
    expected.push(iconv.encode('。\n谢谢大家！\n', 'gbk'));
    writeFileSync(join(dir, 'gbk.txt'), Buffer.concat(parts));
    const run = cli(['lint', '--fix', '--encoding', 'gbk', 'gbk.txt'], dir);
    assertNoStackTrace(run, 'gbk --fix');
    assert.ok(readFileSync(join(dir, 'gbk.txt')).equals(Buffer.concat(expected)), 'only the commas changed');
  });

  it("fixedBytes keeps every untouched character's own bytes in each encoding, BOM included (generated texts)", () => {
    const pieces = ['同志们', ',', '：', '😀', '𠀀', '（', '(', '村', ')', '\n', 'a', ' ', '，', '"', '四个意识', '"'];
    let state = 7;
    const next = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff);
    for (let round = 0; round < 60; round++) {
      const text = Array.from({ length: 40 }, () => pieces[next() % pieces.length]).join('');
      for (const [encoding, bom] of [
        ['utf-8', false],
        ['utf-8', true],
        ['gb18030', false],
        ['utf-16le', true],
        ['utf-16be', true],
      ] as const) {
        const body =
          encoding === 'utf-8'
            ? Buffer.from(text)
            : encoding === 'gb18030'
              ? iconv.encode(text, 'gb18030')
              : iconv.encode(text, encoding);
        const bomBytes = !bom
          ? Buffer.alloc(0)
          : encoding === 'utf-8'
            ? Buffer.from([0xef, 0xbb, 0xbf])
            : encoding === 'utf-16le'
              ? Buffer.from([0xff, 0xfe])
              : Buffer.from([0xfe, 0xff]);
        const file = decodeText(new Uint8Array(Buffer.concat([bomBytes, body])), encoding);
        assert.ok(file, `${encoding} decodes`);
        const result = fixAll(file.text);
        const bytes = fixedBytes(file, result.text, result.passEdits);
        assert.equal(decodeText(bytes, encoding)?.text, result.text, `${encoding}: ${JSON.stringify(text)}`);
        assert.deepEqual(Buffer.from(bytes.subarray(0, bomBytes.length)), bomBytes);
      }
    }
  });

  it('UTF-8 cut in its last character is UTF-8, damaged at its end, and --fix keeps those bytes', () => {
    for (const cut of [1, 2]) {
      const dir = scratch();
      const whole = Buffer.from('同志们:\n今天开会,谢谢大家');
      const bytes = whole.subarray(0, whole.length - cut);
      writeFileSync(join(dir, 'cut.txt'), bytes);
      const lint1 = cli(['lint', '--format', 'json', 'cut.txt'], dir);
      assertNoStackTrace(lint1, 'lint cut');
      assert.match(lint1.stderr, /ends in the middle of a character \(incomplete UTF-8 from byte \d+\)/);
      const texts = (JSON.parse(lint1.stdout) as Array<{ diagnostics: Array<{ text: string }> }>)[0].diagnostics.map(
        (d) => d.text,
      );
      assert.ok(texts.includes(':') && texts.includes(','), `read as UTF-8, not GB18030 mojibake: ${texts.join(' ')}`);
      cli(['lint', '--fix', 'cut.txt'], dir);
      const after = readFileSync(join(dir, 'cut.txt'));
      assert.ok(
        after.equals(
          Buffer.concat([
            Buffer.from('同志们：\n今天开会，谢谢大'),
            whole.subarray(whole.length - 3, whole.length - cut),
          ]),
        ),
        after.toString('hex'),
      );
    }
  });
});

/** Sends SIGKILL to `child` after `delay` ms (unless it has ended by then) and waits for it to be gone. */
async function killedAfter(child: ChildProcess, delay: number): Promise<void> {
  const ended = new Promise((done) => child.on('exit', done));
  const timer = setTimeout(() => child.kill('SIGKILL'), delay);
  await ended;
  clearTimeout(timer);
}

describe('hostile inputs: writes that cannot mix old and new', function () {
  this.timeout(180_000);

  it('a kill at any instant of --fix leaves the whole original or the whole fixed file', async () => {
    const dir = scratch();
    const original = `同志们:\n${'今天,开会.\n'.repeat(100_000)}谢谢大家！\n`;
    writeFileSync(join(dir, 'k.txt'), original);
    const fixed = (() => {
      cli(['lint', '--fix', 'k.txt'], dir);
      return readFileSync(join(dir, 'k.txt'), 'utf8');
    })();
    assert.notEqual(fixed, original);
    for (const delay of [50, 150, 300, 500, 800, 1200, 1800, 2600, 3500]) {
      writeFileSync(join(dir, 'k.txt'), original);
      await killedAfter(spawn(process.execPath, [CLI, 'lint', '--fix', 'k.txt'], { cwd: dir, stdio: 'ignore' }), delay);
      const now = readFileSync(join(dir, 'k.txt'), 'utf8');
      assert.ok(
        now === original || now === fixed,
        `killed after ${delay} ms: ${now.length} characters, neither whole file`,
      );
    }
  });

  it('a hard-linked file, written in place, keeps a copy of the original until the write is on the disk', async () => {
    const dir = scratch();
    const original = `同志们:\n${'今天,开会.\n'.repeat(100_000)}`;
    writeFileSync(join(dir, 'h.txt'), original);
    linkSync(join(dir, 'h.txt'), join(dir, 'other-name.txt'));
    for (const delay of [300, 900, 1600, 2400]) {
      writeFileSync(join(dir, 'h.txt'), original);
      await killedAfter(spawn(process.execPath, [CLI, 'lint', '--fix', 'h.txt'], { cwd: dir, stdio: 'ignore' }), delay);
      const backup = join(dir, 'h.txt.speech-draft-backup');
      if (existsSync(backup)) {
        assert.equal(readFileSync(backup, 'utf8'), original, 'the backup is the whole original');
        writeFileSync(join(dir, 'h.txt'), readFileSync(backup));
        spawnSync('rm', ['-f', backup]);
      } else {
        const now = readFileSync(join(dir, 'h.txt'), 'utf8');
        assert.ok(
          now === original || !now.includes(','),
          `killed after ${delay} ms without a backup: the file is whole`,
        );
      }
    }
  });

  it('a file that changed on disk after it was read is not overwritten: one line, exit 2', () => {
    const dir = scratch();
    const path = join(dir, 'raced.txt');
    writeFileSync(path, '同志们:\n');
    const read = new Uint8Array(readFileSync(path));
    writeFileSync(path, '同志们:\n另一个人刚加的一行。\n');
    assert.throws(
      () => writeFileKeepingIt(path, new TextEncoder().encode('同志们：\n'), read),
      (error: unknown) => error instanceof FileError && /changed on disk/.test(error.text.en),
    );
    assert.equal(readFileSync(path, 'utf8'), '同志们:\n另一个人刚加的一行。\n');
  });

  it('a line appended while --fix runs is never lost', async () => {
    const dir = scratch();
    const path = join(dir, 'grow.txt');
    writeFileSync(path, `同志们:\n${'今天,开会.\n'.repeat(200_000)}`);
    const child = spawn(process.execPath, [CLI, 'lint', '--fix', 'grow.txt'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    await new Promise((done) => setTimeout(done, 400));
    writeFileSync(path, '最后追加的一行。\n', { flag: 'a' });
    const status = await exited;
    const now = readFileSync(path, 'utf8');
    assert.ok(now.endsWith('最后追加的一行。\n'), 'the appended line is still there');
    if (status === 2) assert.match(stderr, /changed on disk after it was read/);
    else assert.equal(status, 0, stderr);
  });

  it('leaves no temporary file behind after a fix, a refused write or an export', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), '同志们:\n');
    writeFileSync(join(dir, 'ro.txt'), '同志们:\n');
    chmodSync(join(dir, 'ro.txt'), 0o444);
    cli(['lint', '--fix', 'a.txt', 'ro.txt'], dir);
    cli(['export', 'a.txt', '-o', 'a.docx'], dir);
    assert.deepEqual(readdirSync(dir).sort(), ['a.docx', 'a.txt', 'ro.txt']);
  });

  it('a failed write (a file-size limit: EFBIG) is said in words, and the summary counts it as not written', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'big.txt'), `同志们:\n${'今天,开会.'.repeat(1000)}\n`);
    // The shell ignores SIGXFSZ, so the write fails with EFBIG instead of killing the process.
    const result = spawnSync(
      'sh',
      ['-c', `trap '' XFSZ; ulimit -f 8; exec "${process.execPath}" "${CLI}" lint --fix big.txt`],
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' } },
    );
    assert.equal(result.status, 2, result.stderr);
    assert.match(
      result.stderr,
      /cannot write 'big\.txt': the file would be larger than this file system or its limits allow; the file is unchanged/,
    );
    assert.doesNotMatch(result.stderr, /EFBIG/);
    assert.match(result.stderr, /1 could not be written/);
    assert.doesNotMatch(result.stderr, /no problems/);
  });
});

/** A .docx package from its parts; `declare` overrides the uncompressed size the zip declares for a part. */
function docxOf(parts: Record<string, string | Uint8Array>, declare: Record<string, number> = {}): Uint8Array {
  const files = Object.fromEntries(
    Object.entries(parts).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content]),
  );
  const zip = zipSync(files, { level: 9 });
  for (const [name, size] of Object.entries(declare)) overrideDeclaredSize(zip, name, size);
  return zip;
}

/** Writes `size` as the uncompressed size of `name` in both its local header and its central directory entry. */
function overrideDeclaredSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const encoded = strToU8(name);
  for (let at = 0; at + 46 < zip.length; at++) {
    const signature = view.getUint32(at, true);
    const local = signature === 0x04034b50;
    const central = signature === 0x02014b50;
    if (!local && !central) continue;
    const nameAt = at + (local ? 30 : 46);
    const nameLength = view.getUint16(at + (local ? 26 : 28), true);
    if (nameLength !== encoded.length || !encoded.every((byte, index) => zip[nameAt + index] === byte)) continue;
    view.setUint32(at + (local ? 22 : 24), size, true);
  }
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

function paragraph(text: string, numbering?: { numId: string; ilvl: string }, style?: string): string {
  const properties =
    numbering || style
      ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numbering ? `<w:numPr><w:ilvl w:val="${numbering.ilvl}"/><w:numId w:val="${numbering.numId}"/></w:numPr>` : ''}</w:pPr>`
      : '';
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function numberingXml(format: string, start: string, text = '%1.', ilvl = '0'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
}

/** Writes each package to a file and runs `lint` over them all: every one answered, bad ones in one line each, and a summary. */
function lintBatch(packages: Record<string, Uint8Array>): { run: Run; dir: string } {
  const dir = scratch();
  for (const [name, bytes] of Object.entries(packages)) writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, 'zz-last.txt'), '同志们:\n');
  const run = cli(['lint', '--format', 'json', ...Object.keys(packages), 'zz-last.txt'], dir, 120_000);
  return { run, dir };
}

describe('hostile inputs: Word packages are read in bounded time and memory', function () {
  this.timeout(240_000);

  it('style chains that come back on themselves end (A on B, B on itself; a ring of 50)', () => {
    const ring = Array.from(
      { length: 50 },
      (_, index) =>
        `<w:style w:type="paragraph" w:styleId="S${index}"><w:basedOn w:val="S${(index + 1) % 50}"/></w:style>`,
    ).join('');
    const styles = (inner: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${inner}</w:styles>`;
    const packages = {
      'self.docx': docxOf({
        '[Content_Types].xml': TYPES,
        'word/document.xml': documentXml(paragraph('一、总体要求', undefined, 'A')),
        'word/styles.xml': styles(
          '<w:style w:styleId="A"><w:basedOn w:val="B"/></w:style><w:style w:styleId="B"><w:basedOn w:val="B"/></w:style>',
        ),
      }),
      'ring.docx': docxOf({
        '[Content_Types].xml': TYPES,
        'word/document.xml': documentXml(paragraph('正文', undefined, 'S3')),
        'word/styles.xml': styles(ring),
      }),
    };
    const { run } = lintBatch(packages);
    assertNoStackTrace(run, 'style cycles');
    assert.equal((JSON.parse(run.stdout) as unknown[]).length, 3);
  });

  it('unterminated <?, <!--, quotes and tags are read in one pass', () => {
    const size = 300_000;
    for (const filler of ['<?', '<!--', '<w:t a="', '<', '<![CDATA[', '<w:p><w:r><w:t>x']) {
      const xml = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>同志们：</w:t></w:r></w:p>${filler.repeat(size / filler.length)}`;
      // Linear: the token count is bounded by the input, and the walk returns (a quadratic one took minutes at this size).
      let tokens = 0;
      for (const token of xmlTokens(xml)) tokens += token.raw.length > 0 ? 1 : 0;
      assert.ok(tokens <= xml.length, filler);
      const result = (() => {
        try {
          return readDocx(docxOf({ '[Content_Types].xml': TYPES, 'word/document.xml': xml }));
        } catch (error) {
          assert.ok(error instanceof WordError, `${filler}: ${String(error)}`);
          return undefined;
        }
      })();
      if (result) assert.equal(result.paragraphs[0], '同志们：', filler);
    }
  });

  it('absurd numbering values are clamped or refused, one line each, and the batch goes on', () => {
    const numbered = (format: string, start: string, count: number, ilvl = '0', text = '%1.'): Uint8Array =>
      docxOf({
        '[Content_Types].xml': TYPES,
        'word/document.xml': documentXml(
          Array.from({ length: count }, () => paragraph('工作部署', { numId: '1', ilvl })).join(''),
        ),
        'word/numbering.xml': numberingXml(format, start, text, ilvl),
      });
    const packages: Record<string, Uint8Array> = {
      'infinity-roman.docx': numbered('upperRoman', 'Infinity', 5),
      'letters-1e8.docx': numbered('lowerLetter', '100000000', 20),
      'start-1e12.docx': numbered('decimal', '1000000000000', 5),
      'negative.docx': numbered('chineseCounting', '-5', 5, '0', '%1、'),
      'ilvl-x.docx': numbered('decimal', '1', 3, 'x'),
      'ilvl-half.docx': numbered('decimal', '1', 3, '1.5'),
      'ilvl-huge.docx': numbered('decimal', '1', 3, '4294967295'),
      'text-repeat.docx': numbered('lowerLetter', '32767', 3, '0', '%1%1%1%1%1%1%1%1%1'),
      'bad-char.docx': docxOf({
        '[Content_Types].xml': TYPES,
        'word/document.xml': documentXml(paragraph('同志们&#x110000;&#xD800;&#99999999999;：')),
      }),
    };
    const { run } = lintBatch(packages);
    assertNoStackTrace(run, 'numbering');
    const results = JSON.parse(run.stdout) as Array<{ file: string; error?: string }>;
    assert.equal(results.length, Object.keys(packages).length + 1, 'every file answered');
    assert.match(run.stderr, /files? checked/);
    for (const name of Object.keys(packages)) {
      const dir = mkdtempSync(join(tmpdir(), 'speech-hostile-outline-'));
      writeFileSync(join(dir, name), packages[name]);
      const outline = cli(['outline', name], dir);
      assertNoStackTrace(outline, name);
      assert.ok(
        outline.stdout.length < 20_000,
        `${name}: the outline stays small (${outline.stdout.length} characters)`,
      );
    }
    assert.equal(readDocx(packages['bad-char.docx']).paragraphs[0], '同志们\ufffd\ufffd\ufffd：');
  });

  it('zip bombs are refused as they inflate, whatever sizes they declare; a lying size is damage', () => {
    const emptyParagraphs = documentXml('<w:p/>'.repeat(14_000_000));
    const bomb = docxOf({ '[Content_Types].xml': TYPES, 'word/document.xml': emptyParagraphs });
    assert.ok(bomb.length < 1_000_000, `a small file (${bomb.length} bytes)`);
    const liar = docxOf(
      { '[Content_Types].xml': TYPES, 'word/document.xml': emptyParagraphs },
      { 'word/document.xml': 100 },
    );
    const smallLiar = docxOf(
      { '[Content_Types].xml': TYPES, 'word/document.xml': documentXml(paragraph('同志们：').repeat(1000)) },
      { 'word/document.xml': 100 },
    );
    const manyParagraphs = docxOf({
      '[Content_Types].xml': TYPES,
      'word/document.xml': documentXml('<w:p/>'.repeat(300_000)),
    });
    const { run } = lintBatch({
      'bomb.docx': bomb,
      'liar.docx': liar,
      'small-liar.docx': smallLiar,
      'many.docx': manyParagraphs,
    });
    assertNoStackTrace(run, 'bombs');
    assert.deepEqual(complaints(run.stderr), [
      "speech-draft: cannot read 'bomb.docx': its text unpacks to more than 64 MB (a damaged or hostile file): not a speech",
      "speech-draft: cannot read 'liar.docx': its text unpacks to more than 64 MB (a damaged or hostile file): not a speech",
      "speech-draft: cannot read 'small-liar.docx': the Word document is damaged and cannot be read",
      "speech-draft: cannot read 'many.docx': more than 200,000 paragraphs: not a speech",
    ]);
    assert.match(run.stderr, /^1 file checked: .*; 4 could not be read$/m);
  });

  it('reads parts written in GBK or UTF-16 as their declaration or BOM says, and writes the review copy in UTF-8', () => {
    const body = paragraph('同志们：') + paragraph('一、总体要求');
    const gbk = documentXml(body).replace('encoding="UTF-8"', 'encoding="GBK"');
    const utf16 = documentXml(body).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const packages = {
      gbk: docxOf({ '[Content_Types].xml': TYPES, 'word/document.xml': new Uint8Array(iconv.encode(gbk, 'gbk')) }),
      utf16le: docxOf({
        '[Content_Types].xml': TYPES,
        'word/document.xml': new Uint8Array(iconv.encode(`\ufeff${utf16}`, 'utf-16le')),
      }),
      utf16be: docxOf({
        '[Content_Types].xml': TYPES,
        'word/document.xml': new Uint8Array(iconv.encode(`\ufeff${utf16}`, 'utf-16be')),
      }),
    };
    for (const [name, bytes] of Object.entries(packages)) {
      const word = readDocx(bytes);
      assert.deepEqual(word.paragraphs, ['同志们：', '一、总体要求'], name);
      const speech = parseSpeech(word.text);
      const findings = lint(speech).map((finding) => ({ finding, text: finding.message.en }));
      const review = reviewCopyOfDocx(bytes, word, findings, speech, { locale: 'en' });
      const xml = strFromU8(unzipSync(review.docx)['word/document.xml']);
      assert.match(xml, /encoding="UTF-8"/, name);
      assert.deepEqual(readDocx(review.docx).paragraphs, ['同志们：', '一、总体要求'], name);
    }
    const unknown = docxOf({
      '[Content_Types].xml': TYPES,
      'word/document.xml': documentXml(body).replace('encoding="UTF-8"', 'encoding="x-no-such"'),
    });
    assert.throws(
      () => readDocx(unknown),
      (error: unknown) => error instanceof WordError && error.problem === 'corrupt',
    );
  });
});

describe('hostile inputs: document-wide fixes are written once', function () {
  this.timeout(120_000);

  it('1,000 and 2,000 lines of 一、: the JSON grows with the findings, each referring to one Renumber', () => {
    const sizes: number[] = [];
    for (const count of [1000, 2000]) {
      const dir = scratch();
      writeFileSync(join(dir, 'h.txt'), '一、标题\n'.repeat(count));
      const run = cli(['lint', '--format', 'json', 'h.txt'], dir);
      assertNoStackTrace(run, `${count} headings`);
      const [result] = JSON.parse(run.stdout) as Array<{
        diagnostics: Array<{ rule: string; documentFix?: number; fixable: boolean }>;
        documentFixes: Array<{ title: string; edits: unknown[] }>;
      }>;
      const numbering = result.diagnostics.filter((d) => d.rule === 'numbering-sequence');
      assert.ok(numbering.length >= count - 1, `${numbering.length} numbering findings`);
      assert.ok(numbering.every((d) => d.documentFix === 0 && d.fixable));
      assert.equal(result.documentFixes.length, 1);
      assert.equal(result.documentFixes[0].title, 'Renumber the speech');
      sizes.push(run.stdout.length);
    }
    assert.ok(
      sizes[1] / sizes[0] < 2.5,
      `doubling the headings multiplied the JSON by ${(sizes[1] / sizes[0]).toFixed(2)}`,
    );
  });

  it('code actions for every finding share one Renumber fix object', () => {
    const speech = parseSpeech('一、标题\n'.repeat(50));
    const findings = lint(speech);
    const plans = codeActionsFor(speech, findings, findings, DEFAULT_LINT_CONFIG.options).filter(
      (plan) => plan.kind === 'fix',
    );
    const renumbers = new Set(
      plans
        .filter((plan) => plan.kind === 'fix' && plan.title.en === 'Renumber the speech')
        .map((plan) => (plan.kind === 'fix' ? plan.edits : undefined)),
    );
    assert.equal(renumbers.size, 1, 'one edit list for all');
  });
});

describe('hostile inputs: the review copy keeps every character and anchors each comment on its own text', function () {
  this.timeout(120_000);

  it('after characters XML cannot hold, a comment still anchors on its own text', async () => {
    for (const dropped of ['\x01', '\x01\x01\x01', '\ufffe\x0b', '\ud800']) {
      const speech = parseSpeech(`同志们：\n今天${dropped}我们开会,呀。\n`);
      const findings = lint(speech)
        .filter((finding) => finding.rule === 'halfwidth-punctuation')
        .map((finding) => ({ finding, text: commentText(finding, [], 'en') }));
      assert.equal(findings.length, 1);
      const { docx } = await reviewCopyOfText(speech, findings, OFFICIAL, { locale: 'en' });
      const xml = strFromU8(unzipSync(docx)['word/document.xml']);
      assert.match(
        xml,
        /<w:commentRangeStart w:id="0"\/>(?:<[^>]+>)*,(?:<[^>]+>)*<w:commentRangeEnd w:id="0"\/>/,
        JSON.stringify(dropped),
      );
    }
  });

  it('never cuts a surrogate pair: 😀 and 𠀀 stay, in text and in numbered Word paragraphs', async () => {
    const numbering = numberingXml('chineseCounting', '1', '%1、');
    const bytes = docxOf({
      '[Content_Types].xml': TYPES,
      'word/document.xml': documentXml(
        paragraph('同志们:') +
          paragraph('😀工作部署', { numId: '1', ilvl: '0' }) +
          paragraph('𠀀加强党建', { numId: '1', ilvl: '0' }) +
          paragraph('😀,𠀀'),
      ),
      'word/numbering.xml': numbering,
    });
    const word = readDocx(bytes);
    const speech = parseSpeech(word.text);
    // Every finding, and findings placed at every offset of every line: no anchor may split a pair.
    const findings = lint(speech).map((finding) => ({ finding, text: 'x' }));
    for (const line of speech.lines)
      for (let at = line.start; at <= line.start + line.text.length; at++)
        findings.push({ finding: { ...findings[0].finding, span: { start: at, end: at } }, text: 'y' });
    const review = reviewCopyOfDocx(bytes, word, findings, speech, { locale: 'en' });
    assert.deepEqual(readDocx(review.docx).paragraphs, word.paragraphs);
    const fromText = await reviewCopyOfText(speech, findings, OFFICIAL, { locale: 'en' });
    const xml = strFromU8(unzipSync(fromText.docx)['word/document.xml']);
    for (const kept of ['😀', '𠀀']) assert.ok(xml.split(kept).length - 1 >= 2, `${kept} kept in the copy of the text`);
  });
});

describe('hostile inputs: closed pipes and front matter', function () {
  this.timeout(120_000);

  it('lint errors.txt | head -1 exits 1 (an error finding), as documented', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'errors.txt'), `同志们：\n${'区**高度重视。\n'.repeat(20_000)}`);
    const result = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" lint errors.txt | head -1 > /dev/null`],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.equal(result.status, 1, result.stderr);
    assert.doesNotMatch(result.stderr, /EPIPE|Error|^\s+at /m);
  });

  it('lint --fix b1 b2 b3 | head -1 fixes every file and prints the summary', () => {
    const dir = scratch();
    for (const name of ['b1.txt', 'b2.txt', 'b3.txt'])
      writeFileSync(join(dir, name), `同志们:\n${'今天,开会.\n'.repeat(5_000)}`);
    const result = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" lint --fix b1.txt b2.txt b3.txt | head -1 > /dev/null`],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stderr);
    for (const name of ['b1.txt', 'b2.txt', 'b3.txt'])
      assert.ok(!readFileSync(join(dir, name), 'utf8').includes(','), `${name} fixed`);
    assert.match(result.stderr, /^3 files checked: .*fixed/m);
  });

  it('a front-matter date that is not a date is reported on its line', () => {
    for (const written of ['2025-02-30', '明天', '2025/13/01']) {
      const text = `---\ndate: ${written}\n---\n同志们：\n今天开会。\n`;
      const speech = parseSpeech(text);
      const found = lint(speech).filter((finding) => finding.messageId === 'frontMatterDate');
      assert.equal(found.length, 1, written);
      assert.equal(text.slice(found[0].span.start, found[0].span.end), written);
    }
    assert.deepEqual(
      lint(parseSpeech('---\ndate: 2025-02-28\n---\n同志们：\n')).filter(
        (finding) => finding.messageId === 'frontMatterDate',
      ),
      [],
    );
  });
});
