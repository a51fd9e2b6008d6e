import { parentPort } from 'node:worker_threads';
import { scanRange, type ScanRangeTask } from '../checks/scan-pii/file-scan.js';
import type { WorkerReply } from '../checks/scan-pii/parallel.js';

// Worker thread of scan-pii's pool: scans the ranges it is sent, one at a time.
parentPort!.on('message', (task: ScanRangeTask) => {
  scanRange(task).then(
    (result) => parentPort!.postMessage({ ok: true, result } satisfies WorkerReply),
    (error: unknown) =>
      parentPort!.postMessage({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
        code: (error as NodeJS.ErrnoException).code,
      } satisfies WorkerReply),
  );
});
