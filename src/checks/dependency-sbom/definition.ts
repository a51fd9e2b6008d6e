import { type CheckDefinition, lazyRun } from '../../core/check.js';

export const dependencySbom: CheckDefinition = {
  name: 'dependency-sbom',
  summary: 'Write a CycloneDX 1.6 ML-BOM (dependencies, models, datasets) with known vulnerabilities.',
  positional: { name: 'dir', description: 'The project directory.', default: ['.'] },
  options: [
    {
      name: 'sbom',
      type: 'path',
      description: 'Where to write the CycloneDX 1.6 JSON (inside the repository).',
      default: 'bom.cdx.json',
    },
    {
      name: 'osv-dir',
      type: 'path',
      description:
        'A local copy of the OSV database to match offline: a directory of OSV JSON files or an all.zip ' +
        '(https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip), anywhere on the machine. When given, ' +
        'the OSV API is not asked.',
      // The runner's own copy of a public database, read and never written.
      anywhere: true,
    },
    {
      name: 'osv-api-url',
      type: 'string',
      description:
        'The OSV API asked about every pinned PyPI and npm package when no osv-dir is given; `off` asks nothing ' +
        '(a note says the packages were not checked). When it cannot be reached, a warning says so and the SBOM is still written.',
      default: 'https://api.osv.dev',
      // Plain http only to this machine (a local mirror, the tests): package names leave for it.
      format: {
        pattern:
          /^(?:off|https:\/\/[^\s/?#@]+(?:\/[^\s?#]*)?|http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:\/[^\s?#]*)?)$/,
        expected: 'an https URL such as https://api.osv.dev (http only to 127.0.0.1 or localhost), or off',
      },
    },
    {
      name: 'deny-licenses',
      type: 'list',
      description:
        'SPDX license ids (comma-separated, such as GPL-3.0-only,AGPL-3.0-only) that fail the run when a locked npm ' +
        'package or a model card declares them (an `OR` expression is denied only when every alternative is).',
      format: { pattern: /^[A-Za-z0-9.+-]+$/, expected: 'an SPDX license id such as GPL-3.0-only' },
    },
    {
      name: 'submit-dependencies',
      type: 'boolean',
      description:
        "Also submit the exact PyPI and npm versions to the repository's dependency graph (GitHub's dependency " +
        'submission API), so Dependabot alerts cover them; needs `contents: write`. In the action only.',
      default: 'false',
    },
  ],
  outputs: {
    'sbom-file': 'Path of the CycloneDX 1.6 JSON written, for actions/attest or actions/upload-artifact.',
  },
  run: lazyRun(() => import('./index.js')),
};
