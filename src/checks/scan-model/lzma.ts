/**
 * LZMA, LZMA2 and their containers (.xz, and the legacy .lzma that Python's lzma.FORMAT_ALONE
 * writes), decoded from the format specifications (xz-file-format-1.2.1, the LZMA SDK's
 * lzma-specification) with liblzma's acceptance rules where the specifications leave a choice,
 * since Python, and so the pickle loader, uses liblzma. Why not a library: see decompress.ts.
 */
import { createHash, type Hash } from 'node:crypto';
import type * as Zlib from 'node:zlib';
import { isLzmaAloneHeader } from '../../core/model-formats.js';
import { type Input, MalformedError, type Output, UnsupportedError } from './decompress-io.js';

/** Output is delivered in pieces of at most this size, and the window flushed at least this often. */
const CHUNK = 64 * 1024;
/** Input bytes kept available before each symbol: one LZMA symbol needs at most about 21. */
const MARGIN = 64;
/** The window starts small and doubles up to the dictionary size as output accumulates. */
const FIRST_WINDOW = 1024 * 1024;

/**
 * The decoder's history and its output buffer in one: LZMA copies matches out of the bytes it
 * produced, up to the dictionary size back. The buffer grows with the output, so a header that
 * declares a 1.5 GiB dictionary costs memory only once that much has been decoded.
 */
export class Window {
  buf = new Uint8Array(0);
  /** Next write index in buf. */
  pos = 0;
  /** buf[flushed, pos) has not been handed on yet. */
  private flushed = 0;
  /** Bytes since the last dictionary reset: LZMA's position, and the bound on distances. */
  total = 0;
  /** Distances at most this are valid (the declared dictionary, as liblzma rounds it). */
  dictSize = 0;
  private target = 0;
  private wrapped = false;

  constructor(
    private readonly maxBytes: number,
    private readonly output: Output,
    private readonly emit: (chunk: Uint8Array) => void,
  ) {}

  reset(declaredDictSize: number): void {
    this.flush();
    // liblzma allocates at least 4 KiB, in multiples of 16, and accepts distances up to that.
    this.dictSize = Math.max(4096, Math.ceil(declaredDictSize / 16) * 16);
    this.target = Math.min(Math.max(this.dictSize, CHUNK), this.maxBytes);
    this.total = 0;
    this.pos = 0;
    this.flushed = 0;
    this.wrapped = false;
    // Kept across streams and blocks, never shrunk: a file of many tiny streams with alternating
    // dictionary sizes must not allocate a window for each.
    if (this.buf.length === 0) this.buf = new Uint8Array(Math.min(this.target, FIRST_WINDOW));
  }

  /** Bytes that may be written before settle() must run: never 0 after settle(). */
  room(): number {
    return Math.min(this.buf.length - this.pos, CHUNK - (this.pos - this.flushed));
  }

  /** Hands on a full chunk and makes room at the end of the buffer: grows it, or wraps around. */
  settle(): void {
    if (this.pos - this.flushed >= CHUNK) this.flush();
    if (this.pos < this.buf.length) return;
    this.flush();
    if (!this.wrapped && this.buf.length < this.target) {
      const grown = new Uint8Array(Math.min(this.target, this.buf.length * 2));
      grown.set(this.buf);
      this.buf = grown;
    } else if (this.buf.length >= this.dictSize) {
      this.pos = 0;
      this.flushed = 0;
      this.wrapped = true;
    } else {
      this.output.stopAtLimit(
        `its LZMA dictionary is ${this.dictSize} bytes, over the ${this.maxBytes} bytes mlsec keeps: the rest was not decompressed or scanned`,
        { limit: 'maxDictionaryBytes', maxDictionaryBytes: this.maxBytes, dictionaryBytes: this.dictSize },
      );
    }
  }

  flush(): void {
    if (this.pos > this.flushed) {
      const chunk = this.buf.subarray(this.flushed, this.pos);
      this.flushed = this.pos;
      this.emit(chunk);
    }
  }
}

// Offsets into the one array of probabilities (layout as in the LZMA specification).
const IS_MATCH = 0;
const IS_REP = IS_MATCH + 12 * 16;
const IS_REP_G0 = IS_REP + 12;
const IS_REP_G1 = IS_REP_G0 + 12;
const IS_REP_G2 = IS_REP_G1 + 12;
const IS_REP0_LONG = IS_REP_G2 + 12;
const POS_SLOT = IS_REP0_LONG + 12 * 16;
const SPEC_POS = POS_SLOT + 4 * 64;
const ALIGN = SPEC_POS + 115;
const LEN_CODER = ALIGN + 16;
/** Within a length coder: choice, choice2, 16 low trees of 8, 16 mid trees of 8, one high tree of 256. */
const LEN_SIZE = 2 + 16 * 8 + 16 * 8 + 256;
const REP_LEN_CODER = LEN_CODER + LEN_SIZE;
const LITERAL = REP_LEN_CODER + LEN_SIZE;
/** lc + lp is at most 4, as liblzma requires for both LZMA1 and LZMA2. */
const PROBS = LITERAL + 0x300 * 16;

/** The end-of-payload marker is a match at this distance. */
const EOPM = 0xffffffff;
/** Flipping the sign bit turns an unsigned comparison of int32s into a signed one. */
const SIGN = -0x80000000;

/**
 * One LZMA decoder: range coder, state and probabilities. It decodes from `in[inPos, inEnd)` into
 * the window and stops between symbols, so the async drivers below can refill the input and
 * deliver the output: a match longer than the room left is finished on the next call.
 */
export class LzmaDecoder {
  in = new Uint8Array(0);
  inPos = 0;
  inEnd = 0;
  /** Whether inEnd is the end of the data (then running out is an overrun, not a refill). */
  final = false;
  /** A byte past inEnd was asked for: the data is truncated, or corrupt. */
  overrun = false;
  /** The end-of-payload marker was decoded. */
  eopm = false;
  range = 0;
  code = 0;
  /** Bytes of the last match still to copy. */
  pendingLen = 0;

  private readonly p = new Uint16Array(PROBS);
  private lc = 0;
  private lpMask = 0;
  private pbMask = 0;
  private state = 0;
  private rep0 = 0;
  private rep1 = 0;
  private rep2 = 0;
  private rep3 = 0;

  constructor(private readonly win: Window) {}

  /** Decodes lc/lp/pb from LZMA's properties byte; false where liblzma refuses them. */
  setProperties(props: number): boolean {
    if (props >= 9 * 5 * 5) return false;
    const lc = props % 9;
    const lp = Math.floor(props / 9) % 5;
    const pb = Math.floor(props / 45);
    if (lc + lp > 4) return false;
    this.lc = lc;
    this.lpMask = (1 << lp) - 1;
    this.pbMask = (1 << pb) - 1;
    return true;
  }

  resetState(): void {
    this.p.fill(1024);
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
    this.pendingLen = 0;
    this.eopm = false;
  }

  /** Points the decoder at the input buffer, at most `limit` bytes of it. */
  bind(input: Input, limit = Infinity): void {
    this.in = input.buf;
    this.inPos = input.pos;
    const available = input.available;
    this.inEnd = input.pos + Math.min(available, limit);
    this.final = available >= limit || input.atEnd;
  }

  /** Starts the range coder: a zero byte, then the first 32 bits of the code. False when corrupt. */
  initRangeCoder(): boolean {
    const first = this.nextByte();
    let code = 0;
    for (let i = 0; i < 4; i++) code = (code << 8) | this.nextByte();
    this.range = -1;
    this.code = code;
    return first === 0 && code !== -1;
  }

  private nextByte(): number {
    if (this.inPos < this.inEnd) return this.in[this.inPos++]!;
    this.overrun = true;
    this.inPos++;
    return 0;
  }

  // The range and the code are unsigned 32-bit values kept in int32s, so V8 keeps them as small
  // integers: products through Math.imul, unsigned comparisons with the sign bit flipped.
  // Normalizing after each bit, rather than before, leaves the coder normalized between symbols,
  // so a chunk's bytes are all consumed when its last symbol is.
  private bit(index: number): number {
    const p = this.p;
    const prob = p[index]!;
    const bound = Math.imul(this.range >>> 11, prob);
    let bit: number;
    if ((this.code ^ SIGN) < (bound ^ SIGN)) {
      this.range = bound;
      p[index] = prob + ((2048 - prob) >> 5);
      bit = 0;
    } else {
      this.range = (this.range - bound) | 0;
      this.code = (this.code - bound) | 0;
      p[index] = prob - (prob >> 5);
      bit = 1;
    }
    if (this.range >>> 24 === 0) {
      this.range <<= 8;
      this.code = (this.code << 8) | this.nextByte();
    }
    return bit;
  }

  private direct(count: number): number {
    let result = 0;
    for (let i = 0; i < count; i++) {
      this.range = this.range >>> 1;
      let bit = 0;
      if ((this.code ^ SIGN) >= (this.range ^ SIGN)) {
        this.code = (this.code - this.range) | 0;
        bit = 1;
      }
      result = result * 2 + bit;
      if (this.range >>> 24 === 0) {
        this.range <<= 8;
        this.code = (this.code << 8) | this.nextByte();
      }
    }
    return result;
  }

  /**
   * A literal, the hottest symbol, with the coder in locals. `match` is the byte at rep0 (after a
   * match, its bits steer the probabilities until one differs), or 0x100 for a plain literal.
   */
  private literal(base: number, match: number): number {
    const p = this.p;
    const input = this.in;
    const inEnd = this.inEnd;
    let range = this.range;
    let code = this.code;
    let inPos = this.inPos;
    let symbol = 1;
    if (match !== 0x100) {
      // While the decoded bits follow the match byte's, its next bit selects the probabilities.
      let matchByte = match;
      while (symbol < 0x100) {
        matchByte <<= 1;
        const matchBit = matchByte & 0x100;
        const index = base + 0x100 + matchBit + symbol;
        const prob = p[index]!;
        const bound = Math.imul(range >>> 11, prob);
        let bit: number;
        if ((code ^ SIGN) < (bound ^ SIGN)) {
          range = bound;
          p[index] = prob + ((2048 - prob) >> 5);
          bit = 0;
        } else {
          range = (range - bound) | 0;
          code = (code - bound) | 0;
          p[index] = prob - (prob >> 5);
          bit = 0x100;
        }
        symbol = (symbol << 1) | (bit >> 8);
        if (range >>> 24 === 0) {
          range <<= 8;
          if (inPos < inEnd) code = (code << 8) | input[inPos]!;
          else {
            code <<= 8;
            this.overrun = true;
          }
          inPos++;
        }
        if (bit !== matchBit) break;
      }
    }
    while (symbol < 0x100) {
      const index = base + symbol;
      const prob = p[index]!;
      const bound = Math.imul(range >>> 11, prob);
      if ((code ^ SIGN) < (bound ^ SIGN)) {
        range = bound;
        p[index] = prob + ((2048 - prob) >> 5);
        symbol <<= 1;
      } else {
        range = (range - bound) | 0;
        code = (code - bound) | 0;
        p[index] = prob - (prob >> 5);
        symbol = (symbol << 1) | 1;
      }
      if (range >>> 24 === 0) {
        range <<= 8;
        if (inPos < inEnd) code = (code << 8) | input[inPos]!;
        else {
          code <<= 8;
          this.overrun = true;
        }
        inPos++;
      }
    }
    this.range = range;
    this.code = code;
    this.inPos = inPos;
    return symbol & 0xff;
  }

  private tree(base: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | this.bit(base + m);
    return m - (1 << bits);
  }

  private reverseTree(base: number, bits: number): number {
    let m = 1;
    let symbol = 0;
    for (let i = 0; i < bits; i++) {
      const bit = this.bit(base + m);
      m = (m << 1) | bit;
      symbol |= bit << i;
    }
    return symbol;
  }

  private length(base: number, posState: number): number {
    if (this.bit(base) === 0) return 2 + this.tree(base + 2 + posState * 8, 3);
    if (this.bit(base + 1) === 0) return 10 + this.tree(base + 2 + 128 + posState * 8, 3);
    return 18 + this.tree(base + 2 + 256, 8);
  }

  private distance(len: number): number {
    const lenState = len < 6 ? len - 2 : 3;
    const slot = this.tree(POS_SLOT + (lenState << 6), 6);
    if (slot < 4) return slot;
    const directBits = (slot >>> 1) - 1;
    let dist = (2 | (slot & 1)) * 2 ** directBits;
    if (slot < 14) return dist + this.reverseTree(SPEC_POS + dist - slot, directBits);
    dist += this.direct(directBits - 4) * 16;
    return dist + this.reverseTree(ALIGN, 4);
  }

  /** The byte `distance` back (1 is the last one written). */
  private byteAt(distance: number): number {
    const win = this.win;
    let index = win.pos - distance;
    if (index < 0) index += win.buf.length;
    return win.buf[index]!;
  }

  private copy(distance: number, count: number): void {
    const win = this.win;
    const buf = win.buf;
    let dst = win.pos;
    let src = dst - distance;
    if (src < 0) src += buf.length;
    win.pos += count;
    win.total += count;
    if (distance === 1) {
      buf.fill(buf[src]!, dst, dst + count);
    } else if (src < dst && src + count <= dst) {
      buf.copyWithin(dst, src, src + count);
    } else {
      for (let i = 0; i < count; i++) {
        buf[dst++] = buf[src++]!;
        if (src === buf.length) src = 0;
      }
    }
  }

  /**
   * Decodes up to `maxOut` bytes (at most the window's room). Stops early when the input runs low
   * (unless it is final), at the end marker, or on an overrun. Returns the bytes produced.
   */
  decode(maxOut: number): number {
    const win = this.win;
    const buf = win.buf;
    let produced = 0;
    if (this.pendingLen > 0) {
      const n = Math.min(this.pendingLen, maxOut);
      this.copy(this.rep0 + 1, n);
      this.pendingLen -= n;
      produced = n;
    }
    while (produced < maxOut && !this.overrun && (this.final || this.inEnd - this.inPos >= MARGIN)) {
      const posState = win.total & this.pbMask;
      const state = this.state;
      if (this.bit(IS_MATCH + (state << 4) + posState) === 0) {
        const prev = win.total > 0 ? this.byteAt(1) : 0;
        const base = LITERAL + 0x300 * (((win.total & this.lpMask) << this.lc) + (prev >>> (8 - this.lc)));
        const symbol = state < 7 ? this.literal(base, 0x100) : this.literal(base, this.byteAt(this.rep0 + 1));
        buf[win.pos++] = symbol & 0xff;
        win.total++;
        produced++;
        this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let len: number;
      if (this.bit(IS_REP + state) === 0) {
        len = this.length(LEN_CODER, posState);
        this.state = state < 7 ? 7 : 10;
        const dist = this.distance(len);
        if (dist === EOPM) {
          this.eopm = true;
          break;
        }
        this.rep3 = this.rep2;
        this.rep2 = this.rep1;
        this.rep1 = this.rep0;
        this.rep0 = dist;
      } else {
        if (win.total === 0) throw this.corrupt('a repeated match before any output');
        if (this.bit(IS_REP_G0 + state) === 0) {
          if (this.bit(IS_REP0_LONG + (state << 4) + posState) === 0) {
            this.state = state < 7 ? 9 : 11;
            if (this.rep0 >= win.total || this.rep0 >= win.dictSize) throw this.corrupt('a match distance');
            buf[win.pos] = this.byteAt(this.rep0 + 1);
            win.pos++;
            win.total++;
            produced++;
            continue;
          }
        } else {
          let dist: number;
          if (this.bit(IS_REP_G1 + state) === 0) {
            dist = this.rep1;
          } else {
            if (this.bit(IS_REP_G2 + state) === 0) {
              dist = this.rep2;
            } else {
              dist = this.rep3;
              this.rep3 = this.rep2;
            }
            this.rep2 = this.rep1;
          }
          this.rep1 = this.rep0;
          this.rep0 = dist;
        }
        len = this.length(REP_LEN_CODER, posState);
        this.state = state < 7 ? 8 : 11;
      }
      if (this.overrun) break;
      if (this.rep0 >= win.total || this.rep0 >= win.dictSize) throw this.corrupt('a match distance');
      const n = Math.min(len, maxOut - produced);
      this.copy(this.rep0 + 1, n);
      produced += n;
      this.pendingLen = len - n;
    }
    return produced;
  }

  /** Decodes one symbol that must be the end marker (the .lzma size was reached with bytes left). */
  endMarker(): boolean {
    const posState = this.win.total & this.pbMask;
    if (this.bit(IS_MATCH + (this.state << 4) + posState) === 0) return false;
    if (this.bit(IS_REP + this.state) !== 0) return false;
    const len = this.length(LEN_CODER, posState);
    return this.distance(len) === EOPM && !this.overrun;
  }

  /** For errors found inside decode(): the offset is that of the symbol's input. */
  private corrupt(what: string): MalformedError {
    return new MalformedError(`the LZMA data is corrupt (${what} is out of range)`, -1);
  }
}

function truncated(input: Input, what: string): MalformedError {
  return new MalformedError(`the ${what} is truncated`, input.offset);
}

/** Sets offsets on errors thrown inside the decoder, which does not know where its buffer sits. */
function locate(error: unknown, input: Input): unknown {
  if (error instanceof MalformedError && error.offset === -1)
    return new MalformedError(error.message, input.offset);
  return error;
}

/** One LZMA chunk of an LZMA2 stream: exactly `packed` bytes in, `unpacked` bytes out. */
async function lzma2Chunk(input: Input, dec: LzmaDecoder, win: Window, unpacked: number, packed: number) {
  const start = input.offset;
  let left = packed;
  await input.fill(Math.min(left, MARGIN));
  dec.overrun = false;
  dec.bind(input, left);
  if (!dec.initRangeCoder() || dec.overrun) {
    throw dec.overrun && input.atEnd
      ? truncated(input, 'xz file')
      : new MalformedError('the LZMA data is corrupt (a chunk does not start a range coder)', start);
  }
  left -= dec.inPos - input.pos;
  input.pos = dec.inPos;
  let todo = unpacked;
  while (todo > 0) {
    if (input.available < Math.min(left, MARGIN)) await input.fill(Math.min(left, MARGIN));
    dec.bind(input, left);
    let produced: number;
    try {
      produced = dec.decode(Math.min(todo, win.room()));
    } catch (error) {
      throw locate(error, input);
    }
    if (dec.overrun) {
      throw input.atEnd && input.available < left
        ? truncated(input, 'xz file')
        : new MalformedError(
            'the LZMA data is corrupt (a chunk is longer than its header says)',
            input.offset,
          );
    }
    left -= dec.inPos - input.pos;
    input.pos = dec.inPos;
    if (dec.eopm)
      throw new MalformedError('the LZMA data is corrupt (an end marker inside LZMA2)', input.offset);
    todo -= produced;
    win.settle();
  }
  if (dec.pendingLen > 0 || left !== 0 || dec.code !== 0) {
    throw new MalformedError(
      'the LZMA data is corrupt (a chunk does not end where its header says)',
      input.offset,
    );
  }
}

/** An LZMA2 stream, up to and including its end byte. */
async function lzma2(input: Input, dec: LzmaDecoder, win: Window, dictSize: number): Promise<void> {
  let needDictReset = true;
  let needProperties = true;
  for (;;) {
    const control = (await input.take(1))?.[0];
    if (control === undefined) throw truncated(input, 'xz file');
    if (control === 0) {
      win.flush();
      return;
    }
    if (control >= 0xe0 || control === 1) {
      needProperties = true;
      needDictReset = false;
      win.reset(dictSize);
    } else if (needDictReset) {
      throw new MalformedError(
        'the LZMA2 data is corrupt (it does not start with a reset)',
        input.offset - 1,
      );
    }
    if (control >= 0x80) {
      const header = await input.take(control >= 0xc0 ? 5 : 4);
      if (header === undefined) throw truncated(input, 'xz file');
      const unpacked = (control & 0x1f) * 65536 + ((header[0]! << 8) | header[1]!) + 1;
      const packed = ((header[2]! << 8) | header[3]!) + 1;
      if (control >= 0xc0) {
        if (!dec.setProperties(header[4]!))
          throw new MalformedError('the LZMA2 data is corrupt (invalid properties)', input.offset - 1);
        needProperties = false;
        dec.resetState();
      } else if (needProperties) {
        throw new MalformedError('the LZMA2 data is corrupt (a chunk without properties)', input.offset - 5);
      } else if (control >= 0xa0) {
        dec.resetState();
      }
      await lzma2Chunk(input, dec, win, unpacked, packed);
    } else if (control > 2) {
      throw new MalformedError('the LZMA2 data is corrupt (an invalid chunk type)', input.offset - 1);
    } else {
      const header = await input.take(2);
      if (header === undefined) throw truncated(input, 'xz file');
      let left = ((header[0]! << 8) | header[1]!) + 1;
      while (left > 0) {
        await input.fill(1);
        if (input.available === 0) throw truncated(input, 'xz file');
        const n = Math.min(left, input.available, win.room());
        win.buf.set(input.buf.subarray(input.pos, input.pos + n), win.pos);
        win.pos += n;
        win.total += n;
        input.pos += n;
        left -= n;
        win.settle();
      }
    }
  }
}

/** A .lzma stream (13-byte header, then LZMA with an end marker or a known size). */
async function lzmaAlone(input: Input, dec: LzmaDecoder, win: Window): Promise<void> {
  const headerAt = input.offset;
  const header = await input.take(13);
  if (header === undefined) throw truncated(input, '.lzma file');
  if (!dec.setProperties(header[0]!))
    throw new MalformedError('the .lzma header is corrupt (invalid properties)', headerAt);
  const dictSize = (header[1]! | (header[2]! << 8) | (header[3]! << 16) | (header[4]! << 24)) >>> 0;
  const sizeUnknown = header.subarray(5, 13).every((byte) => byte === 0xff);
  let left = Infinity;
  if (!sizeUnknown) {
    left = 0;
    for (let i = 12; i >= 5; i--) left = left * 256 + header[i]!;
  }
  win.reset(dictSize);
  dec.resetState();
  dec.overrun = false;
  await input.fill(MARGIN);
  dec.bind(input);
  if (!dec.initRangeCoder() || dec.overrun) {
    throw dec.overrun
      ? truncated(input, '.lzma file')
      : new MalformedError('the LZMA data is corrupt (it does not start a range coder)', input.offset);
  }
  input.pos = dec.inPos;
  while (left > 0) {
    if (input.available < MARGIN) await input.fill(MARGIN);
    dec.bind(input);
    let produced: number;
    try {
      produced = dec.decode(Math.min(left, win.room()));
    } catch (error) {
      throw locate(error, input);
    }
    if (dec.overrun) throw truncated(input, '.lzma file');
    input.pos = dec.inPos;
    left -= produced;
    win.settle();
    if (dec.eopm) {
      if (left !== Infinity)
        throw new MalformedError(
          'the LZMA data is corrupt (it ends before the size its header gives)',
          input.offset,
        );
      break;
    }
  }
  if (dec.pendingLen > 0)
    throw new MalformedError(
      'the LZMA data is corrupt (a match runs past the size its header gives)',
      input.offset,
    );
  // liblzma accepts an end marker after a known size too; what follows the coder's end is not LZMA.
  if (!dec.eopm && dec.code !== 0) {
    await input.fill(MARGIN);
    dec.bind(input);
    const marker = dec.endMarker();
    if (dec.overrun) throw truncated(input, '.lzma file');
    input.pos = dec.inPos;
    if (!marker)
      throw new MalformedError(
        'the LZMA data is corrupt (it goes on past the size its header gives)',
        input.offset,
      );
  }
  if (dec.code !== 0) throw new MalformedError('the LZMA data is corrupt (bad end of stream)', input.offset);
  win.flush();
}

// ---- xz ------------------------------------------------------------------------------------------

/** node:zlib's, loaded with the first .xz or .lzma file (see decompress.ts). */
let crc32: typeof Zlib.crc32;

const XZ_MAGIC = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
const XZ_FOOTER_MAGIC = [0x59, 0x5a];
/** Check sizes by check ID: 0 none, 1 CRC32, 4 CRC64, 10 SHA-256, the others reserved. */
const CHECK_SIZES = [0, 4, 4, 4, 8, 8, 8, 16, 16, 16, 32, 32, 32, 64, 64, 64];
const FILTER_DELTA = 0x03;
const FILTER_LZMA2 = 0x21;
const BCJ_NAMES: Record<number, string> = {
  4: 'x86 BCJ',
  5: 'PowerPC BCJ',
  6: 'IA-64 BCJ',
  7: 'ARM BCJ',
  8: 'ARM-Thumb BCJ',
  9: 'SPARC BCJ',
  10: 'ARM64 BCJ',
  11: 'RISC-V BCJ',
};

export function startsWithXzMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && XZ_MAGIC.every((byte, index) => bytes[index] === byte);
}

// CRC64 (ECMA-182, reflected, as .xz uses it) in two int32 halves, four bytes a step: slicing by
// four tables keeps it near memory speed without BigInt.
const CRC64_LO = new Int32Array(4 * 256);
const CRC64_HI = new Int32Array(4 * 256);
for (let i = 0; i < 256; i++) {
  let lo = i;
  let hi = 0;
  for (let k = 0; k < 8; k++) {
    const carry = lo & 1;
    lo = (lo >>> 1) | (hi << 31);
    hi = hi >>> 1;
    if (carry) {
      lo ^= 0xd7870f42;
      hi ^= 0xc96c5795;
    }
  }
  CRC64_LO[i] = lo;
  CRC64_HI[i] = hi;
}
for (let i = 0; i < 256; i++) {
  for (let t = 1; t < 4; t++) {
    const lo = CRC64_LO[(t - 1) * 256 + i]!;
    const hi = CRC64_HI[(t - 1) * 256 + i]!;
    const index = lo & 0xff;
    CRC64_LO[t * 256 + i] = ((lo >>> 8) | (hi << 24)) ^ CRC64_LO[index]!;
    CRC64_HI[t * 256 + i] = (hi >>> 8) ^ CRC64_HI[index]!;
  }
}

function crc64(chunk: Uint8Array, crc: [number, number]): void {
  let [lo, hi] = crc;
  const T_LO = CRC64_LO;
  const T_HI = CRC64_HI;
  let i = 0;
  const fast = chunk.length - (chunk.length % 4);
  for (; i < fast; i += 4) {
    const x = lo ^ (chunk[i]! | (chunk[i + 1]! << 8) | (chunk[i + 2]! << 16) | (chunk[i + 3]! << 24));
    const nlo =
      hi ^
      T_LO[768 + (x & 0xff)]! ^
      T_LO[512 + ((x >>> 8) & 0xff)]! ^
      T_LO[256 + ((x >>> 16) & 0xff)]! ^
      T_LO[x >>> 24]!;
    hi =
      T_HI[768 + (x & 0xff)]! ^
      T_HI[512 + ((x >>> 8) & 0xff)]! ^
      T_HI[256 + ((x >>> 16) & 0xff)]! ^
      T_HI[x >>> 24]!;
    lo = nlo;
  }
  for (; i < chunk.length; i++) {
    const index = (lo ^ chunk[i]!) & 0xff;
    lo = ((lo >>> 8) | (hi << 24)) ^ T_LO[index]!;
    hi = (hi >>> 8) ^ T_HI[index]!;
  }
  crc[0] = lo;
  crc[1] = hi;
}

/** The integrity check of one xz block. */
class BlockCheck {
  private crc = 0;
  private readonly crc64: [number, number] = [-1, -1];
  private hash: Hash | undefined;

  constructor(readonly type: number) {
    if (type === 10) this.hash = createHash('sha256');
  }

  update(chunk: Uint8Array): void {
    if (this.type === 1) this.crc = crc32(chunk, this.crc);
    else if (this.type === 4) {
      crc64(chunk, this.crc64);
    } else this.hash?.update(chunk);
  }

  /** Whether `stored` is this check's value; undefined for a reserved check mlsec cannot compute. */
  matches(stored: Uint8Array): boolean | undefined {
    const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
    switch (this.type) {
      case 0:
        return true;
      case 1:
        return view.getUint32(0, true) === this.crc >>> 0;
      case 4:
        return view.getInt32(0, true) === ~this.crc64[0] && view.getInt32(4, true) === ~this.crc64[1];
      case 10:
        return Buffer.from(stored).equals(this.hash!.digest());
      default:
        return undefined;
    }
  }
}

/** What the index has covered so far: its size and the CRC32 over it. */
interface IndexSum {
  size: number;
  crc: number;
}

/** Reads one of xz's variable-length integers of the index, adding its bytes to the index's CRC32. */
async function readVli(input: Input, seen: IndexSum): Promise<number> {
  let value = 0;
  for (let i = 0; i < 9; i++) {
    const byte = (await input.take(1))?.[0];
    if (byte === undefined) throw truncated(input, 'xz file');
    seen.size++;
    seen.crc = crc32(Uint8Array.of(byte), seen.crc);
    if (byte === 0 && i > 0)
      throw new MalformedError(
        'the xz file is corrupt (an integer is not minimally encoded)',
        input.offset - 1,
      );
    value += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) {
      if (!Number.isSafeInteger(value))
        throw new MalformedError('the xz file has an integer too large', input.offset);
      return value;
    }
  }
  throw new MalformedError('the xz file is corrupt (an integer is too long)', input.offset);
}

function vliFrom(bytes: Uint8Array, at: { pos: number }): number | undefined {
  let value = 0;
  for (let i = 0; i < 9 && at.pos < bytes.length; i++) {
    const byte = bytes[at.pos++]!;
    if (byte === 0 && i > 0) return undefined;
    value += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) return Number.isSafeInteger(value) ? value : undefined;
  }
  return undefined;
}

function le32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

interface Filters {
  dictSize: number;
  /** Delta distances, in the order the decoder undoes them. */
  deltas: number[];
}

function parseFilters(header: Uint8Array, at: { pos: number }, count: number, offset: number): Filters {
  const corrupt = (what: string) => new MalformedError(`the xz block header is corrupt (${what})`, offset);
  const deltas: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = vliFrom(header, at);
    const size = vliFrom(header, at);
    if (id === undefined || size === undefined || at.pos + size > header.length)
      throw corrupt('filter flags');
    const props = header.subarray(at.pos, at.pos + size);
    at.pos += size;
    const last = i === count - 1;
    if (id === FILTER_LZMA2) {
      if (!last) throw corrupt('LZMA2 is not the last filter');
      if (size !== 1 || (props[0]! & 0xc0) !== 0 || props[0]! > 40) throw corrupt('LZMA2 properties');
      const bits = props[0]!;
      const dictSize = bits === 40 ? 0xffffffff : (2 | (bits & 1)) * 2 ** ((bits >>> 1) + 11);
      return { dictSize, deltas: deltas.reverse() };
    }
    if (last) throw corrupt('the last filter is not LZMA2');
    if (id === FILTER_DELTA) {
      if (size !== 1) throw corrupt('delta properties');
      deltas.push(props[0]! + 1);
    } else {
      const name = BCJ_NAMES[id] ?? `0x${id.toString(16)}`;
      throw new UnsupportedError(`the xz file uses the ${name} filter, which mlsec does not decode`, offset);
    }
  }
  throw corrupt('no filters');
}

/** xz's delta filter: each byte is stored as the difference to the byte `distance` before it. */
class Delta {
  private readonly history = new Uint8Array(256);
  private index = 0;

  constructor(private readonly distance: number) {}

  apply(chunk: Uint8Array): void {
    const history = this.history;
    let index = this.index;
    for (let i = 0; i < chunk.length; i++) {
      const byte = (chunk[i]! + history[(index + this.distance) & 0xff]!) & 0xff;
      chunk[i] = byte;
      history[index] = byte;
      index = (index - 1) & 0xff;
    }
    this.index = index;
  }
}

interface Sink {
  /** Where a block's output goes: filters, check, then the Output. */
  target: (chunk: Uint8Array) => void;
}

async function xzStream(input: Input, dec: LzmaDecoder, win: Window, sink: Sink, output: Output) {
  const streamAt = input.offset;
  const header = await input.take(12);
  if (header === undefined) throw truncated(input, 'xz file');
  if (!startsWithXzMagic(header)) throw new MalformedError('the xz stream header is corrupt', streamAt);
  const flags = header.slice(6, 8);
  if (crc32(flags) !== le32(header, 8))
    throw new MalformedError('the xz stream header is corrupt (CRC32)', streamAt);
  if (flags[0] !== 0 || (flags[1]! & 0xf0) !== 0)
    throw new UnsupportedError('the xz stream header has flags mlsec does not know', streamAt);
  const checkType = flags[1]!;
  const checkSize = CHECK_SIZES[checkType]!;
  // The blocks' sizes, as a digest compared with the index's, so memory stays flat however many.
  let blocks = 0;
  const records = createHash('sha256');
  const warnings: string[] = [];
  for (;;) {
    const blockAt = input.offset;
    const sizeByte = (await input.take(1))?.[0];
    if (sizeByte === undefined) throw truncated(input, 'xz file');
    if (sizeByte === 0) break;
    const headerSize = (sizeByte + 1) * 4;
    const rest = await input.take(headerSize - 1);
    if (rest === undefined) throw truncated(input, 'xz file');
    const blockHeader = new Uint8Array(headerSize);
    blockHeader[0] = sizeByte;
    blockHeader.set(rest, 1);
    if (crc32(blockHeader.subarray(0, headerSize - 4)) !== le32(blockHeader, headerSize - 4))
      throw new MalformedError('the xz block header is corrupt (CRC32)', blockAt);
    const blockFlags = blockHeader[1]!;
    if ((blockFlags & 0x3c) !== 0)
      throw new UnsupportedError('the xz block header has flags mlsec does not know', blockAt);
    const at = { pos: 2 };
    const body = blockHeader.subarray(0, headerSize - 4);
    const declaredPacked = blockFlags & 0x40 ? vliFrom(body, at) : undefined;
    const declaredUnpacked = blockFlags & 0x80 ? vliFrom(body, at) : undefined;
    if ((blockFlags & 0x40 && !declaredPacked) || (blockFlags & 0x80 && declaredUnpacked === undefined))
      throw new MalformedError('the xz block header is corrupt (sizes)', blockAt);
    const filters = parseFilters(body, at, (blockFlags & 3) + 1, blockAt);
    if (body.subarray(at.pos).some((byte) => byte !== 0))
      throw new MalformedError('the xz block header is corrupt (padding)', blockAt);

    const check = new BlockCheck(checkType);
    const deltas = filters.deltas.map((distance) => new Delta(distance));
    let unpacked = 0;
    sink.target = (chunk) => {
      unpacked += chunk.length;
      if (deltas.length > 0) {
        const copy = chunk.slice();
        for (const delta of deltas) delta.apply(copy);
        check.update(copy);
        output.write(copy, true);
      } else {
        check.update(chunk);
        output.write(chunk, false);
      }
    };
    const dataAt = input.offset;
    await lzma2(input, dec, win, filters.dictSize);
    const packed = input.offset - dataAt;
    if (
      (declaredPacked !== undefined && declaredPacked !== packed) ||
      (declaredUnpacked !== undefined && declaredUnpacked !== unpacked)
    ) {
      throw new MalformedError('the xz block is corrupt (its sizes differ from its header)', input.offset);
    }
    const padding = await input.take((4 - (packed % 4)) % 4);
    if (padding === undefined) throw truncated(input, 'xz file');
    if (padding.some((byte) => byte !== 0))
      throw new MalformedError('the xz block padding is corrupt', input.offset);
    const stored = await input.take(checkSize);
    if (stored === undefined) throw truncated(input, 'xz file');
    const ok = check.matches(stored);
    if (ok === false) {
      const name = checkType === 1 ? 'CRC32' : checkType === 4 ? 'CRC64' : 'SHA-256';
      throw new MalformedError(
        `the xz block is corrupt (its ${name} does not match)`,
        input.offset - checkSize,
      );
    }
    if (ok === undefined && warnings.length === 0) warnings.push(`check type ${checkType}`);
    blocks++;
    records.update(`${headerSize + packed + checkSize},${unpacked};`);
  }

  // The index: every block again, with its sizes, which must agree with what was decoded.
  const indexAt = input.offset - 1;
  const seen: IndexSum = { size: 1, crc: crc32(Uint8Array.of(0)) };
  const corruptIndex = () => new MalformedError('the xz index is corrupt', indexAt);
  const count = await readVli(input, seen);
  if (count !== blocks) throw corruptIndex();
  const listed = createHash('sha256');
  for (let i = 0; i < count; i++) {
    listed.update(`${await readVli(input, seen)},${await readVli(input, seen)};`);
  }
  if (!listed.digest().equals(records.digest())) throw corruptIndex();
  const indexPadding = await input.take((4 - (seen.size % 4)) % 4);
  if (indexPadding === undefined) throw truncated(input, 'xz file');
  if (indexPadding.some((byte) => byte !== 0)) throw corruptIndex();
  seen.crc = crc32(indexPadding, seen.crc);
  seen.size += indexPadding.length;
  const indexCrc = await input.take(4);
  if (indexCrc === undefined) throw truncated(input, 'xz file');
  if (seen.crc !== le32(indexCrc, 0)) throw corruptIndex();
  const indexSize = seen.size + 4;

  const footerAt = input.offset;
  const footer = await input.take(12);
  if (footer === undefined) throw truncated(input, 'xz file');
  if (
    crc32(footer.subarray(4, 10)) !== le32(footer, 0) ||
    (le32(footer, 4) + 1) * 4 !== indexSize ||
    footer[8] !== flags[0] ||
    footer[9] !== flags[1] ||
    footer[10] !== XZ_FOOTER_MAGIC[0] ||
    footer[11] !== XZ_FOOTER_MAGIC[1]
  ) {
    throw new MalformedError('the xz stream footer is corrupt', footerAt);
  }
  return warnings;
}

export interface LzmaFamilyResult {
  /** Reserved xz check types met: decoded, not verified (as liblzma does). */
  uncheckedTypes: string[];
  /** Offset just past the last stream and its padding. */
  end: number;
}

/**
 * Decodes an .xz or .lzma file from the input's position: every stream, as liblzma's concatenated
 * mode reads them, an .xz stream followed by stream padding (zero bytes in fours) or by another
 * .xz or .lzma stream, as Python's LZMAFile in its default FORMAT_AUTO goes on to one. (Python's
 * reader stops at padding; decoding what follows it scans more than a loader reads, never less.)
 * Returns at the end of the last stream; what follows it is the caller's trailing data.
 */
export async function decodeLzmaFamily(
  first: 'xz' | 'lzma',
  input: Input,
  output: Output,
  maxDictionaryBytes: number,
): Promise<LzmaFamilyResult> {
  crc32 ??= (await import('node:zlib')).crc32;
  const sink: Sink = { target: () => {} };
  const win = new Window(maxDictionaryBytes, output, (chunk) => sink.target(chunk));
  const dec = new LzmaDecoder(win);
  const uncheckedTypes: string[] = [];
  let kind: 'xz' | 'lzma' | undefined = first;
  while (kind !== undefined) {
    if (kind === 'xz') uncheckedTypes.push(...(await xzStream(input, dec, win, sink, output)));
    else {
      sink.target = (chunk) => output.write(chunk, false);
      await lzmaAlone(input, dec, win);
    }
    if (kind === 'xz') {
      // Stream padding comes in fours; the rest of a shorter run, and what follows, is trailing data.
      const padding = await input.skipRun(0);
      if (padding % 4 !== 0) return { uncheckedTypes, end: input.offset - (padding % 4) };
    }
    await input.fill(13);
    const next = input.buf.subarray(input.pos, input.end);
    kind = startsWithXzMagic(next) ? 'xz' : isLzmaAloneHeader(next) ? 'lzma' : undefined;
  }
  return { uncheckedTypes, end: input.offset };
}
