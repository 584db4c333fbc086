/**
 * Typos decided with a word trigram model of Chinese (ngramModel.ts). A clause is read as its likeliest words, and a
 * character, or a word of two or three characters, is proposed in place of what was written when the clause becomes
 * far likelier with it. The candidates are what the pinyin input method or a glance could have given instead
 * (typoCandidates.ts): characters of the same toneless reading, characters one key apart in a shape code, and words of
 * the same reading that differ in two characters or more (暴涨 → 保障); and the slips the benchmark's train split
 * makes of neither kind (白 for 自).
 *
 * The cost follows the text, not the candidate sets: a candidate is scored only where it joins a neighbour into a word
 * the model knows, and then only the few characters around it are read again.
 *
 * The decision, measured on the train split of the official-writing typo benchmark (npm run eval:typos) and on the
 * corpus's complete official texts: a sentence is corrected when its best edit makes it FLAG times (log10) likelier,
 * less the edit's priors, and each further edit in it must reach MORE. Priors (PRIOR): a shape is a rarer slip than a
 * reading, by half a power of ten now that shapes are proposed only outside the words of the likeliest reading (at 1,
 * 0.8 points less recall; at 0, a new false finding in a work report). A whole word, replaced only where the written
 * span is itself a word, is as likely a slip as one character (at 2, all but 16 of the benchmark's 119 slips of two
 * adjacent characters stayed below the bar even in their corrected context; at -0.5 a training speech got 参训 as a
 * slip, at -1.5 the complete official texts 乘势 → 诚实, 克难 → 柯南). A character that stands in a word as written is
 * likelier meant (REAL_WORD), and one that stands in no word at all is likelier a name or a coinage than a slip
 * (NO_WORD); a guarded character (typoGuards.ts) needs GUARDED more. A slip of the benchmark's train split
 * (TypoCandidates.minedOf) needs MINED less: at 1, scored by five-fold cross-validation, 27.7 % → 31.0 % of the
 * sentences with errors corrected at the same precision, and no new finding on the corpus; at 1.5, four new ones.
 * Readings one initial or final apart (z/zh, in/ing) were measured twice: they added under 0.01 of recall on the
 * benchmark and reported 数智化 as 数字化 on every work report. A first edit at 10^3.5 rather than 10^4 corrected more
 * of the benchmark but reported fifteen coinages and names in the complete official texts (悦览, 昇腾, 提质); a further
 * edit at 10^2.5 rather than 10^3 completes more of the sentences with several typos and reports nothing more there.
 */

import type { NgramModel } from './ngramModel';
import type { TypoCandidates } from './typoCandidates';

export type CandidateKind = 'same-reading' | 'shape' | 'word' | 'mined';

interface TypoEdit {
  /** Offsets in the clause: the characters replaced. */
  start: number;
  end: number;
  newText: string;
  kind: CandidateKind;
  /** How much likelier (log10) the clause is with it, less its priors. */
  gain: number;
}

/**
 * What a position of a clause may have, weakest first: anything; a correction that must gain more unless it reads the
 * position into one word with an unguarded neighbour (Name: a name was guessed from the title or the place's kind
 * beside it, and 直害市 → 直辖市 shows the kind was part of a word, not after a name); a correction that must gain more
 * (Guarded); nothing (Never).
 */
export const Guard = { None: 0, Name: 1, Guarded: 2, Never: 3 } as const;
export type Guard = (typeof Guard)[keyof typeof Guard];

const FLAG = 4;
const MORE = 2.5;
const PRIOR: Readonly<Record<CandidateKind, number>> = { 'same-reading': 0, shape: 0.5, word: 0, mined: 0 };
/** What a slip the benchmark's train split makes (TypoCandidates.minedOf) takes off its kind's prior. */
const MINED = 1;
const REAL_WORD = 1;
const NO_WORD = 2;
const GUARDED = 2;
/** At most this many corrections a sentence. */
const MAX_EDITS = 3;

const MAX_WORD = 5;
const BEAM = 8;
/** How many characters each side of an edit the clause is read again over. */
const WINDOW = 6;
/** A span's reading keys tried at most (its characters' readings multiplied). */
const MAX_KEYS = 8;

interface Hypothesis {
  score: number;
  previous: number;
  last: number;
  /** The hypothesis this one extends by its last word, `length` characters long. */
  from: Hypothesis | undefined;
  length: number;
}

export class TypoDecoder {
  /** Adjacent characters inside the model's words (first << 16 | second): a candidate must make one of these. */
  private readonly pairs: Set<number>;

  private readonly isWord: (text: string) => boolean;

  constructor(
    private readonly model: NgramModel,
    private readonly candidates: TypoCandidates,
  ) {
    this.pairs = model.pairsInWords();
    this.isWord = (text) => model.wordId(text) >= 0;
  }

  /** log10 of the likeliest reading of `text` as words of the model (a beam over the lattice of its words). */
  score(text: string): number {
    return this.likeliestReading(text)?.score ?? -Infinity;
  }

  /**
   * For each character of `text`, whether the likeliest reading of `text` puts it in a word of two characters or
   * more (a character can stand in some word of the model and still be read alone: 基木公共 is 基 木 公共, not 木公).
   */
  private inWordsOfLikeliestReading(text: string): boolean[] {
    const marks = new Array<boolean>(text.length).fill(false);
    let end = text.length;
    for (let step = this.likeliestReading(text); step?.from; step = step.from) {
      if (step.length > 1) marks.fill(true, end - step.length, end);
      end -= step.length;
    }
    return marks;
  }

  /** The best hypothesis at the end of `text`, whose `from` links read its words back; undefined for no text. */
  private likeliestReading(text: string): Hypothesis | undefined {
    const n = text.length;
    const beams: Hypothesis[][] = Array.from({ length: n + 1 }, () => []);
    beams[0].push({ score: 0, previous: -1, last: -1, from: undefined, length: 0 });
    for (let j = 0; j < n; j++) {
      const beam = beams[j];
      if (beam.length === 0) continue;
      for (let length = 1; length <= MAX_WORD && j + length <= n; length++) {
        const word = text.slice(j, j + length);
        // A single character is always a word: the model's <unk> when it does not know it.
        const id = length === 1 ? this.model.idOf(word) : this.model.wordId(word);
        if (id < 0) continue;
        for (const hypothesis of beam)
          keep(
            beams[j + length],
            hypothesis.score + this.model.score(hypothesis.previous, hypothesis.last, id),
            hypothesis,
            id,
            length,
          );
      }
    }
    let best: Hypothesis | undefined;
    for (const hypothesis of beams[n]) if (!best || hypothesis.score > best.score) best = hypothesis;
    return best;
  }

  /**
   * The corrections of one sentence, given as its clauses (runs of Chinese characters), decided together: the best
   * edit anywhere must gain FLAG, each further one MORE. `guard` says what each position of each clause may have.
   * Edits are by clause, in the clause's offsets, in order.
   */
  corrections(clauses: readonly string[], guard: (clause: number, index: number) => Guard): TypoEdit[][] {
    const edits = clauses.map((): TypoEdit[] => []);
    const texts = [...clauses];
    for (let round = 0; round < MAX_EDITS; round++) {
      let chosen: TypoEdit | undefined;
      let where = -1;
      for (let clause = 0; clause < texts.length; clause++) {
        const found = this.bestEdit(texts[clause], (index) => guard(clause, index), edits[clause]);
        if (found && (!chosen || found.gain > chosen.gain)) [chosen, where] = [found, clause];
      }
      if (!chosen || chosen.gain < (round === 0 ? FLAG : MORE)) break;
      edits[where].push(chosen);
      texts[where] = texts[where].slice(0, chosen.start) + chosen.newText + texts[where].slice(chosen.end);
    }
    for (const list of edits) list.sort((a, b) => a.start - b.start);
    return edits;
  }

  /** The edit of `text` that gains most, away from the edits already made (`done`). */
  private bestEdit(text: string, guard: (index: number) => Guard, done: readonly TypoEdit[]): TypoEdit | undefined {
    let best: TypoEdit | undefined;
    const written = new Map<string, number>();
    // Whether the characters start–end stand in a word as written: asked for every candidate, known once a span.
    const inWords = new Map<number, boolean>();
    const inWord = (start: number, end: number): boolean => {
      const key = start * 8 + (end - start);
      let found = inWords.get(key);
      if (found === undefined)
        inWords.set(key, (found = longestWordAround(text, start, end, this.isWord) !== undefined));
      return found;
    };
    const consider = (start: number, end: number, newText: string, kind: CandidateKind): void => {
      let strongest: Guard = Guard.None;
      for (let k = start; k < end; k++) {
        const at = guard(k);
        if (at === Guard.Never) return;
        if (at > strongest) strongest = at;
      }
      const from = Math.max(0, start - WINDOW);
      const to = Math.min(text.length, end + WINDOW);
      const key = `${from}:${to}`;
      let base = written.get(key);
      if (base === undefined) written.set(key, (base = this.score(text.slice(from, to))));
      const changed = text.slice(from, start) + newText + text.slice(end, to);
      const guarded =
        strongest === Guard.Guarded ||
        (strongest === Guard.Name && !this.joinsUnguarded(changed, start - from, end - from, (k) => guard(from + k)));
      const mined = end - start === 1 && this.candidates.minedOf(text.charCodeAt(start)).includes(newText);
      const priors =
        PRIOR[kind] + (inWord(start, end) ? REAL_WORD : NO_WORD) + (guarded ? GUARDED : 0) - (mined ? MINED : 0);
      const gain = this.score(changed) - base - priors;
      if (!best || gain > best.gain) best = { start, end, newText, kind, gain };
    };
    const near = (start: number, end: number): boolean =>
      done.some((edit) => edit.start < end + 1 && start < edit.end + 1);
    const inWordAsRead = this.inWordsOfLikeliestReading(text);
    for (let i = 0; i < text.length; i++) {
      if (near(i, i + 1)) continue;
      const code = text.charCodeAt(i);
      const left = i > 0 ? text.charCodeAt(i - 1) : 0;
      const right = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      const seen = new Set<number>([code]);
      for (const reading of this.candidates.readingsOf(code))
        this.eachJoining(this.candidates.commonOf(reading), seen, left, right, (candidate) =>
          consider(i, i + 1, candidate, 'same-reading'),
        );
      // The input method types a word by its reading: a character of a similar shape inside a word as read was typed
      // as that word (网格化), not slipped in by the eye.
      if (!inWordAsRead[i])
        this.eachJoining(this.candidates.shapesOf(code), seen, left, right, (candidate) =>
          consider(i, i + 1, candidate, 'shape'),
        );
      // A slip the benchmark's writers made that is of neither kind here.
      this.eachJoining(this.candidates.minedOf(code), seen, left, right, (candidate) =>
        consider(i, i + 1, candidate, 'mined'),
      );
    }
    for (let length = 2; length <= 3; length++)
      for (let start = 0; start + length <= text.length; start++) {
        if (near(start, start + length)) continue;
        const span = text.slice(start, start + length);
        // The input method offers words: a slip of a whole word leaves a word, and a span that is none is a coinage
        // or a name (质效, 宜游, 殷勇), not a slip.
        if (!this.isWord(span)) continue;
        for (const key of this.keysOf(span))
          for (const word of this.candidates.wordsOf(key))
            if (differences(word, span) >= 2) consider(start, start + length, word, 'word');
      }
    return best;
  }

  /** Whether the word the edit start–end of `text` stands in holds a position that `guard` leaves unguarded. */
  private joinsUnguarded(text: string, start: number, end: number, guard: (index: number) => Guard): boolean {
    const word = longestWordAround(text, start, end, this.isWord);
    if (!word) return false;
    for (let k = word.start; k < word.end; k++) if (guard(k) === Guard.None) return true;
    return false;
  }

  /** Each character of `chars` not yet seen that makes a pair inside some word with the left or right neighbour. */
  private eachJoining(
    chars: string,
    seen: Set<number>,
    left: number,
    right: number,
    use: (candidate: string) => void,
  ): void {
    for (let k = 0; k < chars.length; k++) {
      const candidate = chars.charCodeAt(k);
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      const joinsLeft = left !== 0 && this.pairs.has(((left << 16) | candidate) >>> 0);
      if (joinsLeft || (right !== 0 && this.pairs.has(((candidate << 16) | right) >>> 0))) use(chars[k]);
    }
  }

  /** The reading keys of a span: the combinations of its characters' readings, at most MAX_KEYS. */
  private keysOf(span: string): string[] {
    let keys = [''];
    for (let i = 0; i < span.length; i++) {
      const readings = this.candidates.readingsOf(span.charCodeAt(i));
      if (readings.length === 0) return [];
      const next: string[] = [];
      for (const key of keys) for (const reading of readings) next.push(key === '' ? reading : `${key}'${reading}`);
      keys = next.slice(0, MAX_KEYS);
    }
    return keys;
  }
}

/**
 * The longest word (of `isWord`) of two to four characters in `text` that holds start–end; of two as long, the one
 * that starts later (不愿意: 愿意, not 不愿). Undefined when no word holds it.
 */
export function longestWordAround(
  text: string,
  start: number,
  end: number,
  isWord: (text: string) => boolean,
): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  for (let from = Math.max(0, end - 4); from <= start; from++)
    for (let to = Math.max(end, from + 2); to <= Math.min(text.length, from + 4); to++)
      if ((!found || to - from >= found.end - found.start) && isWord(text.slice(from, to)))
        found = { start: from, end: to };
  return found;
}

function differences(a: string, b: string): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}

/** Adds a hypothesis (`from` extended by the word `last`) to a beam of the BEAM best, one per state (its last two words). */
function keep(beam: Hypothesis[], score: number, from: Hypothesis, last: number, length: number): void {
  const previous = from.last;
  for (const held of beam)
    if (held.previous === previous && held.last === last) {
      if (score > held.score) {
        held.score = score;
        held.from = from;
        held.length = length;
      }
      return;
    }
  if (beam.length < BEAM) {
    beam.push({ score, previous, last, from, length });
    return;
  }
  let worst = 0;
  for (let k = 1; k < beam.length; k++) if (beam[k].score < beam[worst].score) worst = k;
  if (beam[worst].score < score) beam[worst] = { score, previous, last, from, length };
}
