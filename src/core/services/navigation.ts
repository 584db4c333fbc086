/** Moving between findings in document order, wrapping around at either end. */

import type { Span } from '../parse/types';

/**
 * The first span that starts after `offset` (forward) or ends before it (backward), wrapping around.
 * A span under the cursor is skipped, so repeating the command walks through every span.
 */
export function nextSpan(spans: readonly Span[], offset: number, direction: 'next' | 'previous'): Span | undefined {
  if (spans.length === 0) return undefined;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  if (direction === 'next') {
    return sorted.find((span) => span.start > offset) ?? sorted[0];
  }
  return [...sorted].reverse().find((span) => span.end < offset) ?? sorted[sorted.length - 1];
}
