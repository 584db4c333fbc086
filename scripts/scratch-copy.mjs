// The copy of samples/ that `npm start` opens (.cache/try/), so trying the extension never edits the repository.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Copies every file of `samples` into `folder`, afresh: each run shows the same defects. With `keep`, a file already
 * there (perhaps edited) stays as it is. Files of the folder's own are never touched.
 */
export function scratchCopy(samples, folder, keep) {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(samples)) {
    if (!keep || !existsSync(join(folder, name))) copyFileSync(join(samples, name), join(folder, name));
  }
  return folder;
}
