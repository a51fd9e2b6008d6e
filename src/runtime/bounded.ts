import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * Entry points run their work in a worker thread with a small young generation. A scan of a
 * multi-gigabyte file allocates and drops a great deal; in the main thread V8 grows the young
 * generation to its default size and RSS with it (measured: 259 MiB against 172 MiB for the
 * same run). The main thread only relays the exit code; stdout and stderr of the worker are the
 * process's own, in order.
 */

const YOUNG_GENERATION_MB = 8;

interface BoundedData {
  mlsecBounded: true;
  stderrIsTty: boolean;
  args: string[];
}

export interface BoundedContext {
  stderrIsTty: boolean;
  /** The command-line arguments of the process (a worker's own `process.argv` lacks them). */
  args: string[];
}

function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

export interface BoundedOptions {
  /**
   * Answers arguments that need no work (`mlsec --version`) with stdout text and exit 0: starting
   * a worker costs more than the answer itself.
   */
  immediate?: (args: readonly string[]) => string | undefined;
  /**
   * Whether the work is small enough for this thread (a scan of a few small files): its memory
   * cannot grow, and the worker's start (about 50 ms) would be most of the run.
   */
  small?: (args: readonly string[]) => boolean;
}

/** Runs `work` where this thread is, and returns its exit code (3 when it threw). */
async function runHere(
  work: (context: BoundedContext) => Promise<number | undefined>,
  context: BoundedContext,
  onCrash: (message: string) => void,
): Promise<number> {
  try {
    return (await work(context)) ?? Number(process.exitCode ?? 0);
  } catch (error) {
    onCrash(error instanceof Error ? error.message : String(error));
    return 3;
  }
}

/**
 * Runs `work` in a bounded worker started from `entryUrl` (the calling entry's
 * `import.meta.url`), and sets this process's exit code from it. `onCrash` reports an error that
 * escaped `work` in the entry's own terms (a line on stderr, a workflow error command).
 */
export async function runBounded(
  entryUrl: string,
  work: (context: BoundedContext) => Promise<number | undefined>,
  onCrash: (message: string) => void,
  options: BoundedOptions = {},
): Promise<void> {
  const data = workerData as BoundedData | undefined;
  if (!isMainThread && data?.mlsecBounded) {
    const exitCode = await runHere(work, { stderrIsTty: data.stderrIsTty, args: data.args }, onCrash);
    await Promise.all([flush(process.stdout), flush(process.stderr)]);
    parentPort!.postMessage({ exitCode });
    return;
  }
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const args = process.argv.slice(2);
  const answer = options.immediate?.(args);
  if (answer !== undefined) {
    process.stdout.write(answer);
    process.exitCode = 0;
    return;
  }
  const stderrIsTty = process.stderr.isTTY === true;
  if (options.small?.(args)) {
    process.exitCode = await runHere(work, { stderrIsTty, args }, onCrash);
    return;
  }
  const worker = new Worker(new URL(entryUrl), {
    workerData: { mlsecBounded: true, stderrIsTty, args } satisfies BoundedData,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  process.exitCode = await new Promise<number>((resolve) => {
    let reported: number | undefined;
    worker.on('message', (message: { exitCode: number }) => {
      reported = message.exitCode;
    });
    worker.on('error', (error) => {
      onCrash(error.message);
      reported = 3;
    });
    // Without a reported code the work never finished: never a silent success.
    worker.on('exit', () => resolve(reported ?? 3));
  });
}
