/** The web worker cannot load a second file: there, RE2 is bundled in. */
import type { LinearRegexCompiler } from '../core';
import { re2Compiler } from '../core/engine/re2';

export function loadRegexCompiler(): LinearRegexCompiler {
  return re2Compiler;
}
