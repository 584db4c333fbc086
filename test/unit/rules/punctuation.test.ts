import { strict as assert } from 'node:assert';
import { applyEdits, fixAll, fixesOf, lint, parseSpeech } from '../../../src/core';
import { fixture } from '../helpers';
import { findings, flagged } from './ruleHelpers';

const PUNCTUATION_RULES = [
  'halfwidth-punctuation',
  'unpaired-mark',
  'repeated-punctuation',
  'ellipsis-dash',
  'cjk-space',
  'heading-marker',
];

/** The text after applying the first fix of every finding of `rule`. */
function fixed(rule: string, text: string): string {
  return applyEdits(
    text,
    findings(rule, text).flatMap((d) => fixesOf(d)[0]?.edits ?? []),
  );
}

/** Letters, digits and Chinese characters in order: what a fix must never change. */
function words(text: string): string {
  return Array.from(text)
    .filter((char) => /[\p{L}\p{N}]/u.test(char))
    .join('');
}

function punctuationFindings(text: string): string[] {
  return lint(parseSpeech(text))
    .filter((d) => PUNCTUATION_RULES.includes(d.rule))
    .map((d) => `${d.rule}:${text.slice(d.span.start, d.span.end)}`);
}

describe('rule halfwidth-punctuation', () => {
  const wrong: Array<[string, string]> = [
    ['同志们:今天,全区培训班开班了.', '同志们：今天，全区培训班开班了。'],
    ['要抓落实;要重实效!', '要抓落实；要重实效！'],
    ['怎么办?', '怎么办？'],
    ['(一)举办这次培训班', '(一)举办这次培训班'], // a heading marker: heading-marker's, not this rule's
    ['社区(村)书记', '社区（村）书记'],
    ['生产总值(GDP)增长', '生产总值（GDP）增长'],
    ['学习"四个意识"精神', '学习“四个意识”精神'],
    ["做到'两个维护'", '做到‘两个维护’'],
    ['2023年GDP,增长较快', '2023年GDP，增长较快'],
    ['(一个伟人的名字,你可以替换)', '（一个伟人的名字，你可以替换）'],
  ];
  for (const [text, expected] of wrong) {
    it(`fixes ${text}`, () => assert.equal(fixed('halfwidth-punctuation', text), expected));
  }

  const right = [
    '圆周率约为3.14，人口1,200人，上午9:30开会，增长12.5%。',
    '详见 https://www.example.gov.cn/a.html，或写信至 office@example.gov.cn。',
    '附件为“实施细则.docx”和“报告.pdf”。',
    'He said, "Well done!" and left.',
    "他引用了一句话：“Digital transformation is not about technology, it's about people.”",
    'Windows 10 (64-bit) 已安装。',
    '1.加强统筹协调',
    '比分为3:2。',
    'a) 第一项',
  ];
  for (const text of right) {
    it(`leaves ${JSON.stringify(text)} alone`, () => assert.deepEqual(flagged('halfwidth-punctuation', text), []));
  }

  it('flags every half-width mark in Chinese context in seed 002 and leaves none after fixing', () => {
    const text = fixture('seed-002-community.txt');
    assert.ok(flagged('halfwidth-punctuation', text).length > 150);
    const after = fixAll(text).text;
    assert.deepEqual(flagged('halfwidth-punctuation', after), []);
    assert.equal((after.match(/[,:;?!()]/g) ?? []).length, 0);
  });
});

describe('rule unpaired-mark', () => {
  it('points at the mark that breaks the pairing in seed 000 (”新起点“)', () => {
    const text = fixture('seed-000-opening.txt');
    const found = findings('unpaired-mark', text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].span.start - 3, found[0].span.end), '新起点“');
    assert.equal(found[0].fixes.length, 0, 'three quotes on the line: no fix is certain');
  });

  const cases: Array<[string, string[]]> = [
    ['他说：“我们要努力。', ['“']],
    ['我们要努力。”他说', ['”']],
    ['认真学习《决定（全文）》。', []],
    ['认真学习《决定（全文》）。', ['》']],
    ['“他说：‘要学习。’”', []],
    ['（三)举办这次培训班', []],
    ['don’t worry', []],
    ['a) 第一项', []],
  ];
  for (const [text, expected] of cases) {
    it(`${expected.length ? 'flags' : 'accepts'} ${text}`, () =>
      assert.deepEqual(flagged('unpaired-mark', text), expected));
  }

  it('fixes a single reversed pair, and only that', () => {
    assert.equal(fixed('unpaired-mark', '作为新的”新起点“，'), '作为新的“新起点”，');
  });
  it('reports at most 20 problems of one paragraph (a run of 《 is not prose with a slip in it), all of the first ones', () => {
    const found = findings('unpaired-mark', `正文${'《'.repeat(500)}`);
    assert.equal(found.length, 20);
    assert.deepEqual(
      found.map((d) => d.span.start),
      Array.from({ length: 20 }, (_, i) => 2 + i),
    );
    assert.equal(fixed('unpaired-mark', '书名为》决定《。'), '书名为《决定》。');
  });
});

describe('rule repeated-punctuation', () => {
  const wrong: Array<[string, string]> = [
    ['同志们，，今天', '同志们，今天'],
    ['开班了。。', '开班了。'],
    ['党组织、、居委会', '党组织、居委会'],
    ['工作，。', '工作。'],
    ['工作。，下一步', '工作。下一步'],
    ['要求；。', '要求。'],
    ['如下：：', '如下：'],
  ];
  for (const [text, expected] of wrong) {
    it(`fixes ${text}`, () => assert.equal(fixed('repeated-punctuation', text), expected));
  }
  for (const text of ['真的吗？！', '太好了！！', '为什么？？！', '等等……', '就是——坚持', '他说：“好。”']) {
    it(`accepts ${text}`, () => assert.deepEqual(flagged('repeated-punctuation', text), []));
  }
});

describe('rule ellipsis-dash', () => {
  const wrong: Array<[string, string]> = [
    ['培训内容的针对性和...', '培训内容的针对性和……'],
    ['等等…', '等等……'],
    ['等等。。。', '等等……'],
    ['等等．．．', '等等……'],
    ['我的回答是--难在观念', '我的回答是——难在观念'],
    ['我的回答是 — 难在观念', '我的回答是 —— 难在观念'],
    ['我的回答是─难在观念', '我的回答是——难在观念'],
    ['我的回答是━━难在观念', '我的回答是——难在观念'],
    ['坚持到底—', '坚持到底——'],
  ];
  for (const [text, expected] of wrong) {
    it(`fixes ${text}`, () => assert.equal(fixed('ellipsis-dash', text), expected));
  }
  const right = [
    '要坚持……要努力。',
    '此处省略…………',
    '2023-2024年，第1-2页，2023—2024年',
    '北京—上海特别快车',
    '我的回答是—难在观念', // one — between two characters may be the connector: left to the writer
    'a well-known --verbose flag',
    'Wait... what?',
    '━━━━━━━━',
    '就是——坚持',
  ];
  for (const text of right) {
    it(`leaves ${JSON.stringify(text)} alone`, () => assert.deepEqual(flagged('ellipsis-dash', text), []));
  }
});

describe('rule cjk-space', () => {
  const wrong: Array<[string, string]> = [
    ['应该清醒的认识到， 社区党组织', '应该清醒的认识到，社区党组织'],
    ['还比较滞后。 希望大家', '还比较滞后。希望大家'],
    ['社区工作 “上为国家分忧，下为居民解愁”', '社区工作“上为国家分忧，下为居民解愁”'],
    ['我们要 加强学习。', '我们要加强学习。'],
    ['我们要　加强学习。', '我们要加强学习。'],
    ['认识到, 社区', '认识到, 社区'.replace(' ', '')],
  ];
  for (const [text, expected] of wrong) {
    it(`fixes ${text}`, () => assert.equal(fixed('cjk-space', text), expected));
  }
  const right = [
    '　　同志们，今天开会。',
    '    同志们，今天开会。',
    '增长 12.5% 以上，GDP 总量提高。',
    '全区的城市化水平要达到58%，建成60平方公里。',
    '市委书记　李明',
    '在全市 2024 年工作会议上的讲话',
    '地区生产总值  亿元，增长8%。',
    '同志们，今天开会。   ',
  ];
  for (const text of right) {
    it(`leaves ${JSON.stringify(text)} alone`, () => assert.deepEqual(flagged('cjk-space', text), []));
  }
});

describe('rule heading-marker', () => {
  const wrong: Array<[string, string]> = [
    ['1、加强学习', '1.加强学习'],
    ['（一）、提高认识', '（一）提高认识'],
    ['(一).提高认识', '（一）提高认识'],
    ['一.提高认识', '一、提高认识'],
    ['一，提高认识', '一、提高认识'],
    ['(一)提高认识', '（一）提高认识'],
    ['(1)具体措施', '（1）具体措施'],
    ['（三)举办这次培训班', '（三）举办这次培训班'],
  ];
  for (const [text, expected] of wrong) {
    it(`fixes ${text}`, () => assert.equal(fixed('heading-marker', text), expected));
  }
  it('fixes the point a document uses less: 2． among 1. and 3. (issue 30: the full-width point is right when kept to)', () => {
    assert.equal(fixed('heading-marker', '1.提高认识\n2．加强学习\n3.狠抓落实'), '1.提高认识\n2.加强学习\n3.狠抓落实');
  });
  for (const text of [
    '一、提高认识',
    '（一）提高认识',
    '1.加强学习',
    '2．加强学习',
    '（1）具体措施',
    '第一，要提高认识',
    '第一部分 总体要求',
  ]) {
    it(`accepts ${text}`, () => assert.deepEqual(flagged('heading-marker', text), []));
  }
  it('reports the (一) markers of seed 002', () => {
    assert.deepEqual(flagged('heading-marker', fixture('seed-002-community.txt')), ['(一)', '(二)', '(三)', '(一)']);
  });
});

describe('punctuation fixes', () => {
  it('a correctly punctuated speech gets no finding from these rules', () => {
    assert.deepEqual(punctuationFindings(fixture('clean-speech.txt')), []);
  });

  for (const name of ['seed-000-opening.txt', 'seed-002-community.txt', 'clean-speech.txt']) {
    it(`fixing ${name} keeps every Chinese character, letter and digit, and fixing twice equals once`, () => {
      const text = fixture(name);
      const once = fixAll(text).text;
      assert.equal(words(once), words(text));
      assert.equal(fixAll(once).text, once);
    });
  }

  it('leaves no halfwidth-punctuation, heading-marker, ellipsis-dash or cjk-space finding in seed 002 after fixing', () => {
    const after = fixAll(fixture('seed-002-community.txt')).text;
    const left = lint(parseSpeech(after)).filter((d) =>
      ['halfwidth-punctuation', 'heading-marker', 'ellipsis-dash', 'cjk-space'].includes(d.rule),
    );
    assert.deepEqual(
      left.map((d) => after.slice(d.span.start, d.span.end)),
      [],
    );
  });

  it('on generated text: fixes keep the words and reach a fixed point', () => {
    const pieces = [
      '同志们',
      '社区',
      '工作',
      '一、',
      '(一)',
      '1、',
      '（1）',
      ',',
      '.',
      ':',
      ';',
      '?',
      '!',
      '(',
      ')',
      '"',
      "'",
      '，',
      '。',
      '，，',
      '；。',
      '...',
      '…',
      '--',
      '—',
      '─',
      ' ',
      '　',
      '“',
      '”',
      '《',
      '》',
      '3.14',
      '1,200',
      '9:30',
      'GDP',
      'www.a.cn',
      '\n',
      '𠀀',
      '58%',
    ];
    let seed = 20261122;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 5 + random(40) }, () => pieces[random(pieces.length)]).join('');
      const once = fixAll(text).text;
      assert.equal(words(once), words(text), `words changed in ${JSON.stringify(text)}`);
      assert.equal(fixAll(once).text, once, `not idempotent on ${JSON.stringify(text)}`);
    }
  });
});

describe('issue 17: marks after a closing bracket, spaces beside a dash', () => {
  it('a half-width mark after a converted bracket is converted too: 谢谢大家(掌声)!', () => {
    assert.deepEqual(flagged('halfwidth-punctuation', '谢谢大家(掌声)!'), ['(', ')', '!']);
    assert.deepEqual(flagged('halfwidth-punctuation', 'Hello (world)!'), []);
  });

  it('„„ is an ellipsis a conversion turned into low quotes (test/corpus 38)', () => {
    assert.deepEqual(flagged('ellipsis-dash', '学生努力学习„„一个个场面'), ['„„']);
  });

  it('a space beside a quote or a dash is stray even on a line without sentence punctuation', () => {
    assert.deepEqual(flagged('cjk-space', '“要奋斗”  —— 习近平'), ['  ', ' ']);
    assert.deepEqual(flagged('cjk-space', '市委书记　李明'), []);
  });
});
