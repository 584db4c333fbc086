import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { effectiveKind, lint, mergeConfigs, parseSpeech, type DocumentKind } from '../../src/core';
import { REPO } from './helpers';

const kindOf = (text: string): DocumentKind => parseSpeech(text).kind.kind;

describe('document kinds', () => {
  it("tells the kind from the title's head noun, the last one in it", () => {
    const titles: Array<[string, DocumentKind]> = [
      ['在全市安全生产工作会议上的讲话', 'speech'],
      ['在2025年春季开学典礼上的致辞', 'speech'],
      ['凝心聚力 奋勇争先——在全区经济工作会议上的讲话（2025年1月15日）', 'speech'],
      ['在表彰大会上的发言', 'speech'],
      ['全县三级干部大会主持词', 'speech'],
      ['2025年市政府工作报告', 'report'],
      ['在市十七届人大四次会议上的政府工作报告', 'report'],
      ['关于2025年上半年安全生产情况的报告', 'report'],
      ['2025年第一季度工作情况汇报', 'report'],
      ['中共中央 国务院关于实施乡村振兴战略的意见', 'plan'],
      ['关于推进教育强区建设的实施意见', 'plan'],
      ['2025年全市党建工作要点', 'plan'],
      ['2026年工作思路', 'plan'],
      ['全区主题教育实施方案', 'plan'],
      ['二〇二六年新年献词', 'message'],
      ['致全市教师的节日贺信', 'message'],
      ['国务院关于河北雄安新区总体规划（2018—2035年）的批复', 'plan'],
      ['国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函', 'plan'],
      ['国务院办公厅关于对第五次大督查发现的典型经验做法给予表扬的通报', 'plan'],
      ['中华人民共和国国务院令', 'plan'],
      ['专利代理条例', 'plan'],
      ['国家粮食应急预案', 'plan'],
    ];
    for (const [title, kind] of titles) {
      const info = parseSpeech(`${title}\n正文第一段。\n正文第二段。\n`).kind;
      assert.deepEqual([title, info.kind, info.source], [title, kind, 'title']);
    }
  });

  it('reads a title set on several lines, and one set with spaces between its characters', () => {
    const letter =
      '国务院办公厅\n关于四川省在总理考察工作时\n所提问题和建议办理情况的函\n国办函〔2005〕57号\n四川省人民政府：\n';
    assert.deepEqual(parseSpeech(letter).kind, { kind: 'plan', source: 'title', evidence: '函' });
    assert.equal(
      kindOf('国务院办公厅关于印发\n国 家 粮 食 应 急 预 案 的 函\n各省、自治区、直辖市人民政府：\n'),
      'plan',
    );
    assert.equal(kindOf('凝心聚力 奋勇争先\n——在全区经济工作会议上的讲话\n同志们：\n'), 'speech');
  });

  it('reads no title in a spoken sentence, a heading or the salutation; without signs, a text is a speech', () => {
    assert.equal(kindOf('下面，我讲三点意见\n一、提高认识\n'), 'speech');
    assert.equal(kindOf('同志们：\n一、2024年工作总结\n二、2025年工作要点\n'), 'speech');
    assert.deepEqual(parseSpeech('今天我们开会。\n谢谢大家！\n').kind, { kind: 'speech', source: 'default' });
  });

  it('tells plans and reports by their opening formula when they have no title', () => {
    assert.equal(kindOf('为深入贯彻落实党的二十大精神，现就加强基层治理提出如下意见。\n一、总体要求\n'), 'plan');
    assert.equal(kindOf('根据市委要求，现将我局一季度工作情况汇报如下。\n一、主要工作\n'), 'report');
    // 现 directly before the verb: the opinion's own formula, with or without 就…
    assert.equal(kindOf('为加快推进草牧业发展，现提出以下意见。\n一、重要意义\n'), 'plan');
    assert.equal(kindOf('为做好这项工作，特提出如下意见。\n一、总体要求\n'), 'plan');
    // …but a speaker's 现在 before 提出 is not the formula
    assert.equal(kindOf('现在，我就做好今年工作提出以下意见。\n一、提高认识\n'), 'speech');
  });

  it("the writer's word wins: front matter over the setting, the setting over the title", () => {
    const text = '---\nkind: 报告\n---\n在全市工作会议上的讲话\n同志们：\n';
    assert.deepEqual(parseSpeech(text).kind, { kind: 'report', source: 'front-matter', evidence: '报告' });
    assert.equal(effectiveKind(parseSpeech(text).kind, 'plan').kind, 'report');
    assert.deepEqual(effectiveKind(parseSpeech('在全市工作会议上的讲话\n同志们：\n').kind, 'plan'), {
      kind: 'plan',
      source: 'setting',
    });
    const config = mergeConfigs({ documentKind: 'report' });
    const structure = lint(
      parseSpeech('今年以来，我们认真落实各项部署。\n一、提高认识\n二、狠抓落实\n我们要再接再厉。\n'),
      config,
    ).filter((finding) => finding.rule === 'structure');
    assert.deepEqual(structure, []);
  });

  it('outline --format json names the kind and where it came from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-kind-'));
    writeFileSync(join(dir, 'plan.txt'), '关于实施乡村振兴战略的意见\n一、重大意义\n二、总体要求\n');
    const result = spawnSync(
      process.execPath,
      [resolve(REPO, 'dist/cli.js'), 'outline', '--format', 'json', 'plan.txt'],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout) as { kind: string; kindSource: string; outline: unknown[] };
    assert.deepEqual([json.kind, json.kindSource], ['plan', 'title']);
    writeFileSync(join(dir, '.speechdraftrc.json'), '{ "documentKind": "speech" }');
    const overridden = JSON.parse(
      spawnSync(process.execPath, [resolve(REPO, 'dist/cli.js'), 'outline', '--format', 'json', 'plan.txt'], {
        cwd: dir,
        encoding: 'utf8',
      }).stdout,
    ) as { kind: string; kindSource: string };
    assert.deepEqual([overridden.kind, overridden.kindSource], ['speech', 'setting']);
  });
});
