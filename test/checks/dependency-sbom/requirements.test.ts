import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseRequirements,
  type RequirementsInclude,
} from '../../../src/checks/dependency-sbom/requirements.js';
import { normalizePypiName, parsePep508 } from '../../../src/checks/dependency-sbom/pep508.js';

/** An include over an in-memory tree, resolving names as written. */
function tree(files: Record<string, string>): RequirementsInclude {
  return (path) => {
    const text = files[path];
    return text === undefined ? { problem: 'no such file' } : { text, file: path };
  };
}

const at = (line: number, file = 'requirements.txt') => ({ file, line });

describe('parseRequirements on an ML project', () => {
  const requirements = [
    '# Training stack; CUDA 11.8 wheels come from the PyTorch index.',
    '--extra-index-url https://download.pytorch.org/whl/cu118',
    '--index-url=https://pypi.org/simple',
    '--find-links ./wheels',
    '--prefer-binary',
    'torch[cuda]>=2.0,<3 ; sys_platform == "linux"',
    'numpy==1.26.4 \\',
    '    --hash=sha256:2c9fae0b87c0d8a7cf3e5ec40a7dbd0dc7ce5f93d1be0b3e0e02d6c38b7e2a66 \\',
    '    --hash=sha256:d3b2d3a7ef1a5e7b1b7d2ae0b5e1f4cd6b3a04d0dc8e4bd1a0e7c3a02c5b5d5b',
    'transformers~=4.40  # pinned by the model card',
    'accelerate===0.30.1',
    'safetensors == 0.4.3',
    './localpkg',
    '-e ./tools/eval[plots]',
    '-e git+https://github.com/org/repo.git@v1.0#egg=my_pkg',
    'peft @ git+https://github.com/huggingface/peft@v0.11.0',
    'https://download.pytorch.org/whl/cu118/torchvision-0.16.0%2Bcu118-cp311-cp311-linux_x86_64.whl',
    'onnxruntime-gpu; platform_machine == "x86_64"',
    'datasets>=${DATASETS_MIN}',
    'Pillow',
    '',
  ].join('\n');

  it('gives exact records: versions only for exact pins, ranges as specifiers, references as written', () => {
    const result = parseRequirements(requirements, 'requirements.txt');
    expect(result.constraints).toEqual([]);
    expect(result.packages).toEqual([
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(6),
        name: 'torch',
        normalizedName: 'torch',
        specifier: '>=2.0,<3',
        extras: ['cuda'],
        marker: 'sys_platform == "linux"',
      },
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(7),
        hashes: [
          'sha256:2c9fae0b87c0d8a7cf3e5ec40a7dbd0dc7ce5f93d1be0b3e0e02d6c38b7e2a66',
          'sha256:d3b2d3a7ef1a5e7b1b7d2ae0b5e1f4cd6b3a04d0dc8e4bd1a0e7c3a02c5b5d5b',
        ],
        name: 'numpy',
        normalizedName: 'numpy',
        version: '1.26.4',
        specifier: '==1.26.4',
      },
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(10),
        name: 'transformers',
        normalizedName: 'transformers',
        specifier: '~=4.40',
      },
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(11),
        name: 'accelerate',
        normalizedName: 'accelerate',
        version: '0.30.1',
        specifier: '===0.30.1',
      },
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(12),
        name: 'safetensors',
        normalizedName: 'safetensors',
        version: '0.4.3',
        specifier: '==0.4.3',
      },
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(13),
        name: './localpkg',
        normalizedName: './localpkg',
        reference: { kind: 'path', value: './localpkg' },
      },
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(14),
        name: './tools/eval',
        normalizedName: './tools/eval',
        extras: ['plots'],
        reference: { kind: 'path', value: './tools/eval', editable: true },
      },
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(15),
        name: 'my_pkg',
        normalizedName: 'my-pkg',
        reference: {
          kind: 'vcs',
          value: 'git+https://github.com/org/repo.git@v1.0#egg=my_pkg',
          editable: true,
        },
      },
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(16),
        name: 'peft',
        normalizedName: 'peft',
        reference: { kind: 'vcs', value: 'git+https://github.com/huggingface/peft@v0.11.0' },
      },
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(17),
        name: 'torchvision',
        normalizedName: 'torchvision',
        reference: {
          kind: 'url',
          value:
            'https://download.pytorch.org/whl/cu118/torchvision-0.16.0%2Bcu118-cp311-cp311-linux_x86_64.whl',
        },
      },
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(18),
        name: 'onnxruntime-gpu',
        normalizedName: 'onnxruntime-gpu',
        marker: 'platform_machine == "x86_64"',
      },
      {
        ecosystem: 'pypi',
        direct: true,
        source: at(20),
        name: 'Pillow',
        normalizedName: 'pillow',
      },
    ]);
    // `${DATASETS_MIN}` is left as written, and it is not a version: a problem, not a guess.
    expect(result.problems).toEqual([
      { source: at(19), message: '"${DATASETS_MIN}" is not a PEP 440 version' },
    ]);
  });

  it('never gives a range a version (torch>=2.0,<3 has none)', () => {
    const [torch] = parseRequirements('torch>=2.0,<3\n', 'r.txt').packages;
    expect(torch?.version).toBeUndefined();
    expect(torch?.specifier).toBe('>=2.0,<3');
    for (const spec of ['==2.*', '>=2.0', '~=2.1', '!=2.0', '<3', '>2,<=2.5', '==2.0,==2.1']) {
      expect(parseRequirements(`torch${spec}`, 'r.txt').packages[0]?.version, spec).toBeUndefined();
    }
    expect(parseRequirements('torch==2.1.0+cu118', 'r.txt').packages[0]?.version).toBe('2.1.0+cu118');
    expect(parseRequirements('torch (==2.1.0)', 'r.txt').packages[0]?.version).toBe('2.1.0');
  });

  it('follows -r and -c, keeps constraints apart, and pins only from exact unconditional constraints', () => {
    const include = tree({
      'requirements/base.txt': '-c constraints.txt\nscipy\ntorch>=2.0,<3\nnumpy>=1.24\n',
      'constraints.txt': [
        'scipy==1.11.4',
        'torch==2.1.2',
        'numpy==1.23.0',
        'pandas==2.2.2',
        'tqdm==4.66.4; python_version < "3.8"',
        '',
      ].join('\n'),
    });
    const result = parseRequirements('-r requirements/base.txt\npandas\ntqdm\n', 'requirements.txt', include);
    expect(
      result.packages.map((p) => [p.name, p.version, p.specifier, p.source.file, p.source.line]),
    ).toEqual([
      ['scipy', '1.11.4', undefined, 'requirements/base.txt', 2],
      ['torch', '2.1.2', '>=2.0,<3', 'requirements/base.txt', 3],
      // 1.23.0 does not satisfy >=1.24: pip would refuse; no version, and a problem says why.
      ['numpy', undefined, '>=1.24', 'requirements/base.txt', 4],
      ['pandas', '2.2.2', undefined, 'requirements.txt', 2],
      // A constraint with a marker applies only somewhere: not a version.
      ['tqdm', undefined, undefined, 'requirements.txt', 3],
    ]);
    expect(result.constraints.map((c) => [c.name, c.version, c.direct, c.source.line])).toEqual([
      ['scipy', '1.11.4', undefined, 1],
      ['torch', '2.1.2', undefined, 2],
      ['numpy', '1.23.0', undefined, 3],
      ['pandas', '2.2.2', undefined, 4],
      ['tqdm', '4.66.4', undefined, 5],
    ]);
    expect(result.problems).toEqual([
      {
        source: at(4, 'requirements/base.txt'),
        message: "the constraint numpy==1.23.0 does not satisfy the requirement's >=1.24",
      },
    ]);
  });

  it('reports a conflicting exact pin and constraint', () => {
    const result = parseRequirements(
      '-c c.txt\ntorch==2.1.0\n',
      'r.txt',
      tree({ 'c.txt': 'torch==2.2.0\n' }),
    );
    expect(result.packages[0]?.version).toBe('2.1.0');
    expect(result.problems).toEqual([
      { source: at(2, 'r.txt'), message: 'torch is pinned to 2.1.0 but a constraint pins 2.2.0' },
    ]);
  });

  it('detects include cycles and unreadable includes, and still reads the rest', () => {
    const include = tree({
      'a.txt': '-r b.txt\nnumpy==1.26.4\n',
      'b.txt': '--requirement=a.txt\n-rmissing.txt\nscipy\n',
    });
    const result = parseRequirements('-r a.txt\n', 'requirements.txt', include);
    expect(result.packages.map((p) => `${p.name}@${p.source.file}:${p.source.line}`)).toEqual([
      'scipy@b.txt:3',
      'numpy@a.txt:2',
    ]);
    expect(result.problems).toEqual([
      {
        source: at(1, 'b.txt'),
        message:
          '"a.txt" is not read again: it includes itself (requirements.txt -> a.txt -> b.txt -> a.txt)',
      },
      { source: at(2, 'b.txt'), message: '"missing.txt" could not be read: no such file' },
    ]);
  });

  it('a file that includes itself is a problem, and without an include callback -r is reported', () => {
    expect(parseRequirements('-r r.txt', 'r.txt', tree({ 'r.txt': '-r r.txt' })).problems).toEqual([
      { source: at(1, 'r.txt'), message: '"r.txt" is not read again: it includes itself (r.txt -> r.txt)' },
    ]);
    expect(parseRequirements('-c c.txt', 'r.txt').problems).toEqual([
      { source: at(1, 'r.txt'), message: '"c.txt" is not read: no includes are followed here' },
    ]);
  });

  it('reports malformed lines by line and keeps reading', () => {
    const text = [
      'torch>=',
      '--no-such-option x',
      'numpy==1.26.4 --hash=md6:zz',
      'scipy --index-url https://x',
      '--hash=sha256:abcd',
      'Pillow[',
      "-e 'unterminated",
      'ok-package==1.0',
    ].join('\n');
    const result = parseRequirements(text, 'r.txt');
    expect(result.packages.map((p) => p.name)).toEqual(['ok-package']);
    expect(result.problems).toEqual([
      { source: at(1, 'r.txt'), message: '">=" is not a version specifier clause' },
      { source: at(2, 'r.txt'), message: 'unknown option "--no-such-option"' },
      { source: at(3, 'r.txt'), message: '"--hash=md6:zz" is not algorithm:hex' },
      { source: at(4, 'r.txt'), message: '"--index-url" cannot follow a requirement on the same line' },
      { source: at(5, 'r.txt'), message: '"--hash" must follow a requirement on the same line' },
      { source: at(6, 'r.txt'), message: 'an extras list "[" is not closed' },
      { source: at(7, 'r.txt'), message: 'a quote in the options is not closed' },
    ]);
  });

  it('joins continuations the way pip does (a comment line ending in "\\" does not continue)', () => {
    const result = parseRequirements('# note \\\nnumpy\\\n==1.26.4\nscipy\n', 'r.txt');
    expect(result.packages.map((p) => [p.name, p.version, p.source.line])).toEqual([
      ['numpy', '1.26.4', 2],
      ['scipy', undefined, 4],
    ]);
  });

  it('leaves environment variables as written, in URLs and in include paths', () => {
    const seen: string[] = [];
    const result = parseRequirements(
      '-r ${REQ_DIR}/base.txt\nprivate-models @ git+https://${GH_TOKEN}@github.com/org/models.git@v2\n',
      'r.txt',
      (path) => {
        seen.push(path);
        return { problem: 'outside the project' };
      },
    );
    expect(seen).toEqual(['${REQ_DIR}/base.txt']);
    expect(result.packages[0]?.reference).toEqual({
      kind: 'vcs',
      // The userinfo is credentials, even as a variable: it never reaches the SBOM.
      value: 'git+https://github.com/org/models.git@v2',
    });
    expect(result.problems).toEqual([
      { source: at(1, 'r.txt'), message: '"${REQ_DIR}/base.txt" could not be read: outside the project' },
    ]);
  });

  it('names an unnamed URL by its egg fragment or wheel file name, else by the reference', () => {
    const result = parseRequirements(
      [
        'git+https://github.com/facebookresearch/segment-anything.git@6fdee8f#egg=segment_anything',
        'https://example.com/pkgs/thing.tar.gz',
        '../vendored/flash_attn-2.5.8-cp311-cp311-linux_x86_64.whl',
        'file:///opt/wheels/xformers-0.0.26-cp311-cp311-manylinux2014_x86_64.whl ; sys_platform == "linux"',
      ].join('\n'),
      'r.txt',
    );
    expect(result.problems).toEqual([]);
    expect(result.packages.map((p) => [p.name, p.normalizedName, p.reference?.kind, p.marker])).toEqual([
      ['segment_anything', 'segment-anything', 'vcs', undefined],
      ['https://example.com/pkgs/thing.tar.gz', 'https://example.com/pkgs/thing.tar.gz', 'url', undefined],
      ['flash_attn', 'flash-attn', 'path', undefined],
      ['xformers', 'xformers', 'url', 'sys_platform == "linux"'],
    ]);
  });
});

describe('PEP 508 and names', () => {
  it('normalises names per PEP 503', () => {
    expect(normalizePypiName('Flash_Attn')).toBe('flash-attn');
    expect(normalizePypiName('zope.interface')).toBe('zope-interface');
    expect(normalizePypiName('a__-.b')).toBe('a-b');
  });

  it('parses the parts of a requirement', () => {
    expect(parsePep508('name [fred,bar] @ http://foo.com ; python_version=="2.7"')).toEqual({
      ok: true,
      value: {
        name: 'name',
        extras: ['fred', 'bar'],
        url: 'http://foo.com',
        marker: 'python_version=="2.7"',
      },
    });
    expect(parsePep508('name>=3,<2')).toEqual({
      ok: true,
      value: { name: 'name', extras: [], specifier: '>=3,<2' },
    });
    expect(parsePep508('@ x')).toEqual({ ok: false, message: '"@ x" does not start with a package name' });
  });
});

describe('properties', () => {
  const lineChars = fc.constantFrom(
    ...'abcXYZ019 -_.=<>!~,;[]()@#\\/:"\'$\t*+{}'.split(''),
    '--hash=sha256:ab',
    '-r ',
    '-c ',
    '-e ',
    'git+https://h/r@v#egg=x',
    '\n',
    'torch',
    '==1.0',
  );
  const texts = fc.array(lineChars, { maxLength: 60 }).map((parts) => parts.join(''));

  it('never throws, and every record and problem names a file and a line', () => {
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        const include = tree({ 'x.txt': b, 'r.txt': a });
        const result = parseRequirements(a, 'r.txt', include);
        for (const r of [...result.packages, ...result.constraints, ...result.problems]) {
          expect(['r.txt', 'x.txt']).toContain(r.source.file);
          expect(r.source.line).toBeGreaterThanOrEqual(1);
        }
        if (result.constraints.length === 0) {
          // Without constraints, a version is only ever an exact pin's.
          for (const p of result.packages.filter((q) => q.version !== undefined)) {
            expect(p.specifier?.split(',')).toContainEqual(expect.stringMatching(/^={2,3}/));
            expect(
              p.specifier?.split(',').some((c) => c === `==${p.version}` || c === `===${p.version}`),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of a realistic file, and unchanged lines read the same', () => {
    const lines = [
      '--extra-index-url https://download.pytorch.org/whl/cu118',
      'torch[cuda]>=2.0,<3 ; sys_platform == "linux"',
      'numpy==1.26.4 \\',
      '    --hash=sha256:2c9fae0b87c0d8a7',
      '-e git+https://github.com/org/repo.git@v1.0#egg=my_pkg',
      './localpkg',
      '-c constraints.txt',
    ];
    const mutation = fc.record({
      line: fc.nat(lines.length - 1),
      at: fc.nat(80),
      text: fc.string({ maxLength: 4 }),
      cut: fc.nat(3),
    });
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 4 }), (mutations) => {
        const copy = [...lines];
        for (const m of mutations) {
          const l = copy[m.line] as string;
          const i = Math.min(m.at, l.length);
          copy[m.line] = l.slice(0, i) + m.text + l.slice(i + m.cut);
        }
        const result = parseRequirements(copy.join('\n'), 'r.txt', () => ({
          text: 'torch==2.1.0',
          file: 'constraints.txt',
        }));
        for (const r of [...result.packages, ...result.problems]) {
          expect(r.source.line).toBeGreaterThanOrEqual(1);
          expect(r.source.line).toBeLessThanOrEqual(copy.length);
        }
        if (copy[1] === lines[1] && !mutations.some((m) => m.line === 0 && m.text.includes('\\'))) {
          const torch = result.packages.find((p) => p.source.line === 2);
          expect(torch?.specifier).toBe('>=2.0,<3');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips a generated requirement: name, extras, exact pin, marker', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,8}[A-Za-z0-9])?$/);
    const version = fc
      .tuple(fc.nat(99), fc.nat(99), fc.option(fc.nat(99), { nil: undefined }))
      .map(([a, b, c]) => (c === undefined ? `${a}.${b}` : `${a}.${b}.${c}`));
    const extra = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
    fc.assert(
      fc.property(
        name,
        fc.array(extra, { maxLength: 3 }),
        version,
        fc.boolean(),
        (n, extras, v, withMarker) => {
          const marker = withMarker ? 'python_version >= "3.10"' : undefined;
          const line = `${n}${extras.length > 0 ? `[${extras.join(',')}]` : ''}==${v}${marker === undefined ? '' : ` ; ${marker}`}`;
          const result = parseRequirements(line, 'r.txt');
          expect(result.problems).toEqual([]);
          expect(result.packages).toEqual([
            {
              ecosystem: 'pypi',
              direct: true,
              source: { file: 'r.txt', line: 1 },
              name: n,
              normalizedName: normalizePypiName(n),
              version: v,
              specifier: `==${v}`,
              ...(extras.length > 0 ? { extras } : {}),
              ...(marker === undefined ? {} : { marker }),
            },
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
