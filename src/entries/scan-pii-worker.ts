import { scanRange } from '../checks/scan-pii/file-scan.js';
import { serveTasks } from '../core/worker-pool.js';

// Worker thread of scan-pii's pool: scans the ranges it is sent, one at a time.
serveTasks(scanRange);
