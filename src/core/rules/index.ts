/** Every rule, in the order findings are reported. Adding a rule = adding its file and one line here. */

import { cjkSpace } from './cjkSpace';
import { ellipsisDash } from './ellipsisDash';
import { halfwidthPunctuation } from './halfwidthPunctuation';
import { headingMarker } from './headingMarker';
import { missingNumber } from './missingNumber';
import { placeholder } from './placeholder';
import { repeatedPunctuation } from './repeatedPunctuation';
import type { Rule } from './types';
import { unpairedMark } from './unpairedMark';

export const RULES: readonly Rule[] = [
  placeholder,
  missingNumber,
  halfwidthPunctuation,
  unpairedMark,
  repeatedPunctuation,
  ellipsisDash,
  cjkSpace,
  headingMarker,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}

export * from './types';
