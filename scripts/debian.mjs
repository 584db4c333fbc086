// Debian packages the data scripts build from, fetched with a temporary apt configuration (the machine's own sources
// are left alone: -o Dir::Etc::SourceParts=… -o Dir::State::Lists=…) and checked against the SHA-256 their script
// records. Used by lm-data.mjs (libime, unicode-data) and reading-data.mjs (unicode-data).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's binary package of the Unicode Character Database, for the Unihan files (Unicode licence). */
export const UNICODE_DATA = { name: 'unicode-data', version: '15.0.0-1' };
const UNICODE_DATA_SHA256 = '5efef23bbb1c6a133ecbdd63a2cfa07159ccacf5466a49e2426101c5ecd691fc';

/** apt-get's options for a temporary configuration under `work` with the main archive (binary and source), updated. */
export function temporaryApt(work) {
  const sources = join(work, 'sources');
  const lists = join(work, 'lists');
  mkdirSync(sources, { recursive: true });
  mkdirSync(join(lists, 'partial'), { recursive: true });
  const codename = /VERSION_CODENAME=(\w+)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'bookworm';
  writeFileSync(
    join(sources, 'debian.sources'),
    `Types: deb deb-src\nURIs: http://deb.debian.org/debian\nSuites: ${codename}\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`,
  );
  const apt = [
    '-o',
    `Dir::Etc::SourceParts=${sources}`,
    '-o',
    'Dir::Etc::SourceList=/dev/null',
    '-o',
    `Dir::State::Lists=${lists}`,
  ];
  execFileSync('apt-get', [...apt, 'update'], { stdio: 'inherit' });
  return apt;
}

/** Throws unless the file's SHA-256 is `expected`. */
export function checkSha256(path, expected) {
  const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (sha !== expected) throw new Error(`${path} has SHA-256 ${sha}, not the recorded ${expected}`);
}

/**
 * Downloads unicode-data into `work` (with `apt` from temporaryApt), checks it, and writes each named Unihan file there,
 * decompressed. Returns the package's copyright file (its licence) as text.
 */
export function fetchUnihan(work, apt, files) {
  const { name, version } = UNICODE_DATA;
  execFileSync('apt-get', [...apt, 'download', `${name}=${version}`], { cwd: work, stdio: 'inherit' });
  const deb = join(work, `${name}_${version}_all.deb`);
  checkSha256(deb, UNICODE_DATA_SHA256);
  const root = join(work, name);
  execFileSync('dpkg-deb', ['-x', deb, root]);
  for (const file of files)
    writeFileSync(
      join(work, file),
      execFileSync('bzip2', ['-dc', join(root, 'usr/share/unicode', `${file}.bz2`)], { maxBuffer: 1 << 28 }),
    );
  return readFileSync(join(root, 'usr/share/doc', name, 'copyright'), 'utf8');
}

/** One field of a Unihan file: each character's value, as `parse` reads it (comment lines skipped). */
export function readUnihanField(path, name, parse) {
  const values = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [code, key, value] = line.split('\t');
    if (key === name && code.startsWith('U+')) values.set(fromUnihanCode(code), parse(value));
  }
  return values;
}

/** The character of a Unihan code point, U+5B8C. */
export function fromUnihanCode(code) {
  return String.fromCodePoint(parseInt(code.slice(2), 16));
}
