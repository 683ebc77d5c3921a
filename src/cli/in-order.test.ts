import assert from 'node:assert/strict';
import { it } from 'node:test';
import { inOrder } from './in-order.ts';

const after = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

it('finishes steps in the order they were added, though a later one is prepared first', async () => {
  const finished: string[] = [];
  const steps = inOrder();
  await steps.add(after(30, 'a'), (v) => void finished.push(v));
  await steps.add(after(1, 'b'), (v) => void finished.push(v));
  await steps.add(after(1, 'c'), (v) => void finished.push(v));
  await steps.drain();
  assert.deepEqual(finished, ['a', 'b', 'c']);
});

it('holds at most two steps: add returns once the step before is finished', async () => {
  const steps = inOrder();
  let firstDone = false;
  await steps.add(after(20, 1), () => void (firstDone = true));
  assert.equal(firstDone, false, 'the first step is still in hand after its own add');
  await steps.add(after(1, 2), () => {});
  assert.equal(firstDone, true, 'the second add waits for the first step');
  await steps.drain();
});

it('drain rejects with a failure, and nothing after it finishes', async () => {
  const finished: number[] = [];
  const steps = inOrder();
  await steps.add(Promise.reject(new Error('extraction worker stopped')), () => void finished.push(1));
  await assert.rejects(steps.add(after(1, 2), (v) => void finished.push(v)), /worker stopped/);
  await assert.rejects(steps.drain(), /worker stopped/);
  assert.deepEqual(finished, []);
});
