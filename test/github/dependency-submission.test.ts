import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PackageRecord } from '../../src/checks/dependency-sbom/types.js';
import { createClient } from '../../src/github/api.js';
import { buildSnapshot, submitSnapshot } from '../../src/github/dependency-submission.js';
import { FakeGitHub } from '../helpers/fake-github.js';

const pypi = (name: string, fields: Partial<PackageRecord> = {}): PackageRecord => ({
  ecosystem: 'pypi',
  name,
  normalizedName: name,
  source: { file: 'poetry.lock' },
  ...fields,
});

const packages: PackageRecord[] = [
  pypi('torch', { version: '2.3.1', direct: true, dependsOn: ['numpy', 'missing'] }),
  pypi('numpy', { version: '1.26.4' }),
  pypi('pytest', { version: '8.2.0', direct: true, groups: ['dev'] }),
  pypi('transformers', { specifier: '>=4.40', source: { file: 'requirements.txt', line: 3 } }),
  pypi('accelerate', { version: '0.30.0', source: { file: 'requirements.txt', line: 4 } }),
  {
    ecosystem: 'conda',
    name: 'cudatoolkit',
    normalizedName: 'cudatoolkit',
    version: '11.8',
    source: { file: 'environment.yml' },
  },
  {
    ecosystem: 'npm',
    name: '@scope/ui',
    normalizedName: '@scope/ui',
    version: '1.0.0',
    source: { file: 'package-lock.json' },
  },
];

const context = {
  sha: 'b'.repeat(40),
  ref: 'refs/heads/feature',
  correlator: 'mlsec dependency-sbom',
  runId: '42',
  detectorVersion: '0.1.0',
  detectorUrl: 'https://github.com/octo/mlsec',
  scanned: '2026-12-04T00:00:00Z',
};

describe('buildSnapshot', () => {
  it('submits exact pypi and npm purls only, per manifest, with the lock graph and scopes', () => {
    const snapshot = buildSnapshot(packages, context);
    expect(Object.keys(snapshot.manifests)).toEqual(['package-lock.json', 'poetry.lock', 'requirements.txt']);
    expect(snapshot.manifests['poetry.lock']!.resolved).toEqual({
      'pkg:pypi/torch@2.3.1': {
        package_url: 'pkg:pypi/torch@2.3.1',
        relationship: 'direct',
        scope: 'runtime',
        dependencies: ['pkg:pypi/numpy@1.26.4'],
      },
      'pkg:pypi/numpy@1.26.4': {
        package_url: 'pkg:pypi/numpy@1.26.4',
        relationship: 'indirect',
        scope: 'runtime',
        dependencies: [],
      },
      'pkg:pypi/pytest@8.2.0': {
        package_url: 'pkg:pypi/pytest@8.2.0',
        relationship: 'direct',
        scope: 'development',
        dependencies: [],
      },
    });
    // A range has no version to alert on; conda is not a GitHub ecosystem.
    expect(Object.keys(snapshot.manifests['requirements.txt']!.resolved)).toEqual([
      'pkg:pypi/accelerate@0.30.0',
    ]);
    expect(snapshot.manifests['requirements.txt']!.resolved['pkg:pypi/accelerate@0.30.0']!.relationship).toBe(
      'direct',
    );
    expect(snapshot.manifests['package-lock.json']!.resolved).toHaveProperty(['pkg:npm/%40scope/ui@1.0.0']);
    expect(snapshot).toMatchObject({
      version: 0,
      sha: context.sha,
      ref: context.ref,
      job: { correlator: 'mlsec dependency-sbom', id: '42' },
    });
  });
});

describe('submitSnapshot', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await new FakeGitHub().start();
  });
  afterEach(async () => {
    await github.stop();
  });

  it('posts the snapshot to the repository and returns its id', async () => {
    const client = createClient('token', { baseUrl: github.url, retryDelayMs: 1 });
    const snapshot = buildSnapshot(packages, context);
    const id = await submitSnapshot(client, { owner: 'octo', repo: 'demo' }, snapshot);
    expect(typeof id).toBe('number');
    expect(github.snapshots).toEqual([snapshot]);
    expect(github.requestsTo('POST', /dependency-graph\/snapshots$/)[0]!.path).toBe(
      '/repos/octo/demo/dependency-graph/snapshots',
    );
  });
});
