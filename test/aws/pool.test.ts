import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from '../../src/aws/pool.js';

describe('mapWithConcurrency', () => {
  it('keeps order, never exceeds the limit, and reports each completion', async () => {
    let inFlight = 0;
    let peak = 0;
    const reported: number[] = [];
    const results = await mapWithConcurrency(
      Array.from({ length: 20 }, (_, i) => i),
      3,
      async (n) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return n * 2;
      },
      (done) => reported.push(done),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(peak).toBe(3);
    expect(reported).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('handles an empty list', async () => {
    expect(await mapWithConcurrency([], 8, async () => 1)).toEqual([]);
  });
});
