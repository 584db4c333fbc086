/** `lint` on folders and globs, with .speechdraftignore; what the CLI silences; placeholder fills as fixes. */

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { REPO } from './helpers';

const CLI = resolve(REPO, 'dist/cli.js');
const BAD = '同志们:好。\n';

function cli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder holding `files` (path → text), and a .speechdraftrc.json that turns the structure rule off. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'speech-draft-folders-'));
  const all = { '.speechdraftrc.json': '{ "rules": { "structure": "off" } }', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function checkedFiles(stdout: string): string[] {
  return [
    ...new Set(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(':')[0]),
    ),
  ];
}

describe('CLI lint of folders and globs', () => {
  const tree = {
    'a.txt': BAD,
    'drafts/b.md': BAD,
    'drafts/old/c.speech': BAD,
    'drafts/notes.log': BAD,
    'node_modules/pkg/d.txt': BAD,
    '.git/e.txt': BAD,
  };

  it('a folder stands for its speech files, without .git and node_modules, in a stable order', () => {
    const root = folder(tree);
    const { status, stdout, stderr } = cli(['lint', '.'], root);
    assert.equal(status, 0);
    assert.deepEqual(checkedFiles(stdout), ['a.txt', 'drafts/b.md', 'drafts/old/c.speech']);
    assert.match(stderr, /^3 files checked: 3 problems/m);
  });

  it('a glob, quoted, stands for the speech files it matches', () => {
    const root = folder(tree);
    assert.deepEqual(checkedFiles(cli(['lint', 'drafts/**/*.speech'], root).stdout), ['drafts/old/c.speech']);
    assert.deepEqual(checkedFiles(cli(['lint', 'drafts/*'], root).stdout), ['drafts/b.md']);
    assert.deepEqual(checkedFiles(cli(['lint', '*.txt'], root).stdout), ['a.txt']);
  });

  it('.speechdraftignore leaves out what it names, in .gitignore syntax, from the folder it is in', () => {
    const root = folder({
      ...tree,
      '.speechdraftignore': '# old drafts\nold/\n!keep.txt\n',
      'drafts/.speechdraftignore': 'b.md\n',
    });
    assert.deepEqual(checkedFiles(cli(['lint', '.'], root).stdout), ['a.txt']);
  });

  it('a folder or glob without a speech file is said, and exits 2', () => {
    const root = folder(tree);
    const { status, stderr } = cli(['lint', 'nowhere/*.txt'], root);
    assert.equal(status, 2);
    assert.match(stderr, /no speech file .* 'nowhere\/\*\.txt'/);
    assert.match(stderr, /^no file checked$/m);
  });

  it('--fix fixes every file of the folder, each on its own', () => {
    const root = folder(tree);
    const { status, stderr } = cli(['lint', '--fix', 'drafts'], root);
    assert.equal(status, 0);
    assert.match(stderr, /2 files checked: no problems; 2 fixed/);
    assert.equal(readFileSync(join(root, 'drafts/b.md'), 'utf8'), '同志们：好。\n');
    assert.equal(readFileSync(join(root, 'a.txt'), 'utf8'), BAD, 'outside the folder');
    assert.equal(readFileSync(join(root, 'drafts/notes.log'), 'utf8'), BAD, 'no speech file');
  });
});

describe('CLI: what a writer silenced', () => {
  const rc = (ignore: object[]): string => JSON.stringify({ rules: { structure: 'off' }, ignore });

  it('an ignore entry holds in the file it names, and --include-ignored lists it in JSON', () => {
    const root = folder({
      '.speechdraftrc.json': rc([{ rule: 'halfwidth-punctuation', text: ':', file: 'drafts/a.txt' }]),
      'drafts/a.txt': BAD,
      'drafts/b.txt': BAD,
    });
    assert.deepEqual(checkedFiles(cli(['lint', 'drafts'], root).stdout), ['drafts/b.txt']);
    const json = JSON.parse(
      cli(['lint', '--format', 'json', '--include-ignored', 'drafts/a.txt'], root).stdout,
    ) as Array<{
      diagnostics: Array<{ rule: string; ignored?: boolean }>;
    }>;
    assert.deepEqual(
      json[0].diagnostics.map(({ rule, ignored }) => [rule, ignored]),
      [['halfwidth-punctuation', true]],
    );
    const plain = JSON.parse(cli(['lint', '--format', 'json', 'drafts/a.txt'], root).stdout) as typeof json;
    assert.deepEqual(plain[0].diagnostics, []);
  });

  it('the nearest .speechdraftrc.json above the file is the one read', () => {
    const root = folder({
      '.speechdraftrc.json': rc([]),
      'drafts/.speechdraftrc.json': rc([{ rule: 'halfwidth-punctuation', text: ':' }]),
      'drafts/a.txt': BAD,
      'b.txt': BAD,
    });
    assert.deepEqual(checkedFiles(cli(['lint', '.'], root).stdout), ['b.txt']);
  });

  it('a disable comment and front matter settings are honoured; a broken one is an error of the file', () => {
    const root = folder({
      'a.md': `<!-- speech-draft-disable-next-line halfwidth-punctuation -->\n${BAD}`,
      'b.md': `---\nspeechDraft: { "rules": { "halfwidth-punctuation": "off" } }\n---\n${BAD}`,
      'c.md': `---\nspeechDraft: { "rules": { "halfwidth-punctuation": "of" } }\n---\n${BAD}`,
    });
    const { status, stdout } = cli(['lint', '.'], root);
    assert.equal(status, 1);
    assert.deepEqual(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ').slice(0, 3).join(' ')),
      ['c.md:2:1: error settings', 'c.md:4:4: warning halfwidth-punctuation'],
    );
  });

  it('JSON gives a placeholder the fill its configured value makes, as a fix', () => {
    const root = folder({
      '.speechdraftrc.json': JSON.stringify({ rules: { structure: 'off' }, placeholderValues: { XX: '张三' } }),
      'a.txt': 'XX同志讲话。\n',
    });
    const [result] = JSON.parse(cli(['lint', '--format', 'json', 'a.txt'], root).stdout) as Array<{
      diagnostics: Array<{ fixes: Array<{ edits: Array<{ newText: string }> }> }>;
    }>;
    assert.deepEqual(
      result.diagnostics[0].fixes.map((fix) => fix.edits[0].newText),
      ['张三'],
    );
  });
});
