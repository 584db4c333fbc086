/**
 * Unpacking a .docx without trusting it: the central directory is read by hand, each wanted entry is inflated in
 * small slices, and what comes out is counted as it comes, so a zip bomb stops at the cap whatever sizes it
 * declares, and an entry whose real size is not its declared one is damaged. Pure: runs in Node and the browser.
 */

import { Inflate } from 'fflate';

type ZipProblem = 'corrupt' | 'bomb';

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem);
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** Compressed input given to the inflater at a time: at most about a thousand times this comes out per slice. */
const SLICE = 16 * 1024;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The entries of the zip in `bytes` whose names `wanted` accepts, unpacked; throws a ZipError('bomb') as soon as
 * they come to more than `maxTotal` bytes, and ZipError('corrupt') for anything that is not a sound zip.
 */
export function unzipBounded(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  maxTotal: number,
): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  for (const entry of directory(bytes)) {
    if (!wanted(entry.name)) continue;
    const data = entryData(bytes, entry);
    const budget = maxTotal - total;
    const content =
      entry.method === 0 ? stored(data, budget) : entry.method === 8 ? inflated(data, budget) : fail('corrupt');
    if (content.length !== entry.size) fail('corrupt');
    total += content.length;
    files[entry.name] = content;
  }
  return files;
}

function fail(problem: ZipProblem): never {
  throw new ZipError(problem);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The central directory's entries, found from the end-of-directory record (its comment may follow it). */
function directory(bytes: Uint8Array): Entry[] {
  const data = view(bytes);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (data.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) fail('corrupt');
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== DIRECTORY_ENTRY) fail('corrupt');
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) fail('corrupt');
    entries.push({
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localHeader: data.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_HEADER) fail('corrupt');
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (entry.compressedSize === 0xffffffff || start + entry.compressedSize > bytes.length) fail('corrupt');
  return bytes.subarray(start, start + entry.compressedSize);
}

function stored(data: Uint8Array, budget: number): Uint8Array {
  if (data.length > budget) fail('bomb');
  return data.slice();
}

function inflated(data: Uint8Array, budget: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > budget) fail('bomb');
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length && !ended; at += SLICE)
      inflater.push(data.subarray(at, Math.min(data.length, at + SLICE)), at + SLICE >= data.length);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    fail('corrupt');
  }
  if (!ended) fail('corrupt');
  const result = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}
