/**
 * What the typo rule may propose for a character or a word (data/zh-candidates.txt, written by npm run data:typo from
 * libime's pinyin dictionary and input-method tables, LGPL-2.1-or-later; see data/README.md): the common characters of
 * each reading, the words of each reading, the common characters of a similar shape, and the standard characters; and
 * the slips of the typo benchmark's train split (ECSpell, MIT), the only part mined from it.
 */

/** The data file beside the bundles (dist/), copied there from data/ by the build. */
export const TYPO_CANDIDATES_FILE = 'zh-candidates.txt';

const NO_READINGS: readonly string[] = [];
const NO_WORDS: readonly string[] = [];

export class TypoCandidates {
  private constructor(
    /** Reading (toneless pinyin) → its common characters, most frequent first. */
    private readonly commonByReading: ReadonlyMap<string, string>,
    /** Character code → its readings. */
    private readonly readingsByCode: ReadonlyMap<number, readonly string[]>,
    /** Readings of a word joined by ' → the words of two to four characters read so. */
    private readonly wordsByKey: ReadonlyMap<string, readonly string[]>,
    /** Character code → the common characters one key apart from it in Cangjie or Wubi. */
    private readonly shapesByCode: ReadonlyMap<number, string>,
    /** The standard characters (《通用规范汉字表》), one bit a BMP code. */
    private readonly standard: Uint8Array,
    /** The common characters (those proposed: the [readings] lines' second field), one bit a BMP code. */
    private readonly common: Uint8Array,
    /** Character code → the characters it was written for in the benchmark's train split, most often first. */
    private readonly minedByCode: ReadonlyMap<number, string>,
    /** Words of three or four characters that another dictionary lists and the model does not know. */
    private readonly otherWords: ReadonlySet<string>,
  ) {}

  /**
   * Reads the file's sections [readings], [words], [shapes], [standard], [lexicon] (see scripts/typo-candidates.mjs)
   * and [mined] (scripts/typo-pairs.mjs); throws on others.
   */
  static parse(text: string): TypoCandidates {
    const commonByReading = new Map<string, string>();
    const readingsByCode = new Map<number, string[]>();
    const wordsByKey = new Map<string, readonly string[]>();
    const shapesByCode = new Map<number, string>();
    const standard = new Uint8Array(0x10000 / 8);
    const common = new Uint8Array(0x10000 / 8);
    const minedByCode = new Map<number, string>();
    const otherWords = new Set<string>();
    let section = '';
    for (const line of text.split('\n')) {
      if (line.startsWith('[')) {
        section = line;
        continue;
      }
      if (line === '') continue;
      const fields = line.split('\t');
      if (section === '[readings]') {
        const [reading, frequent, rare = ''] = fields;
        commonByReading.set(reading, frequent);
        for (let i = 0; i < frequent.length; i++) setBit(common, frequent.charCodeAt(i));
        for (const chars of [frequent, rare])
          for (let i = 0; i < chars.length; i++) addReading(readingsByCode, chars.charCodeAt(i), reading);
      } else if (section === '[words]') wordsByKey.set(fields[0], fields[1].split(' '));
      else if (section === '[shapes]') shapesByCode.set(fields[0].charCodeAt(0), fields[1]);
      else if (section === '[standard]') for (let i = 0; i < line.length; i++) setBit(standard, line.charCodeAt(i));
      else if (section === '[mined]') {
        const code = fields[0].charCodeAt(0);
        minedByCode.set(code, (minedByCode.get(code) ?? '') + fields[1]);
      } else if (section === '[lexicon]') otherWords.add(line);
      else throw new Error(`not the typo rule's candidates: a line outside its sections (${line.slice(0, 20)})`);
    }
    if (commonByReading.size === 0) throw new Error("not the typo rule's candidates: no [readings]");
    return new TypoCandidates(
      commonByReading,
      readingsByCode,
      wordsByKey,
      shapesByCode,
      standard,
      common,
      minedByCode,
      otherWords,
    );
  }

  /** Whether the character with this code is one of the 8,105 standard characters. */
  isStandard(code: number): boolean {
    return (this.standard[code >> 3] & (1 << (code & 7))) !== 0;
  }

  /**
   * Whether the character with this code is one of the common characters, those the rule may propose. An input method
   * lists them first: a rarer character was chosen on purpose (勠力同心), not in place of one of them.
   */
  isCommon(code: number): boolean {
    return (this.common[code >> 3] & (1 << (code & 7))) !== 0;
  }

  readingsOf(code: number): readonly string[] {
    return this.readingsByCode.get(code) ?? NO_READINGS;
  }

  /** The common characters read `reading`, most frequent first. */
  commonOf(reading: string): string {
    return this.commonByReading.get(reading) ?? '';
  }

  /** The common characters of a shape similar to the character with this code. */
  shapesOf(code: number): string {
    return this.shapesByCode.get(code) ?? '';
  }

  /** The characters the character with this code was written for in the benchmark's train split, most often first. */
  minedOf(code: number): string {
    return this.minedByCode.get(code) ?? '';
  }

  /** Whether another dictionary lists `text` (three or four characters) as a word that the model does not know. */
  isOtherDictionaryWord(text: string): boolean {
    return this.otherWords.has(text);
  }

  /** The words read `key` (readings joined by '). */
  wordsOf(key: string): readonly string[] {
    return this.wordsByKey.get(key) ?? NO_WORDS;
  }
}

function setBit(bits: Uint8Array, code: number): void {
  bits[code >> 3] |= 1 << (code & 7);
}

function addReading(readingsByCode: Map<number, string[]>, code: number, reading: string): void {
  const list = readingsByCode.get(code);
  if (!list) readingsByCode.set(code, [reading]);
  else if (!list.includes(reading)) list.push(reading);
}
