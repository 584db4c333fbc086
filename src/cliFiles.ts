/**
 * Reading and writing the CLI's files so that a file stays what it was: a link stays a link (its target is
 * written), hard links stay one file, mode and owner are kept, a read-only file is refused even for root, a
 * device or a directory is never replaced, and a failed write leaves the old content in place.
 */

import { closeSync, constants, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as iconv from 'iconv-lite';
import * as say from './cliMessages';
import type { Text } from './cliMessages';

/** A file the CLI could not read or write: one line for the person, and the file goes on the failed list. */
export class FileError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The names --encoding takes, and the encoding each reads: GBK and GB2312 files are read as GB18030, their superset. */
export const ENCODING_NAMES: Readonly<Record<string, Encoding>> = { 'utf-8': 'utf-8', utf8: 'utf-8', gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030' };

/** A text file as read: its text without the BOM, and how to write it back the same way. */
export interface TextFile {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** The bytes as read, to restore if a write fails half way. */
  bytes: Uint8Array;
}

/**
 * Reads a text file: in `forced` encoding when given; else UTF-16 by its BOM, else UTF-8, else GB18030 (which reads
 * GBK and GB2312, as Windows tools saved Chinese text) when the bytes are not UTF-8 but decode cleanly as it.
 */
export function readTextFile(file: string, forced?: Encoding): TextFile {
  const bytes = readBytes(file);
  if (forced) return decoded(bytes, forced) ?? refuse(file, forced);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes, 'utf-16le') ?? refuse(file, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes, 'utf-16be') ?? refuse(file, 'utf-16be');
  return decoded(bytes, 'utf-8') ?? decoded(bytes, 'gb18030') ?? refuse(file, undefined);
}

function decoded(bytes: Uint8Array, encoding: Encoding): TextFile | undefined {
  let text: string;
  try {
    // ignoreBOM keeps the BOM in the text, so it can be written back.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // A NUL is no character of a speech: a binary file that happens to decode.
  if (encoding === 'gb18030' && text.includes('\0')) return undefined;
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, encoding, bom, bytes };
}

function refuse(file: string, encoding: Encoding | undefined): never {
  if (encoding === undefined) throw new FileError(say.cannotRead(file, say.NOT_TEXT));
  if (encoding === 'utf-8') throw new FileError(say.cannotRead(file, say.NOT_UTF8));
  const name = encoding.toUpperCase();
  throw new FileError(say.cannotRead(file, { en: `not valid ${name} text`, 'zh-cn': `不是有效的 ${name} 文本` }));
}

/** The text in the file's own encoding, BOM and all. */
export function encodeLike(file: TextFile, text: string): Uint8Array {
  const full = file.bom ? `\ufeff${text}` : text;
  if (file.encoding === 'utf-8') return new TextEncoder().encode(full);
  if (file.encoding === 'gb18030') return iconv.encode(full, 'gb18030');
  const bytes = new Uint8Array(full.length * 2);
  for (let i = 0; i < full.length; i++) {
    const code = full.charCodeAt(i);
    const [first, second] = file.encoding === 'utf-16le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bytes;
}

export function readBytes(file: string): Uint8Array {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw new FileError(say.cannotRead(file, codeOf(error) === 'ENOENT' ? say.NO_SUCH_FILE : say.systemError(codeOf(error))));
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
const NO_SPACE: Text = { en: 'no space left on the device; the file is unchanged', 'zh-cn': '磁盘空间不足，文件未改动' };

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
 * Replaces the content of `file`, writing in place into the file itself (through links) so that its inode, hard
 * links, mode, owner and ACLs are what they were. The file's write permission is respected even for root. If the
 * write fails (a full disk), the old bytes are written back and the error is reported. A new file is created with
 * the default mode and removed again if it cannot be written whole.
 */
export function writeFileKeepingIt(file: string, data: Uint8Array): void {
  const target = resolveTarget(file);
  let existing: Stats | undefined;
  try {
    existing = statSync(target);
  } catch {
    existing = undefined;
  }
  if (existing) {
    if (!existing.isFile()) throw new FileError(say.cannotWrite(file, NOT_REGULAR));
    if (!writableByMode(existing)) throw new FileError(say.cannotWrite(file, READ_ONLY));
  }
  let fd: number;
  try {
    fd = openSync(target, existing ? constants.O_RDWR : constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  } catch (error) {
    throw new FileError(say.cannotWrite(file, codeOf(error) === 'EACCES' || codeOf(error) === 'EPERM' ? READ_ONLY : say.systemError(codeOf(error))));
  }
  try {
    if (!fstatSync(fd).isFile()) throw new FileError(say.cannotWrite(file, NOT_REGULAR));
    const previous = existing ? readFileSync(fd) : undefined;
    try {
      writeWhole(fd, data);
    } catch (error) {
      if (previous) restore(fd, previous);
      else unlinkQuietly(target);
      throw new FileError(say.cannotWrite(file, codeOf(error) === 'ENOSPC' ? NO_SPACE : say.systemError(codeOf(error))));
    }
  } finally {
    closeSync(fd);
  }
}

function writeWhole(fd: number, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written, data.length - written, written);
  ftruncateSync(fd, data.length);
  fsyncSync(fd);
}

function restore(fd: number, previous: Uint8Array): void {
  try {
    writeWhole(fd, previous);
  } catch {
    // Nothing more can be done: the error that led here is reported.
  }
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
