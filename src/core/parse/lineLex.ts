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
   * A line that opens like a heading only where it goes on with the list above it: `20.2026年10件民生实事` (a decimal,
   * or item 20 of a numbered list that reached 19), `（二促进……` (a （二） whose closing bracket was lost, after
   * （一）) and `二深刻认识……` (a 二、 whose 、 was lost, between 一、 and 三、). The parse takes it as a heading only
   * there.
   */
  readonly listHeading: (HeadingMatch & { titleEnd: number }) | undefined;
}

export interface ItemCandidate {
  offset: number;
  match: ItemMatch;
  /** After a comma: counts only as the next member of a run already begun. */
  afterComma: boolean;
  titleFrom: number;
  titleEnd: number;
}
