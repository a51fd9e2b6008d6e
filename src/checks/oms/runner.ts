import { createTaskRunner, type TaskRunner, workerScript } from '../../core/worker-pool.js';
import { hashRange, type RangeTask } from './digest.js';

/** Hashing threads: all cores by default (`threads: 0`), or as many as asked. */
export function createHashRunner(threads?: number): TaskRunner<RangeTask, Uint8Array> {
  return createTaskRunner(
    workerScript('oms-hash-worker', import.meta.url),
    hashRange,
    threads === 0 ? undefined : threads,
  );
}
