/** The Speech Draft language engine: pure TypeScript, no `vscode`, runs in Node, a web worker and the CLI. */

export * from './types';
export { parseSpeech } from './parse';
export { buildOutline, foldingRanges, toOutlineJson, type OutlineJsonNode, type OutlineNode } from './outline';
export { computeStats, speakingSeconds, statsOf, DEFAULT_SPEAKING_RATE, type SpeechStats } from './stats';
export { formatCount, formatDuration, formatSummary, localeOf, shorten, type Locale } from './format';
export { countSpokenCharacters, lineIndexAt } from './text';
export {
  parseChineseNumeral,
  formatChineseNumeral,
  chineseDigitsAsArabic,
  parseChineseYear,
  formatArabicDate,
  formatChineseDate,
} from './numerals';
export {
  lint,
  onRuleProblem,
  applyEdits,
  applyFixes,
  editOrigins,
  fixAll,
  minimalEdit,
  LintCache,
  DEFAULT_LINT_CONFIG,
  documentFixOf,
  fixesOf,
  placedFixes,
  type LintConfig,
} from './lint';
export { RULES, ruleById } from './rules';
export { DEFAULT_RULE_OPTIONS } from './rules/types';
export type { Finding, Fix, Rule, RuleMeta, Severity, TextEdit } from './rules/types';
export {
  RC_FILE_NAME,
  mergeConfigs,
  parseRcFile,
  provideLinearRegex,
  rcWithWord,
  validateUserConfig,
  type LinearRegexCompiler,
  type UserConfig,
} from './config';
export { nextSpan } from './navigation';
export { placeholderSpans } from './rules/placeholder';
export { renumberEdits } from './renumber';
export { insertSection, moveSection, nextMarkers, renumbered, type TextChange } from './editing';
export { speechKinds, type SpeechKind } from './skeletons';
export { SpeechAnalyzer } from './analyzer';
export {
  layoutSpeech,
  paginate,
  linesPerPage,
  charactersPerLine,
  titleFromFileName,
  withSizes,
  PROFILES,
  OFFICIAL,
  READING,
  type PrintLine,
  type PrintProfile,
  type ProfileName,
} from './print';
export { placeholderWarning, unfilledPlaceholders } from './exportReadiness';
export { ruleDocLine, ruleDocSection } from './ruleDocs';
export { codeActionsFor, type CodeActionPlan } from './codeActions';
export { COMPLETION_TRIGGERS, markerCompletions, type MarkerCompletion } from './completion';
export { findTypos, TypoModel, TYPO_DATA_FILE, type TypoData } from './typo';
export { parseCalendarDate } from './frontMatter';
export { effectiveKind, KIND_NAMES, type DocumentKind } from './documentKind';
