/**
 * The engine's front door: the rules' findings under a file's whole configuration (its folder's, then its own front
 * matter's), less what the writer silenced (an `ignore` entry, a disable comment).
 */

import type { ParsedSpeech, Span } from '../parse/types';
import { RULES } from '../rules';
import type { Finding, Message, Rule } from '../rules/types';
import { FRONT_MATTER_KEY, frontMatterSettings, layeredConfig } from './config';
import { DEFAULT_LINT_CONFIG, runRules, type LintCache, type LintConfig } from './run';
import { directivesOf, Silencer } from './suppress';

/** A setting the file itself gives that cannot be taken: a broken front matter, a disable comment's unknown rule. */
interface SettingProblem {
  readonly span: Span;
  readonly message: Message;
}

interface LintResult {
  /** What is reported. */
  readonly findings: Finding[];
  /** What the writer silenced, for `lint --include-ignored`. */
  readonly ignored: Finding[];
  readonly problems: SettingProblem[];
  /** The configuration the findings were made under: the given one with the front matter's settings on top. */
  readonly config: LintConfig;
}

export function lint(
  speech: ParsedSpeech,
  config: LintConfig = DEFAULT_LINT_CONFIG,
  cache?: LintCache,
  rules: readonly Rule[] = RULES,
): Finding[] {
  return lintWithIgnored(speech, config, cache, rules).findings;
}

export function lintWithIgnored(
  speech: ParsedSpeech,
  config: LintConfig = DEFAULT_LINT_CONFIG,
  cache?: LintCache,
  rules: readonly Rule[] = RULES,
): LintResult {
  const { config: effective, problems } = fileConfig(speech, config);
  const all = runRules(speech, effective, cache, rules);
  const directives = directivesOf(speech, ruleIds(rules));
  for (const { start, end, ruleId } of directives.problems)
    problems.push({
      span: { start, end },
      message: {
        'zh-cn': `注释中的规则「${ruleId}」不存在，这条注释对它不起作用。`,
        en: `There is no rule 「${ruleId}」: the comment does not silence it.`,
      },
    });
  const silencer = new Silencer(speech, effective.ignore ?? [], directives);
  if (silencer.empty) return { findings: all, ignored: [], problems, config: effective };
  const findings: Finding[] = [];
  const ignored: Finding[] = [];
  for (const finding of all) (silencer.silences(finding) ? ignored : findings).push(finding);
  return { findings, ignored, problems, config: effective };
}

const idsByRules = new WeakMap<readonly Rule[], ReadonlySet<string>>();

function ruleIds(rules: readonly Rule[]): ReadonlySet<string> {
  let ids = idsByRules.get(rules);
  if (!ids) idsByRules.set(rules, (ids = new Set(rules.map((rule) => rule.meta.id))));
  return ids;
}

/** Each configuration with each front matter's settings on top, made once: the lint cache keys on the result. */
const layered = new WeakMap<LintConfig, Map<string, { config: LintConfig; problem?: Message }>>();

/**
 * The configuration the file's own front matter makes of `config`, and what in it could not be taken. Its field is
 * read and checked once per configuration and field text, not on every keystroke.
 */
function fileConfig(speech: ParsedSpeech, config: LintConfig): { config: LintConfig; problems: SettingProblem[] } {
  const frontMatter = speech.frontMatter;
  const value = frontMatter?.fields[FRONT_MATTER_KEY];
  if (!frontMatter || value === undefined) return { config, problems: [] };
  let byValue = layered.get(config);
  if (!byValue) layered.set(config, (byValue = new Map()));
  let made = byValue.get(value);
  if (!made) {
    const { config: settings, problem } = frontMatterSettings(value);
    made = settings ? { config: layeredConfig(config, settings) } : { config, problem };
    byValue.set(value, made);
  }
  if (!made.problem) return { config: made.config, problems: [] };
  const line =
    speech.lines.slice(0, frontMatter.endLine).find((candidate) => candidate.text.startsWith(FRONT_MATTER_KEY)) ??
    speech.lines[0];
  return { config: made.config, problems: [{ span: { start: line.start, end: line.end }, message: made.problem }] };
}
