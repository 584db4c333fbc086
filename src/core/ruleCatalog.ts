/**
 * What the rules' metadata says, in the forms the project keeps beside the code: the setting of each rule in
 * package.json, its line in package.nls*.json, the rules of `.speechdraftrc.json`'s schema, and the rule tables of
 * the README and docs/rules.md. `npm run gen` writes them; a unit test fails when one is stale.
 */

import { RULES, SEVERITY_SETTINGS, type Rule } from './rules';

export interface RuleSetting {
  type: 'string';
  enum: string[];
  default: string;
  description: string;
}

/** `contributes.configuration…['speechDraft.rules'].properties` of package.json. */
export function ruleSettings(rules: readonly Rule[] = RULES): Record<string, RuleSetting> {
  return Object.fromEntries(
    rules.map((rule) => [rule.meta.id, { type: 'string', enum: [...SEVERITY_SETTINGS], default: rule.meta.defaultSeverity, description: `%rule.${rule.meta.id}%` }]),
  );
}

/** The `rule.<id>` entries of package.nls.json (en) or package.nls.zh-cn.json. */
export function ruleNlsEntries(language: 'en' | 'zh-cn', rules: readonly Rule[] = RULES): Record<string, string> {
  return Object.fromEntries(rules.map((rule) => [`rule.${rule.meta.id}`, rule.meta.summary[language]]));
}

/** The `rules` property of schemas/speechdraftrc.schema.json. */
export function rulesSchema(rules: readonly Rule[] = RULES): Record<string, unknown> {
  return {
    description: 'Rule id → off | hint | info | warning | error',
    type: 'object',
    properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, { description: rule.meta.summary.en, enum: [...SEVERITY_SETTINGS] }])),
    additionalProperties: false,
  };
}

/** The README's rule table (indented as in its list). */
export function readmeRuleTable(rules: readonly Rule[] = RULES): string {
  const rows = rules.map((rule) => `  | \`${rule.meta.id}\` | ${rule.meta.defaultSeverity} | ${rule.meta.catches} | ${rule.meta.fixSummary} |`);
  return ['  | rule | default | what it catches | fix |', '  | --- | --- | --- | --- |', ...rows].join('\n');
}

/** docs/rules.md's index of the rules, linking each to its section. */
export function docsRuleIndex(rules: readonly Rule[] = RULES): string {
  const rows = rules.map((rule) => `| [${rule.meta.id}](#${rule.meta.docs}) | ${rule.meta.defaultSeverity} | ${rule.meta.catches} | ${rule.meta.fixSummary} |`);
  return ['| id | default | what it catches | fix |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Replaces what stands between `<!-- name:start -->` and `<!-- name:end -->`; the markers must be there. */
export function replaceBetweenMarkers(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the markers ${start} … ${end} are missing`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}
