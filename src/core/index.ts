/** The Speech Draft language engine: pure TypeScript, no `vscode`, runs in Node, a web worker and the CLI. */

export * from './types';
export { parseSpeech } from './parse';
export {
  buildOutline,
  foldingRanges,
  toOutlineJson,
  type OutlineJsonNode,
  type OutlineKind,
  type OutlineNode,
} from './outline';
export {
  computeStats,
  countSpokenIn,
  speakingSeconds,
  statsOf,
  DEFAULT_SPEAKING_RATE,
  type SpeechStats,
} from './stats';
export { formatCount, formatDuration, formatSummary, localeOf, shorten, type Locale } from './format';
export { countSpokenCharacters, splitLines, lineIndexAt, type Line } from './text';
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
  type RuleProblemListener,
  applyEdits,
  applyFixes,
  editOrigins,
  fixAll,
  minimalEdit,
  safeFixEdits,
  safeFixes,
  type FixAllResult,
  LintCache,
  DEFAULT_LINT_CONFIG,
  documentFixOf,
  fixesOf,
  placedFixes,
  type LintConfig,
} from './lint';
export { LineCache } from './lineCache';
export { lexLine } from './parse';
export type { LineLex } from './lineLex';
export { RULES, ruleById } from './rules';
export { COMMON_MESSAGES, DEFAULT_RULE_OPTIONS, SEVERITY_SETTINGS, documentRule } from './rules/types';
export type {
  DocumentContext,
  DocumentRule,
  Finding,
  Fix,
  FixReport,
  LineContext,
  LineRule,
  Message,
  MessageData,
  Report,
  Reporter,
  Rule,
  RuleMeta,
  RuleOptions,
  Severity,
  SeveritySetting,
  TextEdit,
} from './rules/types';
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
export { findPlaceholders } from './rules/placeholder';
export { nextSpan } from './navigation';
export { placeholderSpans } from './rules/placeholder';
export { renumberEdits } from './renumber';
export {
  insertSection,
  moveSection,
  nextMarkers,
  renumbered,
  sectionAt,
  type NextMarker,
  type TextChange,
} from './editing';
export { siblingGroups, itemRuns, markerWithNumber } from './structure';
export { speechKinds, type SnippetDefinition, type SpeechKind } from './skeletons';
export { SpeechAnalyzer } from './analyzer';
export {
  layoutSpeech,
  paginate,
  linesPerPage,
  charactersPerLine,
  lineHeightPt,
  titleFromFileName,
  fontFor,
  withSizes,
  PROFILES,
  OFFICIAL,
  READING,
  CHINESE_SIZE,
  type PrintPage,
  type PrintLine,
  type PrintBlock,
  type PrintRun,
  type PrintProfile,
  type FontSpec,
  type ProfileName,
} from './print';
export { placeholderWarning, unfilledPlaceholders, type UnfilledPlaceholder } from './exportReadiness';
export { ruleDocLine, ruleDocSection } from './ruleDocs';
export { codeActionsFor, type CodeActionPlan } from './codeActions';
export { COMPLETION_TRIGGERS, markerCompletions, type MarkerCompletion, type MarkerCompletions } from './completion';
export { findTypos, TypoModel, TYPO_DATA_FILE, TYPO_MARGIN, type Typo, type TypoData } from './typo';
export { findFrontMatter, parseCalendarDate, type CalendarDate, type FrontMatter } from './frontMatter';
export { effectiveKind, KIND_NAMES, type DocumentKind, type KindInfo } from './documentKind';
