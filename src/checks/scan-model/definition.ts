import type { CheckDefinition } from '../../core/check.js';
import { NotImplementedError } from '../../core/errors.js';

export const scanModel: CheckDefinition = {
  name: 'scan-model',
  summary: 'Statically detect malicious pickles and other unsafe model formats, never loading a file.',
  positional: { name: 'paths', description: 'Model files or directories to scan.', default: ['.'] },
  options: [],
  run() {
    return Promise.reject(new NotImplementedError('scan-model'));
  },
};
