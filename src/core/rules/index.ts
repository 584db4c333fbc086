/** Every rule, in the order findings are reported. Adding a rule = adding its file and one line here. */

import { announcedCount } from './announcedCount';
import { cjkSpace } from './cjkSpace';
import { duplicateParagraph } from './duplicateParagraph';
import { ellipsisDash } from './ellipsisDash';
import { halfwidthPunctuation } from './halfwidthPunctuation';
import { enumerationSequence } from './enumerationSequence';
import { headingMarker } from './headingMarker';
import { longSentence } from './longSentence';
import { missingNumber } from './missingNumber';
import { numberUsage } from './numberUsage';
import { numberingSequence } from './numberingSequence';
import { placeholder } from './placeholder';
import { repeatedPunctuation } from './repeatedPunctuation';
import { speechStructure } from './speechStructure';
import { type Rule } from './types';
import { unpairedMark } from './unpairedMark';
import { webResidue } from './webResidue';

export const RULES: readonly Rule[] = [
  placeholder,
  missingNumber,
  halfwidthPunctuation,
  unpairedMark,
  repeatedPunctuation,
  ellipsisDash,
  numberUsage,
  cjkSpace,
  headingMarker,
  numberingSequence,
  announcedCount,
  enumerationSequence,
  duplicateParagraph,
  webResidue,
  longSentence,
  speechStructure,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}

export * from './types';
