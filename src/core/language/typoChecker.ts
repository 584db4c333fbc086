/**
 * The typo rule's checker: the language model, the candidates and the guards put together, one line at a time. A line's
 * typos depend on its text alone, so they are kept by text: an edit rescores the changed lines only, and a host can
 * check a long document's lines ahead in slices of its own (checkLines) before the rule asks for them.
 */

import { SET_PHRASES } from './setPhrases';
import { NgramModel } from './ngramModel';
import { TypoCandidates } from './typoCandidates';
import { Guard, longestWordAround, TypoDecoder, type CandidateKind } from './typoDecoder';
import { guardedPositions, type GuardContext } from './typoGuards';

/** The model file beside the bundles (dist/), copied there from data/ by the build. */
export const TYPO_MODEL_FILE = 'zh-lm.bin';

interface Typo {
  /** Offsets in the line: the word the correction makes, as written (二登奖 of 二等奖). */
  start: number;
  end: number;
  /** The characters to replace, in the line, and their replacement (same length, or none for a doubled character). */
  at: number;
  to: number;
  newText: string;
  kind: CandidateKind | 'doubled' | 'phrase';
}

const SENTENCE = /[^。！？；!?;]+/g;
const HAN_RUN = /[\u4e00-\u9fff]{2,}/g;
const HAS_HAN_RUN = /[\u4e00-\u9fff]{2}/;
/** Lines' typos kept at most; beyond, the store starts again (a document of this many distinct lines is rare). */
const KEPT_LINES = 20_000;

export class TypoChecker {
  private readonly decoder: TypoDecoder;
  private readonly byLine = new Map<string, readonly Typo[]>();
  private readonly guardContext: GuardContext;

  private constructor(
    model: NgramModel,
    private readonly candidates: TypoCandidates,
  ) {
    this.decoder = new TypoDecoder(model, candidates);
    this.guardContext = {
      isWord: (text) => model.wordId(text) >= 0,
      isStandard: (code) => candidates.isStandard(code),
      isCommon: (code) => candidates.isCommon(code),
      isOtherDictionaryWord: (text) => candidates.isOtherDictionaryWord(text),
    };
  }

  /** The checker of the model file's bytes and the candidates file's text; throws on files of another kind. */
  static from(modelBytes: Uint8Array, candidatesText: string): TypoChecker {
    return new TypoChecker(NgramModel.from(modelBytes), TypoCandidates.parse(candidatesText));
  }

  /** Whether the model knows `text` (two characters or more) as a word. */
  knowsWord(text: string): boolean {
    return this.guardContext.isWord(text);
  }

  /** Whether the line's typos are known already (checkLine will not compute them). */
  hasChecked(line: string): boolean {
    return this.byLine.has(line);
  }

  /** The likely typos of one line, left to right. */
  checkLine(line: string): readonly Typo[] {
    let typos = this.byLine.get(line);
    if (!typos) {
      typos = this.compute(line);
      if (this.byLine.size >= KEPT_LINES) this.byLine.clear();
      this.byLine.set(line, typos);
    }
    return typos;
  }

  private compute(line: string): readonly Typo[] {
    if (!HAS_HAN_RUN.test(line)) return NO_TYPOS;
    const guarded = guardedPositions(line, this.guardContext);
    const typos: Typo[] = [];
    for (const sentence of line.matchAll(SENTENCE)) {
      const clauses = [...sentence[0].matchAll(HAN_RUN)].map((clause) => ({
        text: clause[0],
        offset: sentence.index + clause.index,
      }));
      if (clauses.length === 0) continue;
      const edits = this.decoder.corrections(
        clauses.map((clause) => clause.text),
        (clause, index) => guarded[clauses[clause].offset + index] as Guard,
      );
      clauses.forEach(({ text, offset }, c) => {
        for (const slip of this.phraseSlips(text)) {
          // The set phrase decides: an edit the model proposed inside it gives way.
          edits[c] = edits[c].filter((edit) => edit.end <= slip.start || edit.start >= slip.end);
          typos.push({
            start: offset + slip.start,
            end: offset + slip.end,
            at: offset + slip.at,
            to: offset + slip.at + 1,
            newText: slip.newText,
            kind: 'phrase',
          });
        }
        for (const at of this.doubledSlips(text, (index) => guarded[offset + index] as Guard))
          if (!edits[c].some((edit) => edit.start <= at && at - 1 < edit.end))
            typos.push({
              start: offset + at - 1,
              end: offset + at + 1,
              at: offset + at,
              to: offset + at + 1,
              newText: '',
              kind: 'doubled',
            });
      });
      edits.forEach((list, c) => {
        const { text, offset } = clauses[c];
        let corrected = text;
        for (const edit of list) corrected = corrected.slice(0, edit.start) + edit.newText + corrected.slice(edit.end);
        for (const edit of list) {
          const word = longestWordAround(corrected, edit.start, edit.end, this.guardContext.isWord) ?? edit;
          typos.push({
            start: offset + word.start,
            end: offset + word.end,
            at: offset + edit.start,
            to: offset + edit.end,
            newText: edit.newText,
            kind: edit.kind,
          });
        }
      });
    }
    if (typos.length === 0) return NO_TYPOS;
    return typos.sort((a, b) => a.start - b.start);
  }

  /**
   * Set phrases of official writing (SET_PHRASES) copied with one character written for another that the input method
   * or a glance could have given: of the same reading, of a similar shape, or a slip the benchmark's writers made.
   */
  private phraseSlips(clause: string): Array<{ start: number; end: number; at: number; newText: string }> {
    const found: Array<{ start: number; end: number; at: number; newText: string }> = [];
    for (let j = 0; j + 1 < clause.length; j++) {
      const anchors = phrasesUnderPair(clause.slice(j, j + 2));
      if (!anchors) continue;
      for (const { phrase, offset } of anchors) {
        const start = j - offset;
        const end = start + phrase.length;
        if (start < 0 || end > clause.length || found.some((slip) => slip.start === start)) continue;
        const at = onlyDifference(clause, start, phrase);
        if (at >= 0 && this.mayBeSlipFor(clause.charCodeAt(at), phrase[at - start]))
          found.push({ start, end, at, newText: phrase[at - start] });
      }
    }
    return found;
  }

  /** Whether the character with `code` may have been written for `meant` (same reading, similar shape, or mined). */
  private mayBeSlipFor(code: number, meant: string): boolean {
    const { candidates } = this;
    const meantReadings = candidates.readingsOf(meant.charCodeAt(0));
    return (
      candidates.readingsOf(code).some((reading) => meantReadings.includes(reading)) ||
      candidates.shapesOf(code).includes(meant) ||
      candidates.minedOf(code).includes(meant)
    );
  }

  /**
   * The second of two like characters (的的, 和和) where a function word was typed twice: the clause is far likelier
   * read without it. A doubled word (实实在在, 和和美美), or one that ends a word and begins the next (目的的, 为了了解,
   * 首都都市圈), reads as likely or likelier as written.
   */
  private doubledSlips(clause: string, guard: (index: number) => Guard): number[] {
    const found: number[] = [];
    for (let at = 1; at < clause.length; at++) {
      const char = clause[at];
      if (char !== clause[at - 1] || !DOUBLED_SLIPS.includes(char)) continue;
      // AABB: 和和美美, 的的确确, 是是非非.
      if (clause[at + 1] !== undefined && clause[at + 1] === clause[at + 2]) continue;
      if (at >= 3 && clause[at - 2] === clause[at - 3]) continue;
      if (guard(at) === Guard.Never || guard(at - 1) === Guard.Never) continue;
      const from = Math.max(0, at - 1 - DOUBLED_WINDOW);
      const to = Math.min(clause.length, at + 1 + DOUBLED_WINDOW);
      const written = this.decoder.score(clause.slice(from, to));
      const single = this.decoder.score(clause.slice(from, at) + clause.slice(at + 1, to));
      if (single - written >= DOUBLED_GAIN) found.push(at);
    }
    return found;
  }
}

let phrasesByPair: Map<string, Array<{ phrase: string; offset: number }>> | undefined;

/**
 * Each set phrase under each pair of adjacent characters it holds (a copy with one character changed keeps one), made
 * on first use: the module is bundled with the extension, which may never load the model.
 */
function phrasesUnderPair(pair: string): Array<{ phrase: string; offset: number }> | undefined {
  if (!phrasesByPair) {
    phrasesByPair = new Map();
    for (const { text } of SET_PHRASES)
      for (let offset = 0; offset + 1 < text.length; offset++) {
        const key = text.slice(offset, offset + 2);
        const list = phrasesByPair.get(key) ?? [];
        list.push({ phrase: text, offset });
        phrasesByPair.set(key, list);
      }
  }
  return phrasesByPair.get(pair);
}

/** Where `text` from `start` differs from `phrase` in exactly one character: that offset in `text`, or -1. */
function onlyDifference(text: string, start: number, phrase: string): number {
  let at = -1;
  for (let k = 0; k < phrase.length; k++)
    if (text[start + k] !== phrase[k]) {
      if (at >= 0) return -1;
      at = start + k;
    }
  return at;
}

/**
 * Function words that are never a word doubled, in official prose (可可, 最最 and 等等 are, and are left out). Measured
 * on the corpus's texts and 61 unseen complete official texts with each doubled in turn at random places.
 */
const DOUBLED_SLIPS = '的了是在和与及对把被将从向以为于而并或就都也又还再要能会让使由按据其之所着过这那我们有不';
/** How much likelier (log10) the clause must read with one of the two: a doubled 的 gains about 10^2.7. */
const DOUBLED_GAIN = 2.5;
/** Characters each side read again. */
const DOUBLED_WINDOW = 6;

const NO_TYPOS: readonly Typo[] = [];
