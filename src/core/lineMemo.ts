import type { LineKey } from './types';

let slots = 0;

/**
 * A document rule's per-line result, kept in the line's key (the same object while the line's text is unchanged,
 * see ParsedSpeech.lineKeys) at a slot of its own. Pure: the value depends on the line's text alone. A slot in an
 * array, not a WeakMap: a fresh parse fills thousands of keys, and WeakMap entries are costly to add and to collect.
 */
export function lineMemo<T extends NonNullable<unknown>>(compute: (text: string) => T): (key: LineKey | undefined, text: string) => T {
  const slot = slots++;
  return (key, text) => {
    if (key === undefined) return compute(text);
    let value = key.memo?.[slot] as T | undefined;
    if (value === undefined) {
      value = compute(text);
      // Every slot is taken when the rules load, before any lint: one array of the exact size.
      (key.memo ??= new Array<unknown>(slots))[slot] = value;
    }
    return value;
  };
}
