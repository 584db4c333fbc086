/**
 * Forms real drafts use every day (issue 16): each specimen pins the whole outline and the findings, so one wrong
 * parse cannot hide behind a cascade of other messages.
 */

import { strict as assert } from 'node:assert';
import { buildOutline, lint, parseSpeech } from '../../src/core';
import { outlineLines } from './helpers';

function rulesReported(text: string): string[] {
  return lint(parseSpeech(text)).map((finding) => finding.rule);
}

const FOUR_POINTS = [
  '同志们：',
  '下面，我讲四点意见。',
  '一、2024年工作回顾',
  '过去一年，全县经济稳中有进。',
  '二、3项重点任务',
  '今年要抓好三项任务。',
  '三、“三农”工作',
  '要稳住农业基本盘。',
  '四、《条例》的主要内容',
  '要认真学习《条例》。',
  '谢谢大家！',
].join('\n');

describe('real drafts: titles that begin with a digit, Latin letters, a quote or a bracket', () => {
  it('一、2024年… 二、3项… 三、“三农”… 四、《条例》… are four headings, and nothing is reported', () => {
    assert.deepEqual(outlineLines(FOUR_POINTS), [
      'heading 一、 L3 2024年工作回顾',
      'heading 二、 L5 3项重点任务',
      'heading 三、 L7 “三农”工作',
      'heading 四、 L9 《条例》的主要内容',
      'closing  L11 结束语',
    ]);
    assert.deepEqual(rulesReported(FOUR_POINTS), []);
  });

  it('（一）5G基站建设, 1、1至4月…, 1.ABC项目 and （二）（3）“双碳”… are headings', () => {
    const text = [
      '一、经济运行',
      '（一）5G基站建设',
      '1、1至4月经济运行情况良好',
      '2.ABC项目进展顺利',
      '（二）“双碳”目标',
      '（1）10个重点项目',
    ].join('\n');
    assert.deepEqual(outlineLines(text), [
      'heading 一、 L1 经济运行',
      '  heading （一） L2 5G基站建设',
      '    heading 1、 L3 1至4月经济运行情况良好',
      '    heading 2. L4 ABC项目进展顺利',
      '  heading （二） L5 “双碳”目标',
      '    heading （1） L6 10个重点项目',
    ]);
  });

  it('a number is still no heading: 1.5亿元, 3.14, 一.5 and 一，5 read as numbers', () => {
    for (const line of ['1.5亿元已经到位。', '3.14是圆周率。', '一.5', '一，5个乡镇']) {
      assert.equal(parseSpeech(line).headings.length, 0, line);
    }
  });
});

describe('real drafts: runs inside one paragraph', () => {
  it('第一，…第二，…第三，… in one paragraph: three items of one run, no section', () => {
    const text = '一、抓好落实\n第一，要提高认识。第二，要加强领导。第三，要狠抓落实。';
    assert.deepEqual(outlineLines(text), [
      'heading 一、 L1 抓好落实',
      '  item 第一 L2 要提高认识',
      '  item 第二 L2 要加强领导',
      '  item 第三 L2 要狠抓落实',
    ]);
    assert.deepEqual(rulesReported(text), []);
  });

  it('第一，… on lines of their own, each with its paragraph, stay headings', () => {
    const text = '第一，提高认识\n要认识到重要性。\n第二，加强领导\n要加强领导。';
    assert.deepEqual(
      parseSpeech(text).headings.map((heading) => heading.marker),
      ['第一，', '第二，'],
    );
  });

  it('其一，…其二，… and 一来，…二来，… are runs of items', () => {
    const text = '一、原因\n其一，基础薄弱；其二是投入不足。一来，时间紧；二来，任务重。';
    assert.deepEqual(outlineLines(text), [
      'heading 一、 L1 原因',
      '  item 其一 L2 基础薄弱',
      '  item 其二是 L2 投入不足',
      '  item 一来 L2 时间紧',
      '  item 二来 L2 任务重',
    ]);
    assert.deepEqual(rulesReported(text), []);
  });

  it('其次, 其中 and 一来到北京 are prose', () => {
    assert.deepEqual(parseSpeech('其中，三个项目已开工。他一来到北京就开始工作。').items, []);
  });
});

describe('real drafts: how headings are written', () => {
  it('headings ending in 。 or ：', () => {
    assert.deepEqual(outlineLines('一、提高认识。\n要认识到。\n二、加强领导：\n要加强。'), [
      'heading 一、 L1 提高认识',
      'heading 二、 L3 加强领导',
    ]);
  });

  it('a marker alone on its line takes its title from the next line', () => {
    const text = '一、\n提高政治站位\n要认识到重要性。\n（一）\n坚持稳中求进：\n要稳。';
    assert.deepEqual(outlineLines(text), ['heading 一、 L1 提高政治站位', '  heading （一） L4 坚持稳中求进']);
    const outline = buildOutline(parseSpeech(text), 220);
    assert.equal(outline[0].label, '一、 提高政治站位');
  });

  it('a lone marker followed by a long paragraph keeps an empty title', () => {
    const text = '一、\n过去一年，在市委、市政府的坚强领导下，全县上下团结一心，攻坚克难，经济社会发展取得了新的成效。';
    assert.equal(parseSpeech(text).headings[0].title, '');
  });

  it('Markdown: **一、…** and # 二、… are headings; the bold marks are no placeholder', () => {
    const text =
      '**一、提高认识**\n要认识到。\n# 二、加强领导\n**一是要压实责任。**要把责任落实到人。\n**三、狠抓落实。**';
    assert.deepEqual(outlineLines(text), [
      'heading 一、 L1 提高认识',
      'heading 二、 L3 加强领导',
      '  item 一是 L4 要压实责任',
      'heading 三、 L5 狠抓落实',
    ]);
    assert.deepEqual(
      rulesReported(text).filter((rule) => rule === 'placeholder'),
      [],
    );
  });

  it('** that masks a name is still a placeholder: **书记、**主任：, 区**同志', () => {
    for (const text of ['**书记、**主任：', '区**同志', '**同志：']) {
      assert.ok(rulesReported(text).includes('placeholder'), text);
    }
  });

  it('full-width and half-width indentation before a marker', () => {
    assert.deepEqual(outlineLines('　　一、提高认识\n    （一）学深悟透\n\t1.读原文'), [
      'heading 一、 L1 提高认识',
      '  heading （一） L2 学深悟透',
      '    heading 1. L3 读原文',
    ]);
  });
});

describe('real drafts: host scripts (test/corpus 34)', () => {
  it('a voting formula said twice, with its stage directions, is no pasted duplicate', () => {
    const formula = '不同意的请举手。（稍停）没有（或请放下）。';
    const text = [
      '同志们：',
      '下面进行第一项。',
      formula,
      '通过。',
      '下面进行第二项。',
      formula,
      '通过。',
      '散会。',
    ].join('\n');
    assert.ok(!rulesReported(text).includes('duplicate-paragraph'));
  });

  it('schedule entries whose titles begin with a time are headings: 一、上午10:00-11:00，大会开幕式', () => {
    const text =
      '大会执行主席的分工如下：\n一、上午10:00-11:00，大会开幕式\n执行主席×××\n二、下午2:00-2:30，选举大会\n执行主席×××';
    assert.deepEqual(outlineLines(text), [
      'heading 一、 L2 上午10:00-11:00，大会开幕式',
      'heading 二、 L4 下午2:00-2:30，选举大会',
    ]);
  });
});

describe('real drafts: the title block and the closing part', () => {
  const SPEECH = [
    '在全县经济工作会议上的讲话',
    '（2025年1月15日）',
    '县长  张三',
    '',
    '同志们：',
    '这次会议的主要任务是部署今年工作。',
    '一、回顾过去',
    '成绩来之不易。',
    '二、展望未来',
    '任务依然繁重。',
    '同志们，新的一年任务艰巨。让我们团结一心，奋勇前进！',
    '谢谢大家！',
  ].join('\n');

  it('title, date and speaker lines are the title block, neither headings nor body', () => {
    const speech = parseSpeech(SPEECH);
    assert.equal(speech.titleBlock?.title.text, '在全县经济工作会议上的讲话');
    assert.deepEqual(
      speech.titleBlock?.lines.map((line) => line.text),
      ['（2025年1月15日）', '县长  张三'],
    );
    assert.deepEqual(outlineLines(SPEECH), [
      'title  L1 在全县经济工作会议上的讲话',
      'heading 一、 L7 回顾过去',
      'heading 二、 L9 展望未来',
      'closing  L11 结束语',
    ]);
    assert.deepEqual(rulesReported(SPEECH), []);
  });

  it('the closing part (同志们，… through 谢谢大家！) is outside the last section, and the times add up', () => {
    const speech = parseSpeech(SPEECH);
    assert.equal(speech.sections[1].lastLine, 9);
    const outline = buildOutline(speech, 220);
    const closing = outline.find((node) => node.kind === 'closing')!;
    assert.equal(closing.characters, [...'同志们新的一年任务艰巨让我们团结一心奋勇前进谢谢大家'].length);
    const sectionsAndClosing = outline
      .filter((node) => node.kind !== 'title')
      .reduce((sum, node) => sum + node.characters, 0);
    const body = [...'这次会议的主要任务是部署今年工作'].length;
    const total = [...SPEECH.replace(/[^\p{Script=Han}\d]/gu, '')].length;
    const titleBlock = [...'在全县经济工作会议上的讲话2025年1月15日县长张三同志们'.replace(/[^\p{Script=Han}\d]/gu, '')]
      .length;
    assert.equal(sectionsAndClosing + body + titleBlock, total);
  });

  it('a first line without a title word or date line below it is no title block', () => {
    assert.equal(parseSpeech('今天天气很好\n我们开会。').titleBlock, undefined);
  });

  it('the last section’s first paragraph is never the closing part, even when it addresses the audience', () => {
    const speech = parseSpeech('一、总结\n同志们，过去一年成绩显著。\n谢谢大家！');
    assert.equal(speech.conclusion?.line, 2);
  });

  it('a speaker and date line under 谢谢大家！ do not hide the closing (test/corpus 08)', () => {
    const speech = parseSpeech('同志们：\n今天开会。\n希望大家努力。\n谢谢大家！\n发言人：许运强\n2007年9月19日');
    assert.equal(speech.closing?.line, 3);
    assert.deepEqual(
      rulesReported('同志们：\n今天开会。\n希望大家努力。\n谢谢大家！\n发言人：许运强\n2007年9月19日'),
      [],
    );
  });

  it('让我们… without 谢谢大家 closes the speech too', () => {
    const speech = parseSpeech('一、总结\n成绩显著。\n二、展望\n任务艰巨。\n让我们携手奋进，再创佳绩！');
    assert.deepEqual([speech.conclusion?.line, speech.conclusion?.lastLine], [4, 4]);
    assert.equal(speech.sections[1].lastLine, 3);
  });
});

describe('real drafts: salutations and closings as people write them (issue 17)', () => {
  const body = ['今天开会。', '要抓好落实。', '要加强领导。'];
  const salutationOf = (first: string, above: string[] = []): string | undefined =>
    parseSpeech([...above, first, ...body].join('\n')).salutation?.text;
  const closingOf = (last: string): string | undefined =>
    parseSpeech(['同志们：', ...body, last].join('\n')).closing?.text;

  it('finds salutations with a greeting and without a colon', () => {
    assert.equal(salutationOf('同学们，大家早上好！'), '同学们，大家早上好！');
    assert.equal(salutationOf('各位家长大家好！'), '各位家长大家好！');
    assert.equal(salutationOf('同志們：'), '同志們：');
  });

  it('finds a salutation under a title block of four or five lines', () => {
    assert.equal(
      salutationOf('亲爱的同学们：', [
        '在2025年秋季开学典礼上的讲话',
        '——奋斗正当时',
        '（2025年9月1日）',
        '校长  李明',
        '某某中学',
      ]),
      '亲爱的同学们：',
    );
  });

  it('a greeting alone is no salutation: 大家好！', () => {
    assert.equal(salutationOf('大家好！'), undefined);
  });

  it('finds closings with a stage direction, thanks, a request for comments or a wish', () => {
    for (const closing of [
      '谢谢大家！（长时间掌声）',
      '再次感谢大家！',
      '请批评指正。',
      '祝大家新年快乐！',
      '谢谢！',
      '謝謝大家！',
      '谢谢大家的聆听！',
      '感谢聆听！',
    ]) {
      assert.equal(closingOf(closing), closing, closing);
    }
  });

  it('a last line of prose is no closing', () => {
    assert.equal(closingOf('祝贺的话就不多说了，下面开始工作。'), undefined);
  });

  it('structure reports neither on such a speech', () => {
    assert.deepEqual(rulesReported(['同学们，大家早上好！', ...body, '谢谢大家！（热烈掌声）'].join('\n')), []);
  });
});

describe('real drafts: sections and runs as people write them (issue 17)', () => {
  it('第一点，…第二点，… and 第一个问题，…第二个问题， start sections of one level', () => {
    const points = '同志们：\n第一点，提高认识\n要认识到。\n第二点，加强领导\n要加强。\n第三点，狠抓落实\n要落实。';
    assert.deepEqual(outlineLines(points), [
      'heading 第一点， L2 提高认识',
      'heading 第二点， L4 加强领导',
      'heading 第三点， L6 狠抓落实',
    ]);
    assert.deepEqual(
      rulesReported(points).filter((rule) => rule !== 'structure'),
      [],
    );
    const questions = '同志们：\n第一个问题，提高认识\n要认识到。\n第二个问题，加强领导\n要加强。';
    assert.deepEqual(outlineLines(questions), ['heading 第一个问题， L2 提高认识', 'heading 第二个问题， L4 加强领导']);
    assert.deepEqual(
      rulesReported(questions).filter((rule) => rule !== 'structure'),
      [],
    );
  });

  it('第二项 is an ordinal, not a count: 下面，进行第二项，通过名单。', () => {
    assert.ok(
      !rulesReported('同志们：\n会议有三项议程。\n下面，进行第二项，通过名单。\n谢谢大家！').includes(
        'announced-count',
      ),
    );
  });

  it('a 一是 run may begin after a comma when its 二是 follows', () => {
    const text = '一、主题\n这次活动的主题是“爱国”，一是爱国之心要坚定；二是爱国之情要真挚。';
    assert.deepEqual(outlineLines(text), [
      'heading 一、 L1 主题',
      '  item 一是 L2 爱国之心要坚定',
      '  item 二是 L2 爱国之情要真挚',
    ]);
  });

  it('a lone 一是 after a comma is prose: 他说，一是一，二是二', () => {
    assert.deepEqual(parseSpeech('一、作风\n他说，一是因为忙。').items, []);
  });

  it('最后 and 再次 in prose are no members of a 首先 run', () => {
    const text = '一、要求\n首先，要提高认识。其次，要加强领导。最后可能再把问题除掉。再次感谢大家的支持。';
    assert.deepEqual(
      parseSpeech(text).items.map((item) => item.marker),
      ['首先', '其次'],
    );
    assert.deepEqual(rulesReported(text), []);
  });

  it('首先，我代表……表示欢迎 is the opening courtesy, not the first point of a run ending in 最后 (test/corpus 39)', () => {
    const text =
      '各位家长：\n大家好！首先，请允许我代表全体教职工，对各位家长的到来表示最热烈的欢迎！\n过去一年成绩显著。\n最后，我想说的是，每个孩子都是独一无二的。\n谢谢大家！';
    assert.deepEqual(parseSpeech(text).items, []);
    assert.deepEqual(
      parseSpeech('一、要求\n首先，要提高认识。最后，要狠抓落实。').items.map((item) => item.marker),
      ['首先', '最后'],
    );
  });

  it('a closing that begins 最后，借这个机会，祝各位… (test/corpus 36)', () => {
    const speech = parseSpeech(
      '各位领导、来宾：\n欢迎大家。\n希望大家常回来看看。\n最后，借这个珍贵的机会，祝各位领导、老师身体健康、万事如意！',
    );
    assert.equal(speech.closing?.line, 3);
  });

  it('traditional characters: 我講三點意見 announces three, 第一點， is a section, markers stay as written', () => {
    const text = '同志們：\n下面，我講三點意見。\n第一點，提高認識\n要認識到。\n第二點，加強領導\n要加強。\n謝謝大家！';
    assert.deepEqual(outlineLines(text), [
      'heading 第一點， L3 提高認識',
      'heading 第二點， L5 加強領導',
      'closing  L7 结束语',
    ]);
    const found = lint(parseSpeech(text)).filter((finding) => finding.rule === 'announced-count');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].span.start, found[0].span.end), '三點');
  });
});

describe('real drafts: closings of opening addresses (issue 17)', () => {
  it('预祝大会圆满成功！ and 最后，衷心祝愿全体同学…！ close a speech', () => {
    for (const last of ['预祝大会圆满成功！', '最后，衷心祝愿全体同学学业进步、快乐成长！', '祝本次培训班圆满成功！']) {
      assert.equal(parseSpeech(['同志们：', '今天开会。', '要抓落实。', last].join('\n')).closing?.text, last, last);
    }
  });
});
