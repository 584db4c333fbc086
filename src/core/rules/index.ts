/** The rules, from the registry, in the order of their ids: the docs, the settings and ties between findings follow it. */

import * as registered from './registry';
import type { Rule } from './types';

export const RULES: readonly Rule[] = Object.values<Rule>(registered).sort((a, b) =>
  a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0,
);

/** The rules an editor runs as the writer types, and those it runs after them (see RuleMeta.background). */
export const FOREGROUND_RULES: readonly Rule[] = RULES.filter((rule) => !rule.meta.background);
export const BACKGROUND_RULES: readonly Rule[] = RULES.filter((rule) => rule.meta.background);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}

export * from './types';
