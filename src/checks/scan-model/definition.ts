import { type CheckDefinition, lazyRun } from '../../core/check.js';

export const scanModel: CheckDefinition = {
  name: 'scan-model',
  summary: 'Statically detect malicious pickles and other unsafe model formats, never loading a file.',
  positional: {
    name: 'paths',
    description: 'Model files or directories to scan (every file is told by its content, whatever its name).',
    default: ['.'],
  },
  options: [
    {
      name: 'allow-globals',
      type: 'list',
      description:
        'Pickle globals to trust beyond the built-in allowlist, as `module.name` or `module.*` (comma-separated), ' +
        'such as your own classes. A global on the denylist (code execution, files, network) stays an error.',
      format: {
        // Dotted identifiers, as a pickle's GLOBAL names them, ending in a name or `*`.
        pattern: /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.(?:\*|[A-Za-z_]\w*)$/,
        expected: 'module.name or module.* (such as mypkg.layers.Block or mypkg.*)',
      },
    },
    {
      name: 'max-file-size',
      type: 'string',
      description:
        'Files larger than this (e.g. 500MB, 100GB) are reported as not scanned; it also caps what a compressed ' +
        'file or archive member may decompress to. Only headers and pickles are read, never tensor data, so ' +
        'large checkpoints scan quickly.',
      default: '100GB',
    },
  ],
  run: lazyRun(() => import('./index.js')),
};
