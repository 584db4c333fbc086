/**
 * Messages and fixes that depend on a short key (the mark, the run of spaces, the sentence's length), made once
 * and shared by every finding with that key: a long document has tens of thousands of findings and only a few
 * hundred different texts among them. Bounded: past `limit` keys the cache starts afresh.
 */
export function sharedBy<T>(make: (key: string) => T, limit = 1024): (key: string) => T {
  let made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      if (made.size >= limit) made = new Map();
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
