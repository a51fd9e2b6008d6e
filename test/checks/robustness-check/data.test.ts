import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  loadEvaluationData,
  parseCsv,
  parseNpy,
  parseNpz,
  splitArrayName,
} from '../../../src/checks/robustness-check/data.js';
import { UsageError } from '../../../src/core/errors.js';

function npyHeader(descr: string, shape: number[], fortran: boolean): string {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  const header = `{'descr': '${descr}', 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': ${shapeText}, }`;
  return header + ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
}

function npy(descr: string, shape: number[], values: number[], fortran = false): Uint8Array {
  const header = npyHeader(descr, shape, fortran);
  const size = Number(descr.slice(2));
  if (descr === '|u1') return npyBytes(header, Buffer.from(values));
  const data = Buffer.alloc(values.length * size);
  const little = descr[0] !== '>';
  values.forEach((value, index) => {
    const at = index * size;
    const kind = descr.slice(1);
    if (kind === 'f4') data[little ? 'writeFloatLE' : 'writeFloatBE'](value, at);
    else if (kind === 'f8') data[little ? 'writeDoubleLE' : 'writeDoubleBE'](value, at);
    else if (kind === 'i8') data.writeBigInt64LE(BigInt(value), at);
    else if (kind === 'i4') data.writeInt32LE(value, at);
    else if (kind === 'u1') data.writeUInt8(value, at);
    else throw new Error(kind);
  });
  return npyBytes(header, data);
}

function npyBytes(header: string, data: Buffer): Uint8Array {
  const lead = Buffer.from([
    0x93,
    0x4e,
    0x55,
    0x4d,
    0x50,
    0x59,
    1,
    0,
    header.length & 0xff,
    header.length >> 8,
  ]);
  return Buffer.concat([lead, Buffer.from(header, 'latin1'), data]);
}

/** A minimal zip of deflated members, as numpy.savez_compressed writes. */
function zip(members: Record<string, Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(members)) {
    const compressed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(members).length, 8);
  end.writeUInt16LE(Object.keys(members).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function crc32(data: Uint8Array): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const base = { labelColumn: 'label', lower: 0, upper: 1 };

describe('parseNpy', () => {
  it('reads float, integer and big-endian arrays', async () => {
    expect(await parseNpy(npy('<f4', [2, 2], [0.5, 0.25, 1, 0]), 'x.npy')).toEqual({
      shape: [2, 2],
      values: Float64Array.from([0.5, 0.25, 1, 0]),
      integral: false,
    });
    expect((await parseNpy(npy('>f8', [3], [1.5, -2, 3]), 'x.npy')).values).toEqual(
      Float64Array.from([1.5, -2, 3]),
    );
    expect(await parseNpy(npy('<i8', [3], [7, 0, 2]), 'y.npy')).toMatchObject({ integral: true });
  });
  it('turns Fortran order into C order', async () => {
    // [[1, 2, 3], [4, 5, 6]] stored column by column.
    const array = await parseNpy(npy('<f8', [2, 3], [1, 4, 2, 5, 3, 6], true), 'x.npy');
    expect(Array.from(array.values)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('refuses object arrays, structured dtypes and short files, naming the file', async () => {
    const pickled = Buffer.from(npy('<f4', [1], [0]))
      .toString('latin1')
      .replace("'<f4'", "'|O' ");
    await expect(parseNpy(Buffer.from(pickled, 'latin1'), 'data/x.npy')).rejects.toThrow(
      /^data\/x\.npy: the array holds Python objects/,
    );
    await expect(parseNpy(npy('<f4', [4], [1, 2, 3, 4]).subarray(0, 80), 'x.npy')).rejects.toThrow(
      /^x\.npy: not a valid \.npy file/,
    );
    await expect(parseNpy(new Uint8Array([1, 2, 3]), 'x.npy')).rejects.toBeInstanceOf(UsageError);
  });
  it('never throws anything but a UsageError on mutated bytes', async () => {
    const valid = npy('<f4', [2, 3], [0, 1, 0, 1, 0, 1]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        fc.nat(valid.length),
        async (edits, cut) => {
          const bytes = Uint8Array.from(valid);
          for (const [at, value] of edits) bytes[at] = value;
          try {
            const array = await parseNpy(bytes.subarray(0, cut), 'x.npy');
            expect(array.values.length).toBe(array.shape.reduce((a, b) => a * b, 1));
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
          }
        },
      ),
    );
  });
});

describe('npz and csv', () => {
  it('finds x and y in an .npz, or the array named after the colon', async () => {
    const archive = zip({ 'x.npy': npy('<f4', [2, 1], [0, 1]), 'y.npy': npy('<i8', [2], [1, 0]) });
    const arrays = await parseNpz(archive, 'eval.npz');
    expect([...arrays.keys()]).toEqual(['x', 'y']);
    const data = await loadEvaluationData({ ...base, inputsName: 'eval.npz', inputs: archive });
    expect(data).toEqual({
      inputs: Float32Array.from([0, 1]),
      labels: Int32Array.from([1, 0]),
      n: 2,
      totalSamples: 2,
      sampleShape: [1],
    });
    expect(splitArrayName('data/eval.npz:images')).toEqual({ file: 'data/eval.npz', key: 'images' });
    expect(splitArrayName('C:/data/x.npy')).toEqual({ file: 'C:/data/x.npy' });
  });
  it('says which arrays an ambiguous .npz holds', async () => {
    const archive = zip({ 'a.npy': npy('<f4', [1], [0]), 'b.npy': npy('<f4', [1], [0]) });
    await expect(loadEvaluationData({ ...base, inputsName: 'e.npz', inputs: archive })).rejects.toThrow(
      'e.npz: cannot tell which array holds the inputs (it holds "a", "b"); name it as e.npz:<array>',
    );
  });
  it('reads a CSV with a label column anywhere', () => {
    const table = parseCsv('a,label,b\n0.5,2,1\n"0",0,0.25\n', 't.csv', 'label');
    expect(Array.from(table.inputs.values)).toEqual([0.5, 1, 0, 0.25]);
    expect(table.inputs.shape).toEqual([2, 2]);
    expect(Array.from(table.labels.values)).toEqual([2, 0]);
    expect(() => parseCsv('a,b\n1,2\n', 't.csv', 'label')).toThrow(
      't.csv: no column named "label" in the header; set label-column to the label\'s column',
    );
    expect(() => parseCsv('a,label\n1,x\n', 't.csv', 'label')).toThrow(
      't.csv: line 2, column label: not a number',
    );
    expect(() => parseCsv('a,label\n1\n', 't.csv', 'label')).toThrow(
      't.csv: line 2 has 1 columns, the header 2',
    );
  });
});

describe('loadEvaluationData', () => {
  const x = npy('<f4', [3, 2], [0, 0.5, 1, 0.25, 0.75, 0]);
  it('accepts labels as [n], [n, 1] or one-hot [n, classes]', async () => {
    const cases = [
      npy('<i8', [3], [2, 0, 1]),
      npy('<i4', [3, 1], [2, 0, 1]),
      npy('<f4', [3, 3], [0, 0, 1, 1, 0, 0, 0, 1, 0]),
    ];
    for (const labels of cases) {
      const data = await loadEvaluationData({
        ...base,
        inputsName: 'x.npy',
        inputs: x,
        labelsName: 'y.npy',
        labels,
      });
      expect(Array.from(data.labels)).toEqual([2, 0, 1]);
    }
  });
  it('refuses labels that are not class indices or do not match the inputs', async () => {
    const load = (labels: Uint8Array) =>
      loadEvaluationData({ ...base, inputsName: 'x.npy', inputs: x, labelsName: 'y.npy', labels });
    await expect(load(npy('<f4', [3], [0, 1.5, 2]))).rejects.toThrow(
      'y.npy: label 1 is not a non-negative integer class index',
    );
    await expect(load(npy('<i8', [2], [0, 1]))).rejects.toThrow(
      'y.npy: labels of shape [2] do not match 3 inputs; expected [3]',
    );
    await expect(load(npy('<f4', [3, 2], [1, 1, 0, 1, 1, 0]))).rejects.toThrow(
      'y.npy: row 0 of the [n, 2] labels is not one-hot',
    );
  });
  it('refuses inputs outside the declared range, and NaN, with what to set', async () => {
    const wide = npy(
      '|u1',
      [2, 2],
      [0, 255, 3, 4].map((v) => v),
    );
    await expect(
      loadEvaluationData({
        ...base,
        inputsName: 'img.npy',
        inputs: wide,
        labelsName: 'y.npy',
        labels: npy('<i8', [2], [0, 1]),
      }),
    ).rejects.toThrow(
      /^img\.npy: sample 0 holds a value above the declared input range \[0, 1\]; set input-range/,
    );
    const withNaN = npy('<f4', [1, 2], [0, Number.NaN]);
    await expect(
      loadEvaluationData({
        ...base,
        inputsName: 'n.npy',
        inputs: withNaN,
        labelsName: 'y.npy',
        labels: npy('<i8', [1], [0]),
      }),
    ).rejects.toThrow(/^n\.npy: sample 0 holds NaN, which is outside the declared input range/);
  });
});

/** Values k/8 in C order for `shape`, and the same array stored in Fortran order. */
function both(shape: number[]): { c: Uint8Array; fortran: Uint8Array; values: number[] } {
  const count = shape.reduce((a, b) => a * b, 1);
  const values = Array.from({ length: count }, (_, k) => (k % 9) / 8);
  // Fortran position of each C index: the first axis varies fastest.
  const stored = new Array<number>(count);
  const index = new Array<number>(shape.length).fill(0);
  for (let c = 0; c < count; c += 1) {
    let fortran = 0;
    let stride = 1;
    for (let axis = 0; axis < shape.length; axis += 1) {
      fortran += index[axis]! * stride;
      stride *= shape[axis]!;
    }
    stored[fortran] = values[c]!;
    for (let axis = shape.length - 1; axis >= 0; axis -= 1) {
      index[axis]! += 1;
      if (index[axis]! < shape[axis]!) break;
      index[axis] = 0;
    }
  }
  return { c: npy('<f8', shape, values), fortran: npy('<f8', shape, stored, true), values };
}

describe('maxSamples', () => {
  const labelsFor = (rows: number) =>
    npy(
      '<i8',
      [rows],
      Array.from({ length: rows }, (_, k) => k % 3),
    );

  it('decodes the first rows of C and Fortran order arrays, equal to the full decode', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 1, max: 6 }),
        async (shape, maxSamples) => {
          const { c, fortran, values } = both(shape);
          const full = await parseNpy(fortran, 'x.npy');
          expect(Array.from(full.values)).toEqual(values);
          const rows = Math.min(maxSamples, shape[0]!);
          const rowSize = values.length / shape[0]!;
          for (const inputs of [c, fortran]) {
            const data = await loadEvaluationData({
              ...base,
              inputsName: 'x.npy',
              inputs,
              labelsName: 'y.npy',
              labels: labelsFor(shape[0]!),
              maxSamples,
            });
            expect(data.n).toBe(rows);
            expect(data.totalSamples).toBe(shape[0]);
            expect(data.sampleShape).toEqual(shape.slice(1));
            expect(data.inputs).toEqual(Float32Array.from(values.slice(0, rows * rowSize)));
            expect(Array.from(data.labels)).toEqual(Array.from({ length: rows }, (_, k) => k % 3));
          }
        },
      ),
    );
  });

  it('decodes 5 samples of a file of 2M without allocating the rest', async () => {
    const rows = 2_000_000;
    const pixels = Buffer.alloc(rows * 4, 1);
    const inputs = Buffer.concat([npy('|u1', [rows, 2, 2], []), pixels]);
    const labels = Buffer.concat([npy('|u1', [rows], []), Buffer.alloc(rows, 2)]);
    const data = await loadEvaluationData({
      ...base,
      upper: 255,
      inputsName: 'big.npy',
      inputs,
      labelsName: 'y.npy',
      labels,
      maxSamples: 5,
    });
    expect(data).toMatchObject({ n: 5, totalSamples: rows, sampleShape: [2, 2] });
    expect(data.inputs).toEqual(new Float32Array(20).fill(1));
    expect(data.inputs.buffer.byteLength).toBe(20 * 4);
    expect(Array.from(data.labels)).toEqual([2, 2, 2, 2, 2]);
    expect(data.labels.buffer.byteLength).toBe(5 * 4);
  });

  it('range-checks only the decoded samples', async () => {
    const inputs = npy('<f4', [4, 1], [0, 1, 0.5, 7]);
    const load = (maxSamples: number) =>
      loadEvaluationData({
        ...base,
        inputsName: 'x.npy',
        inputs,
        labelsName: 'y.npy',
        labels: labelsFor(4),
        maxSamples,
      });
    expect((await load(3)).inputs).toEqual(Float32Array.from([0, 1, 0.5]));
    await expect(load(4)).rejects.toThrow(/^x\.npy: sample 3 holds a value above the declared input range/);
  });

  it('refuses more values than the budget, saying what to change', async () => {
    const inputs = npy('<f4', [3, 2], [0, 0, 0, 0, 0, 0]);
    const spec = {
      ...base,
      inputsName: 'x.npy',
      inputs,
      labelsName: 'y.npy',
      labels: labelsFor(3),
      maxValues: 4,
    };
    await expect(loadEvaluationData({ ...spec, maxSamples: 3 })).rejects.toThrow(
      'x.npy: the samples to evaluate hold 6 values, over the 4 the check decodes into memory; store fewer or smaller samples in the file',
    );
    await expect(loadEvaluationData({ ...spec, maxSamples: 2 })).resolves.toMatchObject({ n: 2 });
    await expect(loadEvaluationData({ ...spec, maxValues: 2, maxSamples: 2 })).rejects.toThrow(
      'x.npy: the samples to evaluate hold 4 values, over the 2 the check decodes into memory; lower samples',
    );
  });

  it('parses only the header and the first lines of a CSV, counting the rest', async () => {
    const csv = (text: string) => new TextEncoder().encode(text);
    const table = csv('a,label\n0.5,1\n1,0\nnot,a number\n0,0\n\n \n');
    const data = await loadEvaluationData({ ...base, inputsName: 't.csv', inputs: table, maxSamples: 2 });
    expect(data).toMatchObject({ n: 2, totalSamples: 4, sampleShape: [1] });
    expect(data.inputs).toEqual(Float32Array.from([0.5, 1]));
    expect(Array.from(data.labels)).toEqual([1, 0]);
    await expect(
      loadEvaluationData({ ...base, inputsName: 't.csv', inputs: table, maxSamples: 3 }),
    ).rejects.toThrow('t.csv: line 4, column a: not a number');
    // A blank line among the parsed rows is a row, as without maxSamples.
    await expect(
      loadEvaluationData({
        ...base,
        inputsName: 't.csv',
        inputs: csv('a,label\n0,1\n\n1,0\n'),
        maxSamples: 2,
      }),
    ).rejects.toThrow('t.csv: line 3 has 1 columns, the header 2');
    await expect(
      loadEvaluationData({ ...base, inputsName: 't.csv', inputs: csv('a,label\r\n0,1\r\n'), maxSamples: 5 }),
    ).resolves.toMatchObject({ n: 1, totalSamples: 1 });
    await expect(
      loadEvaluationData({ ...base, inputsName: 't.csv', inputs: csv('a,label\n \n'), maxSamples: 5 }),
    ).rejects.toThrow('t.csv: needs a header row and at least one data row');
    // The budget is checked once the header gives the width, before any row is parsed.
    await expect(
      loadEvaluationData({ ...base, inputsName: 't.csv', inputs: table, maxSamples: 3, maxValues: 2 }),
    ).rejects.toThrow(
      't.csv: the samples to evaluate hold 3 values, over the 2 the check decodes into memory; lower samples',
    );
    expect(parseCsv('a,label\n0,1\n1,0\n2,0\n', 't.csv', 'label', { maxRows: 2 })).toMatchObject({
      totalRows: 3,
      inputs: { shape: [2, 1] },
    });
  });
});

describe('npz members', () => {
  const x = npy('<f4', [2, 1], [0, 1]);
  const y = npy('<i8', [2], [1, 0]);

  it('decodes only the arrays it uses: an unused member with a corrupt header does not fail', async () => {
    // Incompressible bytes without the numpy magic: large, and refused if anything decoded it.
    let state = 1;
    const junk = Buffer.from(
      Array.from({ length: 1024 ** 2 }, () => (state = (state * 1103515245 + 12345) >>> 0) >>> 24),
    );
    const archive = zip({ 'x.npy': x, 'y.npy': y, 'junk.npy': junk });
    await expect(parseNpz(archive, 'e.npz')).rejects.toThrow(/^e\.npz!junk\.npy: not a valid \.npy file/);
    expect([...(await parseNpz(archive, 'e.npz', { only: ['x'] })).keys()]).toEqual(['x']);
    const data = await loadEvaluationData({ ...base, inputsName: 'e.npz', inputs: archive });
    expect(data).toMatchObject({ n: 2, totalSamples: 2, inputs: Float32Array.from([0, 1]) });
    const named = await loadEvaluationData({
      ...base,
      inputsName: 'e.npz:x',
      inputs: archive,
      inputsKey: 'x',
      labelsName: 'e.npz:y',
      labels: archive,
      labelsKey: 'y',
      maxSamples: 1,
    });
    expect(named).toMatchObject({ n: 1, totalSamples: 2, inputs: Float32Array.from([0]) });
  });

  it('keeps only the first rows of a member, yet checks the whole of it', async () => {
    const shape = [6, 2, 3];
    const { c, fortran, values } = both(shape);
    const labels = npy('<i8', [6], [0, 1, 2, 0, 1, 2]);
    for (const member of [c, fortran]) {
      const archive = zip({ 'x.npy': member, 'y.npy': labels });
      const data = await loadEvaluationData({ ...base, inputsName: 'e.npz', inputs: archive, maxSamples: 2 });
      expect(data).toMatchObject({ n: 2, totalSamples: 6, sampleShape: [2, 3] });
      expect(data.inputs).toEqual(Float32Array.from(values.slice(0, 12)));
      expect(Array.from(data.labels)).toEqual([0, 1]);
      // A wrong CRC of the first member, in its local header and its central entry alike.
      const damaged = Buffer.from(archive);
      const central = damaged.readUInt32LE(damaged.length - 22 + 16);
      damaged.writeUInt32LE((damaged.readUInt32LE(14) ^ 1) >>> 0, 14);
      damaged.writeUInt32LE((damaged.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
      await expect(
        loadEvaluationData({ ...base, inputsName: 'e.npz', inputs: damaged, maxSamples: 1 }),
      ).rejects.toThrow(/^e\.npz!x\.npy: could not be read completely/);
    }
  });

  it('says the compression-ratio limit was hit, and what it is', async () => {
    const zeros = Buffer.concat([npy('|u1', [4 * 1024 ** 2, 1], []), Buffer.alloc(4 * 1024 ** 2)]);
    const archive = zip({ 'x.npy': zeros, 'y.npy': y });
    await expect(loadEvaluationData({ ...base, inputsName: 'z.npz', inputs: archive })).rejects.toThrow(
      'z.npz!x.npy: decompresses to more than 200 times its compressed size, the ratio limit that stops zip bombs; ' +
        'store the arrays uncompressed (numpy.savez, not savez_compressed)',
    );
  });

  it('never throws anything but a UsageError on mutated archives', async () => {
    const valid = zip({
      'x.npy': npy('<f4', [3, 2], [0, 1, 0, 1, 0, 1]),
      'y.npy': npy('<i8', [3], [0, 1, 0]),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        async (edits, maxSamples) => {
          const bytes = Uint8Array.from(valid);
          for (const [at, value] of edits) bytes[at] = value;
          try {
            const data = await loadEvaluationData({
              ...base,
              inputsName: 'e.npz',
              inputs: bytes,
              maxSamples,
            });
            expect(data.inputs.length).toBe(data.n * 2);
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
          }
        },
      ),
    );
  });
});
