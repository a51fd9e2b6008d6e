import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { scanRange, type ScanRangeResult, type ScanRangeTask } from './file-scan.js';

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

function workerScript(): URL | undefined {
  // The bundles put shared code in dist/chunks/ and the worker entry beside the action entries.
  const candidates = [
    new URL('../scan-pii-worker.mjs', import.meta.url),
    new URL('./scan-pii-worker.mjs', import.meta.url),
  ];
  return candidates.find((url) => url.protocol === 'file:' && existsSync(fileURLToPath(url)));
}

export interface RangeRunner {
  readonly threads: number;
  run(task: ScanRangeTask): Promise<ScanRangeResult>;
  close(): Promise<void>;
}

class InProcessRunner implements RangeRunner {
  readonly threads = 1;
  run(task: ScanRangeTask): Promise<ScanRangeResult> {
    return scanRange(task);
  }
  async close(): Promise<void> {}
}

export type WorkerReply = { ok: true; result: ScanRangeResult } | { ok: false; error: string; code?: string };

interface Job {
  task: ScanRangeTask;
  resolve: (result: ScanRangeResult) => void;
  reject: (error: unknown) => void;
}

class WorkerPool implements RangeRunner {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly workers: Worker[] = [];
  private alive: number;
  private mainBusy = false;

  /** Scanners in all: the workers and this thread. */
  readonly threads: number;

  constructor(script: URL, workers: number) {
    this.threads = workers + 1;
    this.alive = workers;
    for (let i = 0; i < workers; i++) {
      // A small young generation keeps each thread's memory flat (the scan allocates little that lives).
      const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      worker.on('message', (reply: WorkerReply) =>
        this.finish(worker, (job) =>
          reply.ok
            ? job.resolve(reply.result)
            : job.reject(Object.assign(new Error(reply.error), { code: reply.code })),
        ),
      );
      // A worker that crashed is not reused; its job fails, and the rest go to the others.
      worker.on('error', (error) => this.retire(worker, error));
      // An idle worker must not keep the process alive.
      worker.unref();
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(task: ScanRangeTask): Promise<ScanRangeResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    // This thread is one of the scanners too: it would otherwise sit idle waiting for results.
    if (!this.mainBusy && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.mainBusy = true;
      scanRange(job.task)
        .then(job.resolve, job.reject)
        .finally(() => {
          this.mainBusy = false;
          this.dispatch();
        });
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.ref();
      worker.postMessage(job.task);
    }
  }

  private retire(worker: Worker, error: unknown): void {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const index = this.idle.indexOf(worker);
    if (index !== -1) this.idle.splice(index, 1);
    this.alive -= 1;
    job?.reject(error);
    // Queued work still runs on this thread when no worker is left.
    this.dispatch();
  }

  private finish(worker: Worker, settle: (job: Job) => void): void {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if (job) settle(job);
    this.dispatch();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** A pool over the machine's cores, or in-process work when there is one core or no worker bundle. */
export function createRangeRunner(maxThreads?: number): RangeRunner {
  const threads = Math.min(maxThreads ?? availableParallelism(), 8);
  const script = workerScript();
  if (threads < 2 || script === undefined) return new InProcessRunner();
  return new WorkerPool(script, threads - 1);
}
