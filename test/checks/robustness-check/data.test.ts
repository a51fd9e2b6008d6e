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

function npy(descr: string, shape: number[], values: number[], fortran = false): Uint8Array {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '${descr}', 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': ${shapeText}, }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
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
