import type { CheckDefinition } from '../../core/check.js';
import { NotImplementedError } from '../../core/errors.js';

export const dependencySbom: CheckDefinition = {
  name: 'dependency-sbom',
  summary: 'Write a CycloneDX 1.6 ML-BOM (dependencies, models, datasets) with known vulnerabilities.',
  positional: { name: 'dir', description: 'The project directory.', default: ['.'] },
  options: [
    {
      name: 'sbom',
      type: 'path',
      description: 'Where to write the CycloneDX JSON.',
      default: 'bom.cdx.json',
    },
    { name: 'osv-dir', type: 'path', description: 'A directory of OSV advisories to match offline.' },
  ],
  run() {
    return Promise.reject(new NotImplementedError('dependency-sbom'));
  },
};
