import { strict as assert } from 'node:assert';
import {
  applyEdits,
  fixesOf,
  insertSection,
  lint,
  mergeConfigs,
  moveSection,
  nextMarkers,
  parseSpeech,
  placedFixes,
  renumbered,
} from '../../../src/core';
import { fixture } from '../helpers';
import { findings, flagged } from './ruleHelpers';

const STRUCTURE_RULES = [
  'numbering-sequence',
  'announced-count',
  'enumeration-sequence',
  'duplicate-paragraph',
  'long-sentence',
  'structure',
];

function messages(rule: string, text: string): string[] {
  return findings(rule, text).map((d) => d.message['zh-cn']);
}

describe('rule numbering-sequence', () => {
  it('reports a gap: 一、二、四、', () => {
    assert.deepEqual(messages('numbering-sequence', '一、甲\n二、乙\n四、丙'), [
      '序号跳过了：「二、」之后应为「三、」，而不是「四、」。',
    ]);
  });
  it('reports a repeat and a restart', () => {
    assert.deepEqual(flagged('numbering-sequence', '一、甲\n二、乙\n二、丙'), ['二、']);
    assert.deepEqual(flagged('numbering-sequence', '一、甲\n二、乙\n一、丙'), ['一、']);
  });
  it('says a count that starts again may have lost the heading above it', () => {
    assert.deepEqual(messages('numbering-sequence', '一、甲\n（一）子\n（二）丑\n（一）寅\n（二）卯'), [
      '序号「（一）」在「（二）」之后从头开始：上面可能缺了一个上级标题；如果没有缺，这里应为「（三）」。',
    ]);
  });
  it('reports a level that does not start at one', () => {
    assert.deepEqual(messages('numbering-sequence', '一、甲\n（二）乙\n（三）丙'), [
      '这一级的第一个标题应为「（一）」，而不是「（二）」。',
    ]);
  });
  it('checks each parent on its own: (一) restarts under 二、', () => {
    assert.deepEqual(flagged('numbering-sequence', '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n（三）子'), [
      '（三）',
    ]);
  });
  it('reports a level that mixes styles: 第二、 among 第一， and 第三，', () => {
    const found = findings('numbering-sequence', '一、甲\n第一，子。\n第二、子。\n第三，子。');
    assert.deepEqual(
      found.map((d) => d.message['zh-cn']),
      ['同级标题的序号样式不一致：「第二、」应与其他标题一样写作「第二，」。'],
    );
  });
  it('leaves (二) beside （一） to heading-marker, which points to the standard form, even when it is the majority', () => {
    assert.deepEqual(findings('numbering-sequence', '一、甲\n（一）子\n(二)子\n（三）子'), []);
    assert.deepEqual(flagged('heading-marker', '一、甲\n（一）子\n(二)子\n（三）子'), ['(二)']);
    assert.deepEqual(findings('numbering-sequence', '一、甲\n(一)子\n（二）子'), [], 'never "write （二） as (二)"');
    assert.deepEqual(flagged('heading-marker', '一、甲\n(一)子\n（二）子'), ['(一)']);
  });
  it('offers renumbering as its fix', () => {
    const text = '一、甲\n二、乙\n四、丙\n五、丁';
    const [finding] = findings('numbering-sequence', text);
    const [renumber] = fixesOf(finding, parseSpeech(text));
    assert.equal(applyEdits(text, renumber.edits), '一、甲\n二、乙\n三、丙\n四、丁');
    assert.equal(renumber.safe, false, 'renumbering changes numerals: never part of Fix all');
  });
  it('accepts both seeds and the clean speech', () => {
    for (const name of ['seed-000-opening.txt', 'seed-002-community.txt', 'clean-speech.txt']) {
      assert.deepEqual(flagged('numbering-sequence', fixture(name)), [], name);
    }
  });
});

describe('rule announced-count', () => {
  it('reports seed 002: 三点 announced, two sections; the fix writes 两点', () => {
    const text = fixture('seed-002-community.txt');
    const found = findings('announced-count', text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].span.start, found[0].span.end), '三点');
    assert.match(applyEdits(text, fixesOf(found[0])[0].edits), /讲两点意见/);
  });
  it('accepts seed 000: 三点意见 with three sections, “三种能力” with 一是/二是/三是, and 几点 announces nothing', () => {
    assert.deepEqual(flagged('announced-count', fixture('seed-000-opening.txt')), []);
  });
  const cases: Array<[string, string, string | undefined]> = [
    ['下面，我讲3点意见。\n一、甲\n二、乙', '3点', '2'],
    ['我强调以下三个方面：\n一、甲\n二、乙\n三、丙\n四、丁', '三个方面', '四'],
    ['要从三个方面入手：一是抓项目，二是抓企业。', '三个方面', '两'],
    ['我提5点建议和希望。\n一、甲\n二、乙\n三、丙', '5点', '3'],
    ['一、总体要求\n重点把握两个方面：\n（一）甲\n（二）乙\n（三）丙\n二、保障', '两个方面', '三'],
  ];
  for (const [text, announced, written] of cases) {
    it(`reports ${announced} in ${text.split('\n')[0]}`, () => {
      const [finding] = findings('announced-count', text);
      assert.equal(text.slice(finding.span.start, finding.span.end), announced);
      assert.equal(placedFixes(finding)[0].edits[0].newText, written);
    });
  }
  const silent = [
    '下面，我讲几点意见。\n一、甲\n二、乙',
    '下面，我讲三点意见。\n一、甲\n二、乙\n三、丙',
    '会议于上午十点开始。\n一、甲\n二、乙',
    '去年在三个方面取得了进展。\n一、甲\n二、乙',
    '要多学一点，学深一点。\n一、甲\n二、乙',
    '我讲三点意见。',
    '两点一线的生活。\n一、甲',
  ];
  for (const text of silent) {
    it(`says nothing about ${text.split('\n')[0]}`, () => assert.deepEqual(flagged('announced-count', text), []));
  }
});

describe('rule enumeration-sequence', () => {
  it('reports a gap (一是、二是、四是) and a repeat', () => {
    assert.deepEqual(messages('enumeration-sequence', '一是抓项目。二是抓企业。四是抓环境。'), [
      '列举跳号：「二是」之后应为「三是」，而不是「四是」。',
    ]);
    assert.deepEqual(flagged('enumeration-sequence', '一要学习。二要实践。二要总结。'), ['二要']);
  });
  it('reports a run that does not start at one', () => {
    assert.deepEqual(flagged('enumeration-sequence', '一、甲\n二是抓项目。三是抓企业。'), ['二是']);
  });
  it('reports 其次 twice and anything after 最后', () => {
    assert.deepEqual(flagged('enumeration-sequence', '首先，要学习。其次，要实践。其次，要总结。'), ['其次']);
    assert.deepEqual(flagged('enumeration-sequence', '首先，要学习。最后，要实践。其次，要总结。'), ['其次']);
  });
  it('accepts two separate runs in one section, and both seeds', () => {
    assert.deepEqual(flagged('enumeration-sequence', '一是甲。二是乙。\n一是丙。二是丁。三是戊。'), []);
    assert.deepEqual(flagged('enumeration-sequence', fixture('seed-000-opening.txt')), []);
    assert.deepEqual(flagged('enumeration-sequence', fixture('seed-002-community.txt')), []);
  });
  it('fixes by renumbering', () => {
    const text = '一是抓项目。二是抓企业。四是抓环境。';
    const [renumber] = fixesOf(findings('enumeration-sequence', text)[0], parseSpeech(text));
    assert.equal(applyEdits(text, renumber.edits), '一是抓项目。二是抓企业。三是抓环境。');
  });
});

describe('rule duplicate-paragraph', () => {
  const paragraph = '希望大家珍惜这次难得的学习机会，认真学习，深入思考，积累经验。';
  it('reports the repeat, not the first', () => {
    const text = `同志们：\n${paragraph}\n一、甲\n${paragraph}`;
    const found = findings('duplicate-paragraph', text);
    assert.equal(found.length, 1);
    assert.equal(found[0].message['zh-cn'], '这一段与第2行的段落重复。');
    assert.equal(applyEdits(text, fixesOf(found[0])[0].edits), `同志们：\n${paragraph}\n一、甲\n`);
  });
  it('ignores short lines and indentation differences count as the same paragraph', () => {
    assert.deepEqual(flagged('duplicate-paragraph', '谢谢大家！\n谢谢大家！'), []);
    assert.equal(flagged('duplicate-paragraph', `${paragraph}\n　　${paragraph}`).length, 1);
  });
  it('tells apart paragraphs alike at the characters it compares first, and names the right first one', () => {
    // Same length, same opening, middle and end: only 切实 / 真正 differ.
    const first = '各级党组织要切实担负起主体责任，把这项工作摆上重要议事日程，抓紧抓实抓出成效。';
    const second = '各级党组织要真正担负起主体责任，把这项工作摆上重要议事日程，抓紧抓实抓出成效。';
    assert.deepEqual(messages('duplicate-paragraph', `${first}\n${second}\n${second}\n${first}`), [
      '这一段与第2行的段落重复。',
      '这一段与第1行的段落重复。',
    ]);
  });
  it('finds nothing in the seeds', () => {
    assert.deepEqual(flagged('duplicate-paragraph', fixture('seed-000-opening.txt')), []);
    assert.deepEqual(flagged('duplicate-paragraph', fixture('seed-002-community.txt')), []);
  });
});

describe('rule long-sentence', () => {
  it('reports a sentence over the limit without 。！？； and honours maxSentenceLength', () => {
    const long = `${'我们要'.repeat(30)}。`;
    assert.equal(findings('long-sentence', long)[0].severity, 'info');
    assert.deepEqual(flagged('long-sentence', `${'我们要'.repeat(20)}。`), []);
    const diagnostics = lint(parseSpeech(`${'我们要'.repeat(20)}。`), mergeConfigs({ maxSentenceLength: 40 }));
    assert.equal(diagnostics.filter((d) => d.rule === 'long-sentence').length, 1);
  });
  it('counts commas as part of the sentence but 。！？； as pauses', () => {
    assert.equal(flagged('long-sentence', `${'我们要学习，'.repeat(17)}。`).length, 1);
    assert.deepEqual(flagged('long-sentence', `${'我们要学习；'.repeat(17)}`), []);
  });
});

describe('rule structure', () => {
  it('reports a missing salutation and a missing closing, as info', () => {
    const found = findings('structure', '今天开会。\n一、甲\n正文。\n二、乙\n正文。');
    assert.deepEqual(
      found.map((d) => [d.severity, d.message.en.slice(0, 13)]),
      [
        ['info', 'No salutation'],
        ['info', 'No closing at'],
      ],
    );
  });
  it('is quiet on a complete speech and on a short note', () => {
    assert.deepEqual(flagged('structure', fixture('seed-000-opening.txt')), []);
    assert.deepEqual(flagged('structure', '一、甲\n正文。'), []);
  });
  it('reports the missing closing of seed 002', () => {
    assert.deepEqual(
      findings('structure', fixture('seed-002-community.txt')).map((d) => d.message.en.slice(0, 10)),
      ['No closing'],
    );
  });
});

describe('structure rules on the seeds', () => {
  it('seed 000 gets nothing from these rules but info', () => {
    const diagnostics = lint(parseSpeech(fixture('seed-000-opening.txt'))).filter((d) =>
      STRUCTURE_RULES.includes(d.rule),
    );
    assert.ok(diagnostics.length > 0);
    assert.deepEqual([...new Set(diagnostics.map((d) => d.severity))], ['info']);
  });
});

describe('renumber', () => {
  it('deleting section 二、 from seed 000 and renumbering turns 三、 into 二、 and changes nothing else', () => {
    const lines = fixture('seed-000-opening.txt').split('\n');
    const start = lines.findIndex((line) => line.startsWith('二、'));
    const end = lines.findIndex((line) => line.startsWith('三、'));
    const without = [...lines.slice(0, start), ...lines.slice(end)].join('\n');
    const result = renumbered(without, 0).text;
    assert.equal(result, without.replace('\n三、严格落实培训要求', '\n二、严格落实培训要求'));
  });

  it('renumbers every level and every enumeration in document order, keeping each style', () => {
    const text =
      '一、甲\n（二）子\n（二）子\n1.孙\n3.孙\n三、乙\n一是甲。三是乙。\n要做到：第二，丙。第四，丁。\n(3)戊\n(5)己';
    assert.equal(
      renumbered(text, 0).text,
      '一、甲\n（一）子\n（二）子\n1.孙\n2.孙\n二、乙\n一是甲。二是乙。\n要做到：第一，丙。第二，丁。\n(1)戊\n(2)己',
    );
  });

  it('renumbering twice equals once, and a correct speech is unchanged', () => {
    const once = renumbered('一、甲\n三、乙\n一是甲。三是乙。', 0).text;
    assert.equal(renumbered(once, 0).text, once);
    assert.equal(renumbered(fixture('seed-000-opening.txt'), 0).text, fixture('seed-000-opening.txt'));
  });

  it('writes numbers past ten the Chinese way', () => {
    const text = Array.from(
      { length: 12 },
      (_, i) =>
        `${i === 10 ? '十三' : ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '', '十二'][i]}、节`,
    ).join('\n');
    assert.match(renumbered(text, 0).text, /十一、节\n十二、节$/);
  });
});

describe('moveSection', () => {
  const text = '同志们：\n一、甲\n甲的正文。\n二、乙\n乙的正文。\n三、丙\n丙的正文。\n谢谢大家！';

  it('moves a section up past its neighbour and renumbers', () => {
    const cursor = text.indexOf('乙的正文');
    const moved = moveSection(text, cursor, 'up')!;
    assert.equal(moved.text, '同志们：\n一、乙\n乙的正文。\n二、甲\n甲的正文。\n三、丙\n丙的正文。\n谢谢大家！');
    assert.equal(moved.text.slice(moved.cursor, moved.cursor + 4), '乙的正文', 'the cursor moves with its section');
  });

  it('moves a section down, keeping the closing where it is', () => {
    const moved = moveSection(text, text.indexOf('乙的正文'), 'down')!;
    assert.equal(moved.text, '同志们：\n一、甲\n甲的正文。\n二、丙\n丙的正文。\n三、乙\n乙的正文。\n谢谢大家！');
  });

  it('moves a subsection among its siblings only, with its children', () => {
    const nested = '一、甲\n（一）子一\n1.孙\n（二）子二\n二、乙';
    const moved = moveSection(nested, nested.indexOf('子二'), 'up')!;
    assert.equal(moved.text, '一、甲\n（一）子二\n（二）子一\n1.孙\n二、乙');
    assert.equal(moveSection(nested, nested.indexOf('子一'), 'up'), undefined, 'the first child has nothing above it');
  });

  it('renumbers a section moved under another parent (by cutting and pasting) into its new place', () => {
    const pasted = '一、甲\n（一）子一\n（二）子二\n二、乙\n（一）子三\n（三）子二挪来';
    assert.equal(renumbered(pasted, 0).text, '一、甲\n（一）子一\n（二）子二\n二、乙\n（一）子三\n（二）子二挪来');
  });

  it('does nothing outside a section', () => {
    assert.equal(moveSection(text, 1, 'down'), undefined);
  });
});

describe('insertSection', () => {
  it("inserts the next heading at the cursor's level and renumbers the ones after it", () => {
    const text = '一、甲\n甲的正文。\n二、乙\n乙的正文。';
    const inserted = insertSection(text, text.indexOf('甲的正文'));
    assert.equal(inserted.text, '一、甲\n甲的正文。\n二、\n三、乙\n乙的正文。');
    assert.equal(inserted.text.slice(inserted.cursor - 2, inserted.cursor), '二、');
  });

  it('inserts the next heading after the whole section, its subsections with it, and waits for the title there', () => {
    const text = '一、甲\n二、乙\n乙的正文。\n（一）子一\n子一正文。\n（二）子二\n\n三、丙';
    const inserted = insertSection(text, text.indexOf('乙的正文'));
    assert.equal(inserted.text, '一、甲\n二、乙\n乙的正文。\n（一）子一\n子一正文。\n（二）子二\n三、\n\n四、丙');
    assert.equal(inserted.text.slice(inserted.cursor - 2, inserted.cursor + 1), '三、\n');
    const inChild = insertSection(text, text.indexOf('子一正文'));
    assert.equal(inChild.text, '一、甲\n二、乙\n乙的正文。\n（一）子一\n子一正文。\n（二）\n（三）子二\n\n三、丙');
  });

  it('inserts a subsection inside a subsection, on a blank line', () => {
    const text = '一、甲\n（一）子\n\n二、乙';
    const inserted = insertSection(text, text.indexOf('\n\n') + 1);
    assert.equal(inserted.text, '一、甲\n（一）子\n（二）\n二、乙');
  });
});

describe('nextMarkers (completion at a line start)', () => {
  const markers = (text: string, at: string): string[] =>
    nextMarkers(parseSpeech(text), text.indexOf(at)).map((m) => m.marker);

  it('offers 三是 after 二是, then the next sibling at each level', () => {
    const text = '一、甲\n二、乙\n（一）子\n一是抓项目。二是抓企业。\n@';
    assert.deepEqual(markers(text, '@'), ['三是', '1.', '（二）', '三、']);
  });

  it('offers （一） as the first subsection, and 一、 in an empty speech', () => {
    assert.deepEqual(markers('一、甲\n正文。\n@', '@'), ['（一）', '二、']);
    assert.deepEqual(markers('同志们：\n@', '@'), ['一、']);
  });

  it('follows the style the document uses', () => {
    assert.deepEqual(markers('第一，甲\n正文。\n@', '@'), ['（一）', '第二，']);
  });
});
