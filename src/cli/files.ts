/**
 * Reading and writing the CLI's files so that a file stays what it was: a link stays a link (its target is
 * written), hard links stay one file, mode and owner are kept, a read-only file is refused even for root, a
 * device or a directory is never replaced, a write is whole or not at all, and a failed write leaves the old
 * content in place.
 */

import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { decodeText, type Encoding, type TextFile } from './encoding';
import * as say from './messages';
import type { Text } from './messages';

/** A file the CLI could not read or write: one line for the person, and the file goes on the failed list. */
export class FileError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

export type { Encoding, TextFile } from './encoding';

/** The names --encoding takes, and the encoding each reads: GBK and GB2312 files are read as GB18030, their superset. */
export const ENCODING_NAMES: Readonly<Record<string, Encoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
};

/**
 * Reads a text file: in `forced` encoding when given; else UTF-16 by its BOM, else UTF-8 (strictly: a file that is
 * UTF-8 but for a cut last character is UTF-8, damaged at its end), else GB18030 (which reads GBK and GB2312, as
 * Windows tools saved Chinese text) when the bytes are not UTF-8 but decode cleanly as it.
 */
export function readTextFile(file: string, forced?: Encoding): TextFile {
  const bytes = readBytes(file);
  if (forced) return decodeText(bytes, forced) ?? refuse(file, forced);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeText(bytes, 'utf-16le') ?? refuse(file, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeText(bytes, 'utf-16be') ?? refuse(file, 'utf-16be');
  return decodeText(bytes, 'utf-8') ?? decodeText(bytes, 'gb18030') ?? refuse(file, undefined);
}

function refuse(file: string, encoding: Encoding | undefined): never {
  if (encoding === undefined) throw new FileError(say.cannotRead(file, say.NOT_TEXT));
  if (encoding === 'utf-8') throw new FileError(say.cannotRead(file, say.NOT_UTF8));
  const name = encoding.toUpperCase();
  throw new FileError(say.cannotRead(file, { en: `not valid ${name} text`, 'zh-cn': `不是有效的 ${name} 文本` }));
}

export function readBytes(file: string): Uint8Array {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw new FileError(
      say.cannotRead(file, codeOf(error) === 'ENOENT' ? say.NO_SUCH_FILE : say.systemError(codeOf(error))),
    );
  }
  if (stats.isDirectory()) throw new FileError(say.cannotRead(file, say.IS_DIRECTORY));
  if (!stats.isFile()) throw new FileError(say.cannotRead(file, NOT_REGULAR));
  try {
    return readFileSync(file);
  } catch (error) {
    throw new FileError(say.cannotRead(file, say.systemError(codeOf(error))));
  }
}

const NOT_REGULAR: Text = { en: 'not a regular file', 'zh-cn': '不是普通文件' };
const READ_ONLY: Text = { en: 'the file is read-only', 'zh-cn': '文件是只读的' };
const SAME_AS_INPUT: Text = { en: 'it is the input file itself', 'zh-cn': '它就是输入文件本身' };
const NO_SPACE: Text = {
  en: 'no space left on the device; the file is unchanged',
  'zh-cn': '磁盘空间不足，文件未改动',
};

/** Where writing `file` really writes: the end of its chain of symbolic links (or the path itself, for a new file). */
function resolveTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    // A new file (or a dangling link): its folder must exist; the name is kept.
    try {
      return join(realpathSync(dirname(file)), basename(file));
    } catch {
      return file;
    }
  }
}

/** Refuses an output that is the input itself (same file, whatever the path). */
export function refuseSameFile(output: string, input: string): void {
  let out: Stats;
  let inp: Stats;
  try {
    out = statSync(output);
    inp = statSync(input);
  } catch {
    return;
  }
  if (out.dev === inp.dev && out.ino === inp.ino) throw new FileError(say.cannotWrite(output, SAME_AS_INPUT));
}

/**
 * Replaces the content of `file` so that a kill at any instant leaves either the whole old content or the whole new
 * one. The new bytes go to a temporary file beside the target (through links: the link stays), with the target's
 * mode and owner, and are renamed over it. Where that cannot keep the file what it was (hard links, a folder the
 * user may not write, an owner the user cannot give), the file is written in place, and a copy of the old bytes
 * (`<file>.speech-draft-backup`, or in the temporary folder) is kept until the write has reached the disk. With
 * `expected`, the bytes read before the fix, a file that changed on disk since is not overwritten. A new file is
 * created whole or not at all. The file's write permission is respected even for root.
 */
export function writeFileKeepingIt(file: string, data: Uint8Array, expected?: Uint8Array): void {
  const target = resolveTarget(file);
  let existing: Stats | undefined;
  try {
    existing = statSync(target);
  } catch {
    existing = undefined;
  }
  if (!existing) return createWhole(file, target, data);
  if (!existing.isFile()) throw new FileError(say.cannotWrite(file, NOT_REGULAR));
  if (!writableByMode(existing) || !accessible(target)) throw new FileError(say.cannotWrite(file, READ_ONLY));
  const unchanged = (): void => {
    if (expected && !sameBytes(target, expected)) throw new FileError(say.cannotWrite(file, CHANGED_ON_DISK));
  };
  unchanged();
  if (existing.nlink === 1 && replaceByRename(file, target, existing, data, unchanged)) return;
  writeInPlace(file, target, data, unchanged);
}

const CHANGED_ON_DISK: Text = {
  en: 'it changed on disk after it was read; it was not overwritten (run again)',
  'zh-cn': '读取之后文件在磁盘上又被改动过，未覆盖（请重新运行）',
};

function accessible(target: string): boolean {
  if (process.getuid?.() === 0) return true;
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function sameBytes(target: string, expected: Uint8Array): boolean {
  let now: Uint8Array;
  try {
    now = readFileSync(target);
  } catch {
    return false;
  }
  return Buffer.compare(now, expected) === 0;
}

/** A new file: written under a temporary name and renamed, so it never exists half written. */
function createWhole(file: string, target: string, data: Uint8Array): void {
  const temporary = temporaryBeside(target);
  let fd: number;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  } catch (error) {
    throw new FileError(say.cannotWrite(file, writeProblem(error)));
  }
  try {
    writeAll(fd, data);
    closeSync(fd);
    renameSync(temporary, target);
  } catch (error) {
    closeQuietly(fd);
    unlinkQuietly(temporary);
    throw new FileError(say.cannotWrite(file, writeProblem(error)));
  }
  syncFolder(dirname(target));
}

/**
 * Writes a temporary file with the target's mode and owner and renames it over the target. False (nothing changed)
 * when that cannot keep the file what it was: the folder is not writable, the owner cannot be given, or the rename is
 * refused (a sticky folder).
 */
function replaceByRename(
  file: string,
  target: string,
  existing: Stats,
  data: Uint8Array,
  unchanged: () => void,
): boolean {
  const temporary = temporaryBeside(target);
  let fd: number;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch {
    return false;
  }
  try {
    fchownSync(fd, existing.uid, existing.gid);
    fchmodSync(fd, existing.mode & 0o7777);
  } catch {
    closeQuietly(fd);
    unlinkQuietly(temporary);
    return false;
  }
  try {
    writeAll(fd, data);
    closeSync(fd);
  } catch (error) {
    closeQuietly(fd);
    unlinkQuietly(temporary);
    throw new FileError(say.cannotWrite(file, writeProblem(error)));
  }
  try {
    unchanged();
    renameSync(temporary, target);
  } catch (error) {
    unlinkQuietly(temporary);
    if (error instanceof FileError) throw error;
    return false;
  }
  syncFolder(dirname(target));
  return true;
}

/** In place, with a copy of the old bytes kept until the new ones are on the disk; a failed write puts them back. */
function writeInPlace(file: string, target: string, data: Uint8Array, unchanged: () => void): void {
  let fd: number;
  try {
    fd = openSync(target, constants.O_RDWR);
  } catch (error) {
    throw new FileError(say.cannotWrite(file, writeProblem(error)));
  }
  try {
    if (!fstatSync(fd).isFile()) throw new FileError(say.cannotWrite(file, NOT_REGULAR));
    const previous = readFileSync(fd);
    const backup = keepBackup(target, previous);
    unchanged();
    try {
      writeWhole(fd, data);
    } catch (error) {
      restore(fd, previous);
      throw new FileError(say.cannotWrite(file, writeProblem(error)));
    } finally {
      if (backup) unlinkQuietly(backup);
    }
  } finally {
    closeQuietly(fd);
  }
}

/** The old bytes, saved and synced beside the target (or in the temporary folder): its path, or undefined if none could be made. */
function keepBackup(target: string, previous: Uint8Array): string | undefined {
  for (const path of [
    `${target}.speech-draft-backup`,
    join(tmpdir(), `${basename(target)}.${process.pid}.speech-draft-backup`),
  ]) {
    let fd: number;
    try {
      fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    } catch {
      continue;
    }
    try {
      writeAll(fd, previous);
      closeSync(fd);
      return path;
    } catch {
      closeQuietly(fd);
      unlinkQuietly(path);
    }
  }
  return undefined;
}

function temporaryBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.speech-draft-tmp`);
}

function writeAll(fd: number, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written, data.length - written, written);
  fsyncSync(fd);
}

function writeWhole(fd: number, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written, data.length - written, written);
  ftruncateSync(fd, data.length);
  fsyncSync(fd);
}

function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot sync a folder; the rename is done all the same.
  }
}

function restore(fd: number, previous: Uint8Array): void {
  try {
    writeWhole(fd, previous);
  } catch {
    // Nothing more can be done: the error that led here is reported, and the backup was kept until now.
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

/** Why a write failed, in words: a full disk, a file too large, no permission, a read-only file system... */
function writeProblem(error: unknown): Text {
  const code = codeOf(error);
  if (code === 'EACCES' || code === 'EPERM') return READ_ONLY;
  if (code === 'ENOSPC') return NO_SPACE;
  return say.systemError(code);
}

/** The file's own permission bits allow writing: root bypasses them in the kernel, so they are checked here. */
function writableByMode(stats: Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return true;
  if (uid === 0) return (stats.mode & 0o222) !== 0;
  if (stats.uid === uid) return (stats.mode & 0o200) !== 0;
  // Group and others: the kernel decides at open().
  return true;
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
