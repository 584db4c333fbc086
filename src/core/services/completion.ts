/** Completion at the start of a line: which markers to offer and what they replace. */

import { nextMarkers, type NextMarker } from './editing';
import type { ParsedSpeech } from '../parse/types';

/** What may stand before the cursor for markers to be offered: indentation, and the start of a marker. */
const LINE_START = /^([ \t\u3000]*)([一二三四五六七八九十（(第0-9]{0,3})$/;

/** Characters that open completion by themselves as they are typed. */
export const COMPLETION_TRIGGERS: readonly string[] = ['（', '('];

export interface MarkerCompletion extends NextMarker {
  /** Sorts the items in the order given (the innermost first). */
  sortText: string;
  preselect: boolean;
}

interface MarkerCompletions {
  /** The column the inserted marker starts at: what was typed of a marker after the indentation is replaced. */
  replaceFrom: number;
  items: MarkerCompletion[];
}

/**
 * The markers to offer with the cursor at `offset`, where `before` is its line's text up to the cursor: nothing
 * unless only indentation and the beginning of a marker stand there.
 */
export function markerCompletions(speech: ParsedSpeech, before: string, offset: number): MarkerCompletions | undefined {
  const match = LINE_START.exec(before);
  if (!match) return undefined;
  const items = nextMarkers(speech, offset).map((marker, index) => ({
    ...marker,
    sortText: String(index).padStart(3, '0'),
    preselect: index === 0,
  }));
  return { replaceFrom: match[1].length, items };
}
