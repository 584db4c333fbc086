// Writes data/typo-lexicon.json, the data of the `typo` rule, from two public sources (see data/README.md):
//   node scripts/typo-data.mjs <jieba.dict.utf8> <kMandarin_8105.txt>
// - jieba.dict.utf8: the word list of cppjieba with frequencies (MIT), as shipped in the npm package nodejieba@2.5.2
//   (`npm pack nodejieba@2.5.2`, file package/dict/jieba.dict.utf8);
// - kMandarin_8105.txt: the most common reading of each of the 8,105 characters of 《通用规范汉字表》 (2013), from
//   mozillazg/pinyin-data (MIT).
// Words of one to four Chinese characters seen at least five times are kept, their frequencies as whole natural
// logarithms; readings lose their tones (the pinyin input method does not type them).
import { readFileSync, writeFileSync } from 'node:fs';

const [dictFile, readingsFile] = process.argv.slice(2);
if (!dictFile || !readingsFile) {
  console.error('usage: node scripts/typo-data.mjs <jieba.dict.utf8> <kMandarin_8105.txt>');
  process.exit(2);
}

const HAN = /^[\u4e00-\u9fff]{1,4}$/;
const MIN_FREQUENCY = 5;
const byLog = [];
let total = 0;
const entries = [];
for (const line of readFileSync(dictFile, 'utf8').split('\n')) {
  const [word, count] = line.trim().split(/\s+/);
  const frequency = Number(count);
  // Words seen fewer than five times are mostly misspellings the word list was built from (布署, 堂务): left out,
  // so that they read as the typos they are.
  if (!word || !HAN.test(word) || !(frequency >= MIN_FREQUENCY)) continue;
  entries.push([word, frequency]);
  total += frequency;
}
for (const [word, frequency] of entries) {
  // Cost of the word in whole nats: -log(frequency / total), 1..30.
  const cost = Math.max(1, Math.round(Math.log(total / frequency)));
  (byLog[cost] ??= []).push(word);
}

const toneless = (reading) =>
  reading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v');
const readings = {};
for (const line of readFileSync(readingsFile, 'utf8').split('\n')) {
  const match = /^U\+([0-9A-F]+): ([^#]+)#/.exec(line);
  if (!match) continue;
  const char = String.fromCodePoint(parseInt(match[1], 16));
  const reading = toneless(match[2].trim().split(',')[0]);
  readings[reading] = (readings[reading] ?? '') + char;
}

const data = {
  source:
    'Words and frequencies: cppjieba jieba.dict.utf8 (MIT), from nodejieba@2.5.2. Readings: mozillazg/pinyin-data kMandarin_8105.txt (MIT), the most common reading of each character of the 通用规范汉字表 (2013).',
  // words[cost] = the words whose cost is `cost` nats, joined by spaces
  words: byLog.map((words) => (words ? words.join(' ') : '')),
  // readings[pinyin without tone] = the characters whose most common reading it is
  readings,
};
writeFileSync('data/typo-lexicon.json', `${JSON.stringify(data)}\n`);
console.log(`typo-data: ${entries.length} words, ${Object.keys(readings).length} readings → data/typo-lexicon.json`);
