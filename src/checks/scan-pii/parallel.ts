import { open } from 'node:fs/promises';
import { createTaskRunner, DeadlineError, type TaskRunner, workerScript } from '../../core/worker-pool.js';
import { scanRange, type ScanRangeResult, type ScanRangeTask } from './file-scan.js';
import { type ParquetOutcome, type ParquetTask, scanParquetTask } from './parquet.js';

/**
 * Parallel scanning: a pool of worker threads takes ranges of large files and whole small files.
 * Ranges are cut just after a newline, so no value is split and line numbers can be re-based by
 * counting newlines. Where the worker bundle is absent (running from sources), work runs in-process.
 */

/** Files at least this large are cut into ranges. */
export const SPLIT_THRESHOLD = 32 * 1024 * 1024;
const RANGE_SIZE = 16 * 1024 * 1024;

/** Cut offsets for `size` bytes: each just after a newline near a multiple of the range size. */
export async function planRanges(file: string, size: number, parts: number): Promise<number[]> {
  const cuts = [0];
  if (parts <= 1) return cuts;
  const handle = await open(file, 'r');
  try {
    const window = Buffer.alloc(1 << 20);
    for (let k = 1; k < parts; k++) {
      let position = Math.max(Math.floor((size * k) / parts), cuts.at(-1)! + 1);
      // Look for the next newline; a line longer than 16 MiB is not cut.
      for (let searched = 0; searched < 16 * window.length && position < size; searched += window.length) {
        const { bytesRead } = await handle.read(window, 0, window.length, position);
        if (bytesRead === 0) break;
        const newline = window.subarray(0, bytesRead).indexOf(10);
        if (newline !== -1) {
          const cut = position + newline + 1;
          if (cut < size) cuts.push(cut);
          break;
        }
        position += bytesRead;
      }
    }
  } finally {
    await handle.close();
  }
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** A multiple of the scanners, so none is left with a last range while the others idle. */
export function rangeCount(size: number, scanners: number): number {
  if (size < SPLIT_THRESHOLD || scanners < 2) return 1;
  return scanners * Math.ceil(size / (scanners * RANGE_SIZE));
}

export type RangeRunner = TaskRunner<ScanRangeTask, ScanRangeResult>;

/** A pool over the machine's cores, or in-process work when there is one core or no worker bundle. */
export function createRangeRunner(maxThreads?: number): RangeRunner {
  return createTaskRunner(workerScript('scan-pii-worker', import.meta.url), scanRange, maxThreads);
}

export type ParquetRunnerTask = ParquetTask & { parquet: true; size: number };
export type ParquetRunner = TaskRunner<ParquetRunnerTask, ParquetOutcome>;

/** Seconds a Parquet file may take: a minute, and a second more per MiB. */
export function parquetDeadlineSeconds(size: number): number {
  return 60 + Math.ceil(size / (1024 * 1024));
}

/**
 * Parquet files are parsed in workers with a deadline: a file that makes the decoder loop is
 * stopped with its worker (which is replaced) and reported as not scanned. Without the worker
 * bundle (running from sources) they are parsed in-process, bounded in work by the footer checks.
 */
export function createParquetRunner(
  maxThreads?: number,
  deadlineMs: (task: ParquetRunnerTask) => number = (task) => parquetDeadlineSeconds(task.size) * 1000,
  script = workerScript('scan-pii-worker', import.meta.url),
): ParquetRunner {
  return createTaskRunner(script, scanParquetTask, maxThreads, { deadlineMs });
}

/**
 * Why a Parquet task that failed in its worker leaves the file not scanned, or undefined when the
 * failure is not the file's (a crashed worker fails the run, never passes a file).
 */
export function parquetFailureReason(error: unknown): string | undefined {
  if (error instanceof DeadlineError) return `parsing took longer than ${error.seconds} s`;
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return 'parsing needed more memory than a worker has';
  return undefined;
}
