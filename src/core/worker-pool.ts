import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

/**
 * A pool of worker threads for CPU-bound work over files (scanning ranges, hashing shards). The
 * calling thread works too: it would otherwise sit idle waiting for results. Where the worker
 * bundle is absent (running from sources in tests), everything runs on the calling thread.
 */

export interface TaskRunner<Task, Result> {
  /** Threads doing the work, the calling one included. */
  readonly threads: number;
  run(task: Task): Promise<Result>;
  close(): Promise<void>;
}

export type WorkerReply<Result> = { ok: true; result: Result } | { ok: false; error: string; code?: string };

/** The body of a worker entry: runs each task it is sent, one at a time, and replies. */
export function serveTasks<Task, Result>(work: (task: Task) => Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run in a worker thread');
  port.on('message', (task: Task) => {
    // A work function that throws synchronously must still answer, not kill the worker.
    Promise.resolve()
      .then(() => work(task))
      .then(
        (result) => port.postMessage({ ok: true, result } satisfies WorkerReply<Result>),
        (error: unknown) =>
          port.postMessage({
            ok: false,
            error: error instanceof Error ? error.message : String(error),
            code: (error as NodeJS.ErrnoException).code,
          } satisfies WorkerReply<Result>),
      );
  });
}

/** The built worker entry `<name>.mjs`, beside the action entries (shared code is in dist/chunks/). */
export function workerScript(name: string, base: string): URL | undefined {
  const candidates = [new URL(`../${name}.mjs`, base), new URL(`./${name}.mjs`, base)];
  return candidates.find((url) => url.protocol === 'file:' && existsSync(fileURLToPath(url)));
}

function cancelled(): Error {
  return Object.assign(new Error('the task runner was closed'), { code: 'ECANCELED' });
}

/** One task at a time, in order: running them all at once would only multiply the buffers. */
class InlineRunner<Task, Result> implements TaskRunner<Task, Result> {
  readonly threads = 1;
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;
  constructor(private readonly work: (task: Task) => Promise<Result>) {}
  run(task: Task): Promise<Result> {
    const result = this.tail.then(() => (this.closed ? Promise.reject(cancelled()) : this.work(task)));
    this.tail = result.catch(() => undefined);
    return result;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

interface Job<Task, Result> {
  task: Task;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
  timer?: NodeJS.Timeout;
}

/** A task that outlived its deadline: its worker was terminated (and is replaced). */
export class DeadlineError extends Error {
  override readonly name = 'DeadlineError';
  readonly code = 'ETIMEDOUT';
  constructor(readonly seconds: number) {
    super(`the task took longer than ${seconds} s and was stopped`);
  }
}

export interface RunnerOptions<Task> {
  /** Whether the calling thread takes tasks too (default true). */
  callerWorks?: boolean;
  /**
   * Milliseconds a task may run in a worker before the worker is terminated and the task fails
   * with a DeadlineError. With a deadline, tasks run only in workers (never on the calling thread,
   * which could not be stopped), even with one thread.
   */
  deadlineMs?: (task: Task) => number;
}

class WorkerPool<Task, Result> implements TaskRunner<Task, Result> {
  private readonly idle: Worker[] = [];
  private readonly queue: Job<Task, Result>[] = [];
  private readonly busy = new Map<Worker, Job<Task, Result>>();
  private readonly workers: Worker[] = [];
  private mainBusy = false;
  private closed = false;
  readonly threads: number;

  constructor(
    private readonly script: URL,
    private readonly maxWorkers: number,
    private readonly work: (task: Task) => Promise<Result>,
    private readonly callerWorks: boolean,
    private readonly deadlineMs?: (task: Task) => number,
  ) {
    this.threads = maxWorkers + (callerWorks ? 1 : 0);
  }

  /** Workers start when there is work for them: a run with one task never pays for a thread. */
  private spawn(): void {
    // A small young generation keeps each thread's memory flat (the work allocates little that lives).
    const worker = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.on('message', (reply: WorkerReply<Result>) =>
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

  run(task: Task): Promise<Result> {
    if (this.closed) return Promise.reject(cancelled());
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    // Without workers left (all crashed), the calling thread does the rest either way; not tasks
    // with a deadline (the calling thread could not be stopped): a crashed worker is replaced.
    const callerWorks =
      this.callerWorks ||
      (this.deadlineMs === undefined &&
        this.workers.length >= this.maxWorkers &&
        this.idle.length + this.busy.size === 0);
    if (callerWorks && !this.mainBusy && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.mainBusy = true;
      this.work(job.task)
        .then(job.resolve, job.reject)
        .finally(() => {
          this.mainBusy = false;
          this.dispatch();
        });
    }
    while (this.idle.length === 0 && this.workers.length < this.maxWorkers && this.queue.length > 0) {
      this.spawn();
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.ref();
      if (this.deadlineMs !== undefined) {
        const ms = this.deadlineMs(job.task);
        job.timer = setTimeout(() => this.expire(worker, ms), ms);
      }
      worker.postMessage(job.task);
    }
  }

  /** A task past its deadline: the worker is stopped and forgotten, so another can take its place. */
  private expire(worker: Worker, ms: number): void {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const index = this.workers.indexOf(worker);
    if (index !== -1) this.workers.splice(index, 1);
    void worker.terminate();
    job?.reject(new DeadlineError(Math.round(ms / 100) / 10));
    this.dispatch();
  }

  private retire(worker: Worker, error: unknown): void {
    const job = this.busy.get(worker);
    clearTimeout(job?.timer);
    this.busy.delete(worker);
    if (this.deadlineMs !== undefined) {
      const at = this.workers.indexOf(worker);
      if (at !== -1) this.workers.splice(at, 1);
    }
    const index = this.idle.indexOf(worker);
    if (index !== -1) this.idle.splice(index, 1);
    job?.reject(error);
    // Queued work still runs on this thread when no worker is left.
    this.dispatch();
  }

  private finish(worker: Worker, settle: (job: Job<Task, Result>) => void): void {
    // A late reply from a worker stopped at its deadline: the job has already failed.
    if (!this.workers.includes(worker)) return;
    const job = this.busy.get(worker);
    clearTimeout(job?.timer);
    this.busy.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if (job) settle(job);
    this.dispatch();
  }

  async close(): Promise<void> {
    // Work nobody will wait for (the run failed, or finished early) is dropped, not done.
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(cancelled());
    for (const job of this.busy.values()) clearTimeout(job.timer);
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/**
 * A pool over the machine's cores (at most 8 threads, or `maxThreads`), or work on the calling
 * thread when there is one core or no worker bundle.
 */
export function createTaskRunner<Task, Result>(
  script: URL | undefined,
  work: (task: Task) => Promise<Result>,
  maxThreads?: number,
  options: RunnerOptions<Task> = {},
): TaskRunner<Task, Result> {
  const threads = Math.min(maxThreads ?? availableParallelism(), 8);
  if (script === undefined) return new InlineRunner(work);
  if (options.deadlineMs !== undefined)
    return new WorkerPool(script, Math.max(1, threads), work, false, options.deadlineMs);
  if (threads < 2) return new InlineRunner(work);
  const callerWorks = options.callerWorks ?? true;
  return new WorkerPool(script, callerWorks ? threads - 1 : threads, work, callerWorks);
}
