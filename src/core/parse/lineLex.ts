/** What the parser knows of one line on its own, whatever surrounds it. */

import type { HeadingMatch } from './headings';
import type { ItemMatch } from './items';
import type { ResidueKind } from './residue';

/** What one line says on its own, whatever surrounds it: cached by the line's text. Offsets are within the line. */
export interface LineLex {
  readonly heading: (HeadingMatch & { titleEnd: number }) | undefined;
  readonly items: readonly ItemCandidate[];
  /** Where the trimmed content starts and ends; equal on a blank line. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Chinese characters, letters and digits on the line (none on a residue line, which is not spoken). */
  readonly spoken: number;
  /** The kinds of characters the line holds, as CHARS bits (see lineChars.ts): the rules' first test. */
  readonly chars: number;
  /** Set on a line pasted with a web page (上一篇：, 责任编辑：, anti-scraping garbage): no part of the speech. */
  readonly residue: ResidueKind | undefined;
  /**
   * `20.2026年10件民生实事`, `21.5+2就业之家`: a line that opens like a decimal but may be item 20 of a numbered list.
   * The parse takes it as a heading only where the list before it reached 19.
   */
  readonly decimalHeading: (HeadingMatch & { titleEnd: number }) | undefined;
}

export interface ItemCandidate {
  offset: number;
  match: ItemMatch;
  /** After a comma: counts only as the next member of a run already begun. */
  afterComma: boolean;
  titleFrom: number;
  titleEnd: number;
}
