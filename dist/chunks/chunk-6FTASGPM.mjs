import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);

// src/core/worker-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { parentPort, Worker } from "node:worker_threads";
function serveTasks(work) {
  const port = parentPort;
  if (!port) throw new Error("serveTasks must run in a worker thread");
  port.on("message", (task) => {
    Promise.resolve().then(() => work(task)).then(
      (result) => port.postMessage({ ok: true, result }),
      (error) => port.postMessage({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
        code: error.code
      })
    );
  });
}
function workerScript(name, base) {
  const candidates = [new URL(`../${name}.mjs`, base), new URL(`./${name}.mjs`, base)];
  return candidates.find((url) => url.protocol === "file:" && existsSync(fileURLToPath(url)));
}
function cancelled() {
  return Object.assign(new Error("the task runner was closed"), { code: "ECANCELED" });
}
var InlineRunner = class {
  constructor(work) {
    this.work = work;
  }
  work;
  threads = 1;
  tail = Promise.resolve();
  closed = false;
  run(task) {
    const result = this.tail.then(() => this.closed ? Promise.reject(cancelled()) : this.work(task));
    this.tail = result.catch(() => void 0);
    return result;
  }
  async close() {
    this.closed = true;
  }
};
var DeadlineError = class extends Error {
  constructor(seconds) {
    super(`the task took longer than ${seconds} s and was stopped`);
    this.seconds = seconds;
  }
  seconds;
  name = "DeadlineError";
  code = "ETIMEDOUT";
};
var WorkerPool = class {
  constructor(script, maxWorkers, work, callerWorks, deadlineMs) {
    this.script = script;
    this.maxWorkers = maxWorkers;
    this.work = work;
    this.callerWorks = callerWorks;
    this.deadlineMs = deadlineMs;
    this.threads = maxWorkers + (callerWorks ? 1 : 0);
  }
  script;
  maxWorkers;
  work;
  callerWorks;
  deadlineMs;
  idle = [];
  queue = [];
  busy = /* @__PURE__ */ new Map();
  workers = [];
  mainBusy = false;
  closed = false;
  threads;
  /** Workers start when there is work for them: a run with one task never pays for a thread. */
  spawn() {
    const worker = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.on(
      "message",
      (reply) => this.finish(
        worker,
        (job) => reply.ok ? job.resolve(reply.result) : job.reject(Object.assign(new Error(reply.error), { code: reply.code }))
      )
    );
    worker.on("error", (error) => this.retire(worker, error));
    worker.unref();
    this.workers.push(worker);
    this.idle.push(worker);
  }
  run(task) {
    if (this.closed) return Promise.reject(cancelled());
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }
  dispatch() {
    const callerWorks = this.callerWorks || this.deadlineMs === void 0 && this.workers.length >= this.maxWorkers && this.idle.length + this.busy.size === 0;
    if (callerWorks && !this.mainBusy && this.queue.length > 0) {
      const job = this.queue.shift();
      this.mainBusy = true;
      this.work(job.task).then(job.resolve, job.reject).finally(() => {
        this.mainBusy = false;
        this.dispatch();
      });
    }
    while (this.idle.length === 0 && this.workers.length < this.maxWorkers && this.queue.length > 0) {
      this.spawn();
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop();
      const job = this.queue.shift();
      this.busy.set(worker, job);
      worker.ref();
      if (this.deadlineMs !== void 0) {
        const ms = this.deadlineMs(job.task);
        job.timer = setTimeout(() => this.expire(worker, ms), ms);
      }
      worker.postMessage(job.task);
    }
  }
  /** A task past its deadline: the worker is stopped and forgotten, so another can take its place. */
  expire(worker, ms) {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const index = this.workers.indexOf(worker);
    if (index !== -1) this.workers.splice(index, 1);
    void worker.terminate();
    job?.reject(new DeadlineError(Math.round(ms / 100) / 10));
    this.dispatch();
  }
  retire(worker, error) {
    const job = this.busy.get(worker);
    clearTimeout(job?.timer);
    this.busy.delete(worker);
    if (this.deadlineMs !== void 0) {
      const at = this.workers.indexOf(worker);
      if (at !== -1) this.workers.splice(at, 1);
    }
    const index = this.idle.indexOf(worker);
    if (index !== -1) this.idle.splice(index, 1);
    job?.reject(error);
    this.dispatch();
  }
  finish(worker, settle) {
    if (!this.workers.includes(worker)) return;
    const job = this.busy.get(worker);
    clearTimeout(job?.timer);
    this.busy.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if (job) settle(job);
    this.dispatch();
  }
  async close() {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(cancelled());
    for (const job of this.busy.values()) clearTimeout(job.timer);
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
};
function createTaskRunner(script, work, maxThreads, options = {}) {
  const threads = Math.min(maxThreads ?? availableParallelism(), 8);
  if (script === void 0) return new InlineRunner(work);
  if (options.deadlineMs !== void 0)
    return new WorkerPool(script, Math.max(1, threads), work, false, options.deadlineMs);
  if (threads < 2) return new InlineRunner(work);
  const callerWorks = options.callerWorks ?? true;
  return new WorkerPool(script, callerWorks ? threads - 1 : threads, work, callerWorks);
}

export {
  serveTasks,
  workerScript,
  DeadlineError,
  createTaskRunner
};
