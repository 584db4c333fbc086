/** Every rule, in the order findings are reported. Adding a rule = adding its file and one line here. */

import { missingNumber } from './missingNumber';
import { placeholder } from './placeholder';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [placeholder, missingNumber];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}

export * from './types';
