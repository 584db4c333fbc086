import { strict as assert } from 'node:assert';
import { matchHeading } from '../../src/core/parse/headings';
import { parseSpeech } from '../../src/core';

describe('heading markers', () => {
  const headings: Array<[line: string, style: string, marker: string, number: number]> = [
    ['一、总体要求', 'cn-dun', '一、', 1],
    ['十一、加强组织领导', 'cn-dun', '十一、', 11],
    ['二十、附则', 'cn-dun', '二十、', 20],
    ['三十五、其他', 'cn-dun', '三十五、', 35],
    ['九十九、最后一项', 'cn-dun', '九十九、', 99],
    ['二.提高认识', 'cn-dun', '二.', 2],
    ['二．提高认识', 'cn-dun', '二．', 2],
    ['三，狠抓落实', 'cn-dun', '三，', 3],
    ['一.2025年工作回顾', 'cn-dun', '一.', 1],
    ['三，2026年工作安排', 'cn-dun', '三，', 3],
    ['（一）提高政治站位', 'cn-paren', '（一）', 1],
    ['(二)举办这次培训班', 'cn-paren', '(二)', 2],
    ['（十二）其他事项', 'cn-paren', '（十二）', 12],
    ['（三)半角右括号', 'cn-paren', '（三)', 3],
    ['（一）、多余的顿号', 'cn-paren', '（一）、', 1],
    ['二）左括号丢了', 'cn-paren', '二）', 2],
    ['1.加强学习', 'num-dot', '1.', 1],
    ['2．全角句点', 'num-dot', '2．', 2],
    ['3、顿号', 'num-dot', '3、', 3],
    ['１２．全角数字', 'num-dot', '１２．', 12],
    ['1. 后面有空格', 'num-dot', '1.', 1],
    ['（1）具体措施', 'num-paren', '（1）', 1],
    ['(2)半角括号', 'num-paren', '(2)', 2],
    ['（３）全角数字', 'num-paren', '（３）', 3],
    ['第一，要提高认识', 'di', '第一，', 1],
    ['第二、抓好落实', 'di', '第二、', 2],
    ['第三个方面，强化保障', 'di', '第三个方面，', 3],
    ['第一句话：要讲政治', 'di', '第一句话：', 1],
    ['第二部分 主要任务', 'di-part', '第二部分', 2],
    ['第一部分：总体要求', 'di-part', '第一部分：', 1],
  ];
  for (const [line, style, marker, number] of headings) {
    it(`recognises ${line}`, () => {
      const match = matchHeading(line);
      assert.ok(match, `${line} should be a heading`);
      assert.deepEqual({ style: match.style, marker: match.marker, number: match.number }, { style, marker, number });
    });
  }

  it('tolerates full-width indentation, spaces, tabs and Markdown #', () => {
    for (const line of [
      '　　一、总体要求',
      '  一、总体要求',
      '\t一、总体要求',
      '# 一、总体要求',
      '## 一、总体要求',
      '\ufeff一、总体要求',
    ]) {
      assert.equal(matchHeading(line)?.marker, '一、', JSON.stringify(line));
    }
  });

  const notHeadings = [
    '一个伟人曾经说过',
    '一年来，我们取得了显著成绩。',
    '(一个伟人的名字加最高职务,你可以前后对照进行准确替换)',
    '一是加强学习。',
    '一要转变角色，认真学习。',
    '一方面，要加强学习。',
    '3.14是圆周率。',
    '12.5%的增长',
    '1.5亿元投资',
    '2023年全县社区书记培训班',
    '2023.10.1国庆节',
    '一.1 概述',
    '二.12节',
    '三，2名同志',
    '三，2026名同志',
    '第一期中层正职培训班',
    '第一书记要带头',
    '第六期优秀年轻干部培训班今天正式开班了',
    '一 同志们',
    '百、千、万',
    '零、开篇',
    '（一个方面）',
    '（2023）年度',
    '同志们：',
    '',
    '　　',
  ];
  for (const line of notHeadings) {
    it(`does not take ${JSON.stringify(line)} for a heading`, () => {
      assert.equal(matchHeading(line), undefined);
    });
  }
});

describe('heading levels', () => {
  const levels = (text: string): string[] => parseSpeech(text).headings.map((heading) => heading.marker);
  const tree = (text: string): string => {
    const show = (sections: ReturnType<typeof parseSpeech>['sections']): string =>
      sections.map((s) => `${s.heading.marker}${s.level}${s.children.length ? `[${show(s.children)}]` : ''}`).join(' ');
    return show(parseSpeech(text).sections);
  };

  it('follows GB/T 9704: 一、 → （一） → 1. → （1）', () => {
    const text = '一、甲\n（一）乙\n1.丙\n（1）丁\n（2）戊\n2.己\n（二）庚\n二、辛';
    assert.equal(tree(text), '一、1[（一）2[1.3[（1）4 （2）4] 2.3] （二）2] 二、1');
    assert.equal(levels(text).length, 8);
  });

  it('derives levels from what the document uses: （一） at the top is level 1', () => {
    assert.equal(tree('（一）甲\n1.乙\n（二）丙'), '（一）1[1.2] （二）1');
  });

  it('puts 第一， at level 1 when it is the top style', () => {
    assert.equal(tree('第一，提高认识\n（一）甲\n第二，狠抓落实'), '第一，1[（一）2] 第二，1');
  });

  it('nests 第一， under the section it appears in', () => {
    assert.equal(
      tree('一、总体要求\n第一，要提高认识\n第二，要狠抓落实\n二、保障措施'),
      '一、1[第一，2 第二，2] 二、1',
    );
  });

  it('puts 第一部分 above 一、', () => {
    assert.equal(
      tree('第一部分 总体要求\n一、甲\n二、乙\n第二部分 主要任务\n一、丙'),
      '第一部分1[一、2 二、2] 第二部分1[一、2]',
    );
  });

  it('skips a level without losing the tree: 1. directly under 一、', () => {
    assert.equal(tree('一、甲\n1.乙\n2.丙\n二、丁'), '一、1[1.2 2.2] 二、1');
  });

  it('keeps a （二） whose bracket lost a half where its list goes on with it, and no （一般 that none does', () => {
    assert.equal(tree('一、甲\n（一）乙\n（二丙\n三）丁\n二、戊'), '一、1[（一）2 （二2 三）2] 二、1');
    assert.equal(tree('一、甲\n（一乙\n1.丙\n（二）丁'), '一、1[（一2[1.3] （二）2]');
    // A plan may count its （五） on from the section before.
    assert.equal(tree('一、甲\n（一）乙\n二、丙\n（二丁\n（三）戊'), '一、1[（一）2] 二、1[（二2 （三）2]');
    assert.equal(tree('一、甲\n（一般来说，乙。\n（十分重要的是，丙。\n（一）丁\n（三是戊。'), '一、1[（一）2]');
    // The first of a list is told by its second: without one, an unclosed （一 is text.
    assert.equal(tree('一、甲\n（一乙\n二、丙'), '一、1 二、1');
  });

  it('keeps a 二、 whose 、 was lost between 一、 and 三、, and no 二是 or 三年来 that is text', () => {
    assert.equal(tree('一、甲\n二乙丙\n三、丁'), '一、1 二1 三、1');
    assert.equal(tree('一、甲\n二2026年工作安排\n三、丁'), '一、1 二1 三、1');
    // The first and the last of a list only as a title alone on its line.
    assert.equal(tree('一甲乙\n二、丙\n三丁戊'), '一1 二、1 三1');
    assert.equal(tree('一甲乙，丙。\n二、丁\n三戊己，庚。'), '二、1');
    // The last before an appendix's own list.
    assert.equal(tree('一、甲\n二乙丙\n附件\n一、丁'), '一、1 二1 一、1');
    // A count, a run's member: text, whatever list stands around it.
    assert.equal(tree('一、甲\n二是乙丙。\n三、丁'), '一、1 三、1');
    assert.equal(tree('一、甲\n二十年来，乙。\n三、丁'), '一、1 三、1');
    assert.equal(tree('一、甲\n二十大以来，乙。\n三、丁'), '一、1 三、1');
    // Not where the list does not go on with it.
    assert.equal(tree('一、甲\n三乙丙\n四、丁'), '一、1 四、1');
    assert.equal(tree('一、甲\n二乙丙\n四、丁'), '一、1 四、1');
  });

  it('reads a （二） retyped as 2. or 二、 into its list, and leaves a list of its own style alone', () => {
    const listed = (text: string): string =>
      parseSpeech(text)
        .headings.map((heading) => `${heading.marker}${heading.inListOf ? `→${heading.inListOf}` : ''}`)
        .join(' ');
    assert.equal(tree('一、甲\n（一）乙\n2.丙\n（三）丁\n二、戊'), '一、1[（一）2 2.2 （三）2] 二、1');
    assert.equal(listed('一、甲\n（一）乙\n2.丙\n（三）丁\n二、戊'), '一、 （一） 2.→cn-paren （三） 二、');
    assert.equal(
      tree('一、甲\n（一）乙\n二、丙\n（三）丁\n二、戊\n（一）己'),
      '一、1[（一）2 二、2 （三）2] 二、1[（一）2]',
    );
    // Its own points stay under it; the list's parent's next heading may follow it.
    assert.equal(tree('一、甲\n（一）乙\n2.丙\n1.丁\n2.戊\n二、己'), '一、1[（一）2 2.2[1.3 2.3]] 二、1');
    // Not where its own style's list goes on, is repeated, or counts on from the section before.
    assert.equal(tree('一、甲\n（一）乙\n1.丙\n2.丁\n（三）戊'), '一、1[（一）2[1.3 2.3] （三）2]');
    assert.equal(tree('一、甲\n（二）子\n（二）子\n三、乙'), '一、1[（二）2 （二）2] 三、1');
    assert.equal(
      tree('一、甲\n（一）乙\n1.丙\n2.丁\n（二）戊\n3.己\n二、庚'),
      '一、1[（一）2[1.3 2.3] （二）2[3.3]] 二、1',
    );
    // The last of a list retyped right before the real one reads as well as a heading inserted there: left as written.
    assert.equal(tree('一、甲\n（一）乙\n二、丙\n二、丁'), '一、1[（一）2] 二、1 二、1');
  });

  it('closes deeper sections when a higher heading comes', () => {
    assert.equal(tree('一、甲\n（一）乙\n1.丙\n二、丁\n1.戊'), '一、1[（一）2[1.3]] 二、1[1.2]');
  });
});
