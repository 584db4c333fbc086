/**
 * The corpus of real speeches (test/corpus): the engine must stay right on text other people wrote. Thresholds
 * are issue 16's; the recall floors are the measurement when each was last raised, so a change that loses a
 * finding the engine used to make fails here.
 */

import { strict as assert } from 'node:assert';
import { evaluateCorpus, formatReport, loadCorpus, precision, recall, type Score } from '../corpus/evaluate';

const HEADING_THRESHOLD = 0.98;
const ITEM_THRESHOLD = 0.95;
const RULE_PRECISION_THRESHOLD = 0.95;
const RECALL_FLOORS: Record<string, number> = {
  placeholder: 0.98,
  'repeated-punctuation': 1,
  'ellipsis-dash': 1,
  'cjk-space': 1,
  'duplicate-paragraph': 1,
  'web-residue': 0.98,
  'long-sentence': 1,
};

describe('corpus of real speeches (npm run eval:corpus)', function () {
  this.timeout(60_000);
  const report = evaluateCorpus();
  const explain = (score: Score): string =>
    `\n${[...score.falsePositives, ...score.misses].join('\n')}\n\n${formatReport(report)}`;

  it('holds at least 30 annotated speeches of at least 8 kinds', () => {
    assert.ok(report.texts >= 30, `${report.texts} texts`);
    assert.ok(report.kinds.length >= 8, report.kinds.join(', '));
  });

  it(`finds headings with precision and recall of at least ${HEADING_THRESHOLD}`, () => {
    assert.ok(
      precision(report.headings) >= HEADING_THRESHOLD && recall(report.headings) >= HEADING_THRESHOLD,
      explain(report.headings),
    );
  });

  it(`finds items with precision and recall of at least ${ITEM_THRESHOLD}`, () => {
    assert.ok(
      precision(report.items) >= ITEM_THRESHOLD && recall(report.items) >= ITEM_THRESHOLD,
      explain(report.items),
    );
  });

  // Issue 30: on complete official texts the structure rules and these form rules raise no false alarm at all.
  const NO_FALSE_ALARM = [
    'structure',
    'enumeration-sequence',
    'announced-count',
    'numbering-sequence',
    'heading-marker',
    'ellipsis-dash',
    'missing-number',
    'placeholder',
    'empty-heading',
  ];
  it(`${NO_FALSE_ALARM.join(', ')}: no false finding on any text`, () => {
    const wrong = NO_FALSE_ALARM.flatMap((rule) => report.rules[rule].falsePositives);
    assert.deepEqual(wrong, [], formatReport(report));
  });

  // Issue 33: on the complete official texts every typo finding was read; none is a typo. This one remains (a sports
  // label): a change may remove it, never add one. 网格化 → 网络化 went when shape candidates stopped inside a word as
  // read, 便民利企 when a policy coinage's abbreviation was guarded, 城乡接合部 when words another dictionary lists and
  // the model does not know were guarded.
  const KNOWN_FALSE_TYPOS = ['52-work-report-gansu: 31 金标赛'];
  it('typo: on the complete official texts, no false finding beyond the one known', () => {
    const added = report.unscoredTypos.filter((key) => !KNOWN_FALSE_TYPOS.includes(key));
    assert.deepEqual(added, [], formatReport(report));
  });

  // Characters as Word's 字数 counts them: punctuation included, blanks and line ends not.
  it('holds at least 15 complete official texts of 3,000 characters or more, 8 of them with three heading levels or more', () => {
    const complete = loadCorpus().filter(
      ({ annotation, text }) =>
        ['work-report', 'plan-opinion'].includes(annotation.kind) && text.replace(/\s/g, '').length >= 3000,
    );
    assert.ok(complete.length >= 15, `${complete.length} complete official texts`);
    const deep = complete.filter(({ annotation }) => Math.max(...annotation.headings.map(([, level]) => level)) >= 3);
    assert.ok(deep.length >= 8, `${deep.length} with three levels or more`);
  });

  for (const [rule, score] of Object.entries(report.rules)) {
    it(`${rule}: precision of at least ${RULE_PRECISION_THRESHOLD}${RECALL_FLOORS[rule] ? `, recall of at least ${RECALL_FLOORS[rule]}` : ''}`, () => {
      assert.ok(
        precision(score) >= RULE_PRECISION_THRESHOLD,
        `precision ${precision(score).toFixed(3)}${explain(score)}`,
      );
      assert.ok(recall(score) >= (RECALL_FLOORS[rule] ?? 0), `recall ${recall(score).toFixed(3)}${explain(score)}`);
    });
  }
});
