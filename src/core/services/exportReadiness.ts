/** What must be said before a speech leaves the editor: the placeholders still unfilled in it. */

import type { Locale } from '../language/format';
import { ruleById } from '../rules';
import type { Finding } from '../rules/types';
import { lineIndexAt } from '../language/text';
import type { ParsedSpeech, Span } from '../parse/types';

interface UnfilledPlaceholder {
  /** 0-based line. */
  line: number;
  text: string;
  span: Span;
}

/**
 * The findings among `diagnostics` of the rules that block an export (`blocksExport`: unfilled placeholders), in
 * order, so a rule turned off or a value allowed says nothing.
 */
export function unfilledPlaceholders(speech: ParsedSpeech, diagnostics: readonly Finding[]): UnfilledPlaceholder[] {
  return diagnostics
    .filter((diagnostic) => ruleById(diagnostic.rule)?.meta.blocksExport === true)
    .map((diagnostic) => ({
      line: lineIndexAt(speech.lines, diagnostic.span.start),
      text: speech.text.slice(diagnostic.span.start, diagnostic.span.end),
      span: diagnostic.span,
    }));
}

/** How many placeholders a warning lists before it says how many more there are. */
const LISTED = 8;

/** One warning about unfilled placeholders: a headline and the list, one placeholder a line (1-based lines). */
export function placeholderWarning(
  placeholders: readonly UnfilledPlaceholder[],
  locale: Locale,
): { headline: string; list: string[] } {
  const count = placeholders.length;
  const headline =
    locale === 'zh-cn'
      ? `讲话稿中还有${count}处未填写的占位符，导出后会被照念出来。`
      : `The speech still has ${count} unfilled placeholder${count === 1 ? '' : 's'}, which would be read out as written.`;
  const list = placeholders
    .slice(0, LISTED)
    .map((placeholder) =>
      locale === 'zh-cn'
        ? `第${placeholder.line + 1}行：「${placeholder.text}」`
        : `line ${placeholder.line + 1}: 「${placeholder.text}」`,
    );
  const more = count - list.length;
  if (more > 0) list.push(locale === 'zh-cn' ? `……另有${more}处` : `… and ${more} more`);
  return { headline, list };
}
