import * as CDX from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { buildBom, checkReferences, purlOf } from '../../../src/checks/dependency-sbom/bom.js';
import type { PackageRecord } from '../../../src/checks/dependency-sbom/types.js';

const record = (fields: Partial<PackageRecord> & Pick<PackageRecord, 'name'>): PackageRecord => ({
  ecosystem: 'pypi',
  normalizedName: fields.name.toLowerCase(),
  source: { file: 'requirements.txt', line: 1 },
  ...fields,
});

const input = {
  project: { name: 'demo-ml-repo' },
  packages: [
    record({ name: 'numpy', version: '1.26.4', direct: true, hashes: ['sha256:' + 'a'.repeat(64)] }),
    record({ name: 'torch', specifier: '>=2.0,<3', direct: true }),
    record({
      name: 'scikit-learn',
      normalizedName: 'scikit-learn',
      version: '1.5.0',
      dependsOn: ['numpy'],
      source: { file: 'poetry.lock' },
    }),
    record({
      ecosystem: 'npm',
      name: '@scope/pkg',
      normalizedName: '@scope/pkg',
      version: '2.0.0',
      source: { file: 'package-lock.json' },
    }),
  ],
  models: [
    {
      path: 'models/sentiment',
      sha256: 'b'.repeat(64),
      facts: {
        format: 'safetensors' as const,
        pickleBased: false,
        properties: [{ name: 'mlsec:model:tensors', value: '3' }],
        problems: [],
      },
      card: {
        task: 'text-classification',
        architectures: ['DistilBertForSequenceClassification'],
        modelType: 'distilbert',
        baseModels: [],
        datasets: ['imdb'],
        metrics: [{ type: 'accuracy', value: '0.93', dataset: 'imdb' }],
      },
    },
    {
      path: 'models/legacy.pkl',
      sha256: 'c'.repeat(64),
      facts: { format: 'pickle' as const, pickleBased: true, properties: [], problems: [] },
    },
  ],
};

describe('buildBom', () => {
  it('writes CycloneDX 1.6 JSON that passes the library strict validator', async () => {
    const text = buildBom(input);
    const validator = new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6);
    expect(await validator.validate(text)).toBeNull();
  });

  it('is deterministic: the same input gives the same bytes, in any order', () => {
    const reversed = {
      ...input,
      packages: [...input.packages].reverse(),
      models: [...input.models].reverse(),
    };
    expect(buildBom(reversed)).toBe(buildBom(input));
    expect(buildBom(input)).not.toMatch(/serialNumber|timestamp/);
  });

  it('gives versions only to pinned packages, and keeps ranges as ranges', () => {
    const bom = JSON.parse(buildBom(input)) as { components: Record<string, unknown>[] };
    const torch = bom.components.find((c) => c.name === 'torch')!;
    expect(torch.version).toBeUndefined();
    expect(torch.purl).toBe('pkg:pypi/torch');
    expect(torch.properties).toContainEqual({ name: 'mlsec:specifier', value: '>=2.0,<3' });
    expect(bom.components.find((c) => c.name === 'numpy')!.purl).toBe('pkg:pypi/numpy@1.26.4');
    expect(bom.components.find((c) => c.name === '@scope/pkg')!.purl).toBe('pkg:npm/%40scope/pkg@2.0.0');
  });

  it('adds model cards whose dataset references resolve, and hashes every model', () => {
    const bom = JSON.parse(buildBom(input)) as { components: Record<string, unknown>[] };
    const model = bom.components.find((c) => c['bom-ref'] === 'model:models/sentiment')!;
    expect(model.type).toBe('machine-learning-model');
    expect(model.hashes).toEqual([{ alg: 'SHA-256', content: 'b'.repeat(64) }]);
    expect(model.modelCard).toEqual({
      modelParameters: {
        task: 'text-classification',
        architectureFamily: 'distilbert',
        modelArchitecture: 'DistilBertForSequenceClassification',
        datasets: [{ ref: 'data:imdb' }],
      },
      quantitativeAnalysis: { performanceMetrics: [{ type: 'accuracy', value: '0.93', slice: 'imdb' }] },
    });
    expect(bom.components.find((c) => c['bom-ref'] === 'data:imdb')).toMatchObject({
      type: 'data',
      name: 'imdb',
      data: [{ type: 'dataset', name: 'imdb' }],
    });
    const legacy = bom.components.find((c) => c['bom-ref'] === 'model:models/legacy.pkl')!;
    expect(legacy.properties).toContainEqual({ name: 'mlsec:model:pickle-based', value: 'true' });
  });

  it('records the lock graph and the project\u2019s direct dependencies', () => {
    const bom = JSON.parse(buildBom(input)) as { dependencies: { ref: string; dependsOn?: string[] }[] };
    expect(bom.dependencies.find((d) => d.ref === 'project')!.dependsOn).toEqual([
      'model:models/legacy.pkl',
      'model:models/sentiment',
      'pkg:pypi/numpy@1.26.4',
      'pkg:pypi/torch#requirements.txt:1',
    ]);
    // scikit-learn's lock names numpy, which only requirements.txt pins: a graph stays in its file.
    expect(bom.dependencies.find((d) => d.ref === 'pkg:pypi/scikit-learn@1.5.0')!.dependsOn).toBeUndefined();
  });

  it('links a dependency to the version its lock installs, when the lock holds two', () => {
    const lock = { file: 'package-lock.json' };
    const npm = (name: string, version: string, fields: Partial<PackageRecord> = {}) =>
      record({ ecosystem: 'npm', name, normalizedName: name, version, source: lock, ...fields });
    const bom = JSON.parse(
      buildBom({
        project: { name: 'web' },
        models: [],
        packages: [
          npm('execa', '8.0.1'),
          npm('execa', '5.1.1'),
          npm('install-pkg', '0.1.1', { dependsOn: ['execa'], dependencyVersions: { execa: ['5.1.1'] } }),
          npm('tool', '1.0.0', { dependsOn: ['execa'] }),
        ],
      }),
    ) as { dependencies: { ref: string; dependsOn?: string[] }[] };
    const edges = (ref: string) => bom.dependencies.find((d) => d.ref === ref)!.dependsOn;
    expect(edges('pkg:npm/install-pkg@0.1.1')).toEqual(['pkg:npm/execa@5.1.1']);
    // Without the lock's word, every version of the name in that file.
    expect(edges('pkg:npm/tool@1.0.0')).toEqual(['pkg:npm/execa@5.1.1', 'pkg:npm/execa@8.0.1']);
  });

  it('refuses references that point at nothing', () => {
    expect(() =>
      checkReferences({
        components: [{ 'bom-ref': 'a', modelCard: { modelParameters: { datasets: [{ ref: 'data:x' }] } } }],
      }),
    ).toThrow('the model card of a references data:x, which is not in the BOM');
    expect(() => checkReferences({ components: [{ 'bom-ref': 'a' }, { 'bom-ref': 'a' }] })).toThrow(
      'bom-ref a is used twice',
    );
  });

  it('builds purls per the spec', () => {
    expect(purlOf(record({ name: 'Foo_Bar', normalizedName: 'foo-bar', version: '1.0' }))).toBe(
      'pkg:pypi/foo-bar@1.0',
    );
    expect(
      purlOf(record({ ecosystem: 'conda', name: 'numpy', normalizedName: 'numpy', version: '1.26.4' })),
    ).toBe('pkg:conda/numpy@1.26.4');
  });
});

describe('buildBom scopes and licenses', () => {
  it('development-only packages are excluded from what runs; card licenses become SPDX ids whatever their case', () => {
    const bom = JSON.parse(
      buildBom({
        project: { name: 'p' },
        packages: [
          record({ name: 'pytest', version: '8.0.0', groups: ['dev', 'test'] }),
          record({ name: 'numpy', version: '1.26.4', groups: ['main', 'dev'] }),
          record({ name: 'fsevents', version: '2.3.3', ecosystem: 'npm', groups: ['optional'] }),
        ],
        models: [
          {
            path: 'm/model.safetensors',
            sha256: 'c'.repeat(64),
            card: { architectures: [], baseModels: [], datasets: [], metrics: [], license: 'apache-2.0' },
          },
        ],
      }),
    ) as { components: { name: string; scope?: string; licenses?: unknown[] }[] };
    const byName = new Map(bom.components.map((c) => [c.name, c]));
    expect(byName.get('pytest')!.scope).toBe('excluded');
    expect(byName.get('numpy')!.scope).toBeUndefined();
    expect(byName.get('fsevents')!.scope).toBe('optional');
    expect(byName.get('m/model.safetensors')!.licenses).toEqual([{ license: { id: 'Apache-2.0' } }]);
  });
});
