/**
 * What `lint` checks, from what it is given: a file as it is; a folder, every speech file under it; a glob
 * ("drafts/**\/*.txt"), every speech file it matches. `.git` and `node_modules` are left out, and so is whatever a
 * `.speechdraftignore` (.gitignore syntax) in the current folder or a folder walked says.
 */

import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

const IGNORE_FILE_NAME = '.speechdraftignore';
/** The files a folder or a glob brings in: the kinds the extension reads. */
const SPEECH_EXTENSIONS = ['.txt', '.md', '.speech', '.docx'];
const ALWAYS_LEFT_OUT = new Set(['.git', 'node_modules']);
const GLOB_CHARACTERS = /[*?[\]{}]/;

/** One input and what it stands for. */
interface Expanded {
  input: string;
  files: string[];
  /** A folder or a glob: naming no file is then no error of the input's, but worth saying. */
  many: boolean;
}

export function expandInputs(inputs: readonly string[], cwd = process.cwd()): Expanded[] {
  const rootIgnore = ignoreFileIn(cwd);
  return inputs.map((input) => {
    if (isDirectory(input)) return { input, files: walk(input, cwd, rootIgnore), many: true };
    if (!existsSync(input) && GLOB_CHARACTERS.test(input))
      return { input, files: globbed(input, cwd, rootIgnore), many: true };
    return { input, files: [input], many: false };
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The rules of `.speechdraftignore` in `directory`, relative to it; undefined without one. */
function ignoreFileIn(directory: string): Ignore | undefined {
  const file = join(directory, IGNORE_FILE_NAME);
  if (!existsSync(file)) return undefined;
  return ignore().add(readFileSync(file, 'utf8'));
}

interface Rules {
  base: string;
  rules: Ignore;
}

/** The speech files under `root`, in a stable order (names sorted in each folder), less what is left out. */
function walk(
  root: string,
  cwd: string,
  rootIgnore: Ignore | undefined,
  accept: (path: string) => boolean = () => true,
): string[] {
  const files: string[] = [];
  const inherited: Rules[] = rootIgnore ? [{ base: resolve(cwd), rules: rootIgnore }] : [];
  const visit = (directory: string, rules: Rules[]): void => {
    const own = ignoreFileIn(directory);
    const active = own ? [...rules, { base: resolve(directory), rules: own }] : rules;
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(path));
      if (isFolder && ALWAYS_LEFT_OUT.has(entry.name)) continue;
      if (leftOut(path, isFolder, active)) continue;
      if (isFolder) visit(path, active);
      else if (SPEECH_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension)) && accept(path))
        files.push(path);
    }
  };
  visit(root, inherited);
  return files;
}

function leftOut(path: string, isFolder: boolean, rules: readonly Rules[]): boolean {
  for (const { base, rules: ignored } of rules) {
    const inside = relative(base, resolve(path));
    if (inside === '' || inside.startsWith('..')) continue;
    const posix = inside.split(sep).join('/');
    if (ignored.ignores(isFolder ? `${posix}/` : posix)) return true;
  }
  return false;
}

/** The speech files a glob matches: walked from its last folder without glob characters. */
function globbed(pattern: string, cwd: string, rootIgnore: Ignore | undefined): string[] {
  const parts = pattern.split(/[\\/]/);
  const fixed = parts.findIndex((part) => GLOB_CHARACTERS.test(part));
  const base = parts.slice(0, fixed).join('/') || '.';
  const matcher = globToRegExp(parts.slice(fixed).join('/'));
  if (!isDirectory(base)) return [];
  return walk(base, cwd, rootIgnore, (path) =>
    matcher.test(relative(resolve(base), resolve(path)).split(sep).join('/')),
  );
}

/**
 * A glob as a regular expression over a path with / between parts: `**` spans folders (and `**` followed by / may be
 * none), `*` and `?` stay within one part, `[abc]` is a class, `{a,b}` either.
 */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) source += '\\[';
      else {
        const inside = glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${inside}]`;
        i = close;
      }
    } else if (char === '{') {
      const close = glob.indexOf('}', i + 1);
      if (close < 0) source += '\\{';
      else {
        const options = glob
          .slice(i + 1, close)
          .split(',')
          .map((option) => globToRegExp(option).source.slice(1, -1));
        source += `(?:${options.join('|')})`;
        i = close;
      }
    } else source += char.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
