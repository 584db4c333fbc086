import { strict as assert } from 'node:assert';
import { applyEdits, minimalEdit, nextSpan } from '../../src/core';

describe('nextSpan', () => {
  const spans = [
    { start: 10, end: 12 },
    { start: 2, end: 4 },
    { start: 20, end: 23 },
  ];

  it('finds the next span after the offset, in document order, and wraps to the first', () => {
    assert.deepEqual(nextSpan(spans, 0, 'next'), { start: 2, end: 4 });
    assert.deepEqual(nextSpan(spans, 2, 'next'), { start: 10, end: 12 });
    assert.deepEqual(nextSpan(spans, 25, 'next'), { start: 2, end: 4 });
  });

  it('finds the previous span before the offset and wraps to the last', () => {
    assert.deepEqual(nextSpan(spans, 15, 'previous'), { start: 10, end: 12 });
    assert.deepEqual(nextSpan(spans, 12, 'previous'), { start: 2, end: 4 });
    assert.deepEqual(nextSpan(spans, 1, 'previous'), { start: 20, end: 23 });
  });

  it('finds nothing in a document without spans', () => {
    assert.equal(nextSpan([], 5, 'next'), undefined);
  });
});

describe('minimalEdit', () => {
  it('replaces only what changed, as one edit', () => {
    assert.deepEqual(minimalEdit('同志们:今天,开会', '同志们：今天，开会'), { start: 3, end: 7, newText: '：今天，' });
    assert.equal(minimalEdit('不变', '不变'), undefined);
  });

  it('never splits a surrogate pair', () => {
    const edit = minimalEdit('𠀀a', '𠀁a');
    assert.deepEqual(edit, { start: 0, end: 2, newText: '𠀁' });
  });

  it('applied, gives the target text', () => {
    const before = '甲,乙。。丙';
    const after = '甲，乙。丙';
    const edit = minimalEdit(before, after)!;
    assert.equal(applyEdits(before, [edit]), after);
  });
});
