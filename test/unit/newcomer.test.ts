/** What a newcomer meets first: `npm install` without warnings, and `npm start`'s sample copy. */

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './helpers';

type ScratchCopy = (samples: string, folder: string, keep: boolean) => string;

describe('a newcomer', () => {
  it('npm install runs into no install script left unreviewed (npm ≥ 11 warns of each)', function () {
    const listed = spawnSync('npm', ['install-scripts', 'ls'], { cwd: REPO, encoding: 'utf8' });
    if (listed.status !== 0 && /Unknown command|not a valid command|EUSAGE/i.test(listed.stdout + listed.stderr)) {
      console.log('    (skipped: this npm has no install-scripts command, and so no allowScripts to warn about)');
      this.skip();
    }
    assert.match(listed.stdout, /No packages with unreviewed install scripts/, listed.stdout + listed.stderr);
  });

  it("npm start's sample copy is fresh on every run, and keeps the writer's edits with --keep", async () => {
    const { scratchCopy } = (await import(pathToFileURL(join(REPO, 'scripts/scratch-copy.mjs')).href)) as {
      scratchCopy: ScratchCopy;
    };
    const folder = mkdtempSync(join(tmpdir(), 'speech-draft-try-'));
    try {
      const sample = join(folder, '开班式讲话.txt');
      const original = readFileSync(join(REPO, 'samples/开班式讲话.txt'), 'utf8');
      scratchCopy(join(REPO, 'samples'), folder, false);
      assert.equal(readFileSync(sample, 'utf8'), original);
      writeFileSync(sample, 'edited');
      writeFileSync(join(folder, 'mine.txt'), 'mine');
      scratchCopy(join(REPO, 'samples'), folder, true);
      assert.equal(readFileSync(sample, 'utf8'), 'edited', '--keep keeps the edit');
      scratchCopy(join(REPO, 'samples'), folder, false);
      assert.equal(readFileSync(sample, 'utf8'), original, 'the next run starts afresh');
      assert.equal(readFileSync(join(folder, 'mine.txt'), 'utf8'), 'mine', "the folder's own files stay");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
