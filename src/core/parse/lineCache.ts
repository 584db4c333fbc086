/**
 * Results that depend on one line's text alone, cached by that text. An edit changes a line or two, so a
 * re-analysis computes those and reuses the rest. Each pass keeps only what it used, so the cache holds one
 * document's lines, not every version ever typed.
 */
export class LineCache<T, K = string> {
  private readonly entries = new Map<K, Entry<K, T>>();
  private pass = 0;
  /** The entries `lineAt` used in the last pass and in this one, by line index. */
  private previous: Array<Entry<K, T>> = [];
  private current: Array<Entry<K, T>> = [];

  /** The value for `text`, computed by `compute(text, argument)` when absent (an argument, not a closure a call). */
  get<A = undefined>(text: K, compute: (text: K, argument: A) => T, argument?: A): T {
    return this.entryOf(this.entries.get(text), text, compute, argument).value;
  }

  /**
   * The value for line `index` of `count` lines, as `get` gives it, but first trying the line at the same place in
   * the last pass, counted from the top and from the bottom: an edit leaves the lines above it where they were and
   * the lines below it as far from the end, and comparing two strings costs less than hashing one to look it up.
   */
  lineAt<A = undefined>(index: number, count: number, text: K, compute: (text: K, argument: A) => T, argument?: A): T {
    const previous = this.previous;
    let found: Entry<K, T> | undefined = previous[index];
    if (found === undefined || found.key !== text) {
      found = previous[previous.length - count + index];
      if (found === undefined || found.key !== text) found = this.entries.get(text);
    }
    const entry = this.entryOf(found, text, compute, argument);
    this.current[index] = entry;
    return entry.value;
  }

  private entryOf<A>(
    found: Entry<K, T> | undefined,
    key: K,
    compute: (text: K, argument: A) => T,
    argument: A | undefined,
  ): Entry<K, T> {
    if (found) {
      found.pass = this.pass;
      return found;
    }
    const entry = { key, value: compute(key, argument as A), pass: this.pass };
    this.entries.set(key, entry);
    return entry;
  }

  /** Ends a pass over the document: entries this pass did not use are dropped. */
  endPass(): void {
    for (const [text, entry] of this.entries) {
      if (entry.pass !== this.pass) this.entries.delete(text);
    }
    this.previous = this.current;
    this.current = [];
    this.pass++;
  }

  get size(): number {
    return this.entries.size;
  }
}

interface Entry<K, T> {
  key: K;
  value: T;
  pass: number;
}
