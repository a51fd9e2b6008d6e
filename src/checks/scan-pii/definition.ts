import { type CheckDefinition, lazyRun } from '../../core/check.js';
import { ENTITIES } from './entities.js';

export const scanPii: CheckDefinition = {
  name: 'scan-pii',
  summary: 'Find PII and leaked secrets in training data, notebooks and configs, without printing them.',
  positional: { name: 'paths', description: 'Files or directories to scan.', default: ['.'] },
  options: [
    {
      name: 'entities',
      type: 'list',
      description: `Entities to report (comma-separated): ${ENTITIES.join(', ')}. Empty means all.`,
      choices: ENTITIES,
    },
    {
      name: 'min-confidence',
      type: 'number',
      description:
        'Report only candidates whose confidence (0 to 1, after context scoring) reaches this value.',
      default: '0.5',
    },
    {
      name: 'phone-regions',
      type: 'list',
      description:
        'Regions (ISO 3166 codes, comma-separated) whose national phone formats are read, such as `030 25413687` in DE. ' +
        'Numbers written with + and a country code are found whatever this says; a country column or a locale key in a record adds its region for that record.',
      default: 'US',
    },
    {
      name: 'mode',
      type: 'string',
      description: '`report` lists findings; `redact` also writes masked copies of the scanned files.',
      default: 'report',
      choices: ['report', 'redact'],
    },
    {
      name: 'redact-dir',
      type: 'path',
      description:
        'With `mode: redact`: the directory the masked copies are written to, mirroring the scanned paths.',
      default: 'mlsec-redacted',
    },
    {
      name: 'redact-in-place',
      type: 'boolean',
      description: 'With `mode: redact`: rewrite the files with findings in place instead of writing copies.',
      default: 'false',
    },
    {
      name: 'threads',
      type: 'number',
      description: 'Worker threads for scanning; 0 means one per CPU core.',
      default: '0',
    },
    {
      name: 'max-file-size',
      type: 'string',
      description: 'Files larger than this (e.g. 500MB, 2GB) are reported as not scanned.',
      default: '2GB',
    },
  ],
  run: lazyRun(() => import('./index.js')),
};
