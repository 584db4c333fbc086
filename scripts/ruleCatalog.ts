/**
 * What the rules' metadata says, in the forms the project keeps beside the code: the setting of each rule in
 * package.json, its line in package.nls*.json, the rules of `.speechdraftrc.json`'s schema, and the rule tables of
 * the README and docs/rules.md. `npm run gen` writes them; a unit test fails when one is stale.
 */

import { RULES, SEVERITY_SETTINGS, type Rule } from '../src/core/rules';

type JsonSchema = Record<string, unknown>;

/** A rule's entry, as a schema: a severity, or (for a rule with options) [severity, { its options }] too. */
function ruleEntrySchema(rule: Rule, description: string): JsonSchema {
  const severity = { type: 'string', enum: [...SEVERITY_SETTINGS] };
  const options = rule.meta.options;
  if (!options) return { ...severity, default: rule.meta.defaultSeverity, description };
  return {
    anyOf: [
      severity,
      {
        type: 'array',
        items: [severity, optionsSchema(options)],
        minItems: 1,
        maxItems: 2,
      },
    ],
    default: rule.meta.defaultSeverity,
    description,
  };
}

function optionsSchema(options: NonNullable<Rule['meta']['options']>): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(options).map(([name, spec]) => [
        name,
        { ...spec.schema, default: spec.default, description: spec.description.en },
      ]),
    ),
    additionalProperties: false,
  };
}

/** `contributes.configuration…['speechDraft.rules'].properties` of package.json. */
export function ruleSettings(rules: readonly Rule[] = RULES): Record<string, JsonSchema> {
  return Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleEntrySchema(rule, `%rule.${rule.meta.id}%`)]));
}

/** The `rule.<id>` entries of package.nls.json (en) or package.nls.zh-cn.json. */
export function ruleNlsEntries(language: 'en' | 'zh-cn', rules: readonly Rule[] = RULES): Record<string, string> {
  return Object.fromEntries(rules.map((rule) => [`rule.${rule.meta.id}`, rule.meta.summary[language]]));
}

/** The `rules` property of schemas/speechdraftrc.schema.json. */
export function rulesSchema(rules: readonly Rule[] = RULES): Record<string, unknown> {
  return {
    description: 'Rule id → off | hint | info | warning | error, or [severity, { options }] for a rule with options',
    type: 'object',
    properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleEntrySchema(rule, rule.meta.summary.en)])),
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
    ...docsOptions(rule),
  ].join('\n');
}

/** The rule's options as a table, with how to set one, or nothing for a rule without options. */
function docsOptions(rule: Rule): string[] {
  const options = Object.entries(rule.meta.options ?? {});
  if (options.length === 0) return [];
  const [first, spec] = options[0];
  const example = JSON.stringify({ [rule.meta.id]: [rule.meta.defaultSeverity, { [first]: spec.default }] });
  return [
    '',
    `Options (选项), set as \`"rules": ${example}\` in \`.speechdraftrc.json\` or \`speechDraft.rules\`:`,
    '',
    '| option | default | allowed | what it sets |',
    '| --- | --- | --- | --- |',
    ...options.map(
      ([name, option]) =>
        `| \`${name}\`${option.alias ? ` (also \`${option.alias}\`)` : ''} | \`${JSON.stringify(option.default)}\` | ${allowedText(option.schema)} | ${option.description.en} ${option.description['zh-cn']} |`,
    ),
  ];
}

function allowedText(schema: NonNullable<Rule['meta']['options']>[string]['schema']): string {
  if (schema.enum) return schema.enum.map((value) => `\`${String(value)}\``).join(', ');
  if (schema.type === 'integer' || schema.type === 'number') {
    const kind = schema.type === 'integer' ? 'whole number' : 'number';
    return schema.minimum !== undefined && schema.maximum !== undefined
      ? `${kind}, ${schema.minimum}–${schema.maximum}`
      : kind;
  }
  return schema.type === 'array' ? 'strings' : schema.type;
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
