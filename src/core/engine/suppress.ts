/**
 * What a writer silenced: entries of the configuration's `ignore` list (a rule and the text it reported, optionally
 * one file), and, in the text itself, Markdown comments in markdownlint's form:
 *
 *   <!-- speech-draft-disable-next-line long-sentence -->   the next line
 *   <!-- speech-draft-disable-line cjk-space -->            this line
 *   <!-- speech-draft-disable cjk-space -->  …  <!-- speech-draft-enable cjk-space -->
 *
 * A comment without rule ids applies to every rule. Both are matched by what the finding covers, never by its
 * position alone, so an edit elsewhere in the document does not bring a silenced finding back.
 */

import { lineIndexAt } from '../language/text';
import type { ParsedSpeech } from '../parse/types';
import type { Finding } from '../rules/types';

/** One entry of `ignore`: findings of `rule` whose text is `text` (in `file` only, when given) are not reported. */
export interface IgnoreEntry {
  readonly rule: string;
  readonly text: string;
  /** The file's path, relative to the folder of the .speechdraftrc.json that holds the entry, with / between parts. */
  readonly file?: string;
}

/** A directive the parse could not take: its line and why. */
interface DirectiveProblem {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly ruleId: string;
}

const DIRECTIVE = /<!--\s*speech-draft-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;
/** Every rule: the key for a directive without rule ids. */
const ALL = '*';

/** For each line, the rules silenced on it (`*` for all), and the directives that name a rule that does not exist. */
interface Directives {
  readonly silenced: ReadonlyMap<number, ReadonlySet<string>>;
  readonly problems: readonly DirectiveProblem[];
}

const directivesBySpeech = new WeakMap<ParsedSpeech, WeakMap<ReadonlySet<string>, Directives>>();

/** The speech's directives, read once per parse and set of known rule ids (one set per list of rules, see lint.ts). */
export function directivesOf(speech: ParsedSpeech, knownRules: ReadonlySet<string>): Directives {
  let byRules = directivesBySpeech.get(speech);
  if (!byRules) directivesBySpeech.set(speech, (byRules = new WeakMap()));
  let directives = byRules.get(knownRules);
  if (!directives) byRules.set(knownRules, (directives = readDirectives(speech, knownRules)));
  return directives;
}

function readDirectives(speech: ParsedSpeech, knownRules: ReadonlySet<string>): Directives {
  const silenced = new Map<number, Set<string>>();
  const problems: DirectiveProblem[] = [];
  if (!speech.text.includes('speech-draft-')) return { silenced, problems };
  const open = new Set<string>();
  const silence = (line: number, rules: Iterable<string>): void => {
    let set = silenced.get(line);
    if (!set) silenced.set(line, (set = new Set()));
    for (const rule of rules) set.add(rule);
  };
  for (const line of speech.lines) {
    if (open.size > 0) silence(line.index, open);
    if (!line.text.includes('speech-draft-')) continue;
    DIRECTIVE.lastIndex = 0;
    for (let match = DIRECTIVE.exec(line.text); match; match = DIRECTIVE.exec(line.text)) {
      const rules = ruleIdsOf(match[2]);
      for (const ruleId of rules) {
        if (ruleId === ALL || knownRules.has(ruleId)) continue;
        const start = line.start + match.index;
        problems.push({ line: line.index, start, end: start + match[0].length, ruleId });
      }
      switch (match[1]) {
        case 'disable-next-line':
          silence(line.index + 1, rules);
          break;
        case 'disable-line':
          silence(line.index, rules);
          break;
        case 'disable':
          rules.forEach((rule) => open.add(rule));
          silence(line.index, rules);
          break;
        case 'enable':
          if (rules.includes(ALL)) open.clear();
          else rules.forEach((rule) => open.delete(rule));
          break;
      }
    }
  }
  return { silenced, problems };
}

/** `a, b c` → [a, b, c]; nothing → [*]. */
function ruleIdsOf(list: string): string[] {
  const ids = list.split(/[\s,，]+/).filter(Boolean);
  return ids.length > 0 ? ids : [ALL];
}

/** Whether `finding` is silenced by a directive on its first line or by an `ignore` entry. */
export class Silencer {
  private readonly byRule = new Map<string, Set<string>>();

  constructor(
    private readonly speech: ParsedSpeech,
    ignore: readonly IgnoreEntry[],
    private readonly directives: Directives,
  ) {
    for (const { rule, text } of ignore) {
      let texts = this.byRule.get(rule);
      if (!texts) this.byRule.set(rule, (texts = new Set()));
      texts.add(text);
    }
  }

  get empty(): boolean {
    return this.byRule.size === 0 && this.directives.silenced.size === 0;
  }

  silences(finding: Finding): boolean {
    const texts = this.byRule.get(finding.rule);
    if (texts?.has(this.speech.text.slice(finding.span.start, finding.span.end))) return true;
    if (this.directives.silenced.size === 0) return false;
    const rules = this.directives.silenced.get(lineIndexAt(this.speech.lines, finding.span.start));
    return rules !== undefined && (rules.has(ALL) || rules.has(finding.rule));
  }
}
