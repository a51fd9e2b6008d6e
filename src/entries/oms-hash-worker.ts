import { hashRangeSync, type RangeTask } from '../checks/oms/digest.js';
import { serveTasks } from '../core/worker-pool.js';

// Worker thread of the model hashing pool (sign-model, verify-provenance): hashes file ranges.
serveTasks(async (task: RangeTask) => hashRangeSync(task));
