import { strict as assert } from 'node:assert';
import { applyEdits, fixAll } from '../../../src/core';
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
    const junk = ['; G) X3 q. q/ q', '0 ]7 j6 I$ X9 X5', "- V- C+ W2 _6 \\9 W"];
    assert.deepEqual(flagged('web-residue', ['同志们：', junk[0], '今天开会。', junk[1], junk[2]].join('\n')), junk);
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

  it('offers deleting the whole line, and Fix all never does it', () => {
    const text = '同志们：\n责任编辑：王五\n今天开会。';
    const [finding] = findings('web-residue', text);
    assert.equal(finding.fixes[0].safe, false);
    assert.equal(applyEdits(text, finding.fixes[0].edits), '同志们：\n今天开会。');
    assert.equal(fixAll(text).text, text);
    const last = '同志们：\n今天开会。\n上一篇：某某讲话';
    assert.equal(applyEdits(last, findings('web-residue', last)[0].fixes[0].edits), '同志们：\n今天开会。\n');
  });
});
