// Writes data/zh-candidates.txt, the typo rule's candidates (LGPL-2.1-or-later, like the model they come with): what
// the pinyin input method, or a glance, could have put in place of a character or a word. From libime's source package
// (see lm-data.mjs, which calls this): the pinyin dictionary data/dict-20220810.tar.xz (dict_sc.txt: every character's
// readings with their likelihood, every word's reading) and the input-method tables of data/table.tar.gz (Cangjie and
// Wubi codes, which spell a character by its shape); and, from Debian's unicode-data package, the Unihan database's
// phonetic classes (kPhonetic: characters built on one phonetic component, 完 院, 交 效, 介 价), which a glance
// confuses as much as one key of a shape code.
//
// Sections of the file, one entry a line, fields by TAB:
//   [readings]  reading, its common characters (most frequent first), its other characters
//   [words]     a reading of two to four syllables joined by ', the model's words read so
//   [shapes]    a character, the common characters one key from it in Cangjie or Wubi, or of its phonetic class
//   [standard]  one line: the 8,105 characters of 《通用规范汉字表》 (from data/typo-lexicon.json, see data/README.md);
//               the rule never corrects a character outside it (a traditional one, or a rare one of a name)
//   [lexicon]   one word a line: the words of three or four characters that cppjieba's dictionary lists (from
//               data/typo-lexicon.json, MIT) and the model does not know; the rule never corrects inside one as written
import { readFileSync, writeFileSync } from 'node:fs';
import { fromUnihanCode, readUnihanField } from './debian.mjs';

/** How many characters may be proposed: the most frequent of the standard characters, by the model's unigrams. */
const COMMON = 5000;
/** A reading the dictionary gives less than this log10 likelihood (行 héng) is not a reading of the character here. */
const MIN_READING = -1.5;
/**
 * The tables, and the shortest code that spells a shape. A Cangjie code of one key is a whole character that a glance
 * takes for the character one component more (大 K and 太 KI, 女 V and 安 JV, 木 D and 林 DD): on the benchmark's train
 * split these lifted sentence recall 0.240 → 0.245 with no new finding on the corpus. A Wubi code of two keys is a
 * common component, and adding them changed nothing.
 */
const TABLES = [
  ['cj.txt', 1],
  ['wbx.txt', 3],
];
const HAN = /^[\u4e00-\u9fff]+$/;

/**
 * @param {{ dict: string, tableDir: string, unihanDir: string, unigrams: Map<string, number>, standard: Set<string>,
 *   otherWords: Iterable<string>, out: string }} input the dictionary file, the folder of the tables, the folder of the
 *   Unihan files, the model's unigram log10 by word, the standard characters, the words of another dictionary
 */
export function writeCandidates({ dict, tableDir, unihanDir, unigrams, standard, otherWords, out }) {
  const common = [...unigrams]
    .filter(([word]) => word.length === 1 && standard.has(word))
    .sort((a, b) => b[1] - a[1])
    .slice(0, COMMON)
    .map(([word]) => word);
  const isCommon = new Set(common);
  const byFrequency = (a, b) => unigrams.get(b) - unigrams.get(a);
  const { readings, words } = readDictionary(dict, unigrams);
  const lines = ['[readings]'];
  for (const [reading, chars] of [...readings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const frequent = chars.filter((char) => isCommon.has(char)).sort(byFrequency);
    lines.push(`${reading}\t${frequent.join('')}\t${chars.filter((char) => !isCommon.has(char)).join('')}`);
  }
  lines.push('[words]');
  for (const [key, list] of [...words].sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(`${key}\t${[...list].join(' ')}`);
  lines.push('[shapes]');
  const shapes = similarShapes(tableDir, common);
  for (const [char, others] of samePhonetic(unihanDir, common))
    for (const other of others) {
      if (!shapes.has(char)) shapes.set(char, new Set());
      shapes.get(char).add(other);
    }
  for (const [char, list] of [...shapes].sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(`${char}\t${[...list].sort(byFrequency).join('')}`);
  lines.push('[standard]', [...standard].sort().join(''));
  const unknown = wordsTheModelLacks(otherWords, unigrams);
  lines.push('[lexicon]', ...unknown);
  writeFileSync(out, `${lines.join('\n')}\n`);
  return { readings: readings.size, words: words.size, shapes: shapes.size, lexicon: unknown.length };
}

/**
 * The words of three or four Chinese characters of another dictionary that the model does not know, sorted: where the
 * model reads 城乡接合部 as a slip of 结合部, the form it knows, it is ignorant, not right.
 */
function wordsTheModelLacks(otherWords, unigrams) {
  const lacking = new Set();
  for (const word of otherWords)
    if (word.length >= 3 && word.length <= 4 && HAN.test(word) && !unigrams.has(word)) lacking.add(word);
  return [...lacking].sort();
}

function readDictionary(path, unigrams) {
  const readings = new Map();
  const words = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, reading, likelihood] = line.split('\t');
    if (!word || !reading || !HAN.test(word)) continue;
    if (word.length === 1) {
      if (Number(likelihood) < MIN_READING) continue;
      if (!readings.has(reading)) readings.set(reading, []);
      readings.get(reading).push(word);
    } else if (word.length <= 4 && unigrams.has(word)) {
      if (!words.has(reading)) words.set(reading, new Set());
      words.get(reading).add(word);
    }
  }
  return { readings, words };
}

/** Each character's common characters of a similar shape: their codes in one table are one key apart. */
function similarShapes(tableDir, common) {
  const similar = new Map();
  for (const [file, shortest] of TABLES) {
    const codes = readTable(`${tableDir}/${file}`);
    const byVariant = new Map();
    for (const char of common) {
      const code = codes.get(char);
      if (!code || code.length < shortest) continue;
      for (const variant of variantsOf(code)) {
        if (!byVariant.has(variant)) byVariant.set(variant, new Set());
        byVariant.get(variant).add(char);
      }
    }
    for (const [char, code] of codes) {
      if (code.length < shortest) continue;
      for (const variant of variantsOf(code))
        for (const other of byVariant.get(variant) ?? []) {
          if (other === char || !oneKeyApart(code, codes.get(other))) continue;
          if (!similar.has(char)) similar.set(char, new Set());
          similar.get(char).add(other);
        }
    }
  }
  return similar;
}

/** A table's longest code for each Chinese character. */
function readTable(path) {
  const codes = new Map();
  let inData = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('[数据]')) {
      inData = true;
      continue;
    }
    const [code, char] = line.trim().split(' ');
    if (!inData || !char || char.length !== 1 || !HAN.test(char) || !/^[a-z]+$/.test(code)) continue;
    const held = codes.get(char);
    if (!held || code.length > held.length) codes.set(char, code);
  }
  return codes;
}

/** The code, and the code with each key wildcarded or left out: two codes one key apart share one of these. */
function variantsOf(code) {
  const variants = new Set([code]);
  for (let i = 0; i < code.length; i++) {
    variants.add(`${code.slice(0, i)}*${code.slice(i + 1)}`);
    variants.add(code.slice(0, i) + code.slice(i + 1));
  }
  return variants;
}

function oneKeyApart(a, b) {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    let differing = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
    return differing <= 1;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * Each character's common characters of the same phonetic class (Unihan's kPhonetic, Casey's classes of characters
 * that share a phonetic component). The classes are given for traditional forms, so a simplified character is also
 * looked up by its traditional variants (债 by 債, in 責's class).
 */
function samePhonetic(unihanDir, common) {
  const classes = readUnihanField(`${unihanDir}/Unihan_DictionaryLikeData.txt`, 'kPhonetic', (value) =>
    value.split(' ').map((entry) => entry.replace(/[^0-9]/g, '')),
  );
  const traditional = readUnihanField(`${unihanDir}/Unihan_Variants.txt`, 'kTraditionalVariant', (value) =>
    value.split(' ').map(fromUnihanCode),
  );
  const classesOf = (char) =>
    new Set([char, ...(traditional.get(char) ?? [])].flatMap((form) => classes.get(form) ?? []));
  const members = new Map();
  for (const char of common)
    for (const phonetic of classesOf(char)) {
      if (!members.has(phonetic)) members.set(phonetic, []);
      members.get(phonetic).push(char);
    }
  const similar = new Map();
  for (const char of new Set([...classes.keys(), ...traditional.keys()]))
    for (const phonetic of classesOf(char))
      for (const other of members.get(phonetic) ?? []) {
        if (other === char) continue;
        if (!similar.has(char)) similar.set(char, new Set());
        similar.get(char).add(other);
      }
  return similar;
}
