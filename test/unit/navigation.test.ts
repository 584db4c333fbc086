import { strict as assert } from 'node:assert';
import { nextSpan } from '../../src/core';

describe('nextSpan', () => {
  const spans = [{ start: 10, end: 12 }, { start: 2, end: 4 }, { start: 20, end: 23 }];

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
