/**
 * RE2 for team terms' regular expressions: in Node it stays in dist/re2.js and is loaded on the first regular
 * expression a configuration holds, so the extension's own bundle stays small. The web build swaps this file for
 * regexModule.web.ts.
 */
import type { LinearRegexCompiler } from '../core';

export function loadRegexCompiler(): LinearRegexCompiler {
  // Resolved at run time beside dist/extension.js; the build keeps it out of the bundle.
  return (require('./re2.js') as { re2Compiler: LinearRegexCompiler }).re2Compiler;
}
