// npm run data:typo — rebuilds the typo rule's shipped data from Debian's source package of libime (fcitx5's
// input-method engine, LGPL-2.1-or-later): data/zh-lm.bin, the word trigram model of Simplified Chinese the rule decides
// with (data/lm_sc.arpa of the package, converted to the compact format src/core/language/ngramModel.ts reads; its
// comment describes the layout), and data/zh-candidates.txt, what may stand for what (typo-candidates.mjs, which also
// reads the Unihan files of Debian's binary package unicode-data, Unicode licence). Both packages are fetched with a
// temporary apt configuration (the machine's own sources are left alone) and checked against the SHA-256 recorded here. The standard characters that may be proposed are those of data/typo-lexicon.json's readings
// (《通用规范汉字表》, see data/README.md).
//
//   node scripts/lm-data.mjs                 fetch the source package and write both files
//   node scripts/lm-data.mjs lm_sc.arpa [OUT] convert an ARPA file already at hand (to OUT, the tests' toy model)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { checkSha256, fetchUnihan, temporaryApt, UNICODE_DATA } from './debian.mjs';
import { writeCandidates } from './typo-candidates.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = join(REPO, 'data/zh-lm.bin');
const PACKAGE = 'libime';
const VERSION = '1.0.16-1';
const ORIG = 'libime_1.0.16.orig.tar.xz';
const ORIG_SHA256 = '3f034ae347b4110ac3dfb88d678a38d2264e6588d61f249b9007a7759751b2f9';
const ARPA_MEMBER = 'libime-1.0.16/data/lm_sc.arpa-20220810.tar.xz';
const DICT_MEMBER = 'libime-1.0.16/data/dict-20220810.tar.xz';
const TABLE_MEMBER = 'libime-1.0.16/data/table.tar.gz';
const CANDIDATES_OUT = join(REPO, 'data/zh-candidates.txt');
const UNIHAN_FILES = ['Unihan_DictionaryLikeData.txt', 'Unihan_Variants.txt'];
const UNIHAN_LICENSE_OUT = join(REPO, 'data/Unihan.LICENSE.txt');
/** The notice the Unicode licence asks of a modified data file, above the package's copyright file. */
const UNIHAN_NOTICE = `Two files of Speech Draft are derived from, and so modify, files of the Unicode Character Database's
Unihan database, as shipped in Debian's package ${UNICODE_DATA.name} ${UNICODE_DATA.version}:
- zh-candidates.txt's [shapes] section (npm run data:typo): for each character, the common characters of the same
  phonetic class (Unihan_DictionaryLikeData.txt: kPhonetic; Unihan_Variants.txt: kTraditionalVariant);
- src/core/language/characterReadings.ts, bundled in the extension (npm run data:readings): the characters of
  《通用规范汉字表》 outside its first level and their readings (Unihan_OtherMappings.txt: kTGH; Unihan_Readings.txt:
  kTGHZ2013).
Their copyright and permission notice, as the package gives it:`;

const W_BITS = 18;
const W_MASK = (1 << W_BITS) - 1;

async function main() {
  const given = process.argv[2];
  const OUT = process.argv[3] ? resolve(process.argv[3]) : DEFAULT_OUT;
  const work = mkdtempSync(join(tmpdir(), 'speech-draft-lm-'));
  try {
    const arpa = given ? resolve(given) : fetchSource(work);
    const model = await readArpa(arpa);
    if (!given) {
      const unigrams = new Map(model.vocab.map((word, id) => [word, model.unigrams[id][0]]));
      const lexicon = JSON.parse(readFileSync(join(REPO, 'data/typo-lexicon.json'), 'utf8'));
      const standard = new Set(Object.values(lexicon.readings).join(''));
      const counts = writeCandidates({
        dict: join(work, 'dict_sc.txt'),
        tableDir: work,
        unihanDir: work,
        unigrams,
        standard,
        otherWords: lexicon.words.flatMap((words) => (words ? words.split(' ') : [])),
        out: CANDIDATES_OUT,
      });
      const sha = createHash('sha256').update(readFileSync(CANDIDATES_OUT)).digest('hex');
      console.log(
        `lm-data: ${CANDIDATES_OUT}: ${counts.readings} readings, ${counts.words} word readings, ${counts.shapes} characters with similar shapes, ${counts.lexicon} words of another dictionary, sha256 ${sha}`,
      );
    }
    const bytes = encode(model);
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, bytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    console.log(
      `lm-data: ${OUT}: ${model.vocab.length} words, ${model.bigrams.length} bigrams, ${model.trigrams.length} trigrams, ${(bytes.length / 1048576).toFixed(1)} MB, sha256 ${sha}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Downloads the source package into `work` and extracts the ARPA file (its path returned), the dictionary and tables. */
function fetchSource(work) {
  const apt = temporaryApt(work);
  execFileSync('apt-get', [...apt, 'source', '--download-only', `${PACKAGE}=${VERSION}`], {
    cwd: work,
    stdio: 'inherit',
  });
  const orig = join(work, ORIG);
  checkSha256(orig, ORIG_SHA256);
  execFileSync('tar', ['xf', orig, '-C', work, ARPA_MEMBER, DICT_MEMBER, TABLE_MEMBER]);
  execFileSync('tar', ['xf', join(work, ARPA_MEMBER), '-C', work]);
  execFileSync('tar', ['xf', join(work, DICT_MEMBER), '-C', work]);
  execFileSync('tar', ['xf', join(work, TABLE_MEMBER), '-C', work, 'cj.txt', 'wbx.txt']);
  const copyright = fetchUnihan(work, apt, UNIHAN_FILES);
  writeFileSync(UNIHAN_LICENSE_OUT, `${UNIHAN_NOTICE}\n\n${copyright}`);
  return join(work, 'lm_sc.arpa');
}

/** The ARPA file's n-grams as word ids and log10 values; ids in the order of the 1-grams. */
async function readArpa(path) {
  const vocab = [];
  const ids = new Map();
  const unigrams = [];
  const bigrams = [];
  const trigrams = [];
  let order = 0;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const section = /^\\(\d)-grams:$/.exec(line);
    if (section) {
      order = Number(section[1]);
      continue;
    }
    if (order === 0 || line === '' || line.startsWith('\\')) continue;
    const fields = line.split('\t');
    const prob = Number(fields[0]);
    const words = fields[1].split(' ');
    const backoff = fields.length > 2 ? Number(fields[2]) : 0;
    if (order === 1) {
      ids.set(words[0], vocab.length);
      vocab.push(words[0]);
      unigrams.push([prob, backoff]);
    } else {
      const wordIds = words.map((word) => ids.get(word));
      if (wordIds.some((id) => id === undefined)) throw new Error(`an unknown word in ${line}`);
      (order === 2 ? bigrams : trigrams).push([...wordIds, prob, backoff]);
    }
  }
  if (vocab.length > W_MASK) throw new Error(`${vocab.length} words do not fit in ${W_BITS} bits`);
  return { vocab, unigrams, bigrams, trigrams };
}

/** A codebook of `levels` values for `values` (their quantiles), and the index of the nearest for each value. */
function quantize(values, wanted) {
  const sorted = Float64Array.from(values).sort();
  const book = new Float32Array(256);
  const distinct = [...new Set(sorted)];
  // Few values (a small model): each is its own level, exactly.
  const levels = Math.min(wanted, distinct.length);
  if (distinct.length <= wanted) book.set(distinct);
  else
    for (let level = 0; level < levels; level++) {
      const from = Math.floor((level * sorted.length) / levels);
      const to = Math.max(from + 1, Math.floor(((level + 1) * sorted.length) / levels));
      let sum = 0;
      for (let i = from; i < to; i++) sum += sorted[i];
      book[level] = sum / (to - from);
    }
  book.set(Array.from(book.subarray(0, levels)).sort((a, b) => a - b));
  const codeOf = (value) => {
    let low = 0;
    let high = levels - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (book[middle] < value) low = middle + 1;
      else high = middle;
    }
    return low > 0 && value - book[low - 1] < book[low] - value ? low - 1 : low;
  };
  return { book, codeOf };
}

function encode({ vocab, unigrams, bigrams, trigrams }) {
  const V = vocab.length;
  bigrams.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  trigrams.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const uniP = quantize(
    unigrams.map((u) => u[0]),
    256,
  );
  const uniB = quantize(
    unigrams.map((u) => u[1]),
    256,
  );
  const biP = quantize(
    bigrams.map((b) => b[2]),
    128,
  );
  const biB = quantize(
    bigrams.map((b) => b[3]),
    128,
  );
  const triP = quantize(
    trigrams.map((t) => t[3]),
    256,
  );

  const biStart = new Uint32Array(V + 1);
  const bigramWords = new Uint32Array(bigrams.length);
  const bigramIndex = new Map();
  bigrams.forEach(([w1, w2, p, b], index) => {
    biStart[w1 + 1]++;
    bigramWords[index] = (w2 | (biP.codeOf(p) << W_BITS) | (biB.codeOf(b) << (W_BITS + 7))) >>> 0;
    bigramIndex.set(w1 * 262144 + w2, index);
  });
  for (let i = 0; i < V; i++) biStart[i + 1] += biStart[i];

  const contexts = [];
  const triStart = [];
  const trigramWords = new Uint32Array(trigrams.length);
  trigrams.forEach(([w1, w2, w3, p], index) => {
    const context = bigramIndex.get(w1 * 262144 + w2);
    if (context === undefined) throw new Error(`a trigram without its bigram: ${vocab[w1]} ${vocab[w2]} ${vocab[w3]}`);
    if (contexts.at(-1) !== context) {
      contexts.push(context);
      triStart.push(index);
    }
    trigramWords[index] = (w3 | (triP.codeOf(p) << W_BITS)) >>> 0;
  });
  triStart.push(trigrams.length);

  const vocabBytes = Buffer.from(vocab.join('\n'), 'utf8');
  const sections = [
    Buffer.from(new Float32Array([...uniP.book, ...uniB.book, ...biP.book, ...biB.book, ...triP.book]).buffer),
    padded(vocabBytes),
    padded(Buffer.from(Uint8Array.from(unigrams, (u) => uniP.codeOf(u[0])))),
    padded(Buffer.from(Uint8Array.from(unigrams, (u) => uniB.codeOf(u[1])))),
    Buffer.from(biStart.buffer),
    Buffer.from(bigramWords.buffer),
    Buffer.from(Uint32Array.from(contexts).buffer),
    Buffer.from(Uint32Array.from(triStart).buffer),
    Buffer.from(trigramWords.buffer),
  ];
  const header = Buffer.alloc(32);
  header.write('SDLM', 0, 'ascii');
  header.writeUInt32LE(1, 4);
  header.writeUInt32LE(V, 8);
  header.writeUInt32LE(bigrams.length, 12);
  header.writeUInt32LE(trigrams.length, 16);
  header.writeUInt32LE(contexts.length, 20);
  header.writeUInt32LE(vocabBytes.length, 24);
  return Buffer.concat([header, ...sections]);
}

function padded(buffer) {
  const padding = (4 - (buffer.length % 4)) % 4;
  return padding === 0 ? buffer : Buffer.concat([buffer, Buffer.alloc(padding, 0x0a)]);
}

await main();
