import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint, parseSpeech } from '../../src/core';
import { REPO } from './helpers';
import { expandSnippet } from './snippetSyntax';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
  isFileTemplate?: boolean;
}

const snippets = JSON.parse(readFileSync(resolve(REPO, 'snippets/speech.code-snippets'), 'utf8')) as Record<
  string,
  Snippet
>;
const entries = Object.entries(snippets);
const skeletons = entries.filter(([, snippet]) => snippet.isFileTemplate);

function findingsIn(text: string): string[] {
  return lint(parseSpeech(text)).map((d) => `${d.rule}: ${text.slice(d.span.start, d.span.end)}`);
}

describe('snippets', () => {
  it('has at least 20 snippets, 8 of them whole skeletons of the kinds writers need', () => {
    assert.ok(entries.length >= 20, String(entries.length));
    for (const kind of ['开班式', '结业式', '工作部署会', '动员大会', '表彰大会', '座谈会', '欢迎致辞', '总结大会']) {
      assert.ok(
        skeletons.some(([, snippet]) => snippet.prefix.includes(kind)),
        kind,
      );
    }
  });

  it('has parts for salutation, opening, transition, the four heading levels, enumerations, closing and thanks', () => {
    for (const prefix of [
      '称呼',
      '开场',
      '过渡',
      '一级标题',
      '二级标题',
      '三级标题',
      '四级标题',
      '一是二是',
      '一要二要',
      '结尾',
      '谢谢大家',
    ]) {
      assert.ok(
        entries.some(([, snippet]) => snippet.prefix.includes(prefix)),
        prefix,
      );
    }
  });

  it('gives every snippet a Chinese prefix and a pinyin-initials prefix, all unique', () => {
    const all = entries.flatMap(([, snippet]) => snippet.prefix);
    assert.equal(new Set(all).size, all.length, 'prefixes are unique');
    for (const [name, snippet] of entries) {
      assert.ok(
        snippet.prefix.some((p) => /\p{Script=Han}/u.test(p)),
        `${name} has a Chinese prefix`,
      );
      assert.ok(
        snippet.prefix.some((p) => /^[a-z]+$/.test(p)),
        `${name} has a pinyin prefix`,
      );
      assert.match(snippet.description, / \/ /, `${name} describes itself in Chinese / English`);
    }
  });

  for (const [name, snippet] of entries) {
    it(`${name}: a valid body with consistent tabstops`, () => {
      const { tabstops } = expandSnippet(snippet.body.join('\n'));
      assert.ok(tabstops.length > 0 || snippet.body.join('').includes('$0'), 'has a tabstop');
    });
  }

  for (const [name, snippet] of skeletons) {
    it(`${name}: filled in, passes the lint with no finding; left unfilled, every 【…】 field is reported`, () => {
      const { filled, unfilled } = expandSnippet(snippet.body.join('\n'));
      assert.deepEqual(findingsIn(filled), []);
      const prompts = unfilled.match(/【[^】]*】/g) ?? [];
      assert.ok(prompts.length > 0);
      const reported = lint(parseSpeech(unfilled))
        .filter((d) => d.rule === 'placeholder')
        .map((d) => unfilled.slice(d.span.start, d.span.end));
      assert.deepEqual(reported, prompts);
    });
  }

  for (const [name, snippet] of entries.filter(([, s]) => !s.isFileTemplate)) {
    it(`${name}: filled in, its text has no punctuation finding`, () => {
      const { filled } = expandSnippet(snippet.body.join('\n'));
      // A part alone is no whole speech: its shape (a heading with nothing under it yet) is not this test's.
      const punctuation = findingsIn(filled).filter((f) => !/^(structure|announced-count|empty-heading)/.test(f));
      assert.deepEqual(punctuation, []);
    });
  }
});

describe('snippet syntax parser', () => {
  it('expands placeholders, mirrors and choices', () => {
    const { filled, unfilled, tabstops } = expandSnippet('${1:【单位】}和${1}，${2|甲,乙|}$0');
    assert.equal(unfilled, '【单位】和【单位】，甲');
    assert.equal(filled, '单位和单位，甲');
    assert.deepEqual(tabstops, [1, 1, 2, 0]);
  });

  it('rejects malformed bodies', () => {
    assert.throws(() => expandSnippet('${1:未闭合'));
    assert.throws(() => expandSnippet('${1|甲,,乙|}'));
    assert.throws(() => expandSnippet('$ 孤立'));
  });
});
