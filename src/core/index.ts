/** The Speech Draft language engine: pure TypeScript, no `vscode`, runs in Node, a web worker and the CLI. */

export * from './types';
export { parseSpeech } from './parse';
export { buildOutline, foldingRanges, toOutlineJson, type OutlineJsonNode, type OutlineNode } from './outline';
export { computeStats, speakingSeconds, DEFAULT_SPEAKING_RATE, type SpeechStats } from './stats';
export { formatCount, formatDuration, formatSummary, localeOf, shorten, type Locale } from './format';
export { countSpokenCharacters, splitLines, lineIndexAt, type Line } from './text';
export { parseChineseNumeral, formatChineseNumeral } from './numerals';
