/**
 * The regular expressions of team terms on RE2 (re2js, a pure JavaScript port of Google's RE2, MIT): matching takes
 * time linear in the text whatever the pattern. Its own module, and in the Node host its own bundle (dist/re2.js),
 * loaded on the first regular expression a configuration holds (see provideLinearRegex).
 */

import { RE2JS } from 're2js';
import type { LinearRegexCompiler } from './config';

export const re2Compiler: LinearRegexCompiler = (source, flags) => {
  const compiled = RE2JS.compile(source, flagsOf(flags));
  return { matches: (text) => matchesOf(compiled, text) };
};

function flagsOf(flags: string): number {
  let result = 0;
  if (flags.includes('i')) result |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) result |= RE2JS.MULTILINE;
  if (flags.includes('s')) result |= RE2JS.DOTALL;
  return result;
}

function* matchesOf(pattern: RE2JS, text: string): Generator<{ start: number; text: string }> {
  const matcher = pattern.matcher(text);
  while (matcher.find()) yield { start: matcher.start(), text: matcher.group() ?? '' };
}
