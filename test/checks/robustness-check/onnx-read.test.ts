import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';

import { DataType, type ModelGraph } from '../../../src/checks/robustness-check/graph.js';
import { OnnxModelError, readOnnxModel } from '../../../src/checks/robustness-check/onnx-read.js';
import { writeOnnxModel } from '../../../src/checks/robustness-check/onnx-write.js';
import { evaluateGraph } from '../../../src/checks/robustness-check/evaluate.js';
import { bytes, fixed32, fixed64, ld, varint, vint, type Part } from '../scan-model/proto-bytes.js';
import {
  makeRng,
  randomAffine,
  randomCnn,
  randomMaxPoolNet,
  randomMixed,
  randomMlp,
  randomProductNet,
} from './certify-graphs.js';

const FILE = 'models/model.onnx';

function read(data: Uint8Array, externalData?: Parameters<typeof readOnnxModel>[1]['externalData']) {
  return readOnnxModel(data, { file: FILE, ...(externalData ? { externalData } : {}) });
}

/** The graph as the reader returns it after the writer: producer 'mlsec', float attributes as float32. */
function asRead(graph: ModelGraph): ModelGraph {
  return {
    ...graph,
    producer: 'mlsec',
    nodes: graph.nodes.map((node) => ({
      ...node,
      attributes: Object.fromEntries(
        Object.entries(node.attributes).map(([name, a]) => [
          name,
          a.kind === 'float'
            ? { kind: 'float', value: Math.fround(a.value) }
            : a.kind === 'floats'
              ? { kind: 'floats', value: a.value.map(Math.fround) }
              : a,
        ]),
      ),
    })),
  };
}

// ---- hand-written ModelProto pieces (field numbers from onnx.proto) ----

function valueInfo(
  field: 11 | 12,
  name: string,
  dims: readonly (number | string)[],
  elemType = 1,
): Uint8Array {
  const shape = dims.map((d) => ld(1, typeof d === 'number' ? vint(1, d) : ld(2, d)));
  return ld(field, ld(1, name), ld(2, ld(1, vint(1, elemType), ld(2, ...shape))));
}

function node(
  opType: string,
  inputs: readonly string[],
  outputs: readonly string[],
  name: string,
  ...attributes: Part[]
) {
  return ld(
    1,
    ...inputs.map((i) => ld(1, i)),
    ...outputs.map((o) => ld(2, o)),
    ld(3, name),
    ld(4, opType),
    ...attributes,
  );
}

function attribute(name: string, type: number, ...value: Part[]): Uint8Array {
  return ld(5, ld(1, name), vint(20, type), ...value);
}

function tensorBody(name: string, dataType: number, dims: readonly number[], ...data: Part[]): Part[] {
  return [...dims.map((d) => vint(1, d)), vint(2, dataType), ld(8, name), ...data];
}

function initializer(name: string, dataType: number, dims: readonly number[], ...data: Part[]): Uint8Array {
  return ld(5, ...tensorBody(name, dataType, dims, ...data));
}

function float32Bits(value: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, value, true);
  return view.getUint32(0, true);
}

function packedFloats(values: readonly number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  values.forEach((v, i) => new DataView(out.buffer).setFloat32(i * 4, v, true));
  return out;
}

function packedVarints(values: readonly (number | bigint)[]): Uint8Array {
  return bytes(...values.map((v) => vint(1, v).subarray(1)));
}

function model(graph: readonly Part[], opset = 17): Uint8Array {
  return bytes(vint(1, 8), ld(2, 'exporter'), ld(3, '1.2'), ld(7, ...graph), ld(8, vint(2, opset)));
}

/** x [N, 2] -> Add(x, b) -> y. */
function addModel(b: Uint8Array, extra: readonly Part[] = []): Uint8Array {
  return model([
    node('Add', ['x', 'b'], ['y'], 'add'),
    b,
    valueInfo(11, 'x', ['N', 2]),
    valueInfo(12, 'y', ['N', 2]),
    ...extra,
  ]);
}

function errorOf(run: () => unknown): OnnxModelError {
  try {
    run();
  } catch (error) {
    if (error instanceof OnnxModelError) return error;
    throw error;
  }
  throw new Error('expected an OnnxModelError');
}

describe('readOnnxModel round trip', () => {
  const rng = makeRng(11);
  const graphs: [string, ModelGraph][] = [
    ['mlp', randomMlp(rng, { inputSize: 5, hidden: [4, 3], classes: 3, preprocess: true })],
    ['mlp leaky', randomMlp(rng, { inputSize: 3, hidden: [6], classes: 2, activation: 'LeakyRelu' })],
    ['mlp clip', randomMlp(rng, { inputSize: 4, hidden: [3], classes: 4, activation: 'Clip' })],
    ['cnn max', randomCnn(rng, { channels: 2, size: 6, classes: 3, pool: 'MaxPool' })],
    ['cnn avg', randomCnn(rng, { channels: 1, size: 5, classes: 2, pool: 'AveragePool' })],
    ['affine', randomAffine(rng, { shape: [2, 3, 3], classes: 4 })],
    ['mixed', randomMixed(rng, { inputSize: 4, classes: 3 })],
    ['maxpool', randomMaxPoolNet(rng, 3)],
    ['product', randomProductNet(rng, 3, 2)],
  ];
  it.each(graphs)('%s: readOnnxModel(writeOnnxModel(g)) equals g', (_, graph) => {
    expect(read(writeOnnxModel(graph))).toEqual(asRead(graph));
  });

  it('copies tensors out of a Node Buffer that shares memory with other data', () => {
    const graph = randomMlp(makeRng(3), { inputSize: 5, hidden: [4], classes: 3 });
    const bytes = writeOnnxModel(graph);
    // Offset by 3 bytes inside a bigger allocation, as a pooled Buffer would be.
    const pool = Buffer.alloc(bytes.length + 4096);
    pool.set(bytes, 3);
    const read = readOnnxModel(pool.subarray(3, 3 + bytes.length), { file: 'm.onnx' });
    expect(read).toEqual({ ...graph, producer: 'mlsec' });
    for (const tensor of read.initializers.values()) {
      expect(tensor.data.byteLength).toBe(
        tensor.dims.reduce((a, b) => a * b, 1) * tensor.data.BYTES_PER_ELEMENT,
      );
    }
  });

  it('holds for graphs of any seed and size', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
        fc.integer({ min: 2, max: 5 }),
        (seed, inputSize, hidden, classes) => {
          const random = makeRng(seed);
          for (const graph of [
            randomMlp(random, { inputSize, hidden, classes, activation: 'LeakyRelu', preprocess: true }),
            randomAffine(random, { shape: [inputSize, 2], classes }),
            randomCnn(random, {
              channels: 1 + (seed % 2),
              size: 3 + inputSize,
              classes,
              pool: 'AveragePool',
            }),
          ]) {
            expect(read(writeOnnxModel(graph))).toEqual(asRead(graph));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps every attribute kind, other domains and subgraph markers', () => {
    const graph: ModelGraph = {
      irVersion: 9,
      opsets: { '': 13, 'com.example': 2 },
      inputs: [{ name: 'x', elemType: DataType.FLOAT, shape: ['batch', 3, undefined] }],
      outputs: [{ name: 'y', elemType: DataType.FLOAT, shape: undefined }],
      initializers: new Map([
        ['i8', { dataType: DataType.INT8, dims: [3], data: Int32Array.of(-128, 0, 127) }],
        ['u8', { dataType: DataType.UINT8, dims: [2], data: Int32Array.of(0, 255) }],
        ['flag', { dataType: DataType.BOOL, dims: [2], data: Int32Array.of(1, 0) }],
        ['i32', { dataType: DataType.INT32, dims: [1], data: Int32Array.of(-7) }],
        ['d', { dataType: DataType.DOUBLE, dims: [1, 2], data: Float64Array.of(0.1, -2) }],
        ['i64', { dataType: DataType.INT64, dims: [2], data: BigInt64Array.of(-1n, 1n << 40n) }],
      ]),
      nodes: [
        {
          opType: 'Custom',
          domain: 'com.example',
          name: 'custom',
          inputs: ['x', '', 'i8'],
          outputs: ['y', ''],
          attributes: {
            f: { kind: 'float', value: 0.5 },
            i: { kind: 'int', value: -3 },
            s: { kind: 'string', value: 'mode é' },
            fs: { kind: 'floats', value: [1.5, -2] },
            is: { kind: 'ints', value: [0, -1, 2 ** 40] },
            ss: { kind: 'strings', value: ['a', ''] },
            t: { kind: 'tensor', value: { dataType: DataType.FLOAT, dims: [], data: Float32Array.of(3) } },
          },
        },
      ],
    };
    expect(read(writeOnnxModel(graph))).toEqual({ ...graph, producer: 'mlsec' });
    const withGraph = model([
      node(
        'If',
        ['c'],
        ['y'],
        'branch',
        attribute('then_branch', 5, ld(6, ld(2, 'body'))),
        attribute('bodies', 10),
      ),
      initializer('c', DataType.BOOL, [], ld(9, Uint8Array.of(1))),
      valueInfo(12, 'y', [1]),
    ]);
    expect(read(withGraph).nodes[0]!.attributes).toEqual({
      then_branch: { kind: 'graph' },
      bodies: { kind: 'graph' },
    });
  });
});

describe('readOnnxModel tensors', () => {
  it('reads the typed fields, packed and unpacked, and the producer', () => {
    const graph = read(
      addModel(initializer('b', DataType.FLOAT, [2], ld(4, packedFloats([0.25, -1.5]))), [
        initializer('f', DataType.FLOAT, [2], fixed32(4, float32Bits(2)), fixed32(4, float32Bits(-3))),
        initializer('d', DataType.DOUBLE, [2], fixed64(10, 0x3fb999999999999an), ld(10, new Uint8Array(8))),
        initializer('l', DataType.INT64, [3], ld(7, packedVarints([-2n, 0, 2n ** 50n]))),
        initializer('l1', DataType.INT64, [1], vint(7, -9n)),
        initializer('i', DataType.INT32, [2], ld(5, packedVarints([-5, 70000]))),
        initializer('s8', DataType.INT8, [2], ld(5, packedVarints([-5, 100]))),
        initializer('u8', DataType.UINT8, [2], vint(5, 200), vint(5, 7)),
        initializer('bo', DataType.BOOL, [3], ld(5, packedVarints([1, 0, 1]))),
        initializer('empty', DataType.FLOAT, [0, 3]),
      ]),
    );
    expect(graph.producer).toBe('exporter 1.2');
    expect(graph.initializers).toEqual(
      new Map([
        ['b', { dataType: DataType.FLOAT, dims: [2], data: Float32Array.of(0.25, -1.5) }],
        ['f', { dataType: DataType.FLOAT, dims: [2], data: Float32Array.of(2, -3) }],
        ['d', { dataType: DataType.DOUBLE, dims: [2], data: Float64Array.of(0.1, 0) }],
        ['l', { dataType: DataType.INT64, dims: [3], data: BigInt64Array.of(-2n, 0n, 2n ** 50n) }],
        ['l1', { dataType: DataType.INT64, dims: [1], data: BigInt64Array.of(-9n) }],
        ['i', { dataType: DataType.INT32, dims: [2], data: Int32Array.of(-5, 70000) }],
        ['s8', { dataType: DataType.INT8, dims: [2], data: Int32Array.of(-5, 100) }],
        ['u8', { dataType: DataType.UINT8, dims: [2], data: Int32Array.of(200, 7) }],
        ['bo', { dataType: DataType.BOOL, dims: [3], data: Int32Array.of(1, 0, 1) }],
        ['empty', { dataType: DataType.FLOAT, dims: [0, 3], data: new Float32Array(0) }],
      ]),
    );
    expect(Array.from(evaluateGraph(graph, Float32Array.of(1, 2), 1))).toEqual([1.25, 0.5]);
  });

  it('drops initializers from the inputs (IR < 4 lists them there)', () => {
    const graph = read(
      addModel(initializer('b', DataType.FLOAT, [2], ld(4, packedFloats([1, 2]))), [valueInfo(11, 'b', [2])]),
    );
    expect(graph.inputs).toEqual([{ name: 'x', elemType: DataType.FLOAT, shape: ['N', 2] }]);
  });

  it('refuses unsupported, inconsistent and oversized tensors, naming them', () => {
    const cases: [Uint8Array, string][] = [
      [
        initializer('half', 10, [2], ld(9, new Uint8Array(4))),
        "initializer 'half' has element type FLOAT16, which is not supported (supported: FLOAT, DOUBLE, INT64, INT32, INT8, UINT8, BOOL)",
      ],
      [
        initializer('b', DataType.FLOAT, [3], ld(9, new Uint8Array(8))),
        "initializer 'b' has 8 bytes of raw_data, but its dims [3] need 12",
      ],
      [
        initializer('b', DataType.FLOAT, [3], ld(4, packedFloats([1, 2]))),
        "initializer 'b' has 2 values for its dims [3] (3 elements)",
      ],
      [
        initializer('b', DataType.FLOAT, [2], ld(7, packedVarints([1, 2]))),
        "initializer 'b' is FLOAT but stores its values in int64_data",
      ],
      [
        initializer('b', DataType.FLOAT, [2 ** 30, 2 ** 30, 2 ** 30], ld(9, new Uint8Array(4))),
        "initializer 'b' has more elements than can be addressed",
      ],
      [initializer('b', DataType.FLOAT, [2]), "initializer 'b' has 0 values for its dims [2] (2 elements)"],
      [
        initializer('b', DataType.INT64, [1], ld(7, varint(1), Uint8Array.of(0x80))),
        `not a valid ONNX model: the file ends inside a protobuf field (at byte 52)`,
      ],

      [
        initializer(
          'b',
          DataType.FLOAT,
          Array.from({ length: 65 }, () => 1),
          ld(9, new Uint8Array(4)),
        ),
        "initializer 'b' has 65 dimensions; at most 64 are supported",
      ],
      [
        initializer('b', DataType.INT64, [3], ld(7, packedVarints([1, 2])), vint(7, 3), vint(7, 4)),
        "initializer 'b' has 4 values for its dims [3] (3 elements)",
      ],
      [
        initializer('b', DataType.FLOAT, [1], ld(9, new Uint8Array(4)), ld(4, packedFloats([1]))),
        "initializer 'b' stores its values in more than one place",
      ],
      [
        ld(15, ld(1, ...tensorBody('b', DataType.FLOAT, [2]))),
        'the graph has a sparse initializer, which is not supported: store it as a dense initializer',
      ],
    ];
    for (const [b, message] of cases) {
      expect(errorOf(() => read(addModel(b))).message).toBe(`${FILE}: ${message}`);
    }
    const twice = addModel(initializer('b', 1, [2], ld(4, packedFloats([1, 2]))), [
      initializer('b', 1, [2], ld(4, packedFloats([1, 2]))),
    ]);
    expect(errorOf(() => read(twice)).message).toBe(`${FILE}: initializer 'b' is defined twice`);
  });

  it('reads external data through the callback, and refuses it without one', () => {
    const external = (extra: Part[] = []) =>
      addModel(
        initializer(
          'b',
          DataType.FLOAT,
          [2],
          ld(13, ld(1, 'location'), ld(2, 'weights.bin')),
          ld(13, ld(1, 'offset'), ld(2, '16')),
          ...extra,
          vint(14, 1),
        ),
      );
    const calls: unknown[] = [];
    const graph = read(external([ld(13, ld(1, 'length'), ld(2, '8'))]), (location, offset, length) => {
      calls.push([location, offset, length]);
      return packedFloats([4, -4]);
    });
    expect(calls).toEqual([['weights.bin', 16, 8]]);
    expect(graph.initializers.get('b')).toEqual({
      dataType: DataType.FLOAT,
      dims: [2],
      data: Float32Array.of(4, -4),
    });
    expect(read(external(), () => packedFloats([1, 2])).initializers.get('b')!.data).toEqual(
      Float32Array.of(1, 2),
    );
    expect(errorOf(() => read(external())).message).toBe(
      `${FILE}: initializer 'b' keeps its data in the external file 'weights.bin', which this check does not read`,
    );
    expect(errorOf(() => read(external(), () => new Uint8Array(4))).message).toBe(
      `${FILE}: initializer 'b' has 4 bytes of external data in 'weights.bin', but its dims need 8`,
    );
    expect(
      errorOf(() => read(external([ld(13, ld(1, 'length'), ld(2, '12'))]), () => new Uint8Array(8))).message,
    ).toBe(`${FILE}: initializer 'b' declares 12 bytes of external data, but its dims need 8`);
    const refusal = new OnnxModelError(FILE, 'weights.bin is outside the model folder');
    expect(() =>
      read(external(), () => {
        throw refusal;
      }),
    ).toThrow(refusal);
  });
});

describe('readOnnxModel nodes', () => {
  it('folds Constant nodes of every value kind into initializers', () => {
    const tensorValue = ld(5, ...tensorBody('', DataType.FLOAT, [2], ld(4, packedFloats([1, 2]))));
    const graph = read(
      model([
        node('Constant', [], ['k_tensor'], 'c0', attribute('value', 4, tensorValue)),
        node('Constant', [], ['k_float'], 'c1', attribute('value_float', 1, fixed32(2, float32Bits(0.5)))),
        node('Constant', [], ['k_floats'], 'c2', attribute('value_floats', 6, ld(7, packedFloats([1, 3])))),
        node('Constant', [], ['k_int'], 'c3', attribute('value_int', 2, vint(3, -4))),
        node('Constant', [], ['k_ints'], 'c4', attribute('value_ints', 7, vint(8, 0), vint(8, -1))),
        node('Add', ['x', 'k_tensor'], ['a'], 'add'),
        node('Mul', ['a', 'k_float'], ['y'], 'mul'),
        valueInfo(11, 'x', ['N', 2]),
        valueInfo(12, 'y', ['N', 2]),
      ]),
    );
    expect(graph.nodes.map((n) => n.opType)).toEqual(['Add', 'Mul']);
    expect(graph.initializers).toEqual(
      new Map<string, unknown>([
        ['k_tensor', { dataType: DataType.FLOAT, dims: [2], data: Float32Array.of(1, 2) }],
        ['k_float', { dataType: DataType.FLOAT, dims: [], data: Float32Array.of(0.5) }],
        ['k_floats', { dataType: DataType.FLOAT, dims: [2], data: Float32Array.of(1, 3) }],
        ['k_int', { dataType: DataType.INT64, dims: [], data: BigInt64Array.of(-4n) }],
        ['k_ints', { dataType: DataType.INT64, dims: [2], data: BigInt64Array.of(0n, -1n) }],
      ]),
    );
    expect(Array.from(evaluateGraph(graph, Float32Array.of(1, 1), 1))).toEqual([1, 1.5]);
  });

  it('refuses Constant nodes it cannot fold', () => {
    const constant = (...attributes: Uint8Array[]) =>
      model([
        node('Constant', [], ['k'], 'c', ...attributes),
        valueInfo(11, 'x', ['N', 1]),
        valueInfo(12, 'k', [1]),
      ]);
    expect(errorOf(() => read(constant(attribute('value_string', 3, ld(4, 'text'))))).message).toBe(
      `${FILE}: Constant node 'c' (Constant): attribute 'value_string' (string) is not supported; a Constant needs value, value_float, value_floats, value_int or value_ints`,
    );
    expect(
      errorOf(() =>
        read(constant(attribute('value_int', 2, vint(3, 1)), attribute('value_float', 1, fixed32(2, 0)))),
      ).message,
    ).toBe(`${FILE}: Constant node 'c' (Constant) must have exactly one value attribute, found 2`);
    expect(errorOf(() => read(constant(attribute('sparse_value', 11)))).message).toBe(
      `${FILE}: attribute 'sparse_value' of node 'c' (Constant) is of kind sparse_tensor, which is not supported`,
    );
  });

  it('checks topological order, unique outputs and produced graph outputs', () => {
    const cases: [Part[], string][] = [
      [
        [node('Relu', ['h'], ['y'], 'late'), node('Relu', ['x'], ['h'], 'early')],
        "node 'late' (Relu) reads 'h', which is not a graph input, an initializer or an output of an earlier node (the nodes must be in topological order)",
      ],
      [
        [node('Relu', ['x'], ['y'], 'a'), node('Relu', ['x'], ['y'], 'b')],
        "node 'b' (Relu) writes 'y', which is already defined",
      ],
      [[node('Relu', ['x'], ['x'], 'a')], "node 'a' (Relu) writes 'x', which is already defined"],
      [[node('Relu', ['x'], ['z'], 'a')], "graph output 'y' is never produced"],
      [[node('Relu', ['x'], ['y'], '')], ''],
      [[ld(1, ld(1, 'x'), ld(2, 'y'))], 'node of type (none) has no op_type'],
    ];
    for (const [nodes, message] of cases) {
      const bytesOf = model([...nodes, valueInfo(11, 'x', ['N', 2]), valueInfo(12, 'y', ['N', 2])]);
      if (message === '') expect(read(bytesOf).nodes).toHaveLength(1);
      else expect(errorOf(() => read(bytesOf)).message).toBe(`${FILE}: ${message}`);
    }
  });

  it('names what is missing from a model', () => {
    expect(errorOf(() => read(new Uint8Array(0))).message).toBe(
      `${FILE}: no ir_version: this is not an ONNX model`,
    );
    expect(errorOf(() => read(bytes(vint(1, 8)))).message).toBe(`${FILE}: the model has no graph`);
    expect(errorOf(() => read(bytes(vint(1, 8), ld(7)))).message).toBe(
      `${FILE}: the model imports no opset of the default ONNX domain`,
    );
    expect(errorOf(() => read(Uint8Array.of(0x0a, 0x05, 0x01))).message).toBe(
      `${FILE}: not a valid ONNX model: a length-delimited field runs past the end of its message (at byte 0)`,
    );
    expect(read(bytes(vint(1, 8), ld(7), ld(8, ld(1, 'ai.onnx'), vint(2, 11)))).opsets).toEqual({ '': 11 });
  });
});

describe('readOnnxModel on hostile bytes', () => {
  const onlyOnnxErrors = (data: Uint8Array) => {
    try {
      read(data, () => new Uint8Array(0));
    } catch (error) {
      if (!(error instanceof OnnxModelError)) throw error;
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message.startsWith(`${FILE}: `)).toBe(true);
    }
  };

  it('random bytes only ever throw OnnxModelError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), onlyOnnxErrors), { numRuns: 2000 });
  });

  it('mutated valid models only ever throw OnnxModelError', () => {
    const rng = makeRng(5);
    const valid = writeOnnxModel(randomMixed(rng, { inputSize: 3, classes: 2 }));
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.nat(valid.length - 1),
        value: fc.integer({ min: 0, max: 255 }),
      }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(valid.length) }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(valid.length),
        value: fc.integer({ min: 0, max: 255 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let data: Uint8Array = Uint8Array.from(valid);
        for (const m of mutations) {
          const at = Math.min(m.at, data.length);
          if (m.kind === 'flip' && at < data.length) data[at] = m.value;
          else if (m.kind === 'cut') data = data.slice(0, at);
          else if (m.kind === 'insert')
            data = bytes(data.subarray(0, at), Uint8Array.of(m.value), data.subarray(at));
        }
        onlyOnnxErrors(data);
      }),
      { numRuns: 2000 },
    );
  });
});

const FIXTURE = fileURLToPath(
  new URL('../../fixtures/robustness-check/onnx-read/tiny.onnx', import.meta.url),
);
const FIXTURE_EXPECTED = fileURLToPath(
  new URL('../../fixtures/robustness-check/onnx-read/tiny.json', import.meta.url),
);

describe('readOnnxModel on a model written by the onnx package', () => {
  it('reads its typed fields and Constant, and evaluates as onnx.reference did', async () => {
    const graph = read(new Uint8Array(readFileSync(FIXTURE)));
    const expected = JSON.parse(readFileSync(FIXTURE_EXPECTED, 'utf8')) as {
      input: number[];
      batch: number;
      output: number[];
      nodes: string[];
      initializers: string[];
      ints: Record<string, number[]>;
    };
    expect(graph.nodes.map((n) => n.opType)).toEqual(expected.nodes);
    expect([...graph.initializers.keys()].sort()).toEqual([...expected.initializers].sort());
    const output = evaluateGraph(graph, Float32Array.from(expected.input), expected.batch);
    expected.output.forEach((v, i) => expect(output[i]).toBeCloseTo(v, 5));
    for (const [name, values] of Object.entries(expected.ints)) {
      expect(Array.from(graph.initializers.get(name)!.data, Number)).toEqual(values);
    }
    expect(graph.producer).toBe('make_onnx_read');
    expect(graph.inputs).toEqual([{ name: 'x', elemType: DataType.FLOAT, shape: ['N', 4] }]);
    // What the reader made, written back, runs in onnxruntime to the same outputs.
    const session = await ort.InferenceSession.create(writeOnnxModel(graph), { logSeverityLevel: 3 });
    const result = await session.run({
      x: new ort.Tensor('float32', Float32Array.from(expected.input), [expected.batch, 4]),
    });
    expected.output.forEach((v, i) => expect((result['y']!.data as Float32Array)[i]).toBeCloseTo(v, 5));
  });
});
