/**
 * The typo rule's checker: the language model, the candidates and the guards put together, one line at a time. A line's
 * typos depend on its text alone, so they are kept by text: an edit rescores the changed lines only, and a host can
 * check a long document's lines ahead in slices of its own (checkLines) before the rule asks for them.
 */

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
  /** The characters to replace, in the line, and their replacement (same length). */
  at: number;
  to: number;
  newText: string;
  kind: CandidateKind;
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

  private constructor(model: NgramModel, candidates: TypoCandidates) {
    this.decoder = new TypoDecoder(model, candidates);
    this.guardContext = {
      isWord: (text) => model.wordId(text) >= 0,
      isStandard: (code) => candidates.isStandard(code),
      isCommon: (code) => candidates.isCommon(code),
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
    return typos.length === 0 ? NO_TYPOS : typos;
  }
}

const NO_TYPOS: readonly Typo[] = [];
