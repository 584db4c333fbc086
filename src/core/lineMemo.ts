/**
 * A document rule's per-line result, remembered for as long as the parse keeps that line's key object (the same
 * object while the line's text is unchanged). Pure: the value depends on the line's text alone.
 */
export function lineMemo<T>(compute: (text: string) => T): (key: object | undefined, text: string) => T {
  const memo = new WeakMap<object, T>();
  return (key, text) => {
    if (key === undefined) return compute(text);
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      value = compute(text);
      memo.set(key, value);
    }
    return value as T;
  };
}
