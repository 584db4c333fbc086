/** Renumbering: every heading level and every numbered enumeration runs 1, 2, 3… in document order. */

import type { TextEdit } from './syntax';
import { itemRuns, NUMBERED_FAMILIES, numeralIn, numeralSpan, siblingGroups, writeNumberLike } from './sequences';
import type { Heading, Item, ParsedSpeech } from './types';

/** The edits that renumber the speech, each replacing one numeral; empty when the numbering is right. */
export function renumberEdits(speech: ParsedSpeech): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const group of siblingGroups(speech)) {
    group.sections.forEach((section, index) => pushRenumber(edits, section.heading, group.startsAt + index));
  }
  for (const run of itemRuns(speech)) {
    if (!NUMBERED_FAMILIES.has(run.family)) continue;
    run.items.forEach((item, index) => pushRenumber(edits, item, index + 1));
  }
  return edits.sort((a, b) => a.start - b.start);
}

function pushRenumber(edits: TextEdit[], node: Heading | Item, expected: number): void {
  if (node.number === expected) return;
  const span = numeralSpan(node);
  const numeral = numeralIn(node.marker);
  if (!span || !numeral) return;
  edits.push({ start: span.start, end: span.end, newText: writeNumberLike(expected, numeral) });
}
