import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'smol-toml';
import { parsePyproject } from '../../../src/checks/dependency-sbom/pyproject.js';

const src = (line: number) => ({ file: 'pyproject.toml', line });

describe('parsePyproject: PEP 621 and PEP 735', () => {
  const text = `[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "vision-lab"
version = "0.3.0"
dependencies = [
  "torch[cuda]>=2.0,<3; sys_platform == 'linux'",
  'numpy==1.26.4',
  "transformers @ git+https://github.com/huggingface/transformers@v4.40.0",
]

[project.optional-dependencies]
onnx = ["onnx==1.16.0", "onnxruntime-gpu>=1.18; platform_machine == 'x86_64'"]
all = ["Vision_Lab[onnx]", "wandb"]

[dependency-groups]
test = ["pytest>=8"]
dev = [{include-group = "test"}, "ruff==0.5.0"]
`;

  it('gives exact records with groups, extras, markers and lines', () => {
    const result = parsePyproject(text, 'pyproject.toml');
    expect(result.problems).toEqual([]);
    expect(result.packages).toEqual([
      {
        ecosystem: 'pypi',
        name: 'torch',
        normalizedName: 'torch',
        specifier: '>=2.0,<3',
        extras: ['cuda'],
        marker: "sys_platform == 'linux'",
        direct: true,
        source: src(9),
      },
      {
        ecosystem: 'pypi',
        name: 'numpy',
        normalizedName: 'numpy',
        version: '1.26.4',
        specifier: '==1.26.4',
        direct: true,
        source: src(10),
      },
      {
        ecosystem: 'pypi',
        name: 'transformers',
        normalizedName: 'transformers',
        reference: { kind: 'vcs', value: 'git+https://github.com/huggingface/transformers@v4.40.0' },
        direct: true,
        source: src(11),
      },
      {
        ecosystem: 'pypi',
        name: 'onnx',
        normalizedName: 'onnx',
        version: '1.16.0',
        specifier: '==1.16.0',
        // `all` names the project's own `onnx` extra: onnx is in both, and the self-reference is no dependency.
        groups: ['onnx', 'all'],
        direct: true,
        source: src(15),
      },
      {
        ecosystem: 'pypi',
        name: 'onnxruntime-gpu',
        normalizedName: 'onnxruntime-gpu',
        specifier: '>=1.18',
        marker: "platform_machine == 'x86_64'",
        groups: ['onnx', 'all'],
        direct: true,
        source: src(15),
      },
      {
        ecosystem: 'pypi',
        name: 'wandb',
        normalizedName: 'wandb',
        groups: ['all'],
        direct: true,
        source: src(16),
      },
      {
        ecosystem: 'pypi',
        name: 'pytest',
        normalizedName: 'pytest',
        specifier: '>=8',
        groups: ['test', 'dev'],
        direct: true,
        source: src(19),
      },
      {
        ecosystem: 'pypi',
        name: 'ruff',
        normalizedName: 'ruff',
        version: '0.5.0',
        specifier: '==0.5.0',
        groups: ['dev'],
        direct: true,
        source: src(20),
      },
    ]);
  });

  it('reports bad requirements, dynamic dependencies, unknown and cyclic groups, and reads the rest', () => {
    const result = parsePyproject(
      `[project]
name = "x"
dynamic = ["dependencies"]

[project.optional-dependencies]
gpu = ["torch>=", 42, "cupy-cuda12x"]

[dependency-groups]
a = [{include-group = "b"}, "black"]
b = [{include-group = "a"}, {include-group = "nope"}]
`,
      'pyproject.toml',
    );
    expect(result.packages.map((p) => [p.name, p.groups, p.source.line])).toEqual([
      ['cupy-cuda12x', ['gpu'], 6],
      ['black', ['a', 'b'], 9],
    ]);
    expect(result.problems).toEqual([
      {
        source: src(1),
        message: '[project] dependencies are dynamic (set by the build backend at build time) and not read',
      },
      {
        source: src(5),
        message: '[project.optional-dependencies] gpu holds a number, not a requirement string',
      },
      { source: src(6), message: '"torch>=": ">=" is not a version specifier clause' },
      { source: src(10), message: '[dependency-groups] b includes "nope", which is not a group' },
      { source: src(8), message: 'dependency group "a" includes itself (a -> b -> a)' },
    ]);
  });

  it('a file that is not TOML is one problem at the line the parser names', () => {
    expect(
      parsePyproject('[project]\nname = "x"\ndependencies = [\n  "torch",\n  oops\n]\n', 'pyproject.toml'),
    ).toEqual({
      packages: [],
      problems: [{ source: src(5), message: expect.stringMatching(/^not valid TOML: /) as unknown }],
    });
  });
});

describe('parsePyproject: Poetry', () => {
  const text = `[tool.poetry]
name = "llm-serve"
version = "1.0.0"

[tool.poetry.dependencies]
python = "^3.10"
torch = "^2.1"
numpy = "1.26.4"
scipy = "==1.11.4"
tokenizers = "~0.19"
sentencepiece = "*"
"bitsandbytes" = { version = ">=0.43", markers = "sys_platform == 'linux'" }
onnx = { version = "1.16.0", optional = true }
mylib = { path = "../mylib", develop = true }
peft = { git = "https://github.com/huggingface/peft.git", tag = "v0.11.0" }
flash-attn = { url = "https://github.com/Dao-AILab/flash-attention/releases/download/v2.5.8/flash_attn-2.5.8-cp311-cp311-linux_x86_64.whl" }
accelerate = { version = "^0.30", extras = ["deepspeed"] }
xformers = [
  { version = "0.0.26", python = ">=3.11" },
  { version = "0.0.25", python = "<3.11" },
]

[tool.poetry.extras]
export = ["onnx"]

[tool.poetry.group.dev.dependencies]
black = "~24.3"
pytest = "^8.2"

[tool.poetry.dev-dependencies]
mypy = "1.10.0"
`;

  it('keeps caret, tilde and wildcard as written, skips python, reads tables', () => {
    const result = parsePyproject(text, 'pyproject.toml');
    expect(result.problems).toEqual([]);
    const base = { ecosystem: 'pypi', direct: true } as const;
    expect(result.packages).toEqual([
      { ...base, name: 'torch', normalizedName: 'torch', specifier: '^2.1', source: src(7) },
      {
        ...base,
        name: 'numpy',
        normalizedName: 'numpy',
        specifier: '1.26.4',
        version: '1.26.4',
        source: src(8),
      },
      {
        ...base,
        name: 'scipy',
        normalizedName: 'scipy',
        specifier: '==1.11.4',
        version: '1.11.4',
        source: src(9),
      },
      { ...base, name: 'tokenizers', normalizedName: 'tokenizers', specifier: '~0.19', source: src(10) },
      { ...base, name: 'sentencepiece', normalizedName: 'sentencepiece', specifier: '*', source: src(11) },
      {
        ...base,
        name: 'bitsandbytes',
        normalizedName: 'bitsandbytes',
        specifier: '>=0.43',
        marker: "sys_platform == 'linux'",
        source: src(12),
      },
      {
        ...base,
        name: 'onnx',
        normalizedName: 'onnx',
        specifier: '1.16.0',
        version: '1.16.0',
        groups: ['export'],
        source: src(13),
      },
      {
        ...base,
        name: 'mylib',
        normalizedName: 'mylib',
        reference: { kind: 'path', value: '../mylib', editable: true },
        source: src(14),
      },
      {
        ...base,
        name: 'peft',
        normalizedName: 'peft',
        reference: { kind: 'vcs', value: 'git+https://github.com/huggingface/peft.git@v0.11.0' },
        source: src(15),
      },
      {
        ...base,
        name: 'flash-attn',
        normalizedName: 'flash-attn',
        reference: {
          kind: 'url',
          value:
            'https://github.com/Dao-AILab/flash-attention/releases/download/v2.5.8/flash_attn-2.5.8-cp311-cp311-linux_x86_64.whl',
        },
        source: src(16),
      },
      {
        ...base,
        name: 'accelerate',
        normalizedName: 'accelerate',
        specifier: '^0.30',
        extras: ['deepspeed'],
        source: src(17),
      },
      {
        ...base,
        name: 'xformers',
        normalizedName: 'xformers',
        specifier: '0.0.26',
        version: '0.0.26',
        source: src(18),
      },
      {
        ...base,
        name: 'xformers',
        normalizedName: 'xformers',
        specifier: '0.0.25',
        version: '0.0.25',
        source: src(18),
      },
      // The legacy [tool.poetry.dev-dependencies] table is read before the groups.
      {
        ...base,
        name: 'mypy',
        normalizedName: 'mypy',
        specifier: '1.10.0',
        version: '1.10.0',
        groups: ['dev'],
        source: src(31),
      },
      {
        ...base,
        name: 'black',
        normalizedName: 'black',
        specifier: '~24.3',
        groups: ['dev'],
        source: src(27),
      },
      {
        ...base,
        name: 'pytest',
        normalizedName: 'pytest',
        specifier: '^8.2',
        groups: ['dev'],
        source: src(28),
      },
    ]);
  });

  it('Poetry 2: [tool.poetry.dependencies] details for a [project] dependency are not a second record', () => {
    const result = parsePyproject(
      '[project]\nname = "x"\ndependencies = ["torch>=2.1"]\n\n[tool.poetry.dependencies]\ntorch = { source = "pytorch-cu121" }\n',
      'pyproject.toml',
    );
    expect(result.packages.map((p) => [p.name, p.specifier, p.source.line])).toEqual([['torch', '>=2.1', 3]]);
    expect(result.problems).toEqual([]);
  });

  it('finds the line of a dependency written as its own table', () => {
    const result = parsePyproject(
      '[tool.poetry.dependencies]\nnumpy = "^1.26"\n\n[tool.poetry.dependencies.torch]\nversion = "2.1.2"\nsource = "pytorch"\n',
      'pyproject.toml',
    );
    expect(result.packages.map((p) => [p.name, p.version, p.source.line])).toEqual([
      ['numpy', undefined, 2],
      ['torch', '2.1.2', 4],
    ]);
  });

  it('an optional dependency that no extra names is marked optional', () => {
    const result = parsePyproject(
      '[tool.poetry.dependencies]\ntensorrt = { version = "10.0.1", optional = true }\n',
      'pyproject.toml',
    );
    expect(result.packages.map((p) => [p.name, p.groups])).toEqual([['tensorrt', ['optional']]]);
  });

  it('reports malformed entries by line', () => {
    const result = parsePyproject(
      '[tool.poetry.dependencies]\ntorch = 2\nnumpy = { version = 1 }\nx = { git = "a", path = "b" }\nok = "1.0"\n',
      'pyproject.toml',
    );
    expect(result.packages.map((p) => p.name)).toEqual(['ok']);
    expect(result.problems).toEqual([
      {
        source: src(2),
        message: '[tool.poetry.dependencies] torch: a number is neither a version nor a table',
      },
      { source: src(3), message: '[tool.poetry.dependencies] numpy: "version" is not a string' },
      { source: src(4), message: '[tool.poetry.dependencies] x: more than one of "git", "path" and "url"' },
    ]);
  });
});

describe('properties', () => {
  it('never throws on well-formed TOML of any shape where the readers look', () => {
    const leaf = fc.oneof(
      fc.constantFrom('torch>=2', 'x[y]==1', 'bad>=', '^1.2', '*', 'vision-lab[all]', ''),
      fc.integer(),
      fc.boolean(),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(
          fc.constantFrom(
            'version',
            'path',
            'git',
            'url',
            'extras',
            'markers',
            'optional',
            'develop',
            'include-group',
            'torch',
            'dev',
          ),
          tie('node'),
          { maxKeys: 4 },
        ),
      ),
    })).node;
    const doc = fc.record(
      {
        project: fc.record(
          {
            name: fc.constant('vision-lab'),
            dependencies: value,
            'optional-dependencies': value,
            dynamic: value,
          },
          { requiredKeys: [] },
        ),
        'dependency-groups': value,
        tool: fc.record({
          poetry: fc.record(
            { dependencies: value, group: value, extras: value, 'dev-dependencies': value },
            { requiredKeys: [] },
          ),
        }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(doc, (d) => {
        let text: string;
        try {
          text = stringify(d);
        } catch {
          return; // TOML cannot hold every generated shape (mixed arrays are fine; nulls are not generated)
        }
        const result = parsePyproject(text, 'pyproject.toml');
        for (const p of result.packages) {
          expect(p.source.file).toBe('pyproject.toml');
          if (p.specifier !== undefined && p.version !== undefined) expect(p.specifier).toContain(p.version);
        }
      }),
      { numRuns: 400 },
    );
  });
  it('never throws on arbitrary text or arbitrary TOML-shaped documents', () => {
    const piece = fc.constantFrom(
      '[project]\n',
      '[project.optional-dependencies]\n',
      '[dependency-groups]\n',
      '[tool.poetry.dependencies]\n',
      '[tool.poetry.group.dev.dependencies]\n',
      'dependencies = ["torch>=2", "x[y]==1"]\n',
      'dependencies = 3\n',
      'a = [{include-group = "a"}]\n',
      'torch = { version = "^2", extras = [1] }\n',
      'x = [1, {git = "u"}]\n',
      'name = "x"\n',
      'dynamic = ["dependencies"]\n',
      'all = ["x[a]"]\n',
      '"',
      '=',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        for (const text of [parts.join(''), parts.join('') + noise]) {
          const result = parsePyproject(text, 'pyproject.toml');
          for (const r of [...result.packages, ...result.problems])
            expect(r.source.file).toBe('pyproject.toml');
          for (const p of result.packages) expect(p.source.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('parsePyproject: pdm', () => {
  it('reads [tool.pdm.dev-dependencies] as groups, with lines', () => {
    const text = [
      '[project]',
      'name = "eval"',
      'dependencies = ["evaluate==0.4.1"]',
      '',
      '[tool.pdm.dev-dependencies]',
      'test = [',
      '    "pytest-cov>=4.1",',
      ']',
      '',
    ].join('\n');
    const result = parsePyproject(text, 'pyproject.toml');
    expect(result.problems).toEqual([]);
    expect(result.packages.map((p) => [p.normalizedName, p.specifier, p.groups, p.source.line])).toEqual([
      ['evaluate', '==0.4.1', undefined, 3],
      ['pytest-cov', '>=4.1', ['test'], 7],
    ]);
  });

  it('a [tool.pdm.dev-dependencies] that is not a table is a problem naming it', () => {
    const result = parsePyproject('[tool.pdm]\ndev-dependencies = 3\n', 'pyproject.toml');
    expect(result.problems.map((p) => p.message)).toEqual(['[tool.pdm.dev-dependencies] is not a table']);
  });
});
