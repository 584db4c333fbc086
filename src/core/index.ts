/** The Speech Draft language engine: pure TypeScript, no `vscode`, runs in Node, a web worker and the CLI. */

export * from './parse/types';
export { parseSpeech } from './parse/parse';
export { buildOutline, foldingRanges, toOutlineJson, type OutlineJsonNode, type OutlineNode } from './services/outline';
export { computeStats, speakingSeconds, statsOf, DEFAULT_SPEAKING_RATE, type SpeechStats } from './services/stats';
export { formatCount, formatDuration, formatSummary, localeOf, shorten, type Locale } from './language/format';
export { countSpokenCharacters, lineIndexAt } from './language/text';
export {
  parseChineseNumeral,
  formatChineseNumeral,
  chineseDigitsAsArabic,
  parseChineseYear,
  formatArabicDate,
  formatChineseDate,
} from './language/numerals';
export { applyEdits, applyFixes, editOrigins, fixAll, minimalEdit } from './engine/fix';
export { lint, lintWithIgnored } from './engine/lint';
export {
  onRuleProblem,
  LintCache,
  DEFAULT_LINT_CONFIG,
  documentFixOf,
  findingKey,
  fixesOf,
  placedFixes,
  type LintConfig,
} from './engine/run';
export { RULES, ruleById } from './rules';
export { DEFAULT_RULE_OPTIONS } from './rules/types';
export type { Finding, Fix, Rule, RuleMeta, Severity, TextEdit } from './rules/types';
export {
  RC_FILE_NAME,
  mergeConfigs,
  parseRcFile,
  provideLinearRegex,
  rcWithChange,
  configForFile,
  validateUserConfig,
  type LinearRegexCompiler,
  type RcChange,
  type UserConfig,
} from './engine/config';

export { nextSpan } from './services/navigation';
export { placeholderSpans } from './rules/placeholder';
export { renumberEdits } from './parse/renumber';
export { insertSection, moveSection, nextMarkers, renumbered, type TextChange } from './services/editing';
export { speechKinds, type SpeechKind } from './services/skeletons';
export { SpeechAnalyzer } from './services/analyzer';
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
  PINYIN_MODES,
  type LayoutAids,
  type PrintLine,
  type PrintProfile,
  type ProfileName,
} from './services/print';
export { placeholderWarning, unfilledPlaceholders } from './services/exportReadiness';
export { ruleDocLine, ruleDocSection } from './services/ruleDocs';
export { codeActionsFor, type CodeActionPlan } from './services/codeActions';
export { COMPLETION_TRIGGERS, markerCompletions, type MarkerCompletion } from './services/completion';
export { TypoChecker, TYPO_MODEL_FILE } from './language/typoChecker';
export { misreadWordAt } from './language/readings';
export { TYPO_CANDIDATES_FILE } from './language/typoCandidates';
export { parseCalendarDate, timeLimitOf } from './parse/frontMatter';
export { effectiveKind, KIND_NAMES, type DocumentKind } from './parse/documentKind';
