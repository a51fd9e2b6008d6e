import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelIssue } from '../../../src/checks/scan-model/model-issue.js';
import { analyzeOnnx, resolveExternalLocation } from '../../../src/checks/scan-model/onnx.js';
import { bufferSource } from '../../../src/checks/scan-model/source.js';
import { printable } from '../../../src/core/escape.js';
import { bytes, countingSource, ld, ldHeader, vint, virtualSource, type Part } from './proto-bytes.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/scan-model');
const fixture = (name: string): Uint8Array => readFileSync(path.join(FIXTURES, name));

async function analyze(data: Uint8Array, modelPath = 'models/model.onnx') {
  return analyzeOnnx(bufferSource(data), modelPath);
}

function brief(issues: readonly ModelIssue[]): string[] {
  return issues.map((issue) => `${issue.level} ${issue.ruleId}`);
}

// ---- ModelProto builders (field numbers from onnx.proto) -----------------------------------

const opset = (domain: string, version: number) => ld(8, ld(1, domain), vint(2, version));
const model = (...parts: Part[]) => bytes(vint(1, 9), opset('', 13), ...parts);
const graph = (...parts: Part[]) => ld(7, ld(2, 'g'), ...parts);
const node = (op: string, options: { domain?: string; name?: string; attributes?: Part[] } = {}) =>
  ld(
    1,
    ld(1, 'X'),
    ld(2, 'Y'),
    ld(3, options.name ?? `${op}_node`),
    ld(4, op),
    options.domain === undefined ? [] : ld(7, options.domain),
    ...(options.attributes ?? []),
  );
const subgraphAttribute = (name: string, ...nodes: Part[]) =>
  ld(5, ld(1, name), vint(20, 5), ld(6, ld(2, name), ...nodes));
const entry = (key: string, value: string) => ld(13, ld(1, key), ld(2, value));
const externalTensor = (name: string, entries: Part[], external = true) =>
  bytes(vint(1, 2), vint(2, 1), ld(8, name), ...entries, external ? vint(14, 1) : []);
const initializer = (tensor: Uint8Array) => ld(5, tensor);
const localFunction = (domain: string, name: string, ...nodes: Part[]) =>
  ld(25, ld(1, name), ld(10, domain), ...nodes);

/** A NodeProto's payload, for a function body (field 7 there, not 1). */
const functionNode = (op: string, domain = '') => ld(7, ld(4, op), domain === '' ? [] : ld(7, domain));

describe('analyzeOnnx on the benign fixtures', () => {
  it.each(['matmul.onnx', 'matmul-bare.onnx'])('%s has no issue and the right summary', async (file) => {
    const { issues, summary } = await analyze(fixture(`benign/${file}`));
    expect(issues).toEqual([]);
    expect(summary).toEqual({
      irVersion: 14,
      opsets: [{ domain: '', version: 13 }],
      ...(file === 'matmul.onnx' ? { producer: 'mlsec-fixtures' } : {}),
      nodes: 1,
      initializers: 1,
      externalData: [],
      customDomains: [],
    });
  });

  it('external-valid: data in weights.bin beside the model is no issue', async () => {
    const { issues, summary } = await analyze(
      fixture('onnx/external-valid/model.onnx'),
      'onnx/external-valid/model.onnx',
    );
    expect(issues).toEqual([]);
    expect(summary).toMatchObject({
      initializers: 1,
      externalData: [{ location: 'weights.bin', tensor: 'W' }],
    });
    expect(resolveExternalLocation('onnx/external-valid/model.onnx', 'weights.bin')).toEqual({
      path: 'onnx/external-valid/weights.bin',
    });
  });

  it('local-function: a node of the local function domain is no issue', async () => {
    const { issues, summary } = await analyze(fixture('onnx/local-function.onnx'));
    expect(issues).toEqual([]);
    expect(summary).toMatchObject({
      nodes: 2,
      customDomains: [],
      opsets: [
        { domain: '', version: 13 },
        { domain: 'mlsec.local', version: 1 },
      ],
    });
  });
});

describe('analyzeOnnx on the hostile fixtures', () => {
  it.each([
    ['external-traversal.onnx', '../../../etc/passwd', "which climbs out of the model's folder with '..'"],
    ['external-absolute.onnx', '/etc/passwd', 'which is an absolute path'],
  ])('%s is an unsafe-construct error naming the location', async (file, location, why) => {
    const { issues, summary } = await analyze(fixture(`onnx/${file}`));
    expect(brief(issues)).toEqual(['error model/unsafe-construct']);
    expect(issues[0]!.message).toContain(
      `Tensor 'W' (an initializer of the main graph) reads its data from '${location}', ${why}`,
    );
    expect(issues[0]!.message).toContain('CVE-2022-25882');
    expect(issues[0]!.message).toContain('CVE-2024-27318');
    expect(issues[0]!.properties).toEqual({ tensor: 'W', location });
    expect(issues[0]!.offset).toBeGreaterThan(0);
    expect(summary?.externalData).toEqual([{ location, tensor: 'W' }]);
  });

  it('custom-domain.onnx is a warning naming the domain and the op', async () => {
    const { issues, summary } = await analyze(fixture('onnx/custom-domain.onnx'));
    expect(brief(issues)).toEqual(['warning model/unsafe-construct']);
    expect(issues[0]!.message).toContain(
      "Operator 'RunShell' of the custom domain 'com.example.custom' (node 'shell' in the main graph)",
    );
    expect(issues[0]!.message).toContain('custom operator library, native code');
    expect(issues[0]!.properties).toEqual({ domain: 'com.example.custom', op: 'RunShell', nodes: 1 });
    expect(summary?.customDomains).toEqual(['com.example.custom']);
  });

  it('subgraph-custom.onnx finds the custom op two subgraphs deep', async () => {
    const { issues, summary } = await analyze(fixture('onnx/subgraph-custom.onnx'));
    expect(brief(issues)).toEqual(['warning model/unsafe-construct']);
    expect(issues[0]!.message).toContain("Operator 'Beacon' of the custom domain 'com.example.custom'");
    expect(issues[0]!.message).toContain("attribute 'body' of node 'loop' ('Loop')");
    expect(issues[0]!.message).toContain("attribute 'then_branch' of node 'branch' ('If') in the main graph");
    expect(summary).toMatchObject({ nodes: 7, customDomains: ['com.example.custom'] });
  });
});

describe('resolveExternalLocation', () => {
  it.each([
    ['weights.bin', 'models/weights.bin'],
    ['./weights.bin', 'models/weights.bin'],
    ['data/w.bin', 'models/data/w.bin'],
    ['data/../w.bin', 'models/w.bin'],
    ['data//w.bin', 'models/data/w.bin'],
  ])('%s stays in the folder', (location, resolved) => {
    expect(resolveExternalLocation('models/m.onnx', location)).toEqual({ path: resolved });
  });

  it.each([
    ['../w.bin', "climbs out of the model's folder"],
    ['data/../../w.bin', "climbs out of the model's folder"],
    ['a/b/../../../etc/passwd', "climbs out of the model's folder"],
    ['/etc/passwd', 'is an absolute path'],
    ['//server/share/w.bin', 'network (UNC) path'],
    ['\\\\server\\share\\w.bin', 'network (UNC) path'],
    ['C:\\Windows\\win.ini', 'names a Windows drive'],
    ['c:w.bin', 'names a Windows drive'],
    ['data\\..\\..\\w.bin', 'contains a backslash'],
    ['file:///etc/passwd', 'contains a colon'],
    ['https://example.com/w.bin', 'contains a colon'],
    ['w.bin:stream', 'contains a colon'],
    ['w.bin\0.txt', 'contains a NUL byte'],
    ['.', "names the model's folder"],
    ['data/..', "names the model's folder"],
  ])('%s is refused', (location, problem) => {
    const result = resolveExternalLocation('models/m.onnx', location);
    expect('problem' in result && result.problem).toContain(problem);
  });

  it('resolves against the root for a model at the top level', () => {
    expect(resolveExternalLocation('m.onnx', 'w.bin')).toEqual({ path: 'w.bin' });
    expect(resolveExternalLocation('m.onnx', '../w.bin')).toMatchObject({ problem: expect.any(String) });
  });
});

describe('analyzeOnnx external data', () => {
  it('checks every location entry, not only the first', async () => {
    const tensor = externalTensor('W', [entry('location', 'w.bin'), entry('location', '../secret')]);
    const { issues } = await analyze(model(graph(node('MatMul'), initializer(tensor))));
    expect(brief(issues)).toEqual(['error model/unsafe-construct']);
    expect(issues[0]!.message).toContain("'../secret'");
  });

  it('checks a location even when data_location is not EXTERNAL', async () => {
    const tensor = externalTensor('W', [entry('location', '/etc/passwd')], false);
    expect(brief((await analyze(model(graph(initializer(tensor))))).issues)).toEqual([
      'error model/unsafe-construct',
    ]);
  });

  it('finds external data in attribute tensors, sparse initializers, functions and training graphs', async () => {
    const bad = (name: string) => externalTensor(name, [entry('location', `../${name}`)]);
    const data = model(
      graph(
        node('Constant', { attributes: [ld(5, ld(1, 'value'), vint(20, 4), ld(5, bad('constant')))] }),
        node('Concat', { attributes: [ld(5, ld(1, 'values'), ld(10, bad('listed')))] }),
        ld(15, ld(1, bad('sparse_values')), ld(2, bad('sparse_indices'))),
      ),
      ld(20, ld(1, node('Identity')), ld(2, initializer(bad('training')))),
      ld(25, ld(1, 'f'), ld(10, 'local'), ld(11, ld(1, 'default'), ld(5, bad('default')))),
    );
    const { issues, summary } = await analyze(data);
    const where = issues.map((issue) => /reads its data from '([^']*)'/.exec(issue.message)?.[1]);
    expect(where).toEqual([
      '../constant',
      '../listed',
      '../sparse_values',
      '../sparse_indices',
      '../training',
      '../default',
    ]);
    expect(
      issues.every((issue) => issue.level === 'error' && issue.ruleId === 'model/unsafe-construct'),
    ).toBe(true);
    expect(issues[0]!.message).toContain(
      "the tensor attribute 'value' of node 'Constant_node' ('Constant') in the main graph",
    );
    expect(issues[2]!.message).toContain('the values of a sparse initializer of the main graph');
    expect(issues[4]!.message).toContain('the training algorithm graph');
    expect(summary?.initializers).toBe(2);
  });

  it.each([
    ['offset', '-1'],
    ['offset', '1e3'],
    ['length', 'abc'],
    ['length', ''],
    ['length', '99999999999999999999'],
  ])('%s %j is a malformed-file error', async (key, value) => {
    const tensor = externalTensor('W', [entry('location', 'w.bin'), entry(key, value)]);
    const { issues } = await analyze(model(graph(initializer(tensor))));
    expect(brief(issues)).toEqual(['error model/malformed-file']);
    expect(issues[0]!.message).toContain(`The external data ${key} '${value}' of tensor 'W'`);
    expect(issues[0]!.message).toContain('is not a non-negative integer');
  });

  it('accepts offset, length and checksum as onnx writes them', async () => {
    const tensor = externalTensor('W', [
      entry('location', 'w.bin'),
      entry('offset', '4096'),
      entry('length', '24'),
      entry('checksum', '0123456789abcdef0123456789abcdef01234567'),
    ]);
    expect((await analyze(model(graph(initializer(tensor))))).issues).toEqual([]);
  });

  it('warns about a key onnx does not define (CVE-2026-34445)', async () => {
    const tensor = externalTensor('W', [entry('location', 'w.bin'), entry('__class__', 'x')]);
    const { issues } = await analyze(model(graph(initializer(tensor))));
    expect(brief(issues)).toEqual(['warning model/unsafe-construct']);
    expect(issues[0]!.message).toContain("external data key '__class__'");
    expect(issues[0]!.message).toContain('CVE-2026-34445');
  });

  it('reports EXTERNAL data without a location, and an empty location, as malformed', async () => {
    const none = await analyze(model(graph(initializer(externalTensor('W', [])))));
    expect(brief(none.issues)).toEqual(['error model/malformed-file']);
    expect(none.issues[0]!.message).toContain('is marked as external data but names no file');
    const offsetOnly = await analyze(model(graph(initializer(externalTensor('W', [entry('offset', '0')])))));
    expect(offsetOnly.issues[0]!.message).toContain('has external data entries but no location');
    const empty = await analyze(model(graph(initializer(externalTensor('W', [entry('location', '')])))));
    expect(empty.issues[0]!.message).toContain('names an empty external data location');
  });

  it('escapes and caps a hostile location in the message, keeps more of it in the properties', async () => {
    const location = `../\u202e\u0007${'x'.repeat(5000)}`;
    const { issues } = await analyze(
      model(graph(initializer(externalTensor('W', [entry('location', location)])))),
    );
    const unsafe = issues.find((issue) => issue.ruleId === 'model/unsafe-construct')!;
    expect(unsafe.message).toContain('../\\u202e\\u0007xxx');
    expect(unsafe.message).toBe(printable(unsafe.message));
    expect(unsafe.message.length).toBeLessThan(500);
    expect(String(unsafe.properties!.location).length).toBeLessThanOrEqual(1024 + '...'.length);
    // Over 4096 bytes: no real path is that long.
    expect(brief(issues)).toContain('error model/malformed-file');
  });
});

describe('analyzeOnnx operator domains', () => {
  it.each([
    '',
    'ai.onnx',
    'ai.onnx.ml',
    'ai.onnx.training',
    'ai.onnx.preview.training',
    'com.microsoft',
    'com.microsoft.nchwc',
    'com.microsoft.experimental',
    'com.ms.internal.nhwc',
    'org.pytorch.aten',
  ])('domain %j is standard', async (domain) => {
    const { issues, summary } = await analyze(model(graph(node('Op', { domain }))));
    expect(issues).toEqual([]);
    expect(summary?.customDomains).toEqual([]);
  });

  it('onnxruntime-extensions (ai.onnx.contrib) needs its library: a warning', async () => {
    const { issues } = await analyze(model(graph(node('PyOp', { domain: 'ai.onnx.contrib' }))));
    expect(brief(issues)).toEqual(['warning model/unsafe-construct']);
    expect(issues[0]!.message).toContain("Operator 'PyOp' of the custom domain 'ai.onnx.contrib'");
  });

  it('groups nodes of one custom op into one issue that counts them', async () => {
    const nodes = Array.from({ length: 5 }, (_, index) => node('Evil', { domain: 'x.y', name: `n${index}` }));
    const { issues } = await analyze(model(graph(...nodes, node('Other', { domain: 'x.y' }))));
    expect(issues.map((issue) => issue.properties)).toEqual([
      { domain: 'x.y', op: 'Evil', nodes: 5 },
      { domain: 'x.y', op: 'Other', nodes: 1 },
    ]);
    expect(issues[0]!.message).toContain("(node 'n0' in the main graph and 4 more nodes)");
  });

  it('resolves a local function defined after the graph, by domain and name', async () => {
    const data = model(
      graph(node('Double', { domain: 'local' }), node('Undefined', { domain: 'local' })),
      localFunction('local', 'Double', functionNode('Add')),
    );
    const { issues, summary } = await analyze(data);
    expect(issues.map((issue) => issue.properties?.op)).toEqual(['Undefined']);
    expect(summary?.customDomains).toEqual(['local']);
  });

  it('checks the nodes of local functions', async () => {
    const data = model(
      graph(node('F', { domain: 'local' })),
      localFunction('local', 'F', functionNode('Native', 'vendor.ops')),
    );
    const { issues } = await analyze(data);
    expect(issues[0]!.message).toContain("Operator 'Native' of the custom domain 'vendor.ops'");
    expect(issues[0]!.message).toContain("in local function 'F' of domain 'local'");
  });

  it('walks a graph merged from two graph fields', async () => {
    const { issues, summary } = await analyze(model(graph(node('A')), graph(node('B', { domain: 'x' }))));
    expect(brief(issues)).toEqual(['warning model/unsafe-construct']);
    expect(summary?.nodes).toBe(2);
  });

  it('stops descending at maxGraphDepth with a scan-limit warning', async () => {
    let inner: Uint8Array = node('Deep', { domain: 'deep.custom' });
    for (let level = 0; level < 30; level += 1)
      inner = node('If', { attributes: [subgraphAttribute('then_branch', inner)] });
    const { issues, summary } = await analyze(model(graph(inner)));
    expect(brief(issues)).toEqual(['warning model/scan-limit']);
    expect(issues[0]!.message).toContain('Graphs nest deeper than 24');
    expect(summary?.nodes).toBe(24);
    const shallow = await analyzeOnnx(bufferSource(model(graph(inner))), 'm.onnx', {
      limits: { maxGraphDepth: 40 },
    });
    expect(brief(shallow.issues)).toEqual(['warning model/unsafe-construct']);
  });
});

describe('analyzeOnnx on malformed files', () => {
  it('invalid UTF-8 in a domain is a malformed-file error, and the walk goes on', async () => {
    const bad = ld(1, ld(4, 'Op'), ld(7, Uint8Array.of(0x63, 0xff)));
    const { issues, summary } = await analyze(model(graph(bad, node('Other', { domain: 'z' }))));
    expect(brief(issues)).toEqual([
      'error model/malformed-file',
      'warning model/unsafe-construct',
      'warning model/unsafe-construct',
    ]);
    expect(issues[0]!.message).toContain('The operator domain at byte');
    expect(issues[0]!.message).toContain('is not valid UTF-8');
    expect(summary?.nodes).toBe(2);
  });

  it('a truncated model is a malformed-file error with an offset and no summary', async () => {
    const data = fixture('benign/matmul.onnx');
    const { issues, summary } = await analyze(data.subarray(0, data.length - 5));
    expect(brief(issues)).toEqual(['error model/malformed-file']);
    expect(issues[0]!.message).toMatch(/^The ONNX model is not valid protobuf at byte \d+: /);
    expect(issues[0]!.offset).toBeGreaterThan(0);
    expect(summary).toBeUndefined();
  });

  it('a group is malformed', async () => {
    const { issues } = await analyze(bytes(vint(1, 9), Uint8Array.of(0x0b)));
    expect(issues[0]!.message).toContain('field 1 is a group (wire type 3)');
  });

  it('a protobuf without a graph is a warning', async () => {
    const { issues, summary } = await analyze(bytes(vint(1, 9)));
    expect(brief(issues)).toEqual(['warning model/malformed-file']);
    expect(issues[0]!.message).toContain('holds no ONNX graph');
    expect(summary).toMatchObject({ irVersion: 9, nodes: 0 });
  });

  it('caps the issues of one file with one issue counting the rest', async () => {
    const nodes = Array.from({ length: 30 }, (_, index) => node(`Op${index}`, { domain: 'x' }));
    const { issues } = await analyzeOnnx(bufferSource(model(graph(...nodes))), 'm.onnx', {
      limits: { maxIssues: 10 },
    });
    expect(issues).toHaveLength(11);
    // The cut list says how many were left out, at the level of the worst of them.
    expect(issues[10]).toMatchObject({ ruleId: 'model/scan-limit', level: 'warning' });
    expect(issues[10]!.message).toContain('20 more issue(s)');
  });
});

describe('analyzeOnnx reads', () => {
  it('analyzes a model with a 50 MB initializer reading a few KiB', async () => {
    const raw = 50 * 1024 * 1024;
    const tensor = bytes(
      vint(1, 4),
      vint(1, raw / 4 / 4),
      vint(2, 1),
      ld(8, 'W'),
      ldHeader(9, raw),
      new Uint8Array(raw),
    );
    const data = model(
      ld(2, 'big'),
      graph(
        node('MatMul'),
        initializer(tensor),
        ld(11, ld(1, 'X')),
        ld(12, ld(1, 'Y')),
        node('Late', { domain: 'after.raw' }),
      ),
    );
    const source = countingSource(bufferSource(data));
    const { issues, summary } = await analyzeOnnx(source, 'm.onnx');
    expect(summary).toMatchObject({ nodes: 2, initializers: 1, producer: 'big' });
    expect(brief(issues)).toEqual(['warning model/unsafe-construct']);
    expect(source.bytesRead).toBeLessThan(16 * 1024);
  });

  it('walks a terabyte initializer declared in a virtual file reading a few KiB', async () => {
    const size = 2 ** 40;
    const tail = node('AfterTheTerabyte', { domain: 'tail.custom' });
    // graph 7 { initializer 5 { raw_data 9 [huge] }, node }: each header is a 1-byte tag and a
    // 6-byte length at this size, so the lengths are computed inward from the end of the file.
    const prefix = bytes(vint(1, 9), opset('', 13));
    const graphLength = size - prefix.length - 1 - 6;
    const initLength = graphLength - tail.length - 1 - 6;
    const rawDataLength = initLength - 1 - 6;
    const head = bytes(prefix, ldHeader(7, graphLength), ldHeader(5, initLength), ldHeader(9, rawDataLength));
    expect(head.length).toBe(prefix.length + 21);
    const source = countingSource(virtualSource(head, size, tail));
    const { issues, summary } = await analyzeOnnx(source, 'm.onnx');
    expect(summary).toMatchObject({ nodes: 1, initializers: 1 });
    expect(issues[0]!.message).toContain("Operator 'AfterTheTerabyte'");
    expect(source.bytesRead).toBeLessThan(16 * 1024);
    expect(source.largestRead).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('analyzeOnnx never throws', () => {
  const originals = [
    'benign/matmul.onnx',
    'benign/matmul-bare.onnx',
    'onnx/external-traversal.onnx',
    'onnx/external-valid/model.onnx',
    'onnx/local-function.onnx',
    'onnx/subgraph-custom.onnx',
  ].map(fixture);

  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 1024 }), async (data) => {
        const { issues } = await analyze(data);
        expect(Array.isArray(issues)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('on mutations of the fixtures', async () => {
    const mutation = fc.record({
      file: fc.nat({ max: originals.length - 1 }),
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      cut: fc.option(fc.nat()),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ file, edits, cut }) => {
        const data = Uint8Array.from(originals[file]!);
        for (const [at, value] of edits) data[at % data.length] = value;
        const mutated = cut === null ? data : data.subarray(0, cut % (data.length + 1));
        const { issues } = await analyze(mutated);
        for (const issue of issues) expect(issue.message).toBe(printable(issue.message));
      }),
      { numRuns: 1000 },
    );
  });

  it('with huge declared lengths, reading little', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.bigInt({ min: 0n, max: 2n ** 63n })), {
          maxLength: 6,
        }),
        async (headers) => {
          const head = bytes(vint(1, 9), ...headers.map(([field, length]) => ldHeader(field, length)));
          const source = countingSource(virtualSource(head, 2 ** 42));
          await analyzeOnnx(source, 'm.onnx');
          expect(source.largestRead).toBeLessThanOrEqual(64 * 1024);
        },
      ),
      { numRuns: 300 },
    );
  });
});
