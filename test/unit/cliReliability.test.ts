/**
 * The CLI never loses a file, never aborts a batch and never crashes on a closed pipe. Permission tests run the CLI
 * as root and, through setpriv, as the unprivileged user nobody; they need root to set up (CI runs as root).
 */

import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { xmlSafe } from '../../src/export/xml';
import { REPO } from './helpers';

const CLI = resolve(REPO, 'dist/cli.js');
const NOBODY = 65534;
const AS_ROOT = process.getuid?.() === 0;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI bundle copied where nobody may read it: the clone may sit in a private folder (a user's home), which nobody
 * cannot enter. Its lazily loaded neighbours come along.
 */
let cliForNobody: string | undefined;
function readableCli(): string {
  if (cliForNobody) return cliForNobody;
  const dir = mkdtempSync(join(tmpdir(), 'speech-cli-'));
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dirname(CLI)))
    if (/\.(js|json)$/.test(name)) copyFileSync(join(dirname(CLI), name), join(dir, name));
  return (cliForNobody = join(dir, basename(CLI)));
}

function cli(args: string[], cwd: string, as?: 'nobody'): Run {
  const command = as === 'nobody' ? 'setpriv' : process.execPath;
  const prefix =
    as === 'nobody' ? ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', process.execPath] : [];
  const result = spawnSync(command, [...prefix, as === 'nobody' ? readableCli() : CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder everyone may enter and write, so the unprivileged runs can work in it. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'speech-reliable-'));
  chmodSync(dir, 0o777);
  return dir;
}

const BROKEN = '同志们:\n今天,开会.\n';
const FIXED = '同志们：\n今天，开会。\n';

function write(dir: string, name: string, text: string | Buffer, mode = 0o644): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
}

describe('CLI reliability: writes keep the file what it was', () => {
  it('--fix through a symbolic link fixes the target and keeps the link', () => {
    const dir = scratch();
    write(dir, 'target.txt', BROKEN);
    symlinkSync('target.txt', join(dir, 'link.txt'));
    assert.equal(cli(['lint', '--fix', 'link.txt'], dir).status, 0);
    assert.ok(lstatSync(join(dir, 'link.txt')).isSymbolicLink(), 'still a link');
    assert.equal(readFileSync(join(dir, 'target.txt'), 'utf8'), FIXED);
  });

  it('--fix keeps hard links one file', () => {
    const dir = scratch();
    write(dir, 'a.txt', BROKEN);
    linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    cli(['lint', '--fix', 'a.txt'], dir);
    assert.equal(readFileSync(join(dir, 'b.txt'), 'utf8'), FIXED);
    assert.equal(statSync(join(dir, 'a.txt')).ino, statSync(join(dir, 'b.txt')).ino);
    assert.equal(statSync(join(dir, 'a.txt')).nlink, 2);
  });

  it('export -o through a link writes the target and keeps the link', () => {
    const dir = scratch();
    write(dir, 'speech.txt', FIXED);
    write(dir, 'real.docx', 'old');
    symlinkSync('real.docx', join(dir, 'link.docx'));
    assert.equal(cli(['export', 'speech.txt', '-o', 'link.docx'], dir).status, 0);
    assert.ok(lstatSync(join(dir, 'link.docx')).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'real.docx')).subarray(0, 2).toString(), 'PK');
  });

  it('export refuses an output that is not a regular file, and never replaces a device', () => {
    const dir = scratch();
    write(dir, 'speech.txt', FIXED);
    const result = cli(['export', 'speech.txt', '-o', '/dev/null'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot write '\/dev\/null': not a regular file/);
    assert.ok(statSync('/dev/null').isCharacterDevice());
    mkdirSync(join(dir, 'folder.docx'));
    assert.match(cli(['export', 'speech.txt', '-o', 'folder.docx'], dir).stderr, /not a regular file/);
  });

  it('export refuses to overwrite its own input, by any path', () => {
    const dir = scratch();
    write(dir, 'same.txt', FIXED);
    symlinkSync('same.txt', join(dir, 'alias.txt'));
    for (const output of ['same.txt', './same.txt', join(dir, 'same.txt'), 'alias.txt']) {
      const result = cli(['export', 'same.txt', '-o', output], dir);
      assert.equal(result.status, 2, output);
      assert.match(result.stderr, /it is the input file itself/);
    }
    assert.equal(readFileSync(join(dir, 'same.txt'), 'utf8'), FIXED);
  });

  it('leaves no temporary file behind', () => {
    const dir = scratch();
    write(dir, 'a.txt', BROKEN);
    cli(['lint', '--fix', 'a.txt'], dir);
    cli(['export', 'a.txt', '-o', 'a.docx'], dir);
    assert.deepEqual(readdirSync(dir).sort(), ['a.docx', 'a.txt']);
  });

  it('reads and fixes UTF-16 with a BOM, writing it back as UTF-16', () => {
    const dir = scratch();
    const text = `\ufeff${BROKEN}`;
    write(dir, 'le.txt', Buffer.from(text, 'utf16le'));
    const result = cli(['lint', '--fix', 'le.txt'], dir);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(join(dir, 'le.txt')).toString('utf16le'), `\ufeff${FIXED}`);
  });
});

(AS_ROOT ? describe : describe.skip)(
  'CLI reliability: permissions, as root and as nobody (needs root to set up)',
  () => {
    it('a read-only file is refused even for root, and left as it was', () => {
      const dir = scratch();
      const file = write(dir, 'ro.txt', BROKEN, 0o444);
      const result = cli(['lint', '--fix', 'ro.txt'], dir);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /cannot write 'ro.txt': the file is read-only/);
      assert.equal(readFileSync(file, 'utf8'), BROKEN);
      assert.equal(statSync(file).mode & 0o777, 0o444);
    });

    it('a read-only file is refused for its owner too', () => {
      const dir = scratch();
      const file = write(dir, 'ro.txt', BROKEN, 0o444);
      chownSync(file, NOBODY, NOBODY);
      assert.equal(cli(['lint', '--fix', 'ro.txt'], dir, 'nobody').status, 2);
      assert.equal(readFileSync(file, 'utf8'), BROKEN);
    });

    it("mode and owner stay what they were when root fixes another user's file", () => {
      const dir = scratch();
      const file = write(dir, 'shared.txt', BROKEN, 0o664);
      chownSync(file, NOBODY, NOBODY);
      assert.equal(cli(['lint', '--fix', 'shared.txt'], dir).status, 0);
      const stats = statSync(file);
      assert.equal(stats.mode & 0o777, 0o664);
      assert.deepEqual([stats.uid, stats.gid], [NOBODY, NOBODY]);
      assert.equal(readFileSync(file, 'utf8'), FIXED);
    });

    it('a writable file in a read-only folder can be fixed (by an unprivileged user)', () => {
      const dir = scratch();
      const file = write(dir, 'open.txt', BROKEN, 0o666);
      chmodSync(dir, 0o555);
      try {
        const result = cli(['lint', '--fix', 'open.txt'], dir, 'nobody');
        assert.equal(result.status, 0, result.stderr);
        assert.equal(readFileSync(file, 'utf8'), FIXED);
      } finally {
        chmodSync(dir, 0o777);
      }
    });

    it('a file the user may not write is refused, unchanged, and the batch goes on', () => {
      const dir = scratch();
      const theirs = write(dir, 'theirs.txt', BROKEN, 0o644);
      const mine = write(dir, 'mine.txt', BROKEN, 0o666);
      const result = cli(['lint', '--fix', 'theirs.txt', 'mine.txt'], dir, 'nobody');
      assert.equal(result.status, 2);
      assert.match(result.stderr, /cannot write 'theirs.txt'/);
      assert.equal(readFileSync(theirs, 'utf8'), BROKEN);
      assert.equal(readFileSync(mine, 'utf8'), FIXED);
    });

    it('on a full disk the fix is reported and the original is left intact', () => {
      const dir = scratch();
      const mount = join(dir, 'tiny');
      mkdirSync(mount);
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', mount]);
      } catch (error) {
        // A container that may not mount cannot run this test: say so rather than pass.
        throw new Error(`mounting a small tmpfs failed, so ENOSPC cannot be tested here: ${(error as Error).message}`);
      }
      try {
        // 6,810 bytes fill the two 4 KiB pages of the disk; the fix makes each half-width comma 3 bytes: 10,210 bytes.
        const text = `同志们${',中'.repeat(1700)}\n`;
        const file = write(mount, 'full.txt', text);
        const result = cli(['lint', '--fix', 'full.txt'], mount);
        assert.equal(result.status, 2, result.stderr);
        assert.match(result.stderr, /no space left on the device; the file is unchanged/);
        assert.equal(readFileSync(file, 'utf8'), text);
      } finally {
        execFileSync('umount', [mount]);
      }
    });
  },
);

describe('CLI reliability: a batch never stops early', () => {
  it('lint --fix a.txt bad.txt c.txt: both good files fixed and reported, the bad one reported, exit 2', () => {
    const dir = scratch();
    write(dir, 'a.txt', BROKEN);
    write(dir, 'bad.txt', Buffer.from([0xcd, 0xac, 0xd6, 0xbe, 0xff, 0xfe, 0x3a]));
    write(dir, 'c.txt', '同志们：\n区**高度重视,\n');
    mkdirSync(join(dir, 'empty'));
    const result = cli(['lint', '--fix', 'a.txt', 'bad.txt', 'missing.txt', 'empty', 'c.txt'], dir);
    assert.equal(result.status, 2);
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), FIXED);
    assert.equal(readFileSync(join(dir, 'c.txt'), 'utf8'), '同志们：\n区**高度重视，\n');
    assert.match(result.stdout, /^c\.txt:2:2: error placeholder/m, 'the file after the bad ones is reported');
    const errors = result.stderr.trimEnd().split('\n');
    assert.deepEqual(errors.slice(0, 3), [
      "speech-draft: no speech file (.txt, .md, .speech, .docx) in or matching 'empty'",
      "speech-draft: cannot read 'bad.txt': neither UTF-8 nor GB18030 (GBK) text; name its encoding with --encoding",
      "speech-draft: cannot read 'missing.txt': no such file",
    ]);
    assert.match(
      errors[3],
      /^2 files checked: 1 problem \(1 error, 0 warnings, 0 info\); 4 fixed; 2 could not be read$/,
    );
  });

  it('--format json gives each bad file an "error" and the others their findings', () => {
    const dir = scratch();
    write(dir, 'bad.txt', Buffer.from([0xcd, 0xac, 0xff]));
    write(dir, 'good.txt', '同志们：\n区**。\n');
    const result = cli(['lint', '--format', 'json', 'bad.txt', 'good.txt'], dir);
    assert.equal(result.status, 2);
    const json = JSON.parse(result.stdout) as Array<{ file: string; error?: string; diagnostics: unknown[] }>;
    assert.deepEqual(
      json.map((entry) => [entry.file, entry.error ?? null, entry.diagnostics.length > 0]),
      [
        [
          'bad.txt',
          "cannot read 'bad.txt': neither UTF-8 nor GB18030 (GBK) text; name its encoding with --encoding",
          false,
        ],
        ['good.txt', null, true],
      ],
    );
  });

  it('exits 1 for error findings only when every file could be read', () => {
    const dir = scratch();
    write(dir, 'a.txt', '同志们：\n区**。\n');
    assert.equal(cli(['lint', 'a.txt'], dir).status, 1);
  });
});

describe('CLI reliability: one run is enough, a closed pipe is quiet, numbers are checked', () => {
  it('--fix reaches its fixed point in one run: 太好了!!!!!!!!!! leaves no fixable finding', () => {
    const dir = scratch();
    write(dir, 'bang.txt', '同志们：\n太好了!!!!!!!!!!\n谢谢大家！\n');
    assert.equal(cli(['lint', '--fix', 'bang.txt'], dir).status, 0);
    const after = JSON.parse(cli(['lint', '--format', 'json', 'bang.txt'], dir).stdout) as Array<{
      diagnostics: Array<{ fixable: boolean }>;
    }>;
    assert.deepEqual(
      after[0].diagnostics.filter((d) => d.fixable),
      [],
    );
    const again = readFileSync(join(dir, 'bang.txt'), 'utf8');
    cli(['lint', '--fix', 'bang.txt'], dir);
    assert.equal(readFileSync(join(dir, 'bang.txt'), 'utf8'), again, 'a second run changes nothing');
  });

  it('lint big.txt | head -1 prints one line and no EPIPE stack trace', () => {
    const dir = scratch();
    write(dir, 'big.txt', '今天,开会.\n'.repeat(20_000));
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" lint big.txt | head -1`], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(result.stdout.split('\n').filter(Boolean).length, 1);
    assert.doesNotMatch(result.stderr, /EPIPE|Error|at /);
  });

  for (const [rate, shown] of [
    ['1e-300', '1e-300'],
    ['-5', '-5'],
    ['0x10', '0x10'],
    ['0', '0'],
    ['601', '601'],
    ['Infinity', 'Infinity'],
  ]) {
    it(`--rate ${rate} is refused with the range`, () => {
      const result = cli(['stats', '--rate', rate, 'x.txt'], scratch());
      assert.equal(result.status, 2);
      assert.equal(
        result.stderr,
        `speech-draft: --rate must be a number of characters a minute from 60 to 600, not '${shown}'\n`,
      );
    });
  }

  it('maxSentenceLength in .speechdraftrc.json must be a whole number from 20 to 1000', () => {
    const dir = scratch();
    write(dir, '.speechdraftrc.json', '{"maxSentenceLength": 1e-300}');
    write(dir, 'a.txt', '正文。\n');
    const result = cli(['lint', 'a.txt'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /maxSentenceLength must be a whole number from 20 to 1000/);
  });
});

describe('export: XML-safe', () => {
  it('xmlSafe drops what XML 1.0 forbids and keeps every other character, pairs included', () => {
    assert.equal(xmlSafe('甲\ufffe乙\uffff丙\u0001丁\ud800戊\udc00己\t\n𠀀'), '甲乙丙丁戊己\t\n𠀀');
  });

  it('text and --title holding U+FFFE, U+FFFF and controls give well-formed parts', () => {
    const dir = scratch();
    write(dir, 'odd.txt', '同志们：\n一、甲\ufffe乙\uffff丙\u0001丁戊\n');
    const result = cli(
      ['export', '--allow-placeholders', '--title', '标\ufffe题\u000b', 'odd.txt', '-o', 'odd.docx'],
      dir,
    );
    assert.equal(result.status, 0, result.stderr);
    const files = unzipSync(readFileSync(join(dir, 'odd.docx')));
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      const xml = strFromU8(bytes);
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are what is looked for
      assert.doesNotMatch(xml, /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])/, name);
    }
    assert.match(strFromU8(files['word/document.xml']), /甲乙丙丁戊/);
  });
});
