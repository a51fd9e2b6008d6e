/**
 * bzip2, decoded block by block from the format as libbzip2 1.0.8 reads it (Huffman-coded MTF/RLE2
 * symbols, the inverse Burrows-Wheeler transform, then the initial run-length coding), with its
 * checks: each block's CRC and the stream's combined CRC. Memory is one block's index (3.6 MB at
 * level 9) whatever the output; a block's output goes out in chunks as it is produced, so a block
 * of runs that expands to 45 MB stops at a limit like any other. Why not a library: see decompress.ts.
 */
import { type Input, MalformedError, type Output, UnsupportedError } from './decompress-io.js';

const CHUNK = 64 * 1024;
const BLOCK_MAGIC_HI = 0x314159;
const BLOCK_MAGIC_LO = 0x265359;
const END_MAGIC_HI = 0x177245;
const END_MAGIC_LO = 0x385090;
const MAX_GROUPS = 6;
const MAX_ALPHA = 258;
const MAX_CODE_LEN = 20;
/** libbzip2 1.0.8 reads up to 32767 selectors but keeps only this many (CVE-2019-12900). */
const MAX_SELECTORS = 18002;
const GROUP_SIZE = 50;
/** Input bytes kept available before each group of 50 symbols (at most 20 bits each). */
const GROUP_MARGIN = 256;

/** bzip2's CRC: CRC-32 with polynomial 0x04C11DB7, most significant bit first; int32 throughout. */
const CRC_TABLE = new Int32Array(256);
for (let i = 0; i < 256; i++) {
  let c = i << 24;
  for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
  CRC_TABLE[i] = c;
}

/** Bits, most significant first, from the buffered input. */
class BitReader {
  private bits = 0;
  private count = 0;
  /** A bit past the end of the file was asked for. */
  overrun = false;

  constructor(private readonly input: Input) {}

  /** Up to 24 bits. */
  read(n: number): number {
    while (this.count < n) {
      const input = this.input;
      let byte = 0;
      if (input.pos < input.end) byte = input.buf[input.pos++]!;
      else this.overrun = true;
      this.bits = ((this.bits << 8) | byte) >>> 0;
      this.count += 8;
    }
    this.count -= n;
    const value = (this.bits >>> this.count) & ((1 << n) - 1);
    this.bits &= (1 << this.count) - 1;
    return value;
  }

  bit(): number {
    return this.read(1);
  }

  /** Whether fewer than `bytes` are buffered and the file has more: then await ensure(). */
  low(bytes: number): boolean {
    return this.input.available < bytes && !this.input.atEnd;
  }

  /** Makes `bytes` available, where the file has them. */
  async ensure(bytes: number): Promise<void> {
    await this.input.fill(bytes);
  }

  /** Drops the bits to the next byte boundary and hands whole bytes held back to the input. */
  align(): void {
    this.input.unread(this.count >>> 3);
    this.bits = 0;
    this.count = 0;
  }

  /** Compressed bytes consumed, for errors and the ratio limit. */
  get offset(): number {
    return this.input.offset - (this.count >>> 3);
  }
}

/** The canonical Huffman code of one table, decoded as libbzip2 does: shortest length first. */
interface Table {
  minLen: number;
  /** limit[len]: the largest code of that length (below the first code where there is none). */
  limit: Int32Array;
  /** base[len]: subtracted from a code of that length to index perm. */
  base: Int32Array;
  perm: Uint16Array;
}

function buildTable(lengths: Uint8Array, alphaSize: number): Table {
  let minLen = 32;
  let maxLen = 0;
  for (let i = 0; i < alphaSize; i++) {
    minLen = Math.min(minLen, lengths[i]!);
    maxLen = Math.max(maxLen, lengths[i]!);
  }
  const perm = new Uint16Array(MAX_ALPHA);
  const limit = new Int32Array(MAX_CODE_LEN + 2).fill(-1);
  const base = new Int32Array(MAX_CODE_LEN + 2);
  let index = 0;
  let code = 0;
  for (let len = minLen; len <= MAX_CODE_LEN; len++) {
    const first = code;
    const firstIndex = index;
    for (let symbol = 0; symbol < alphaSize; symbol++) {
      if (lengths[symbol] === len) perm[index++] = symbol;
    }
    code += index - firstIndex;
    limit[len] = code - 1;
    base[len] = first - firstIndex;
    code <<= 1;
  }
  return { minLen, limit, base, perm };
}

export class Bzip2Decoder {
  private readonly bits: BitReader;
  /** The block after decoding: bytes in the low 8 bits, then the inverse transform's links above them. */
  private tt = new Uint32Array(0);
  private readonly out = new Uint8Array(CHUNK);
  private outPos = 0;
  private readonly selectors = new Uint8Array(MAX_SELECTORS);
  private readonly lengths = new Uint8Array(MAX_ALPHA);

  constructor(
    private readonly input: Input,
    private readonly output: Output,
  ) {
    this.bits = new BitReader(input);
  }

  private corrupt(what: string): MalformedError {
    return this.bits.overrun && this.input.atEnd
      ? new MalformedError('the bzip2 file is truncated', this.bits.offset)
      : new MalformedError(`the bzip2 data is corrupt (${what})`, this.bits.offset);
  }

  /** One stream: "BZh", the level, blocks, the end marker with the combined CRC. */
  async stream(): Promise<void> {
    await this.bits.ensure(4);
    const header = this.bits.read(24);
    const level = this.bits.read(8) - 0x30;
    if (this.bits.overrun) throw this.corrupt('stream header');
    if (header !== 0x425a68 || level < 1 || level > 9) throw this.corrupt('stream header');
    const maxBlock = level * 100000;
    if (this.tt.length < maxBlock) this.tt = new Uint32Array(maxBlock);
    let combined = 0;
    for (;;) {
      await this.bits.ensure(GROUP_MARGIN);
      const hi = this.bits.read(24);
      const lo = this.bits.read(24);
      if (hi === END_MAGIC_HI && lo === END_MAGIC_LO) {
        const stored = ((this.bits.read(16) << 16) | this.bits.read(16)) >>> 0;
        if (this.bits.overrun) throw this.corrupt('end of stream');
        if (stored !== combined) throw this.corrupt('the stream CRC does not match');
        this.bits.align();
        return;
      }
      if (hi !== BLOCK_MAGIC_HI || lo !== BLOCK_MAGIC_LO) throw this.corrupt('block header');
      const blockCrc = await this.block(maxBlock);
      combined = (((combined << 1) | (combined >>> 31)) ^ blockCrc) >>> 0;
    }
  }

  /** Decodes one block and delivers its output; returns its CRC, once checked. */
  private async block(maxBlock: number): Promise<number> {
    const bits = this.bits;
    const storedCrc = ((bits.read(16) << 16) | bits.read(16)) >>> 0;
    if (bits.read(1) === 1) {
      throw new UnsupportedError(
        'the bzip2 file has a randomized block (bzip2 before 0.9.5), which mlsec does not decode',
        bits.offset,
      );
    }
    const origPtr = bits.read(24);
    if (origPtr > 10 + maxBlock) throw this.corrupt('block origin');

    // Symbols in use: 16 groups of 16.
    const used = bits.read(16);
    const seqToByte = new Uint8Array(256);
    let inUse = 0;
    for (let i = 0; i < 16; i++) {
      if ((used & (0x8000 >>> i)) === 0) continue;
      const group = bits.read(16);
      for (let j = 0; j < 16; j++) if (group & (0x8000 >>> j)) seqToByte[inUse++] = i * 16 + j;
    }
    if (inUse === 0) throw this.corrupt('no symbols in use');
    const alphaSize = inUse + 2;

    const groups = bits.read(3);
    const selectorCount = bits.read(15);
    if (groups < 2 || groups > MAX_GROUPS || selectorCount < 1) throw this.corrupt('Huffman tables');
    const mtfGroups = [0, 1, 2, 3, 4, 5];
    for (let i = 0; i < selectorCount; i++) {
      if (bits.low(8)) await bits.ensure(8);
      let j = 0;
      while (bits.bit() === 1) {
        if (++j >= groups) throw this.corrupt('a selector');
      }
      if (bits.overrun) throw this.corrupt('selectors');
      const value = mtfGroups[j]!;
      mtfGroups.copyWithin(1, 0, j);
      mtfGroups[0] = value;
      if (i < MAX_SELECTORS) this.selectors[i] = value;
    }
    const selectors = Math.min(selectorCount, MAX_SELECTORS);

    const tables: Table[] = [];
    const lengths = this.lengths;
    for (let t = 0; t < groups; t++) {
      if (bits.low(8)) await bits.ensure(8);
      let len = bits.read(5);
      for (let symbol = 0; symbol < alphaSize; symbol++) {
        for (;;) {
          if (len < 1 || len > MAX_CODE_LEN) throw this.corrupt('a code length');
          if (bits.low(8)) await bits.ensure(8);
          if (bits.bit() === 0) break;
          len += bits.bit() === 0 ? 1 : -1;
        }
        if (bits.overrun) throw this.corrupt('code lengths');
        lengths[symbol] = len;
      }
      tables.push(buildTable(lengths, alphaSize));
    }

    // The MTF/RLE2 symbols, into tt.
    const tt = this.tt;
    const counts = new Int32Array(256);
    const mtf = new Uint8Array(256);
    for (let i = 0; i < 256; i++) mtf[i] = i;
    const endOfBlock = inUse + 1;
    let count = 0;
    let groupIndex = -1;
    let groupLeft = 0;
    let table = tables[0]!;
    let runLength = 0;
    let runWeight = 1;
    for (;;) {
      if (groupLeft === 0) {
        if (++groupIndex >= selectors) throw this.corrupt('more symbols than selectors');
        table = tables[this.selectors[groupIndex]!]!;
        groupLeft = GROUP_SIZE;
        if (bits.low(GROUP_MARGIN)) await bits.ensure(GROUP_MARGIN);
        if (bits.overrun) throw this.corrupt('symbols');
      }
      groupLeft--;
      let len = table.minLen;
      let code = bits.read(len);
      while (len <= MAX_CODE_LEN && code > table.limit[len]!) {
        len++;
        code = (code << 1) | bits.bit();
      }
      if (len > MAX_CODE_LEN) throw this.corrupt('a Huffman code');
      const index = code - table.base[len]!;
      if (index < 0 || index >= MAX_ALPHA) throw this.corrupt('a Huffman code');
      const symbol = table.perm[index]!;
      if (symbol <= 1) {
        // RUNA and RUNB: a run of the front byte, its length in bijective base 2.
        runLength += (symbol + 1) * runWeight;
        runWeight *= 2;
        if (runWeight >= 2 * 1024 * 1024) throw this.corrupt('a run is too long');
        continue;
      }
      if (runLength > 0) {
        if (count + runLength > maxBlock) throw this.corrupt('the block is longer than its level allows');
        const byte = seqToByte[mtf[0]!]!;
        counts[byte]! += runLength;
        tt.fill(byte, count, count + runLength);
        count += runLength;
        runLength = 0;
        runWeight = 1;
      }
      if (symbol === endOfBlock) break;
      if (count >= maxBlock) throw this.corrupt('the block is longer than its level allows');
      const position = symbol - 1;
      const front = mtf[position]!;
      // A loop beats copyWithin's call near the front; memmove wins further down.
      if (position < 16) for (let i = position; i > 0; i--) mtf[i] = mtf[i - 1]!;
      else mtf.copyWithin(1, 0, position);
      mtf[0] = front;
      const byte = seqToByte[front]!;
      counts[byte]!++;
      tt[count++] = byte;
    }
    if (bits.overrun) throw this.corrupt('symbols');
    if (origPtr >= count) throw this.corrupt('block origin');

    // Inverse Burrows-Wheeler: link each position to the next byte of the output.
    let sum = 0;
    for (let i = 0; i < 256; i++) {
      const c = counts[i]!;
      counts[i] = sum;
      sum += c;
    }
    for (let i = 0; i < count; i++) {
      const byte = tt[i]! & 0xff;
      tt[counts[byte]!++]! |= i << 8;
    }
    return this.emitBlock(count, origPtr, storedCrc);
  }

  /** Walks the links, undoes the initial run-length coding and delivers the bytes in chunks. */
  private emitBlock(count: number, origPtr: number, storedCrc: number): number {
    const tt = this.tt;
    const out = this.out;
    let outPos = this.outPos;
    let crc = -1;
    let link = tt[origPtr]! >>> 8;
    let last = -1;
    let run = 0;
    for (let i = 0; i < count; i++) {
      const entry = tt[link]!;
      const byte = entry & 0xff;
      link = entry >>> 8;
      if (run === 4) {
        // After four equal bytes, a count of further copies.
        for (let k = 0; k < byte; k++) {
          crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ last) & 0xff]!;
          out[outPos++] = last;
          if (outPos === CHUNK) {
            this.output.write(out, false);
            outPos = 0;
          }
        }
        run = 0;
        continue;
      }
      if (byte === last) run++;
      else {
        last = byte;
        run = 1;
      }
      crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!;
      out[outPos++] = byte;
      if (outPos === CHUNK) {
        this.output.write(out, false);
        outPos = 0;
      }
    }
    this.output.write(out.subarray(0, outPos), false);
    this.outPos = 0;
    crc = (crc ^ 0xffffffff) >>> 0;
    if (crc !== storedCrc) throw this.corrupt('a block CRC does not match');
    return crc;
  }
}

/**
 * Decodes a .bz2 file from the input's position: every stream, as Python's bz2 reads concatenated
 * streams. Returns at the end of the last one (a stream header must follow for another to be read).
 */
export async function decodeBzip2(input: Input, output: Output): Promise<void> {
  const decoder = new Bzip2Decoder(input, output);
  for (;;) {
    await decoder.stream();
    await input.fill(4);
    const next = input.buf.subarray(input.pos, input.end);
    if (!(next[0] === 0x42 && next[1] === 0x5a && next[2] === 0x68 && next[3]! >= 0x31 && next[3]! <= 0x39))
      return;
  }
}
