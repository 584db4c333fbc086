/**
 * Wrong characters the pinyin input method chose: 布署 for 部署, 二登奖 for 二等奖, 持之以横 for 持之以恒. A line's Chinese is
 * segmented into the likeliest words of a frequency lexicon; a character left standing alone, which is not itself a
 * common word, is tried against the characters read the same way (the input method typed that reading), and one is
 * proposed when it joins its neighbours into words so much likelier that the sentence's cost drops by TYPO_MARGIN
 * nats or more. Precision first: a real-word error (机智 for 机制) needs a language model this does not have.
 *
 * The data (about 340,000 words with their frequencies, and the most common reading of the 8,105 standard
 * characters) is loaded by the host from dist/typo-lexicon.json; see data/README.md for its sources.
 */

import { execAll } from './text';

export interface TypoData {
  /** words[cost] = the words of that cost in whole nats (−log of their relative frequency), joined by spaces. */
  words: readonly string[];
  /** Pinyin without tone → the characters whose most common reading it is. */
  readings: Readonly<Record<string, string>>;
}

/** The data file beside the bundles (dist/), copied there from data/ by the build. */
export const TYPO_DATA_FILE = 'typo-lexicon.json';

/** How much cheaper, in nats, the sentence must be with the correction: e^10 ≈ 22,000 times likelier. */
const TYPO_MARGIN = 10;
/** Characters that are common words on their own (的, 了, 和, 是, 要: cost ≤ this, about one in 400 words) are never taken for typos. */
const COMMON_WORD_COST = 6;
const MAX_WORD = 4;
/** How far around the character the sentence is scored again. */
const CONTEXT = 4;

export class TypoModel {
  /** Reused by segment: a long line is segmented many times, and each call would otherwise allocate three arrays. */
  private best = new Float64Array(64);
  private next = new Uint8Array(64);

  private constructor(
    /** The cost of each single character that is a word, by its code (0: none). */
    private readonly singles: Uint8Array,
    /** Words of three and four characters, with their costs. */
    private readonly longer: Map<string, number>,
    /**
     * The hash of every word of `longer` (see hashOf): a segmentation asks for many more such words than the lexicon
     * holds, and the hash answers most of them without a substring and a lookup by it.
     */
    private readonly longerHashes: PairMap,
    /** Each character's homophones (the characters of the same most common reading, itself included). */
    private readonly homophones: Map<number, string>,
    /** The cost of a character that is no word of the lexicon. */
    private readonly unknownCost: number,
    /**
     * Every two adjacent characters inside a word of the lexicon: the cost of the two-character word they make, or
     * IN_WORD when they are no word of their own.
     */
    private readonly pairs: PairMap,
  ) {}

  static from(data: TypoData): TypoModel {
    const split = data.words.map((words) => (words ? words.split(' ') : []));
    let adjacent = 0;
    for (const words of split) for (const word of words) adjacent += word.length - 1;
    const pairs = new PairMap(capacityFor(adjacent));
    const singles = new Uint8Array(0x10000);
    const longer = new Map<string, number>();
    split.forEach((words, cost) => {
      for (const word of words) {
        if (word.length === 1) singles[word.charCodeAt(0)] = cost;
        else if (word.length > 2) longer.set(word, cost);
        for (let i = 1; i < word.length; i++) {
          const pair = pairOf(word, i - 1);
          const held = pairs.get(pair);
          // A two-character word keeps its cost in the low bits; any other pair inside a word is IN_WORD there.
          const low = word.length === 2 ? cost : held & COST_BITS || IN_WORD;
          const startsLonger = held & STARTS_LONGER || (i === 1 && word.length > 2 ? STARTS_LONGER : 0);
          pairs.set(pair, (word.length === 2 || (held & COST_BITS) === 0 ? low : held & COST_BITS) | startsLonger);
        }
      }
    });
    const homophones = new Map<number, string>();
    for (const chars of Object.values(data.readings))
      for (const char of chars) homophones.set(char.charCodeAt(0), chars);
    const longerHashes = new PairMap(capacityFor(longer.size));
    for (const word of longer.keys()) longerHashes.set(hashOf(word, 0, word.length), 1);
    return new TypoModel(singles, longer, longerHashes, homophones, data.words.length + 1, pairs);
  }

  /** Whether the UTF-16 units `first` and `second` stand next to each other in some word. */
  hasCodes(first: number, second: number): boolean {
    return this.pairs.get(((first << 16) | second) >>> 0) !== 0;
  }

  cost(word: string): number | undefined {
    if (word.length === 1) return this.singles[word.charCodeAt(0)] || undefined;
    if (word.length === 2) return wordCost(this.pairs.get(pairOf(word, 0)) & COST_BITS);
    return this.longer.get(word);
  }

  /** The cost of the character with this code as a word of its own, 0 when it is none. */
  singleCost(code: number): number {
    return this.singles[code];
  }

  /** The characters of the same most common reading as the one with this code (itself included). */
  homophonesOf(code: number): string | undefined {
    return this.homophones.get(code);
  }

  /** The value of the pair of these two codes (see COST_BITS), 0 when no word holds them side by side. */
  pairValue(first: number, second: number): number {
    return this.pairs.get(((first << 16) | second) >>> 0);
  }

  /** The cheapest segmentation of a run of Chinese characters: the length of the word at each start (0 elsewhere). */
  segment(run: string): Uint8Array {
    this.fillSegmentation(run);
    const starts = new Uint8Array(run.length);
    for (let i = 0; i < run.length; i += this.next[i]) starts[i] = this.next[i];
    return starts;
  }

  /**
   * The offsets of the one-character words of the cheapest segmentation of a run of Chinese characters, in order,
   * written into `into` (a list reused for every run of a line).
   */
  singleWords(run: string, into: number[]): number[] {
    this.fillSegmentation(run);
    into.length = 0;
    for (let i = 0; i < run.length; i += this.next[i]) if (this.next[i] === 1) into.push(i);
    return into;
  }

  /** The total cost of the cheapest segmentation of a run of Chinese characters. */
  costOf(run: string): number {
    return this.fillSegmentation(run);
  }

  private fillSegmentation(run: string): number {
    const n = run.length;
    if (this.best.length <= n) {
      this.best = new Float64Array(2 * n + 2);
      this.next = new Uint8Array(2 * n + 2);
    }
    const { best, next } = this;
    best[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      let cheapest = (this.singles[run.charCodeAt(i)] || this.unknownCost) + best[i + 1];
      let length = 1;
      // No word holds these two characters side by side: no longer word starts here.
      const pair = i + 1 < n ? this.pairs.get(pairOf(run, i)) : 0;
      if (pair !== 0) {
        const double = wordCost(pair & COST_BITS);
        if (double !== undefined && double + best[i + 2] < cheapest) {
          cheapest = double + best[i + 2];
          length = 2;
        }
        // Only a pair that starts some longer word can start one here.
        if ((pair & STARTS_LONGER) === 0) {
          best[i] = cheapest;
          next[i] = length;
          continue;
        }
        for (let j = i + 3; j <= Math.min(n, i + MAX_WORD); j++) {
          if (this.pairs.get(pairOf(run, j - 2)) === 0) break;
          const cost = this.longerHashes.get(hashOf(run, i, j)) === 0 ? undefined : this.longer.get(run.slice(i, j));
          if (cost !== undefined && cost + best[j] < cheapest) {
            cheapest = cost + best[j];
            length = j - i;
          }
        }
      }
      best[i] = cheapest;
      next[i] = length;
    }
    return best[0];
  }
}

/**
 * A pair's value: in its low seven bits the cost of the two-character word it makes, or IN_WORD when it makes none but
 * stands inside a longer word; STARTS_LONGER when a word of three or four characters begins with it.
 */
const COST_BITS = 0x7f;
const IN_WORD = 0x7f;
const STARTS_LONGER = 0x80;

function wordCost(pairValue: number): number | undefined {
  return pairValue === 0 || pairValue === IN_WORD ? undefined : pairValue;
}

/** Room for `count` keys in a PairMap at most half full. */
function capacityFor(count: number): number {
  return 2 ** Math.ceil(Math.log2(count * 2 + 2));
}

/** The characters `from`–`to` as one unsigned 32-bit number that is never 0 (FNV-1a): equal words, equal hashes. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0 || 1;
}

/** Two adjacent UTF-16 units as one unsigned 32-bit number. */
function pairOf(text: string, at: number): number {
  return ((text.charCodeAt(at) << 16) | text.charCodeAt(at + 1)) >>> 0;
}

/**
 * 32-bit keys to small values in two typed arrays (open addressing, linear probing): a few hundred thousand pairs in a
 * few MB instead of a Map's tens, and a lookup without boxing. 0 is never a pair of Chinese characters, so it marks a
 * free slot; a value of 0 means absent.
 */
class PairMap {
  private readonly keys: Uint32Array;
  private readonly values: Uint8Array;
  /**
   * One bit a slot, set when the slot holds a key: most lookups are of pairs no word holds, and an empty home slot
   * answers them from this bitmap, a thirty-second the size of the keys, which stays in the processor's cache.
   */
  private readonly used: Uint32Array;
  private readonly mask: number;
  /** Multiplicative hashing keeps the top bits: as many as the capacity (a power of two) needs. */
  private readonly shift: number;

  constructor(capacity: number) {
    this.keys = new Uint32Array(capacity);
    this.values = new Uint8Array(capacity);
    this.used = new Uint32Array(Math.ceil(capacity / 32));
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  set(key: number, value: number): void {
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const held = this.keys[slot];
      if (held === key || held === 0) {
        this.keys[slot] = key;
        this.values[slot] = value;
        this.used[slot >>> 5] |= 1 << (slot & 31);
        return;
      }
    }
  }

  /** The value of `key`, 0 when absent. */
  get(key: number): number {
    const home = this.slotOf(key);
    if ((this.used[home >>> 5] & (1 << (home & 31))) === 0) return 0;
    for (let slot = home; ; slot = (slot + 1) & this.mask) {
      const held = this.keys[slot];
      if (held === key) return this.values[slot];
      if (held === 0) return 0;
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }
}

interface Typo {
  /** Offsets in the text given: the word the typo stands in (布署), and the wrong character itself. */
  start: number;
  end: number;
  at: number;
  wrong: string;
  right: string;
}

const HAN_RUN = /[\u4e00-\u9fff]+/g;
/** A title or form of address right after a word: the word is a name. */
const ROLE_AFTER =
  /^(?:副?(?:书记|市长|县长|区长|镇长|乡长|局长|主任|部长|处长|科长|校长|院长|厅长|主席|委员|秘书长|总经理|董事长|经理)|同志|先生|女士|老师|教授|博士|院士|代表|同学|总)/;

/** The likely typos of a text (one line), left to right; `accepted` words are never reported. */
export function findTypos(text: string, model: TypoModel, accepted: readonly string[] = []): Typo[] {
  const typos: Typo[] = [];
  const singles: number[] = [];
  for (const match of execAll(HAN_RUN, text)) {
    const run = match[0];
    if (run.length < 2) continue;
    // A character inside a word of the sentence's likeliest segmentation is taken as written.
    for (const i of model.singleWords(run, singles)) {
      const typo = typoAt(run, i, model);
      if (!typo) continue;
      const start = match.index + typo.start;
      const end = match.index + typo.end;
      if (accepted.some((word) => coversAcceptedWord(text, start, end, word))) continue;
      // 请邓晓龙副市长发言: a name before a title is no word of the lexicon, and not a typo.
      if (ROLE_AFTER.test(text.slice(end, end + 4))) continue;
      typos.push({ start, end, at: match.index + i, wrong: run[i], right: typo.right });
    }
  }
  return typos;
}

function typoAt(run: string, i: number, model: TypoModel): { start: number; end: number; right: string } | undefined {
  const code = run.charCodeAt(i);
  const own = model.singleCost(code);
  if (own !== 0 && own <= COMMON_WORD_COST) return undefined;
  const homophones = model.homophonesOf(code);
  if (!homophones) return undefined;
  const left = i > 0 ? run.charCodeAt(i - 1) : 0;
  const right = i + 1 < run.length ? run.charCodeAt(i + 1) : 0;
  // The context and its cost as written, made for the first candidate that gets that far.
  let context = '';
  let from = 0;
  let written = -1;
  let best: { gain: number; right: string; start: number; end: number } | undefined;
  for (let k = 0; k < homophones.length; k++) {
    const candidateCode = homophones.charCodeAt(k);
    if (candidateCode === code) continue;
    // The candidate must stand beside a neighbour inside some word: one lookup rules out most of them.
    if (!(left && model.hasCodes(left, candidateCode)) && !(right && model.hasCodes(candidateCode, right))) continue;
    if (written < 0) {
      from = Math.max(0, i - CONTEXT);
      context = run.slice(from, Math.min(run.length, i + CONTEXT + 1));
      written = model.costOf(context);
    }
    const at = i - from;
    const candidate = homophones[k];
    const word = wordWith(context, at, candidate, model);
    if (!word) continue;
    const corrected = context.slice(0, at) + candidate + context.slice(at + 1);
    const gain = written - model.costOf(corrected);
    if (gain < TYPO_MARGIN || (best && gain <= best.gain)) continue;
    // 慎终如始 read as 慎重 + 如 + 始: a correction that leaves rare characters standing alone beside it does not explain
    // the text, which is more likely a word the lexicon lacks (an idiom, a name).
    if (leavesFragments(corrected, word, model)) continue;
    best = { gain, right: candidate, start: from + word.start, end: from + word.end };
  }
  return best;
}

/** Whether, in the corrected context, two rare characters stand alone in a row right before or right after `word`. */
function leavesFragments(corrected: string, word: { start: number; end: number }, model: TypoModel): boolean {
  const starts = model.segment(corrected);
  const rareSingle = (at: number): boolean =>
    starts[at] === 1 &&
    !(
      model.singleCost(corrected.charCodeAt(at)) !== 0 && model.singleCost(corrected.charCodeAt(at)) <= COMMON_WORD_COST
    );
  const after = word.end + 1 < corrected.length && rareSingle(word.end) && rareSingle(word.end + 1);
  const before =
    word.start >= 2 &&
    starts[word.start - 1] === 1 &&
    rareSingle(word.start - 1) &&
    starts[word.start - 2] === 1 &&
    rareSingle(word.start - 2);
  return after || before;
}

/** The longest word of the lexicon, two to four characters, that `candidate` at `at` forms with its neighbours. */
function wordWith(
  context: string,
  at: number,
  candidate: string,
  model: TypoModel,
): { start: number; end: number } | undefined {
  const candidateCode = candidate.charCodeAt(0);
  const codeAt = (index: number): number => (index === at ? candidateCode : context.charCodeAt(index));
  let found: { start: number; end: number } | undefined;
  for (let start = Math.max(0, at - MAX_WORD + 1); start <= at; start++) {
    if (start + 1 >= context.length) break;
    // Every word here starts with the pair at `start`: its value says whether a word of two, or a longer one, can.
    const pair = model.pairValue(codeAt(start), codeAt(start + 1));
    if (pair === 0) continue;
    if (start + 2 > at && wordCost(pair & COST_BITS) !== undefined && !found) found = { start, end: start + 2 };
    if ((pair & STARTS_LONGER) === 0) continue;
    for (let end = Math.max(at + 1, start + 3); end <= Math.min(context.length, start + MAX_WORD); end++) {
      const word = context.slice(start, at) + candidate + context.slice(at + 1, end);
      if (model.cost(word) !== undefined && (!found || end - start > found.end - found.start)) found = { start, end };
    }
  }
  return found;
}

/** Whether an accepted word of the writer's list stands in the text over any part of `start`–`end`. */
function coversAcceptedWord(text: string, start: number, end: number, word: string): boolean {
  if (word === '') return false;
  for (
    let at = text.indexOf(word, Math.max(0, start - word.length + 1));
    at >= 0 && at < end;
    at = text.indexOf(word, at + 1)
  ) {
    if (at + word.length > start) return true;
  }
  return false;
}
