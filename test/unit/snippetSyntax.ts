/** A small parser for VS Code snippet bodies: validates them and expands them the way a writer would. */

export interface Expansion {
  /** Every field left as its placeholder text (what a writer who skips the fields leaves behind). */
  unfilled: string;
  /** Every field filled: 【单位名称】 becomes 单位名称, a choice its first option. */
  filled: string;
  /** Tabstop numbers in order of appearance. */
  tabstops: number[];
}

/** Expands a snippet body; throws on malformed syntax (an unclosed ${, an empty choice). */
export function expandSnippet(body: string): Expansion {
  const values = new Map<number, { unfilled: string; filled: string }>();
  const tabstops: number[] = [];
  let index = 0;

  const parse = (stopAt: string | undefined): { unfilled: string; filled: string } => {
    let unfilled = '';
    let filled = '';
    while (index < body.length) {
      const char = body[index];
      if (stopAt !== undefined && char === stopAt) return { unfilled, filled };
      if (char === '\\') {
        unfilled += body[index + 1];
        filled += body[index + 1];
        index += 2;
        continue;
      }
      if (char !== '$') {
        unfilled += char;
        filled += char;
        index++;
        continue;
      }
      const field = parseField();
      unfilled += field.unfilled;
      filled += field.filled;
    }
    if (stopAt !== undefined) throw new Error(`unclosed field: expected "${stopAt}" in ${JSON.stringify(body)}`);
    return { unfilled, filled };
  };

  const parseField = (): { unfilled: string; filled: string } => {
    index++; // $
    const simple = /^\d+/.exec(body.slice(index));
    if (simple) {
      index += simple[0].length;
      return reference(Number(simple[0]));
    }
    if (body[index] !== '{') throw new Error(`a lone $ at ${index} in ${JSON.stringify(body)}`);
    index++;
    const number = /^\d+/.exec(body.slice(index));
    if (!number) throw new Error(`\${ without a tabstop number in ${JSON.stringify(body)}`);
    index += number[0].length;
    const tabstop = Number(number[0]);
    tabstops.push(tabstop);
    if (body[index] === '}') {
      index++;
      return values.get(tabstop) ?? { unfilled: '', filled: '' };
    }
    if (body[index] === ':') {
      index++;
      const inner = parse('}');
      index++;
      const value = { unfilled: inner.unfilled, filled: inner.filled.replace(/[【】]/g, '') };
      values.set(tabstop, value);
      return value;
    }
    if (body[index] === '|') {
      const end = body.indexOf('|}', index + 1);
      if (end < 0) throw new Error(`unclosed choice in ${JSON.stringify(body)}`);
      const options = body.slice(index + 1, end).split(',');
      if (options.some((option) => option === '')) throw new Error(`an empty choice in ${JSON.stringify(body)}`);
      index = end + 2;
      const value = { unfilled: options[0], filled: options[0] };
      values.set(tabstop, value);
      return value;
    }
    throw new Error(`unexpected "${body[index]}" after \${${tabstop} in ${JSON.stringify(body)}`);
  };

  const reference = (tabstop: number): { unfilled: string; filled: string } => {
    tabstops.push(tabstop);
    return values.get(tabstop) ?? { unfilled: '', filled: '' };
  };

  const { unfilled, filled } = parse(undefined);
  return { unfilled, filled, tabstops };
}
