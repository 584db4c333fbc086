/** The documentation of one rule, cut from docs/rules.md, for the editor to show where a finding links to it. */

/**
 * The section of `markdown` under the level-2 heading `## anchor`, heading included, up to the next level-2 heading;
 * undefined when there is none.
 */
export function ruleDocSection(markdown: string, anchor: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${anchor}`);
  if (start < 0) return undefined;
  let end = start + 1;
  let inFence = false;
  for (; end < lines.length; end++) {
    if (/^\s*```/.test(lines[end])) inFence = !inFence;
    if (!inFence && /^## /.test(lines[end])) break;
  }
  return lines.slice(start, end).join('\n').trimEnd();
}

/** The 0-based line of the rule's heading in `markdown`, for opening the file there when it cannot be rendered. */
export function ruleDocLine(markdown: string, anchor: string): number {
  return Math.max(
    0,
    markdown.split(/\r?\n/).findIndex((line) => line.trim() === `## ${anchor}`),
  );
}
