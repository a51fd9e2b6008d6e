import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSetupCfg } from '../../../src/checks/dependency-sbom/setup-cfg.js';

const src = (line: number) => ({ file: 'setup.cfg', line });

describe('parseSetupCfg', () => {
  it('reads install_requires and extras_require with indented continuations and their own lines', () => {
    const text = `[metadata]
name = detector
version = 0.2.0

[options]
packages = find:
python_requires = >=3.9
install_requires =
    torch>=2.0,<3
    # CPU wheels by default; see README for CUDA
    torchvision==0.16.0
    opencv-python-headless; sys_platform != "win32"

[options.extras_require]
onnx = onnx==1.16.0
dev =
    pytest>=8  # tests
    black

[flake8]
max-line-length = 100
`;
    const result = parseSetupCfg(text, 'setup.cfg');
    expect(result.problems).toEqual([]);
    const base = { ecosystem: 'pypi', direct: true } as const;
    expect(result.packages).toEqual([
      { ...base, name: 'torch', normalizedName: 'torch', specifier: '>=2.0,<3', source: src(9) },
      {
        ...base,
        name: 'torchvision',
        normalizedName: 'torchvision',
        version: '0.16.0',
        specifier: '==0.16.0',
        source: src(11),
      },
      {
        ...base,
        name: 'opencv-python-headless',
        normalizedName: 'opencv-python-headless',
        marker: 'sys_platform != "win32"',
        source: src(12),
      },
      {
        ...base,
        name: 'onnx',
        normalizedName: 'onnx',
        version: '1.16.0',
        specifier: '==1.16.0',
        groups: ['onnx'],
        source: src(15),
      },
      {
        ...base,
        name: 'pytest',
        normalizedName: 'pytest',
        specifier: '>=8',
        groups: ['dev'],
        source: src(17),
      },
      { ...base, name: 'black', normalizedName: 'black', groups: ['dev'], source: src(18) },
    ]);
  });

  it('reports bad requirements, file: directives and stray lines, and reads the rest', () => {
    const result = parseSetupCfg(
      'stray\n[options]\ninstall-requires =\n  numpy>=\n  scipy\nextras = file: x\n[options.extras_require]\ngpu = file: requirements-gpu.txt\nnot a pair\n',
      'setup.cfg',
    );
    expect(result.packages.map((p) => [p.name, p.source.line])).toEqual([['scipy', 5]]);
    expect(result.problems).toEqual([
      { source: src(1), message: 'a line before any [section]' },
      { source: src(4), message: '"numpy>=": ">=" is not a version specifier clause' },
      {
        source: src(8),
        message: 'gpu reads "requirements-gpu.txt": that file is read on its own, not through setup.cfg',
      },
      { source: src(9), message: '"not a pair" is not key = value' },
    ]);
  });

  it('never throws, and every problem names the file and a line', () => {
    const piece = fc.constantFrom(
      '[options]',
      '[options.extras_require]',
      'install_requires =',
      '  torch>=2',
      '  x[',
      'a = b',
      ' ',
      '#c',
      ';',
      '=',
      ':',
      'file:',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 20 }), (lines) => {
        const result = parseSetupCfg(lines.join('\n'), 'setup.cfg');
        for (const r of [...result.packages, ...result.problems]) {
          expect(r.source.file).toBe('setup.cfg');
          expect(r.source.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });
});
