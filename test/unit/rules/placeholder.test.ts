import { strict as assert } from 'node:assert';
import { applyEdits, fixesOf } from '../../../src/core';
import { fixture } from '../helpers';
import { findings, flagged } from './ruleHelpers';

const placeholders = (text: string): string[] => flagged('placeholder', text);

describe('rule placeholder', () => {
  const cases: Array<[text: string, expected: string[]]> = [
    ['认真贯彻落实***总书记重要讲话精神。', ['***']],
    ['区委、区**及各方面高度重视。', ['**']],
    ['邀请了*结对县两位社区干部。', ['*']],
    ['基层*与基层治理。', ['*']],
    ['给*县委党校师生留下美好印象。', ['*']],
    ['全角星号＊＊县。', ['＊＊']],
    ['×××同志在会上讲话。', ['×××']],
    ['××市委书记出席。', ['××']],
    ['×书记作重要讲话。', ['×']],
    ['20XX年是关键之年。', ['20XX']],
    ['庆祝建校xx华诞。', ['xx']],
    ['共有xxxx名学员参加。', ['xxxx']],
    ['表彰ＸＸ同志。', ['ＸＸ']],
    ['○○市召开大会。', ['○○']],
    ['□□单位获得表彰。', ['□□']],
    ['〇〇区委高度重视。', ['〇〇']],
    ['由____同志主持。', ['____']],
    ['由＿＿＿同志主持。', ['＿＿＿']],
    ['【单位名称】召开大会。', ['【单位名称】']],
    ['{{会议名称}}今天开幕。', ['{{会议名称}}']],
    ['会议于（此处写明时间）召开。', ['（此处写明时间）']],
    [
      '(一个伟人的名字加最高职务,你可以前后对照进行准确替换)指出',
      ['(一个伟人的名字加最高职务,你可以前后对照进行准确替换)'],
    ],
    ['学习贯彻“”讲话精神。', ['“”']],
    ['认真学习《》。', ['《》']],
    ['……', ['……']],
    ['　　......　', ['......']],
    ['。。。', ['。。。']],
    ['区**和县**都要落实。', ['**', '**']],
    ['总结~的工作，谋划~度目标。', ['~', '~']],
    // test/corpus 28: a template site replaced every year with ~
    ['市政府在~乘势而上，安排部署~政府工作。', ['~', '~']],
    // test/corpus 06, 14, 29, 15, 03: a year whose last digits are blank is one placeholder, digits included
    ['隆重召开“20__—20__学年开学典礼”。', ['20__', '20__']],
    ['在20__届高三孩子们的毕业典礼上致词。', ['20__']],
    ['今天召开20**年全镇工作会议。', ['20**']],
    ['我们迎来了201X年。', ['201X']],
    ['某某学校20_~20_年度第二学期。', ['某某', '20_', '20_']],
    // 某某 for a name or a unit, as the corpus's templates leave it; 某 alone is a word (某单位, 某些).
    ['某某同志、某单位、某些地方要高度重视。', ['某某']],
    ['请某某某同志宣读表彰决定，由△△主持。', ['某某某', '△△']],
    ['会议定于2026年　月　日召开。', ['　月　日']],
    ['由[单位名称]和〔牵头部门〕负责。', ['[单位名称]', '〔牵头部门〕']],
    // issue 17: every form real templates use
    ['201x年工作总结，202x年工作打算。', ['201x', '202x']],
    ['二〇××年是关键之年。', ['二〇××']],
    ['X同志宣读了表彰决定。', ['X']],
    ['X书记亲自参加开班典礼。', ['X']],
    ['以X同志为首的校委会。', ['X']],
    ['X县、X局长出席。', ['X', 'X']],
    ['经镇X委研究决定。', ['X']],
    ['死亡X人，同比上升X%。', ['X', 'X']],
    ['刚才，qy同志通报了考核结果。', ['qy']],
    ['受到表彰的h区和中共m市市委。', ['h', 'm']],
    ['欢迎来到_大学。', ['_']],
    ['第一批_后的同志。', ['_']],
    ['相聚在_大，由____同志主持。', ['_', '____']],
    ['我是x年x班x同学的家长。', ['x', 'x', 'x']],
    ['～年是关键之年。', ['～']],
    ['**书记、**主任：', ['**', '**']],
  ];
  for (const [text, expected] of cases) {
    it(`flags ${expected.join(' ')} in ${text}`, () => {
      assert.deepEqual(placeholders(text), expected);
    });
  }

  const silent = [
    '二〇二三年五月八日',
    '二〇〇八年奥运会',
    '面积为3×4平方米。',
    '按 2 * 3 的比例配置。',
    'a*b 为常数。',
    'Windows XP 已停止支持。',
    '访问 www.example.com 了解详情。',
    'X光检查和X射线设备。',
    'Max 和 xxl 尺码。',
    '各地抓好落实……要持续用力。',
    '他说：“我们要努力……”',
    '原局长李某某、副局长张某受到处分。',
    '根据国发〔2024〕5号文件[1]，详见[会议通知](https://example.com)。',
    '社区（村）书记培训班。',
    '（以下简称“三集中”）',
    '“四个意识”“四个自信”',
    '市委“1＋4”系列文件。',
    '* 要点一：加强学习',
    'my_file_name.txt 和 __init__.py',
    '3~5年内完成。',
    '三～五年内完成。',
    '周一~周五开放。',
    '2023~2024年度。',
    '**一、提高认识**',
    // test/corpus 04: a page title in brackets above the salutation is no field to fill in
    '【小学校长开学典礼致辞】尊敬的各位老师、亲爱的同学们：',
    '北京时间10:00-11:00，大会开幕。',
    'Python 3.10_beta 和 v20_release',
    '**一是要压实责任。**要把责任落实到人。',
    // look-alikes of the forms above
    '做X光检查和X射线、X线检查。',
    'APEC会议在北京召开。',
    'X86架构和X-ray。',
    '2010年以来，我们完成了目标。',
    '详见 https://example.com/__init__/index 页面。',
    '请发邮件到 zhang_san@example.com 联系。',
    '见附件 2024_总结.docx。',
    'A区、B座和C级。',
    '按照《条例》规定，“某某”不得担任。',
    '他是Tom同学。',
    '用iPhone X手机拍摄。',
    '请计算x的值，x轴和y轴。',
  ];
  for (const text of silent) {
    it(`leaves ${JSON.stringify(text)} alone`, () => {
      assert.deepEqual(placeholders(text), []);
    });
  }

  it('reports exactly ***, the four ** and the empty “” in seed 002', () => {
    assert.deepEqual(placeholders(fixture('seed-002-community.txt')), ['***', '“”', '**', '**', '**', '**']);
  });

  it('reports exactly the three * in seed 000', () => {
    const text = fixture('seed-000-opening.txt');
    const found = findings('placeholder', text);
    assert.deepEqual(
      found.map((d) => text.slice(d.span.start, d.span.end + 3)),
      ['*结对县', '*与基层', '*县委党'],
    );
  });

  it('is an error with a message in both languages', () => {
    const [finding] = findings('placeholder', '区**高度重视。');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message['zh-cn'], /未填写的占位符「\*\*」/);
    assert.match(finding.message.en, /Unfilled placeholder 「\*\*」/);
  });

  it('offers a configured value where its pattern covers the placeholder', () => {
    const text = '认真贯彻落实***总书记讲话精神，区委、区**高度重视。';
    const config = { placeholderValues: { '***总书记': '习近平总书记', '区**': '区政府', '县**': '县政府' } };
    const found = findings('placeholder', text, config);
    assert.equal(found.length, 2);
    const [first, second] = found;
    assert.equal(first.fixes.length, 1);
    assert.equal(first.fixes[0].title['zh-cn'], '将「***总书记」替换为「习近平总书记」');
    assert.equal(first.fixes[0].safe, false, 'filling a placeholder is never part of Fix all');
    assert.equal(applyEdits(text, fixesOf(first)[0].edits), '认真贯彻落实习近平总书记讲话精神，区委、区**高度重视。');
    assert.equal(applyEdits(text, fixesOf(second)[0].edits), '认真贯彻落实***总书记讲话精神，区委、区政府高度重视。');
  });

  it('stays silent on an allowed placeholder text', () => {
    assert.deepEqual(flagged('placeholder', '区**和20XX年。', { allowedPlaceholders: ['**'] }), ['20XX']);
  });

  it('can be turned off or made a warning', () => {
    assert.deepEqual(flagged('placeholder', '区**', { rules: { placeholder: 'off' } }), []);
    assert.equal(findings('placeholder', '区**', { rules: { placeholder: 'warning' } })[0].severity, 'warning');
  });
});

describe('rule missing-number', () => {
  const missing = (text: string): string[] => flagged('missing-number', text);
  const cases: Array<[string, string[]]> = [
    ['将基本建成平方公里的城市核心区。', ['建成平方公里']],
    ['地区生产总值  亿元，增长8%。', ['  亿元']],
    ['全年完成投资　万元。', ['　万元']],
    ['城市化水平要达到%。', ['达到%']],
    ['比上年增长个百分点。', ['增长个百分点']],
    ['全县共有家，比去年多。', ['共有家']],
    ['新增万人。', ['新增万人']],
  ];
  for (const [text, expected] of cases) {
    it(`flags ${expected.join(' ')} in ${text}`, () => assert.deepEqual(missing(text), expected));
  }

  const silent = [
    '全区的城市化水平要达到58%，中心城区建成面积将达到60平方公里。',
    '地区生产总值1200亿元，增长8.5%。',
    '比上年增长2.3个百分点。',
    '实现人的全面发展。',
    '实现万众一心、共同奋斗。',
    '建成家园，完成人生目标。',
    '提高人民群众的获得感。',
    '达到人民满意的目标。',
    '共有三家单位、五名同志受表彰。',
    '投资一亿元，新增就业岗位两千个。',
  ];
  for (const text of silent) {
    it(`leaves ${text} alone`, () => assert.deepEqual(missing(text), []));
  }

  it('reports exactly 建成平方公里 in seed 002 and nothing in seed 000', () => {
    assert.deepEqual(missing(fixture('seed-002-community.txt')), ['建成平方公里']);
    assert.deepEqual(missing(fixture('seed-000-opening.txt')), []);
  });
});

describe('rule placeholder: prompts and labels in 【】', () => {
  it('reports a prompt at its severity, and text that may be a label at info', () => {
    const text = '由【主办单位】负责。【腾讯】-发布-【新版】本微信。阿里巴巴【BABA.US】发布财报。';
    const found = findings('placeholder', text).map((finding) => [
      text.slice(finding.span.start, finding.span.end),
      finding.severity,
    ]);
    assert.deepEqual(found, [
      ['【主办单位】', 'error'],
      ['【腾讯】', 'info'],
      ['【新版】', 'info'],
    ]);
  });

  it("never raises an unsure finding above the rule's own severity", () => {
    const found = findings('placeholder', '【腾讯】发布新版。', { rules: { placeholder: 'hint' } });
    assert.deepEqual(
      found.map((finding) => finding.severity),
      ['hint'],
    );
  });
});
