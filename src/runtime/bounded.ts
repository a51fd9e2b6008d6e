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

/**
 * Runs `work` in a bounded worker started from `entryUrl` (the calling entry's
 * `import.meta.url`), and sets this process's exit code from it. `onCrash` reports an error that
 * escaped `work` in the entry's own terms (a line on stderr, a workflow error command).
 * `immediate` answers arguments that need no work (`mlsec --version`) with stdout text and exit
 * 0: starting a worker costs more than the answer itself.
 */
export async function runBounded(
  entryUrl: string,
  work: (context: BoundedContext) => Promise<number | undefined>,
  onCrash: (message: string) => void,
  immediate?: (args: readonly string[]) => string | undefined,
): Promise<void> {
  const data = workerData as BoundedData | undefined;
  if (!isMainThread && data?.mlsecBounded) {
    let exitCode: number;
    try {
      exitCode =
        (await work({ stderrIsTty: data.stderrIsTty, args: data.args })) ?? Number(process.exitCode ?? 0);
    } catch (error) {
      onCrash(error instanceof Error ? error.message : String(error));
      exitCode = 3;
    }
    await Promise.all([flush(process.stdout), flush(process.stderr)]);
    parentPort!.postMessage({ exitCode });
    return;
  }
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const answer = immediate?.(process.argv.slice(2));
  if (answer !== undefined) {
    process.stdout.write(answer);
    process.exitCode = 0;
    return;
  }
  const worker = new Worker(new URL(entryUrl), {
    workerData: {
      mlsecBounded: true,
      stderrIsTty: process.stderr.isTTY === true,
      args: process.argv.slice(2),
    } satisfies BoundedData,
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
