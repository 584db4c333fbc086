/**
 * Results that depend on one line's text alone, cached by that text. An edit changes a line or two, so a
 * re-analysis computes those and reuses the rest. Each pass keeps only what it used, so the cache holds one
 * document's lines, not every version ever typed.
 */
export class LineCache<T, K = string> {
  private readonly entries = new Map<K, { value: T; pass: number }>();
  private pass = 0;

  /** The value for `text`, computed by `compute(text, argument)` when absent (an argument, not a closure a call). */
  get<A = undefined>(text: K, compute: (text: K, argument: A) => T, argument?: A): T {
    const entry = this.entries.get(text);
    if (entry) {
      entry.pass = this.pass;
      return entry.value;
    }
    const value = compute(text, argument as A);
    this.entries.set(text, { value, pass: this.pass });
    return value;
  }

  /** Ends a pass over the document: entries this pass did not use are dropped. */
  endPass(): void {
    for (const [text, entry] of this.entries) {
      if (entry.pass !== this.pass) this.entries.delete(text);
    }
    this.pass++;
  }

  get size(): number {
    return this.entries.size;
  }
}
