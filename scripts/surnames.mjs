/**
 * node scripts/surnames.mjs: prints the first character of each surname that pinyin-pro lists for its surname mode
 * (《百家姓》), once each, in its order: the text of SURNAMES in src/core/language/surnames.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const bundle = readFileSync(createRequire(import.meta.url).resolve('pinyin-pro'), 'utf8');
const start = bundle.indexOf('{"南宫":');
if (start < 0) throw new Error('pinyin-pro: no table of surnames found');
const table = JSON.parse(bundle.slice(start, bundle.indexOf('}', start) + 1));
console.log([...new Set(Object.keys(table).map((surname) => surname[0]))].join(''));
