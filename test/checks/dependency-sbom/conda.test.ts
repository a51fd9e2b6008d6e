import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { condaSpecRecord, parseCondaEnvironment } from '../../../src/checks/dependency-sbom/conda.js';

const src = (line: number, file = 'environment.yml') => ({ file, line });

describe('parseCondaEnvironment', () => {
  const text = `name: vision
channels:
  - pytorch
  - nvidia
  - conda-forge
dependencies:
  - python=3.11
  - pytorch::pytorch=2.1.0=py3.11_cuda11.8_cudnn8.7.0_0
  - numpy==1.26.4=py311h64a7726_0
  - scipy=1.11
  - pytorch-cuda>=11.8,<12
  - conda-forge/linux-64::opencv 4.9.0 py311h
  - pip
  - pip:
      - --extra-index-url https://download.pytorch.org/whl/cu118
      - -r requirements-pip.txt
      - transformers==4.40.0
      - torchmetrics>=1.3,<2
      - ./localpkg
`;

  it('reads conda specs (exact only when conda would match one version) and the pip list as requirements', () => {
    const include = (path: string) =>
      path === 'requirements-pip.txt'
        ? { text: 'safetensors==0.4.3\n', file: 'requirements-pip.txt' }
        : { problem: 'no such file' };
    const result = parseCondaEnvironment(text, 'environment.yml', include);
    expect(result.problems).toEqual([]);
    const conda = { ecosystem: 'conda', direct: true } as const;
    const pypi = { ecosystem: 'pypi', direct: true } as const;
    expect(result.packages).toEqual([
      // `=3.11` is fuzzy (3.11.*): no version.
      { ...conda, name: 'python', normalizedName: 'python', specifier: '=3.11', source: src(7) },
      {
        ...conda,
        name: 'pytorch',
        normalizedName: 'pytorch',
        version: '2.1.0',
        specifier: '=2.1.0=py3.11_cuda11.8_cudnn8.7.0_0',
        source: src(8),
      },
      {
        ...conda,
        name: 'numpy',
        normalizedName: 'numpy',
        version: '1.26.4',
        specifier: '==1.26.4=py311h64a7726_0',
        source: src(9),
      },
      { ...conda, name: 'scipy', normalizedName: 'scipy', specifier: '=1.11', source: src(10) },
      {
        ...conda,
        name: 'pytorch-cuda',
        normalizedName: 'pytorch-cuda',
        specifier: '>=11.8,<12',
        source: src(11),
      },
      {
        ...conda,
        name: 'opencv',
        normalizedName: 'opencv',
        version: '4.9.0',
        specifier: '4.9.0 py311h',
        source: src(12),
      },
      { ...conda, name: 'pip', normalizedName: 'pip', source: src(13) },
      {
        ...pypi,
        name: 'safetensors',
        normalizedName: 'safetensors',
        version: '0.4.3',
        specifier: '==0.4.3',
        source: src(1, 'requirements-pip.txt'),
      },
      {
        ...pypi,
        name: 'transformers',
        normalizedName: 'transformers',
        version: '4.40.0',
        specifier: '==4.40.0',
        source: src(17),
      },
      {
        ...pypi,
        name: 'torchmetrics',
        normalizedName: 'torchmetrics',
        specifier: '>=1.3,<2',
        source: src(18),
      },
      {
        ...pypi,
        name: './localpkg',
        normalizedName: './localpkg',
        reference: { kind: 'path', value: './localpkg' },
        source: src(19),
      },
    ]);
  });

  it('reports what it cannot read, by line', () => {
    const result = parseCondaEnvironment(
      'dependencies:\n  - numpy\n  - {a: 1}\n  - "!!"\n  - pip:\n      - torch>=\n      - [x]\n',
      'environment.yml',
    );
    expect(result.packages.map((p) => p.name)).toEqual(['numpy']);
    expect(result.problems).toEqual([
      { source: src(3), message: 'a dependency that is neither a conda spec nor a "pip:" list' },
      { source: src(4), message: '"!!" is not a conda package spec' },
      { source: src(6), message: '">=" is not a version specifier clause' },
      { source: src(7), message: 'a "pip:" item that is not a string' },
    ]);
  });

  it('a file that is not an environment is one problem', () => {
    expect(parseCondaEnvironment('name: x\n', 'environment.yml').problems).toEqual([
      { source: { file: 'environment.yml' }, message: 'no "dependencies" list' },
    ]);
    expect(parseCondaEnvironment('- a\n', 'environment.yml').problems).toEqual([
      {
        source: { file: 'environment.yml' },
        message: 'not a conda environment file (the top level is not a mapping)',
      },
    ]);
    const bad = parseCondaEnvironment('dependencies: [\n', 'environment.yml');
    expect(bad.packages).toEqual([]);
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]?.message).toMatch(/^not valid YAML: /);
  });

  it('match specs: fuzzy and ranged specs have no version', () => {
    const v = (spec: string) => {
      const r = condaSpecRecord(spec, 'e.yml', 1);
      return 'message' in r ? r.message : r.version;
    };
    expect(v('numpy')).toBeUndefined();
    expect(v('numpy=1.26')).toBeUndefined();
    expect(v('numpy 1.26.*')).toBeUndefined();
    expect(v('numpy>=1.26')).toBeUndefined();
    expect(v('numpy=1.26|1.27')).toBeUndefined();
    expect(v("numpy[version='>=1.26']")).toBeUndefined();
    expect(v('numpy==1.26.4')).toBe('1.26.4');
    expect(v('numpy 1.26.4')).toBe('1.26.4');
    expect(v('numpy=1.26.4=py311_0')).toBe('1.26.4');
    const fromUrl = condaSpecRecord('https://conda.anaconda.org/conda-forge::numpy==1.26.4', 'e.yml', 3);
    expect(fromUrl).toEqual({
      ecosystem: 'conda',
      name: 'numpy',
      normalizedName: 'numpy',
      version: '1.26.4',
      specifier: '==1.26.4',
      direct: true,
      source: { file: 'e.yml', line: 3 },
    });
  });

  it('never throws on arbitrary YAML-ish text', () => {
    const piece = fc.constantFrom(
      'dependencies:\n',
      '  - numpy=1.2\n',
      '  - pip:\n',
      '      - -r x.txt\n',
      '      - torch>=2\n',
      '  - {a: 1}\n',
      '- ',
      ': ',
      '[',
      '"',
      '\n',
      '  ',
      'pip',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 16 }), (parts) => {
        const result = parseCondaEnvironment(parts.join(''), 'environment.yml', () => ({
          text: '-r x.txt\nnumpy',
          file: 'x.txt',
        }));
        for (const r of [...result.packages, ...result.problems])
          expect(['environment.yml', 'x.txt']).toContain(r.source.file);
      }),
      { numRuns: 400 },
    );
  });
});
