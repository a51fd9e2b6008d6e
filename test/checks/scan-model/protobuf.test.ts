import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asInt64,
  bufferFields,
  packedVarints,
  ProtoLimitError,
  ProtoMalformedError,
  ProtoReader,
  type ProtoField,
  type ProtoLimits,
  type ProtoMessage,
} from '../../../src/checks/scan-model/protobuf.js';
import { bufferSource } from '../../../src/checks/scan-model/source.js';
import {
  bytes,
  countingSource,
  fixed32,
  fixed64,
  ld,
  ldHeader,
  tag,
  varint,
  vint,
  virtualSource,
} from './proto-bytes.js';

async function fieldsOf(data: Uint8Array, limits: Partial<ProtoLimits> = {}): Promise<ProtoField[]> {
  const out: ProtoField[] = [];
  for await (const field of new ProtoReader(bufferSource(data), limits).root().fields()) out.push(field);
  return out;
}

async function failureOf(data: Uint8Array, limits: Partial<ProtoLimits> = {}): Promise<unknown> {
  try {
    await fieldsOf(data, limits);
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Walks every length-delimited field as a nested message too, where it parses as one. */
async function walkAll(message: ProtoMessage): Promise<number> {
  let count = 0;
  for await (const field of message.fields()) {
    count += 1;
    if (field.wireType === 2) {
      try {
        count += await walkAll(message.open(field));
      } catch (error) {
        if (!(error instanceof ProtoMalformedError) && !(error instanceof ProtoLimitError)) throw error;
      }
    }
  }
  return count;
}

describe('ProtoReader fields', () => {
  it('reads varints, fixed32, fixed64 and length-delimited fields with their offsets', async () => {
    const data = bytes(vint(1, 150), fixed32(2, 0xdeadbeef), fixed64(3, 0x0123456789abcdefn), ld(4, 'hi'));
    expect(await fieldsOf(data)).toEqual([
      { field: 1, wireType: 0, tagOffset: 0, offset: 1, value: 150n },
      { field: 2, wireType: 5, tagOffset: 3, offset: 4, value: 0xdeadbeef },
      { field: 3, wireType: 1, tagOffset: 8, offset: 9, value: 0x0123456789abcdefn },
      { field: 4, wireType: 2, tagOffset: 17, offset: 19, length: 2 },
    ]);
  });

  it('reads a 10-byte varint exactly, and a negative int64 through asInt64', async () => {
    const [max] = await fieldsOf(vint(1, 2n ** 64n - 1n));
    expect(max).toMatchObject({ wireType: 0, value: 2n ** 64n - 1n });
    expect(asInt64((max as { value: bigint }).value)).toBe(-1n);
    const [big] = await fieldsOf(vint(1, 2n ** 60n + 3n));
    expect(big).toMatchObject({ value: 2n ** 60n + 3n });
  });

  it('takes large field numbers up to 2^29 - 1', async () => {
    const [field] = await fieldsOf(vint(2 ** 29 - 1, 1));
    expect(field).toMatchObject({ field: 2 ** 29 - 1, value: 1n });
  });

  it('opens a length-delimited field as a nested message', async () => {
    const data = bytes(vint(1, 7), ld(2, vint(1, 8), ld(2, 'inner')), vint(3, 9));
    const root = new ProtoReader(bufferSource(data)).root();
    const seen: string[] = [];
    for await (const field of root.fields()) {
      if (field.wireType === 2) {
        const nested = root.open(field);
        expect(nested.depth).toBe(2);
        for await (const inner of nested.fields()) seen.push(`2.${inner.field}`);
      } else {
        seen.push(String(field.field));
      }
    }
    expect(seen).toEqual(['1', '2.1', '2.2', '3']);
  });
});

describe('ProtoReader on malformed input', () => {
  const cases: [string, Uint8Array, RegExp, number][] = [
    [
      'a varint over 10 bytes',
      bytes(tag(1, 0), new Uint8Array(10).fill(0xff), Uint8Array.of(1)),
      /longer than 10 bytes or overflows/,
      1,
    ],
    [
      'a 10th varint byte over 1',
      bytes(tag(1, 0), new Uint8Array(9).fill(0xff), Uint8Array.of(2)),
      /overflows 64 bits/,
      1,
    ],
    ['a start group', bytes(tag(5, 3), tag(5, 4)), /field 5 is a group \(wire type 3\)/, 0],
    ['an end group', bytes(vint(1, 1), tag(5, 4)), /field 5 is a group \(wire type 4\)/, 2],
    ['wire type 6', bytes(tag(2, 6)), /field 2 has unknown wire type 6/, 0],
    ['wire type 7', bytes(tag(2, 7)), /unknown wire type 7/, 0],
    ['field number 0', bytes(tag(0, 0), varint(1)), /field number 0 is out of range/, 0],
    ['a field number over 2^29', bytes(varint(2 ** 29 * 8), varint(1)), /out of range/, 0],
    ['a length past the end', bytes(ldHeader(1, 100), 'short'), /runs past the end of its message/, 0],
    ['a huge length', bytes(ldHeader(1, 2n ** 62n)), /runs past the end/, 0],
    ['a cut varint', bytes(tag(1, 0), Uint8Array.of(0x80, 0x80)), /ends inside a protobuf field/, 1],
    ['a cut tag', Uint8Array.of(0x80), /ends inside/, 0],
    ['a cut fixed64', bytes(tag(1, 1), Uint8Array.of(1, 2, 3)), /ends inside/, 1],
    ['a cut fixed32', bytes(tag(1, 5), Uint8Array.of(1)), /ends inside/, 1],
  ];

  it.each(cases)('%s is malformed at its offset', async (_name, data, message, offset) => {
    const error = await failureOf(data);
    expect(error).toBeInstanceOf(ProtoMalformedError);
    expect((error as ProtoMalformedError).message).toMatch(message);
    expect((error as ProtoMalformedError).offset).toBe(offset);
  });

  it.each(cases)('%s is malformed at the same offset for bufferFields', (_name, data, message, offset) => {
    let error: unknown;
    try {
      Array.from(bufferFields(data));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProtoMalformedError);
    expect((error as ProtoMalformedError).message).toMatch(message);
    expect((error as ProtoMalformedError).offset).toBe(offset);
  });

  it('yields the fields before the malformed point', async () => {
    const seen: number[] = [];
    await expect(async () => {
      for await (const field of new ProtoReader(bufferSource(bytes(vint(1, 1), vint(2, 2), tag(3, 3))))
        .root()
        .fields())
        seen.push(field.field);
    }).rejects.toThrow(ProtoMalformedError);
    expect(seen).toEqual([1, 2]);
  });

  it('keeps a nested message inside its parent', async () => {
    // The inner message declares more bytes than its parent holds.
    const data = bytes(ld(1, ldHeader(2, 10), 'abc'), 'more bytes outside');
    const root = new ProtoReader(bufferSource(data)).root();
    const error = await (async () => {
      for await (const field of root.fields()) {
        if (field.field === 1 && field.wireType === 2)
          for await (const _ of root.open(field).fields()) void _;
        return undefined;
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProtoMalformedError);
    expect((error as Error).message).toMatch(/runs past the end of its message/);
  });
});

describe('ProtoReader limits', () => {
  it('stops at maxDepth', async () => {
    let data: Uint8Array = vint(1, 1);
    for (let level = 0; level < 6; level += 1) data = ld(1, data);
    const root = new ProtoReader(bufferSource(data), { maxDepth: 4 }).root();
    const descend = async (message: ProtoMessage): Promise<void> => {
      for await (const field of message.fields())
        if (field.wireType === 2) await descend(message.open(field));
    };
    const error = await descend(root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProtoLimitError);
    expect(error).toMatchObject({ limit: 'maxDepth', message: expect.stringMatching(/nest deeper than 4/) });
  });

  it('stops at maxFields, counting every message', async () => {
    const data = bytes(...Array.from({ length: 20 }, () => vint(1, 1)));
    expect(await fieldsOf(data, { maxFields: 20 })).toHaveLength(20);
    const error = await failureOf(data, { maxFields: 19 });
    expect(error).toBeInstanceOf(ProtoLimitError);
    expect(error).toMatchObject({ limit: 'maxFields', offset: 38 });
  });
});

describe('ProtoReader text', () => {
  async function textOf(payload: Uint8Array, maxBytes = 4096) {
    const reader = new ProtoReader(bufferSource(ld(1, payload)));
    for await (const field of reader.root().fields())
      if (field.wireType === 2) return reader.text(field, maxBytes);
    throw new Error('no field');
  }

  it('decodes UTF-8 strictly', async () => {
    expect(await textOf(new TextEncoder().encode('café ☃'))).toEqual({
      text: 'café ☃',
      valid: true,
      truncated: false,
    });
    expect(await textOf(Uint8Array.of(0x61, 0xff, 0x62))).toEqual({
      text: 'a\ufffdb',
      valid: false,
      truncated: false,
    });
    // An overlong encoding of '/' and a lone surrogate are invalid too.
    expect((await textOf(Uint8Array.of(0xc0, 0xaf))).valid).toBe(false);
    expect((await textOf(Uint8Array.of(0xed, 0xa0, 0x80))).valid).toBe(false);
  });

  it('decodes only the first maxBytes, a multi-byte character cut there being no error', async () => {
    // 'é' is two bytes: the cut falls inside the second one.
    expect(await textOf(new TextEncoder().encode('aéb'), 2)).toEqual({
      text: 'a',
      valid: true,
      truncated: true,
    });
  });
});

describe('ProtoReader reads', () => {
  it('skips a large field reading only the headers around it', async () => {
    const large = 10 * 1024 * 1024;
    const data = bytes(vint(1, 1), ldHeader(2, large), new Uint8Array(large), ld(3, 'after'));
    const source = countingSource(bufferSource(data));
    const fields: ProtoField[] = [];
    for await (const field of new ProtoReader(source).root().fields()) fields.push(field);
    expect(fields.map((field) => field.field)).toEqual([1, 2, 3]);
    expect(source.bytesRead).toBeLessThan(16 * 1024);
  });

  it('reads a dense message in chunks that grow to 64 KiB', async () => {
    const data = bytes(Array.from({ length: 200_000 }, (_, index) => vint(1, index)));
    const source = countingSource(bufferSource(data));
    for await (const _ of new ProtoReader(source).root().fields()) void _;
    expect(source.largestRead).toBe(64 * 1024);
    expect(source.reads).toBeLessThan(data.length / (64 * 1024) + 10);
  });

  it('walks a terabyte field declared in a virtual file without allocating it', async () => {
    const size = 2 ** 40;
    const tail = vint(3, 5);
    // Both header varints of field 2 take 7 bytes at this size (a 1-byte tag, a 6-byte length).
    const head = bytes(vint(1, 1), ldHeader(2, size - 9 - tail.length));
    expect(head.length).toBe(9);
    const source = countingSource(virtualSource(head, size, tail));
    const fields: ProtoField[] = [];
    for await (const field of new ProtoReader(source).root().fields()) fields.push(field);
    expect(fields.map((field) => field.field)).toEqual([1, 2, 3]);
    expect(fields[2]).toMatchObject({ value: 5n, tagOffset: size - 2 });
    expect(source.bytesRead).toBeLessThan(16 * 1024);
    expect(source.largestRead).toBeLessThanOrEqual(64 * 1024);
  });

  it('never reads more than a chunk at once for headers, whatever the lengths declared', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), { maxLength: 8 }),
        async (lengths) => {
          const data = bytes(...lengths.map((length) => ldHeader(1, length)));
          const source = countingSource(bufferSource(data));
          await walkAll(new ProtoReader(source).root()).catch((error: unknown) => {
            if (!(error instanceof ProtoMalformedError) && !(error instanceof ProtoLimitError)) throw error;
          });
          expect(source.largestRead).toBeLessThanOrEqual(64 * 1024);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ProtoReader on random bytes', () => {
  it('throws nothing but its own errors and ends', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (data) => {
        try {
          await walkAll(new ProtoReader(bufferSource(data), { maxFields: 10_000 }).root());
        } catch (error) {
          expect(error instanceof ProtoMalformedError || error instanceof ProtoLimitError).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('bufferFields', () => {
  it('walks a window of a buffer with offsets into the whole buffer', () => {
    const data = bytes('pad', vint(1, 150), fixed32(2, 7), fixed64(3, 9n), ld(4, 'ab'), 'tail');
    expect(Array.from(bufferFields(data, 3, data.length - 4))).toEqual([
      { field: 1, wireType: 0, tagOffset: 3, offset: 4, value: 150n },
      { field: 2, wireType: 5, tagOffset: 6, offset: 7, value: 7 },
      { field: 3, wireType: 1, tagOffset: 11, offset: 12, value: 9n },
      { field: 4, wireType: 2, tagOffset: 20, offset: 22, length: 2 },
    ]);
  });

  it('yields what ProtoReader yields, and fails where it fails, on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 256 }), async (data) => {
        const fromReader: ProtoField[] = [];
        let readerError: unknown;
        try {
          for await (const field of new ProtoReader(bufferSource(data)).root().fields())
            fromReader.push(field);
        } catch (error) {
          readerError = error;
        }
        const fromBuffer: ProtoField[] = [];
        let bufferError: unknown;
        try {
          for (const field of bufferFields(data)) fromBuffer.push(field);
        } catch (error) {
          bufferError = error;
        }
        expect(fromBuffer).toEqual(fromReader);
        expect(bufferError).toEqual(readerError);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('packedVarints', () => {
  it('reads the values of a window, a negative int64 as written', () => {
    const data = bytes('x', varint(1), varint(300), varint(-2), 'y');
    expect(Array.from(packedVarints(data, 1, data.length - 1))).toEqual([1n, 300n, 2n ** 64n - 2n]);
    expect(asInt64(Array.from(packedVarints(data, 1, data.length - 1))[2]!)).toBe(-2n);
  });

  it('refuses a varint cut by the end of the window, and one over 64 bits', () => {
    const cut = bytes(varint(1), Uint8Array.of(0x80), varint(5));
    expect(() => Array.from(packedVarints(cut, 0, 2))).toThrow(
      new ProtoMalformedError('the file ends inside a protobuf field', 1),
    );
    expect(() => Array.from(packedVarints(new Uint8Array(11).fill(0xff), 0, 11))).toThrow(
      /overflows 64 bits/,
    );
  });
});
