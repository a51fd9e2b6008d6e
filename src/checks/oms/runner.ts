import { createTaskRunner, type TaskRunner, workerScript } from '../../core/worker-pool.js';
import { hashRange, type RangeTask } from './digest.js';

/**
 * Hashing threads: all cores by default (`threads: 0`), or as many as asked. With more than one,
 * only workers hash (synchronous reads, see hashRangeSync) and this thread just hands out work;
 * with one, this thread hashes with double-buffered reads on libuv's pool.
 */
export function createHashRunner(threads?: number): TaskRunner<RangeTask, Uint8Array> {
  return createTaskRunner(
    workerScript('oms-hash-worker', import.meta.url),
    hashRange,
    threads === 0 ? undefined : threads,
    { callerWorks: false },
  );
}
