import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOutline, parseSpeech, toOutlineJson, type OutlineJsonNode } from '../../src/core';

/** Tests run from out/test/unit; fixtures stay in the source tree. */
export const FIXTURES = resolve(__dirname, '../../../test/fixtures');
export const REPO = resolve(__dirname, '../../..');

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** The outline as one readable line a node: `  item 一是 L13 增强主动学习能力`, indented by depth. */
export function outlineLines(text: string): string[] {
  const lines: string[] = [];
  const visit = (node: OutlineJsonNode, depth: number): void => {
    lines.push(`${'  '.repeat(depth)}${node.kind} ${node.marker} L${node.line} ${node.title}`);
    node.children.forEach((child) => visit(child, depth + 1));
  };
  toOutlineJson(buildOutline(parseSpeech(text), 220)).forEach((node) => visit(node, 0));
  return lines;
}
