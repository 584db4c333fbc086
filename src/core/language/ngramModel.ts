/**
 * A word trigram model of Chinese with Katz back-off, read from one compact file (data/zh-lm.bin, written by
 * scripts/lm-data.mjs from the ARPA text of fcitx5's libime, LGPL-2.1-or-later; see data/README.md). The file is
 * typed arrays over one buffer, so loading it is reading it: no parse beyond the word list.
 *
 * Layout, little-endian, every section 4-byte aligned:
 *   header      "SDLM", version 1, V words, B bigrams, T trigrams, K bigrams with trigrams, vocabulary bytes, 0
 *   codebooks   five × 256 float32: unigram log10 p, unigram back-off, bigram p, bigram back-off, trigram p
 *   vocabulary  the words in UTF-8, joined by \n; a word's id is its place (padded to 4 bytes)
 *   unigrams    V bytes of p codes, V bytes of back-off codes (each padded)
 *   biStart     V + 1 uint32: word w's bigrams are biStart[w] … biStart[w + 1]
 *   bigrams     B uint32, sorted by (first, second): second word (18 bits) | p code (7) | back-off code (7)
 *   contexts    K uint32, sorted: the bigrams that have trigrams, by their index
 *   triStart    K + 1 uint32: the trigrams of contexts[k] are triStart[k] … triStart[k + 1]
 *   trigrams    T uint32, sorted by third word within a context: third word (18 bits) | p code (8)
 */

const MAGIC = 0x4d4c4453; // "SDLM"
const WORD_BITS = 18;
const WORD_MASK = (1 << WORD_BITS) - 1;

export class NgramModel {
  private constructor(
    private readonly ids: ReadonlyMap<string, number>,
    private readonly codebooks: Float32Array,
    private readonly unigramP: Uint8Array,
    private readonly unigramBackoff: Uint8Array,
    private readonly biStart: Uint32Array,
    private readonly bigrams: Uint32Array,
    private readonly contexts: Uint32Array,
    private readonly triStart: Uint32Array,
    private readonly trigrams: Uint32Array,
    /** The id of <unk>, <s> and </s>. */
    readonly unknown: number,
    readonly sentenceStart: number,
    readonly sentenceEnd: number,
  ) {}

  /** Reads the file's bytes; throws on anything that is not this format. */
  static from(bytes: Uint8Array): NgramModel {
    const buffer = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    if (buffer.byteLength < 32 || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== 1)
      throw new Error('not a Speech Draft language model (SDLM version 1)');
    const [words, bigramCount, trigramCount, contextCount, vocabularyBytes] = [8, 12, 16, 20, 24].map((at) =>
      view.getUint32(at, true),
    );
    const aligned = (bytes: number): number => Math.ceil(bytes / 4) * 4;
    const expected =
      32 +
      5 * 256 * 4 +
      aligned(vocabularyBytes) +
      2 * aligned(words) +
      4 * (words + 1 + bigramCount + contextCount + contextCount + 1 + trigramCount);
    if (buffer.byteLength !== expected) throw new Error('the language model file is cut or padded');
    let offset = buffer.byteOffset + 32;
    const take = <T>(
      make: (buffer: ArrayBufferLike, offset: number, length: number) => T,
      length: number,
      size: number,
    ): T => {
      const made = make(buffer.buffer, offset, length);
      offset += Math.ceil((length * size) / 4) * 4;
      return made;
    };
    const codebooks = take((b, o, n) => new Float32Array(b, o, n), 5 * 256, 4);
    const vocabulary = take((b, o, n) => new Uint8Array(b, o, n), vocabularyBytes, 1);
    const unigramP = take((b, o, n) => new Uint8Array(b, o, n), words, 1);
    const unigramBackoff = take((b, o, n) => new Uint8Array(b, o, n), words, 1);
    const biStart = take((b, o, n) => new Uint32Array(b, o, n), words + 1, 4);
    const bigrams = take((b, o, n) => new Uint32Array(b, o, n), bigramCount, 4);
    const contexts = take((b, o, n) => new Uint32Array(b, o, n), contextCount, 4);
    const triStart = take((b, o, n) => new Uint32Array(b, o, n), contextCount + 1, 4);
    const trigrams = take((b, o, n) => new Uint32Array(b, o, n), trigramCount, 4);
    const list = new TextDecoder().decode(vocabulary).split('\n');
    if (list.length !== words) throw new Error('the language model file is damaged: its word list does not match');
    const ids = new Map<string, number>();
    list.forEach((word, id) => ids.set(word, id));
    const idOf = (word: string): number => ids.get(word) ?? -1;
    return new NgramModel(
      ids,
      codebooks,
      unigramP,
      unigramBackoff,
      biStart,
      bigrams,
      contexts,
      triStart,
      trigrams,
      idOf('<unk>'),
      idOf('<s>'),
      idOf('</s>'),
    );
  }

  get size(): number {
    return this.unigramP.length;
  }

  /** The word's id, or the id of <unk> for a word the model does not know. */
  idOf(word: string): number {
    return this.ids.get(word) ?? this.unknown;
  }

  /** The word's id, or −1 for a word the model does not know. */
  wordId(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** Every two characters that stand side by side inside one of the model's words, as first << 16 | second. */
  pairsInWords(): Set<number> {
    const pairs = new Set<number>();
    for (const word of this.ids.keys())
      for (let i = 1; i < word.length; i++) pairs.add(((word.charCodeAt(i - 1) << 16) | word.charCodeAt(i)) >>> 0);
    return pairs;
  }

  knows(word: string): boolean {
    return this.ids.has(word);
  }

  /** log10 P(word | first second); −1 for a context word that is not there (the sentence's first words). */
  score(first: number, second: number, word: number): number {
    if (first >= 0 && second >= 0) {
      const context = this.bigramAt(first, second);
      if (context >= 0) {
        const trigram = this.trigramAt(context, word);
        if (trigram >= 0) return this.codebooks[4 * 256 + (this.trigrams[trigram] >>> WORD_BITS)];
        return this.bigramBackoff(context) + this.bigramScore(second, word);
      }
    }
    return this.bigramScore(second, word);
  }

  /**
   * log10 of the words as a sentence: after <s> and before </s> where the model has them (libime's has neither, and
   * its first word is scored by itself).
   */
  sentenceScore(words: readonly string[]): number {
    let [first, second] = [-1, this.sentenceStart];
    let total = 0;
    const ids = words.map((word) => this.idOf(word));
    if (this.sentenceEnd >= 0) ids.push(this.sentenceEnd);
    for (const id of ids) {
      total += this.score(first, second, id);
      [first, second] = [second, id];
    }
    return total;
  }

  private bigramScore(first: number, word: number): number {
    const bigram = first >= 0 ? this.bigramAt(first, word) : -1;
    if (bigram >= 0) return this.codebooks[2 * 256 + ((this.bigrams[bigram] >>> WORD_BITS) & 0x7f)];
    const backoff = first >= 0 ? this.codebooks[256 + this.unigramBackoff[first]] : 0;
    return backoff + this.codebooks[this.unigramP[word]];
  }

  private bigramBackoff(bigram: number): number {
    return this.codebooks[3 * 256 + (this.bigrams[bigram] >>> (WORD_BITS + 7))];
  }

  /** The index of the bigram (first, second), or −1. */
  private bigramAt(first: number, second: number): number {
    return search(this.bigrams, this.biStart[first], this.biStart[first + 1], second);
  }

  /** The index of the trigram (the bigram `context`, word), or −1. */
  private trigramAt(context: number, word: number): number {
    const k = searchExact(this.contexts, 0, this.contexts.length, context);
    return k < 0 ? -1 : search(this.trigrams, this.triStart[k], this.triStart[k + 1], word);
  }
}

/** Binary search of `word` among the packed entries from … to (sorted by their low WORD_BITS). */
function search(entries: Uint32Array, from: number, to: number, word: number): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = entries[middle] & WORD_MASK;
    if (found === word) return middle;
    if (found < word) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function searchExact(values: Uint32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (values[middle] === value) return middle;
    if (values[middle] < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
