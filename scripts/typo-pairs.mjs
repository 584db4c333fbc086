// Writes the [mined] section of data/zh-candidates.txt: the slips the typo benchmark's train split makes, each written
// character with what it stood for (建 → 健: 6 times), the only data of the typo rule taken from the benchmark. Its
// source is test/typos/ecspell-odw/odw.train (ECSpell, MIT, its LICENSE shipped beside the candidates as
// ecspell.LICENSE.txt); the test split, held out, is never read. npm run data:typo runs this after lm-data.mjs, and
// npm run eval:typos runs it with --hold to score the pairs by cross-validation: mined from all sentences but one fold,
// scored on that fold.
//
//   node scripts/typo-pairs.mjs [--train FILE] [--in FILE] [--out FILE] [--hold K/FOLDS]
//
// --in is the candidates file whose other sections are kept (data/zh-candidates.txt), --out where the result goes (the
// same file); --hold K/FOLDS leaves out the sentences whose index modulo FOLDS is K.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECTION = '[mined]';
const HAN = /^[\u4e00-\u9fff]$/;
/**
 * Characters of opposite meaning (上 and 下, 买 and 卖): a slip from one to the other turns the sense around, which a
 * model of word frequencies cannot judge (本科及以下学历, 在下世纪初 read as 以上, 上世纪). The benchmark's few such slips
 * are not learnt as pairs. A list of the language's common opposites, this project's (MIT).
 */
const OPPOSITES = new Set(
  [
    '上下',
    '大小',
    '多少',
    '前后',
    '左右',
    '高低',
    '增减',
    '升降',
    '进出',
    '内外',
    '正负',
    '长短',
    '早晚',
    '买卖',
    '男女',
    '新旧',
    '东西',
    '南北',
    '开关',
    '加减',
    '来去',
    '强弱',
    '难易',
    '轻重',
    '胜负',
    '得失',
    '收支',
    '出入',
    '好坏',
    '真假',
    '冷热',
    '远近',
    '快慢',
    '深浅',
    '宽窄',
    '厚薄',
    '粗细',
    '先后',
    '主次',
    '始终',
    '首尾',
    '是非',
    '有无',
    '盈亏',
    '涨跌',
    '起止',
  ].flatMap((pair) => [pair, pair[1] + pair[0]]),
);

/** Each Chinese character written in place of another in the rows (n_errors, wrong, right), with its count. */
function minedPairs(rows) {
  const counts = new Map();
  for (const [, wrong, right] of rows) {
    if (wrong.length !== right.length) continue;
    for (let i = 0; i < wrong.length; i++) {
      if (wrong[i] === right[i] || !HAN.test(wrong[i]) || !HAN.test(right[i])) continue;
      if (OPPOSITES.has(wrong[i] + right[i])) continue;
      const pair = `${wrong[i]}\t${right[i]}`;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  // Most frequent first; ties in code order, so the file is the same however the rows are read.
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
}

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

function main() {
  const train = option('--train', join(REPO, 'test/typos/ecspell-odw/odw.train'));
  const input = option('--in', join(REPO, 'data/zh-candidates.txt'));
  const out = option('--out', input);
  const hold = option('--hold', undefined);
  const [held, folds] = hold ? hold.split('/').map(Number) : [-1, 1];
  const rows = readFileSync(train, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'))
    .filter((_, index) => index % folds !== held);
  const kept = readFileSync(input, 'utf8').split('\n');
  const end = kept.indexOf(SECTION);
  const others = end >= 0 ? kept.slice(0, end) : kept;
  while (others.at(-1) === '') others.pop();
  const pairs = minedPairs(rows).map(([pair, count]) => `${pair}\t${count}`);
  writeFileSync(out, [...others, SECTION, ...pairs, ''].join('\n'));
  if (!hold) console.log(`${out}: ${pairs.length} pairs mined from ${rows.length} sentences of ${train}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
