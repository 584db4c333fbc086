/**
 * What the rules' metadata says, in the forms the project keeps beside the code: the setting of each rule in
 * package.json, its line in package.nls*.json, the rules of `.speechdraftrc.json`'s schema, and the rule tables of
 * the README and docs/rules.md. `npm run gen` writes them; a unit test fails when one is stale.
 */

import { RULES, SEVERITY_SETTINGS, type Rule } from '../src/core/rules';

interface RuleSetting {
  type: 'string';
  enum: string[];
  default: string;
  description: string;
}

/** `contributes.configuration…['speechDraft.rules'].properties` of package.json. */
export function ruleSettings(rules: readonly Rule[] = RULES): Record<string, RuleSetting> {
  return Object.fromEntries(
    rules.map((rule) => [
      rule.meta.id,
      {
        type: 'string',
        enum: [...SEVERITY_SETTINGS],
        default: rule.meta.defaultSeverity,
        description: `%rule.${rule.meta.id}%`,
      },
    ]),
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
    properties: Object.fromEntries(
      rules.map((rule) => [rule.meta.id, { description: rule.meta.summary.en, enum: [...SEVERITY_SETTINGS] }]),
    ),
    additionalProperties: false,
  };
}

/** The README's rule table (indented as in its list). */
export function readmeRuleTable(rules: readonly Rule[] = RULES): string {
  const rows = rules.map(
    (rule) =>
      `  | \`${rule.meta.id}\` | ${rule.meta.defaultSeverity} | ${rule.meta.catches} | ${rule.meta.fixSummary} |`,
  );
  return ['  | rule | default | what it catches | fix |', '  | --- | --- | --- | --- |', ...rows].join('\n');
}

/** docs/rules.md's index of the rules, linking each to its section. */
export function docsRuleIndex(rules: readonly Rule[] = RULES): string {
  const rows = rules.map(
    (rule) =>
      `| [${rule.meta.id}](#${rule.meta.docs}) | ${rule.meta.defaultSeverity} | ${rule.meta.catches} | ${rule.meta.fixSummary} |`,
  );
  return ['| id | default | what it catches | fix |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The block under a rule's heading in docs/rules.md: what its metadata says, between `<!-- rule:<id>:start/end -->`. */
function docsRuleHeader(rule: Rule): string {
  const { meta } = rule;
  const fixable = meta.fixable ? `fixable (${meta.fixSummary})` : 'no fix';
  return [
    `规则 \`${meta.id}\`：${meta.summary['zh-cn']}`,
    '',
    `Rule \`${meta.id}\`: ${meta.summary.en} Default **${meta.defaultSeverity}**, ${fixable}; tags: ${meta.tags.join(', ') || '—'}. Turn it off with \`"speechDraft.rules": { "${meta.id}": "off" }\`.`,
  ].join('\n');
}

/**
 * docs/rules.md with every rule's header block written from its metadata; a rule without a section gets one at the
 * end, with the header and a reminder to add wrong and right examples.
 */
export function withRuleHeaders(markdown: string, rules: readonly Rule[] = RULES): string {
  let text = markdown;
  for (const rule of rules) {
    const name = `rule:${rule.meta.id}`;
    if (!text.includes(`<!-- ${name}:start -->`)) {
      text = `${text.trimEnd()}\n\n## ${rule.meta.docs}\n\n<!-- ${name}:start -->\n<!-- ${name}:end -->\n\nWrong:\n\n\`\`\`text\n(to be written)\n\`\`\`\n\nRight:\n\n\`\`\`text\n(to be written)\n\`\`\`\n`;
    }
    text = replaceBetweenMarkers(text, name, docsRuleHeader(rule));
  }
  return text;
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
