/** Character counts and speaking time. */

import {
  countSpokenCharacters,
  DEFAULT_SPEAKING_RATE,
  lineIndexAt,
  speakingSeconds,
  validSpeakingRate,
} from '../language/text';
import type { ParsedSpeech, Span } from '../parse/types';

export { DEFAULT_SPEAKING_RATE, speakingSeconds };

export interface SpeechStats {
  /** Chinese characters, letters and digits; punctuation and spaces are not counted. */
  characters: number;
  paragraphs: number;
  /** Characters a minute used for the estimate. */
  speakingRate: number;
  /** Speaking time in seconds, rounded. */
  speakingSeconds: number;
}

export function computeStats(
  text: string,
  speakingRate: number = DEFAULT_SPEAKING_RATE,
  paragraphs?: number,
): SpeechStats {
  const characters = countSpokenCharacters(text);
  const rate = validSpeakingRate(speakingRate);
  return {
    characters,
    paragraphs: paragraphs ?? countParagraphs(text),
    speakingRate: rate,
    speakingSeconds: speakingSeconds(characters, rate),
  };
}

/** Spoken characters in a span of the speech, from the per-line counts: whole lines are not read again. */
export function countSpokenIn(speech: ParsedSpeech, span: Span): number {
  const { lines, text, lineSpoken } = speech;
  const first = lineIndexAt(lines, span.start);
  const last = lineIndexAt(lines, span.end);
  // A line the span covers whole (a section's heading and last line) is not read again either.
  const spoken = (line: number, from: number, to: number): number =>
    from <= lines[line].start && to >= lines[line].end ? lineSpoken[line] : countSpokenCharacters(text, from, to);
  if (first === last) return spoken(first, span.start, span.end);
  const before = spokenBefore(speech);
  const between = before[last] - before[first + 1];
  return spoken(first, span.start, lines[first].end) + between + spoken(last, lines[last].start, span.end);
}

/**
 * The spoken characters of the lines above each line, once per parsed speech: the outline asks for every section
 * and item, and a section's lines are also its subsections' and items', so summing them each time walked a line once
 * for every level above it.
 */
function spokenBefore(speech: ParsedSpeech): Float64Array {
  let sums = spokenSums.get(speech);
  if (sums) return sums;
  const { lineSpoken } = speech;
  sums = new Float64Array(lineSpoken.length + 1);
  for (let line = 0; line < lineSpoken.length; line++) sums[line + 1] = sums[line] + lineSpoken[line];
  spokenSums.set(speech, sums);
  return sums;
}

const spokenSums = new WeakMap<ParsedSpeech, Float64Array>();

/** The statistics of a parsed speech, from its per-line counts. */
export function statsOf(speech: ParsedSpeech, speakingRate: number = DEFAULT_SPEAKING_RATE): SpeechStats {
  let characters = 0;
  for (const count of speech.lineSpoken) characters += count;
  const rate = validSpeakingRate(speakingRate);
  return {
    characters,
    paragraphs: speech.paragraphs.length,
    speakingRate: rate,
    speakingSeconds: speakingSeconds(characters, rate),
  };
}

function countParagraphs(text: string): number {
  let count = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.replace(/[\s\u3000\ufeff]/g, '') !== '') count++;
  }
  return count;
}
