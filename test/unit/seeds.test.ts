import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixAll, lint, parseSpeech } from '../../src/core';
import { fixture, outlineLines, REPO } from './helpers';

/** The whole outline of both real speeches, pinned; each line was checked against the text by hand. */
describe('seed outlines', () => {
  it('seed 000: 一、二、三、 with 一是/二是/三是 under 二、 and 一要/二要/三要 under 三、', () => {
    assert.deepEqual(outlineLines(fixture('seed-000-opening.txt')), [
      'heading 一、 L6 不断提高认识水平，领会学习培训的重要性',
      'heading 二、 L10 切实注重培训实效，不断提高社区治理能力和水平',
      '  item 一是 L12 增强主动学习能力',
      '  item 二是 L13 增强群众工作能力',
      '  item 三是 L14 增强狠抓落实能力',
      'heading 三、 L15 严格落实培训要求，真正做到有所学有所获有所成',
      '  item 一要 L17 转变角色，认真学习',
      '  item 二要 L18 严肃纪律，恪守学风',
      '  item 三要 L19 联系实际，学有所获',
      'closing  L20 结束语',
    ]);
  });

  it('seed 000: salutation and closing; the closing part (同志们，… 最后，祝… 谢谢大家！) stays out of section 三、', () => {
    const speech = parseSpeech(fixture('seed-000-opening.txt'));
    assert.equal(speech.salutation?.text, '各位学员、同志们：');
    assert.equal(speech.closing?.text, '谢谢大家！');
    assert.equal(speech.closing?.line, 21);
    assert.deepEqual([speech.conclusion?.line, speech.conclusion?.lastLine], [19, 21]);
    assert.match(speech.text.slice(speech.conclusion!.span.start), /^同志们，举办这次培训班/);
    assert.equal(speech.sections[2].lastLine, 18);
  });

  it('seed 002: 一、 with (一)(二)(三); 二、 with (一) holding 一是/二是/三是, two of them mid-paragraph', () => {
    assert.deepEqual(outlineLines(fixture('seed-002-community.txt')), [
      'heading 一、 L3 统一思想,充分认识本次培训班的重要意义',
      '  heading (一) L5 举办这次培训班,是武进实现城市化战略、统筹城乡发展的现实需要',
      '  heading (二) L8 举办这次培训班,是武进建立新型社会管理格局、构建和谐社区的客观需求',
      '  heading (三) L11 举办这次培训班,是进一步提高广大社区干部能力素质的迫切需要',
      '    item 一方面 L12 随着社区工作新情况、新问题的不断出现,部分社区干部凭着一些老经验和老办法已很难解决一些新问题,亟需更新观念、补充知识',
      '    item 另一方面 L12 近年来,随着社区干部更替,一些年轻同志不断充实到社区干部队伍中来,也迫切地需要学习社区工作的理论和业务知识',
      'heading 二、 L14 明确目标,不断推动我区社区建设快速健康发展',
      '  heading (一) L16 努力提高自身综合素质,不断提高为居民服务的本领和水平',
      '    item 一是 L17 要加强学习,提高素质',
      '    item 二是 L18 要脚踏实地,求真务实',
      '    item 三是 L20 要甘于牺牲,勇于奉献',
    ]);
  });

  it('seed 002: 二是 and 三是 sit mid-paragraph, right after a full stop', () => {
    const speech = parseSpeech(fixture('seed-002-community.txt'));
    const [first, second, third] = speech.sections[1].children[0].items;
    for (const item of [second, third]) {
      const line = speech.lines[item.line];
      assert.ok(item.markerSpan.start > line.start, `${item.marker} is not at its line start`);
      assert.equal(speech.text[item.markerSpan.start - 1], '。');
    }
    assert.equal(first.markerSpan.start, speech.lines[first.line].start);
  });

  it('seed 002: the half-width salutation, no closing, and nothing from the pasted tail', () => {
    const speech = parseSpeech(fixture('seed-002-community.txt'));
    assert.equal(speech.salutation?.text, '同志们:');
    assert.equal(speech.closing, undefined);
    assert.ok(
      speech.items.every((item) => item.line < 21),
      'the scraped lines 22-27 hold no item',
    );
    assert.ok(
      speech.headings.every((heading) => heading.line < 21),
      'the scraped lines 22-27 hold no heading',
    );
  });
});

describe('the sample speech (samples/开班式讲话.txt)', () => {
  const text = readFileSync(resolve(REPO, 'samples', '开班式讲话.txt'), 'utf8');
  const found = lint(parseSpeech(text));

  it('shows a newcomer what the extension checks: findings of many kinds, each kind a real-looking defect', () => {
    const rules = new Set(found.map((finding) => finding.rule));
    for (const rule of [
      'placeholder',
      'halfwidth-punctuation',
      'repeated-punctuation',
      'unpaired-mark',
      'heading-marker',
      'enumeration-sequence',
      'numbering-sequence',
      'ellipsis-dash',
      'cjk-space',
    ]) {
      assert.ok(rules.has(rule), `the sample shows ${rule}`);
    }
  });

  it('has an outline with its three sections and a Fix all that leaves only what needs a person', () => {
    const speech = parseSpeech(text);
    assert.deepEqual(
      speech.sections.map((section) => section.heading.marker),
      ['一、', '二、', '四、'],
    );
    const after = lint(parseSpeech(fixAll(text).text))
      .map((finding) => finding.rule)
      .sort();
    assert.deepEqual(after, ['enumeration-sequence', 'numbering-sequence', 'placeholder', 'placeholder']);
  });
});
