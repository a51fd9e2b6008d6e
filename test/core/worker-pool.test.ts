import { describe, expect, it } from 'vitest';
import { createParquetRunner, parquetDeadlineSeconds } from '../../src/checks/scan-pii/parallel.js';
import { createTaskRunner, DeadlineError } from '../../src/core/worker-pool.js';

const HANG = new URL('../fixtures/workers/hang-worker.mjs', import.meta.url);

type Task = { hang?: boolean; crash?: boolean; value?: number };

describe('worker pool deadlines', () => {
  it('a task past its deadline fails with DeadlineError, its worker is replaced, the others finish', async () => {
    const inline = () => Promise.reject(new Error('must run in a worker'));
    // One thread: the deadline still puts the work in a worker, never on the calling thread.
    const runner = createTaskRunner<Task, number>(HANG, inline, 1, {
      deadlineMs: (task) => (task.hang ? 50 : 60_000),
    });
    try {
      const results = await Promise.allSettled([
        runner.run({ value: 1 }),
        runner.run({ hang: true }),
        runner.run({ value: 2 }),
        runner.run({ hang: true }),
        runner.run({ value: 3 }),
      ]);
      expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).name))).toEqual([
        1,
        'DeadlineError',
        2,
        'DeadlineError',
        3,
      ]);
      const [, hung] = results;
      expect((hung as PromiseRejectedResult).reason).toBeInstanceOf(DeadlineError);
      expect((hung as PromiseRejectedResult).reason).toMatchObject({ code: 'ETIMEDOUT', seconds: 0.1 });
    } finally {
      await runner.close();
    }
  });

  it('a crashed worker fails its task (not as a deadline) and is replaced', async () => {
    const runner = createTaskRunner<Task, number>(HANG, () => Promise.reject(new Error('inline')), 1, {
      deadlineMs: () => 60_000,
    });
    try {
      const results = await Promise.allSettled([runner.run({ crash: true }), runner.run({ value: 7 })]);
      expect(results[0]).toMatchObject({ status: 'rejected', reason: { message: 'worker crashed' } });
      expect((results[0] as PromiseRejectedResult).reason).not.toBeInstanceOf(DeadlineError);
      expect(results[1]).toEqual({ status: 'fulfilled', value: 7 });
    } finally {
      await runner.close();
    }
  });

  it('the Parquet runner stops a hung parse at its deadline', async () => {
    const runner = createParquetRunner(2, () => 50, HANG);
    try {
      const task = {
        parquet: true as const,
        size: 1,
        absolutePath: '/nonexistent',
        relativePath: 'x.parquet',
        entities: [],
        minConfidence: 0.5,
        fingerprintKey: { bytes: new Uint8Array(32), stable: false },
        phoneRegions: [],
        hang: true,
      };
      await expect(runner.run(task)).rejects.toBeInstanceOf(DeadlineError);
    } finally {
      await runner.close();
    }
    expect(parquetDeadlineSeconds(0)).toBe(60);
    expect(parquetDeadlineSeconds(100 * 1024 * 1024)).toBe(160);
  });
});
