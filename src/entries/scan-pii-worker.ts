import { scanRange, type ScanRangeResult, type ScanRangeTask } from '../checks/scan-pii/file-scan.js';
import { type ParquetOutcome, type ParquetTask, scanParquetTask } from '../checks/scan-pii/parquet.js';
import { serveTasks } from '../core/worker-pool.js';

// Worker thread of scan-pii's pools: scans the ranges, or the Parquet files, it is sent, one at a time.
serveTasks<ScanRangeTask | (ParquetTask & { parquet: true }), ScanRangeResult | ParquetOutcome>(
  (task: ScanRangeTask | (ParquetTask & { parquet: true })) =>
    'parquet' in task ? scanParquetTask(task) : scanRange(task),
);
