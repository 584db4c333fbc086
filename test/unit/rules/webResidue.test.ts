import { strict as assert } from 'node:assert';
import { applyEdits, fixAll, fixesOf, lint, parseSpeech } from '../../../src/core';
import { findings, flagged } from './ruleHelpers';

describe('rule web-residue', () => {
  it('reports page furniture: navigation, credits, counters, sharing and print links, breadcrumbs', () => {
    const lines = [
      '上一篇：在全县教育工作会议上的讲话',
      '下一篇：关于做好春节期间工作的通知',
      '责任编辑：王五',
      '来源：某某县人民政府网  发布时间：2024-03-01',
      '【作者：办公室】',
      '点击量：1234',
      '发布日期：2024-03-01  浏览次数：56',
      '分享到：',
      '【打印本页】【关闭窗口】',
      '【字体：大 中 小】',
      '当前位置：首页 > 领导讲话',
      '首页 > 新闻中心 > 领导讲话',
      '扫一扫在手机打开当前页',
      '版权所有：某某县人民政府办公室',
    ];
    const text = ['同志们：', ...lines, '谢谢大家！'].join('\n');
    assert.deepEqual(flagged('web-residue', text), lines);
  });

  it('reports anti-scraping garbage lines', () => {
    const junk = [
      '; G) X3 q. q/ q',
      '0 ]7 j6 I$ X9 X5',
      '- V- C+ W2 _6 \\9 W',
      // laomiw.com, a Discuz forum: lines as long as a sentence
      '/ G- k; W% a% |( ^# n% J3 n I/ @ 9 |8 L9 l j8 \\ P- t7 ^3 X4 ~',
      "# ^8 T. R# `: t) _$ P. d% X0 ~3 m5 ?' A/ ]- l3 L, Q+ I* B9 g* O2 Z",
    ];
    assert.deepEqual(flagged('web-residue', ['同志们：', junk[0], '今天开会。', ...junk.slice(1)].join('\n')), junk);
  });

  it('leaves prose, numbers, English and lists alone', () => {
    const text = [
      '据新华社报道，来源可靠。',
      '公众号阅读量达到10万，点击量比去年翻了一番。',
      '来源：国家统计局的数据显示，全年GDP增长5.2%，比上年加快0.2个百分点，高于全国平均水平，也高于年初预期的目标，成绩来之不易，值得我们倍加珍惜和认真总结。',
      'Thank you very much.',
      'GDP 5.2%',
      '1 2 3',
      'A. B. C.',
      '上一年度，我们完成了目标。',
      '分享到了很多经验。',
      '大家要学会浏览网页。',
    ].join('\n');
    assert.deepEqual(flagged('web-residue', text), []);
  });

  it('reports the notes of template sites, paywalls and writing assistants', () => {
    const lines = [
      '毕业典礼发言稿学生代表8篇',
      '以下是82秘书网小编精心为您推荐的毕业典礼发言稿学生代表8篇，供大家参考。',
      '毕业典礼发言稿学生代表篇1',
      '毕业典礼父母致辞（通用26篇）',
      '群众座谈会发言范文第1篇',
      '时间：2023-03-06 21:23:35',
      '2008-06-10 08:33:49   来源：   点击：',
      '致辞致谢 阅读（3.31W）',
      '............试读结束............',
      '全文共7402字，仅供站内会员学习参考（会员可打开排版规范的全部文档）',
      '新来的客人请【点此注册】加入会员',
      '公文汇 www.gongwenhui.com',
      '文章版权归作者所有，未经允许请勿转载。',
      'THE END',
      '149027',
      '---',
      '这篇讲话稿旨在表达对毕业生的祝福和支持。希望对你有所帮助！',
      '希望这篇内容能满足您的需求！如果还有其他问题或需要进一步的帮助，请随时告诉我。',
      '【文章共5568字，精选参考范文，仅供学习借鉴】',
      '- 上一篇：在纪念五四运动101周年青年代表在会上的发言',
      '用户评论',
      '（以下评论仅代表网友意见，与本站立场无关）',
      '2024-07-16',
    ];
    const text = ['同志们：', '今天开会。', ...lines].join('\n');
    assert.deepEqual(flagged('web-residue', text), lines);
  });

  it('leaves title-block dates, years, counts and numbered titles alone', () => {
    const text = [
      '在全县经济工作会议上的讲话',
      '（2025年1月15日）',
      '2025年1月15日',
      '同志们：',
      '今年是“十四五”规划收官之年。',
      '第一篇章：奋斗',
      '2024',
      '我们共完成了3篇调研报告',
    ].join('\n');
    assert.deepEqual(flagged('web-residue', text), []);
  });

  it('is the only finding on a residue line: no placeholder in 【点此注册】, no duplicate watermark, no stray ellipsis', () => {
    const text = [
      '同志们：',
      '今天开会。',
      '公文汇 www.gongwenhui.com',
      '新来的客人请【点此注册】加入会员',
      '公文汇 www.gongwenhui.com',
      '............试读结束............',
      '谢谢大家！',
    ].join('\n');
    const rules = lint(parseSpeech(text)).map((finding) => finding.rule);
    assert.deepEqual(rules, ['web-residue', 'web-residue', 'web-residue', 'web-residue']);
  });

  it('is looked through by the parse: the salutation, title and closing are found around it', () => {
    const text = [
      '首页 > 领导讲话',
      '在全县经济工作会议上的讲话',
      '时间：2024-03-01 10:00',
      '同志们：',
      '今天开会。',
      '谢谢大家！',
      '---',
      '希望对你有所帮助！',
    ].join('\n');
    const speech = parseSpeech(text);
    assert.equal(speech.titleBlock?.title.text, '在全县经济工作会议上的讲话');
    assert.equal(speech.salutation?.line, 3);
    assert.equal(speech.closing?.line, 5);
    assert.deepEqual(
      speech.paragraphs.map((paragraph) => paragraph.line),
      [1, 3, 4, 5],
    );
  });

  it('offers deleting the whole line, and Fix all never does it', () => {
    const text = '同志们：\n责任编辑：王五\n今天开会。';
    const [finding] = findings('web-residue', text);
    assert.equal(finding.fixes[0].safe, false);
    assert.equal(applyEdits(text, fixesOf(finding)[0].edits), '同志们：\n今天开会。');
    assert.equal(fixAll(text).text, text);
    const last = '同志们：\n今天开会。\n上一篇：某某讲话';
    assert.equal(applyEdits(last, fixesOf(findings('web-residue', last)[0])[0].edits), '同志们：\n今天开会。\n');
  });
});

describe('rule web-residue: prose that looks like a notice stays prose', () => {
  it('leaves sentences about reading, opinions, adjustments and counts alone, and never takes a heading', () => {
    const text = [
      '同志们：',
      '各级党组织要认真阅读全文，深刻领会精神实质。',
      '以上发言仅代表个人观点，不当之处请批评指正。',
      '如需调整，请及时向办公室报告。',
      '三、全年发表文章200篇',
      '要落实。',
      '谢谢大家！',
    ].join('\n');
    assert.deepEqual(flagged('web-residue', text), []);
  });
});
