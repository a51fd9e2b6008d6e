import type { CheckDefinition } from '../../core/check.js';
import { NotImplementedError } from '../../core/errors.js';

export const scanPii: CheckDefinition = {
  name: 'scan-pii',
  summary: 'Find PII and leaked secrets in training data, notebooks and configs, without printing them.',
  positional: { name: 'paths', description: 'Files or directories to scan.', default: ['.'] },
  options: [
    {
      name: 'entities',
      type: 'list',
      description:
        'Entities to report (comma-separated): EMAIL_ADDRESS, PHONE_NUMBER, US_SSN, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, CRYPTO, SECRET. Empty means all.',
      choices: [
        'EMAIL_ADDRESS',
        'PHONE_NUMBER',
        'US_SSN',
        'CREDIT_CARD',
        'IBAN_CODE',
        'IP_ADDRESS',
        'CRYPTO',
        'SECRET',
      ],
    },
    {
      name: 'min-confidence',
      type: 'number',
      description: 'Report only candidates whose confidence (0 to 1) reaches this value.',
      default: '0.5',
    },
    {
      name: 'mode',
      type: 'string',
      description: '`report` lists findings; `redact` also writes masked copies of the scanned files.',
      default: 'report',
      choices: ['report', 'redact'],
    },
    {
      name: 'max-file-size',
      type: 'string',
      description: 'Files larger than this (e.g. 500MB, 2GB) are reported as not scanned.',
      default: '2GB',
    },
  ],
  run() {
    return Promise.reject(new NotImplementedError('scan-pii', 3));
  },
};
