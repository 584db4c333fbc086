/**
 * Every unit test runs with team terms' regular expressions on RE2, as every host provides them; and every folder a
 * test makes with `mkdtempSync(join(tmpdir(), …))` is made inside one folder of this run, removed when the run ends,
 * so a machine that runs the tests all day does not fill its /tmp.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provideLinearRegex } from '../../src/core';
import { re2Compiler } from '../../src/core/engine/re2';

provideLinearRegex(() => re2Compiler);

const runFolder = mkdtempSync(join(tmpdir(), 'speech-draft-unit-'));
// The tests that run the CLI as nobody reach their folders through this one.
chmodSync(runFolder, 0o755);
// os.tmpdir() reads TMPDIR at every call.
process.env.TMPDIR = runFolder;

export const mochaHooks = {
  afterAll(): void {
    rmSync(runFolder, { recursive: true, force: true });
  },
};
