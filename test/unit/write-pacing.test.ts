import { describe, expect, it } from 'vitest';
import { WritePacing } from '../../src/modules/ingestion/write-pacing.js';

/** A write that stays running until `finish()` is called. */
function heldWrite(pacing: WritePacing, started: string[], name: string) {
  let finish!: () => void;
  const done = pacing.run(async () => {
    started.push(name);
    await new Promise<void>((resolve) => (finish = resolve));
  });
  return { done, finish: () => finish() };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('write pacing', () => {
  it('runs at most `max` writes at once, in the order they came', async () => {
    const pacing = new WritePacing({ max: 2, targetLagMs: 0 });
    const started: string[] = [];
    const writes = ['a', 'b', 'c'].map((name) => heldWrite(pacing, started, name));
    await turn();
    expect(started).toEqual(['a', 'b']);
    writes[0]!.finish();
    await turn();
    expect(started).toEqual(['a', 'b', 'c']);
    writes[1]!.finish();
    writes[2]!.finish();
    await Promise.all(writes.map((write) => write.done));
  });

  it('halves its concurrency when the event loop lags past the target, and climbs back by one when it is quiet', () => {
    const pacing = new WritePacing({ max: 8, targetLagMs: 10 });
    pacing.observeLag(25);
    expect(pacing.concurrency).toBe(4);
    pacing.observeLag(25);
    pacing.observeLag(25);
    pacing.observeLag(25);
    expect(pacing.concurrency).toBe(1);
    pacing.observeLag(7); // between half the target and the target: unchanged
    expect(pacing.concurrency).toBe(1);
    for (let i = 0; i < 20; i++) pacing.observeLag(1);
    expect(pacing.concurrency).toBe(8);
  });

  it('holds a waiting write back while the loop lags, and lets it start once it is quiet', async () => {
    const pacing = new WritePacing({ max: 2, targetLagMs: 10 });
    const started: string[] = [];
    const first = heldWrite(pacing, started, 'first');
    pacing.observeLag(50);
    const second = heldWrite(pacing, started, 'second');
    await turn();
    expect(started).toEqual(['first']);
    pacing.observeLag(0);
    await turn();
    expect(started).toEqual(['first', 'second']);
    first.finish();
    second.finish();
    await Promise.all([first.done, second.done]);
  });

  it('ignores the lag when pacing is off (target 0)', () => {
    const pacing = new WritePacing({ max: 8, targetLagMs: 0 });
    pacing.observeLag(1_000);
    expect(pacing.concurrency).toBe(8);
  });

  it('frees the slot of a write that throws', async () => {
    const pacing = new WritePacing({ max: 1, targetLagMs: 0 });
    await expect(pacing.run(() => Promise.reject(new Error('conflict')))).rejects.toThrow('conflict');
    await expect(pacing.run(async () => 'next')).resolves.toBe('next');
  });
});
