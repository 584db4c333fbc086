import { strict as assert } from 'node:assert';
import { parseSpeech } from '../../src/core';
import { outlineLines } from './helpers';

const items = (text: string): string[] =>
  parseSpeech(text).items.map((item) => `${item.marker}${item.number}:${item.title}`);

describe('inline items', () => {
  it('finds 一是/二是/三是 at a line start and after 。！？；', () => {
    assert.deepEqual(items('一是抓项目。二是抓企业！三是抓环境？四是抓队伍；五是抓作风。'), [
      '一是1:抓项目',
      '二是2:抓企业',
      '三是3:抓环境',
      '四是4:抓队伍',
      '五是5:抓作风',
    ]);
  });

  it('counts the next members of a run after a comma once the run has begun', () => {
    assert.deepEqual(items('一是抓项目，二是抓企业，三是抓环境。'), ['一是1:抓项目', '二是2:抓企业', '三是3:抓环境']);
  });

  it('does not start a run after a comma', () => {
    assert.deepEqual(items('我们要求，一是抓项目。'), []);
  });

  it('starts a list after a colon', () => {
    assert.deepEqual(items('重点抓好两个方面：一是抓项目，二是抓企业。'), ['一是1:抓项目', '二是2:抓企业']);
  });

  it('finds 一要/二要, 一方面/另一方面, 首先/其次/再次/最后 and 第一/第二', () => {
    assert.deepEqual(items('一要转变角色，认真学习。二要严肃纪律。'), ['一要1:转变角色，认真学习', '二要2:严肃纪律']);
    assert.deepEqual(items('一方面，要学习。另一方面，要实践。'), ['一方面1:要学习', '另一方面2:要实践']);
    assert.deepEqual(items('首先，要学习。其次，要实践。再次，要总结。最后，要提高。'), [
      '首先1:要学习',
      '其次2:要实践',
      '再次3:要总结',
      '最后4:要提高',
    ]);
    assert.deepEqual(items('我讲两点。第一，要学习。第二，要实践。'), ['第一1:要学习', '第二2:要实践']);
  });

  it('leaves a lone 首先 or 一方面 alone: it is prose, not an enumeration', () => {
    assert.deepEqual(items('首先，我代表县委向大家表示欢迎。'), []);
    assert.deepEqual(items('一方面，这是机遇。'), []);
  });

  it('does not take 最后, 其次, 再次 or 另一方面 for items without a run to continue', () => {
    assert.deepEqual(items('最后，祝同志们学习顺利！'), []);
    assert.deepEqual(items('再次感谢大家。'), []);
    assert.deepEqual(items('另一方面的问题。'), []);
  });

  it('does not take a marker in the middle of a clause or after a space for an item', () => {
    assert.deepEqual(items('这里有三个鲜明特点 一是准备充分'), []);
    assert.deepEqual(items('我们要统一是非标准。'), []);
    assert.deepEqual(items('第一期培训班。第一书记要带头。'), []);
  });

  it('does not take 第一、二轮 (the first and second rounds) for an item', () => {
    assert.deepEqual(parseSpeech('空气质量全面达标。第一、二轮中央生态环境保护督察反馈问题整改基本完成。').items, []);
    assert.deepEqual(
      parseSpeech('要做到三点。第一、提高认识。第二、加强领导。').items.map((item) => item.marker),
      ['第一', '第二'],
    );
  });

  it('makes items children of the section they sit in, never sections', () => {
    assert.deepEqual(
      outlineLines('一、总体要求\n一是抓项目。二是抓企业。\n二、保障措施\n一要加强领导。二要落实责任。'),
      [
        'heading 一、 L1 总体要求',
        '  item 一是 L2 抓项目',
        '  item 二是 L2 抓企业',
        'heading 二、 L3 保障措施',
        '  item 一要 L4 加强领导',
        '  item 二要 L4 落实责任',
      ],
    );
  });

  it('keeps items in the opening, before the first section, at the top level', () => {
    assert.deepEqual(outlineLines('同志们：\n这次会议有两个任务：一是总结工作，二是部署任务。\n一、总结'), [
      'item 一是 L2 总结工作',
      'item 二是 L2 部署任务',
      'heading 一、 L3 总结',
    ]);
  });

  it('ends an item where the next begins, inside its section', () => {
    const speech = parseSpeech('一、甲\n一是抓项目。\n继续说明。\n二是抓企业。\n二、乙');
    const [first, second] = speech.sections[0].items;
    assert.equal(speech.text.slice(first.span.start, first.span.end), '一是抓项目。\n继续说明。');
    assert.equal(speech.text.slice(second.span.start, second.span.end), '二是抓企业。');
  });
});

describe('sections', () => {
  it('spans a section from its heading line to its last non-blank line', () => {
    const text = '一、甲\n正文。\n\n\n二、乙\n正文二。\n\n';
    const speech = parseSpeech(text);
    const [first, second] = speech.sections;
    assert.equal(text.slice(first.span.start, first.span.end), '一、甲\n正文。');
    assert.equal(first.lastLine, 1);
    assert.equal(text.slice(second.span.start, second.span.end), '二、乙\n正文二。');
  });

  it('gives the heading span as marker plus title, after the indentation', () => {
    const text = '　　一、统一思想，充分认识重要意义。下面是正文。';
    const heading = parseSpeech(text).headings[0];
    assert.equal(text.slice(heading.markerSpan.start, heading.markerSpan.end), '一、');
    assert.equal(text.slice(heading.headingSpan.start, heading.headingSpan.end), '一、统一思想，充分认识重要意义');
    assert.equal(heading.title, '统一思想，充分认识重要意义');
  });

  it('ends a title at a full stop typed half-width after Chinese, not at a decimal point', () => {
    const titles = (text: string): string[] => parseSpeech(text).headings.map((heading) => heading.title);
    assert.deepEqual(titles('一、统一思想.下面是正文。\n二、加强领导.'), ['统一思想', '加强领导']);
    assert.deepEqual(titles('一、增长3.5个百分点\n二、版本v1.2发布'), ['增长3.5个百分点', '版本v1.2发布']);
  });

  it('keeps the closing line out of the last section', () => {
    const text = '一、甲\n正文。\n谢谢大家！';
    const speech = parseSpeech(text);
    assert.equal(text.slice(speech.sections[0].span.start, speech.sections[0].span.end), '一、甲\n正文。');
    assert.equal(speech.closing?.text, '谢谢大家！');
  });

  it('counts UTF-16 offsets the way VS Code does, across astral characters and CRLF', () => {
    const text = '𠀀同志们：\r\n一、𠀀甲\r\n正文。\r\n二、乙';
    const speech = parseSpeech(text);
    const [first, second] = speech.sections;
    assert.equal(text.slice(first.heading.headingSpan.start, first.heading.headingSpan.end), '一、𠀀甲');
    assert.equal(text.slice(first.span.start, first.span.end), '一、𠀀甲\r\n正文。');
    assert.equal(text.slice(second.span.start, second.span.end), '二、乙');
    assert.deepEqual(
      speech.lines.map((line) => line.text),
      ['𠀀同志们：', '一、𠀀甲', '正文。', '二、乙'],
    );
  });

  it('treats a lone CR as a line break', () => {
    assert.deepEqual(
      parseSpeech('一、甲\r二、乙').headings.map((h) => h.line),
      [0, 1],
    );
  });

  it('parses an empty document', () => {
    const speech = parseSpeech('');
    assert.deepEqual([speech.sections, speech.items, speech.paragraphs], [[], [], []]);
  });
});

describe('salutation and closing', () => {
  const salutation = (text: string): string | undefined => parseSpeech(text).salutation?.text;

  it('finds the salutation forms', () => {
    assert.equal(salutation('同志们：\n今天开会。'), '同志们：');
    assert.equal(salutation('同志们:今天,全区社区干部培训班正式开班了。'), '同志们:');
    assert.equal(salutation('各位领导、同志们：\n'), '各位领导、同志们：');
    assert.equal(salutation('尊敬的各位来宾，女士们、先生们：\n'), '尊敬的各位来宾，女士们、先生们：');
    assert.equal(salutation('亲爱的同学们：\n'), '亲爱的同学们：');
  });

  it('finds the salutation under a title line', () => {
    assert.equal(salutation('在全县社区书记培训班开班式上的讲话\n\n同志们：\n'), '同志们：');
  });

  it('does not take a colon in the body for a salutation', () => {
    assert.equal(salutation('举办这次培训班的目的是：提高能力。'), undefined);
    assert.equal(salutation('一、总体要求\n同志们：'), undefined);
    assert.equal(salutation('同志们，举办这次培训班。'), undefined);
  });

  it('finds the closing only at the end', () => {
    assert.equal(parseSpeech('正文。\n谢谢大家！\n\n').closing?.text, '谢谢大家！');
    assert.equal(parseSpeech('正文。\n谢谢！').closing?.text, '谢谢！');
    assert.equal(parseSpeech('谢谢大家！\n正文。').closing, undefined);
    assert.equal(parseSpeech('谢谢大家的支持和帮助。').closing, undefined);
  });
});
