/**
 * What the decoders of decompress.ts share: buffered reading of the compressed bytes, delivery of
 * the output to the sink under the limits, and the ways a decode ends early. Decoders stop by
 * throwing one of the errors below; decompress() turns them into its result, so nothing thrown
 * here reaches the caller.
 */
import type { ModelIssue } from './model-issue.js';
import type { ByteSource } from './source.js';

export interface DecompressLimits {
  /** Decompressed bytes delivered at most; the decode stops there with a limit finding. */
  maxOutputBytes: number;
  /** Decompressed bytes per compressed byte consumed so far, checked once output passes ratioFloorBytes. */
  maxRatio: number;
  /** Output up to this many bytes is delivered whatever its ratio (small, repetitive content). */
  ratioFloorBytes: number;
  /**
   * History an LZMA decoder may keep (xz and .lzma headers declare up to 4 GiB). Memory grows with
   * the output, so only a stream that has produced more than this and still declares a larger
   * dictionary stops here.
   */
  maxDictionaryBytes: number;
}

/** The decoded content ends here: it is corrupt or truncated. `offset` is in the compressed bytes. */
export class MalformedError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** The content uses a feature mlsec does not decode (an xz filter other than LZMA2 and delta ...). */
export class UnsupportedError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** The sink asked to stop, or a limit was reached (Output.limitIssue says which). */
export class StopError extends Error {}

const READ_SIZE = 256 * 1024;

/**
 * The compressed bytes, read ahead in large pieces. Decoders index `buf` between `pos` and `end`
 * directly in their hot loops and call fill() between symbols when fewer than they may need are left.
 */
export class Input {
  buf = new Uint8Array(READ_SIZE);
  pos = 0;
  end = 0;
  /** Source offset of buf[0]. */
  private base: number;
  private exhausted = false;

  constructor(
    private readonly source: ByteSource,
    start: number,
  ) {
    this.base = start;
  }

  /** Source offset of the next unread byte. */
  get offset(): number {
    return this.base + this.pos;
  }

  /** Whether the bytes in the buffer are all that is left. */
  get atEnd(): boolean {
    return this.exhausted || this.base + this.end >= this.source.size;
  }

  get available(): number {
    return this.end - this.pos;
  }

  /** Makes at least `min` bytes available, fewer only where the source ends. */
  async fill(min: number): Promise<void> {
    while (this.end - this.pos < min && !this.atEnd) {
      if (this.pos > 0) {
        this.buf.copyWithin(0, this.pos, this.end);
        this.base += this.pos;
        this.end -= this.pos;
        this.pos = 0;
      }
      if (this.buf.length - this.end < READ_SIZE / 2) {
        const grown = new Uint8Array(Math.max(this.buf.length * 2, min + READ_SIZE));
        grown.set(this.buf.subarray(0, this.end));
        this.buf = grown;
      }
      const bytes = await this.source.read(this.base + this.end, this.buf.length - this.end);
      // A file that shrank while open reads short: what was read is all there is.
      if (bytes.length === 0) this.exhausted = true;
      this.buf.set(bytes, this.end);
      this.end += bytes.length;
    }
  }

  /** The next `length` bytes (a view, valid until the next fill), or undefined where the source ends first. */
  async take(length: number): Promise<Uint8Array | undefined> {
    await this.fill(length);
    if (this.end - this.pos < length) return undefined;
    const bytes = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return bytes;
  }

  /** The next byte without consuming it, or -1 at the end. */
  async peek(): Promise<number> {
    await this.fill(1);
    return this.pos < this.end ? this.buf[this.pos]! : -1;
  }

  /** Consumes bytes up to and including the next `byte`; false where the source ends first. */
  async skipThrough(byte: number): Promise<boolean> {
    for (;;) {
      const at = this.buf.subarray(this.pos, this.end).indexOf(byte);
      if (at !== -1) {
        this.pos += at + 1;
        return true;
      }
      this.pos = this.end;
      if (this.atEnd) return false;
      await this.fill(1);
    }
  }

  /** Consumes the run of `byte` that follows; returns its length. */
  async skipRun(byte: number): Promise<number> {
    let run = 0;
    for (;;) {
      const buf = this.buf;
      let pos = this.pos;
      while (pos < this.end && buf[pos] === byte) pos++;
      run += pos - this.pos;
      this.pos = pos;
      if (pos < this.end || this.atEnd) return run;
      await this.fill(1);
    }
  }

  /** Continues at `offset` of the source, keeping what is buffered when the offset is in it. */
  seek(offset: number): void {
    if (offset >= this.base && offset <= this.base + this.end) this.pos = offset - this.base;
    else {
      this.base = offset;
      this.pos = 0;
      this.end = 0;
      this.exhausted = false;
    }
  }

  /** Moves back over bytes already in the buffer (a bit reader hands back whole bytes it held). */
  unread(count: number): void {
    if (count > this.pos) throw new RangeError('unread past the buffered bytes');
    this.pos -= count;
  }
}

export const DEFAULT_LIMITS: DecompressLimits = {
  maxOutputBytes: 4 * 1024 ** 3,
  maxRatio: 1000,
  ratioFloorBytes: 1024 * 1024,
  maxDictionaryBytes: 256 * 1024 * 1024,
};

function describeBytes(bytes: number): string {
  if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  if (bytes >= 1024 ** 2 && bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MiB`;
  return `${bytes} bytes`;
}

/**
 * Hands decompressed bytes to the sink, each chunk its own copy for the sink to keep, and stops the
 * decode (StopError) the moment the output passes a limit: the bytes up to the limit are delivered,
 * none after it.
 */
export class Output {
  delivered = 0;
  limitIssue: ModelIssue | undefined;
  stoppedBySink = false;

  constructor(
    private readonly sink: (chunk: Uint8Array) => boolean | void,
    readonly limits: DecompressLimits,
    readonly method: string,
    /** Compressed bytes consumed so far. */
    private readonly consumed: () => number,
  ) {}

  /** Delivers `chunk`; `owned` says the caller will not reuse its memory, so no copy is needed. */
  write(chunk: Uint8Array, owned: boolean): void {
    if (chunk.length === 0) return;
    if (this.limitIssue !== undefined || this.stoppedBySink) throw new StopError();
    const { maxOutputBytes, maxRatio, ratioFloorBytes } = this.limits;
    const after = this.delivered + chunk.length;
    const byRatio = Math.max(ratioFloorBytes, Math.floor(maxRatio * this.consumed()));
    const allowed = Math.min(maxOutputBytes, byRatio);
    if (after > allowed) {
      const part = Math.max(0, allowed - this.delivered);
      if (part > 0) {
        this.sink(chunk.slice(0, part));
        this.delivered += part;
      }
      this.limitIssue =
        maxOutputBytes <= byRatio
          ? this.limit(
              `its ${this.method} content is over ${describeBytes(maxOutputBytes)} decompressed: the rest was not decompressed or scanned`,
              { limit: 'maxOutputBytes', maxOutputBytes },
            )
          : this.limit(
              `its ${this.method} content decompresses to over ${maxRatio} times the compressed bytes it came from (a decompression bomb?): the rest was not decompressed or scanned`,
              { limit: 'maxRatio', maxRatio, compressedBytes: this.consumed() },
            );
      throw new StopError();
    }
    this.delivered = after;
    if (this.sink(owned ? chunk : chunk.slice()) === false) {
      this.stoppedBySink = true;
      throw new StopError();
    }
  }

  /** Ends the decode at a limit other than the output's (an LZMA dictionary over its cap). */
  stopAtLimit(message: string, properties: Record<string, string | number>): never {
    this.limitIssue = this.limit(message, properties);
    throw new StopError();
  }

  private limit(message: string, properties: Record<string, string | number>): ModelIssue {
    return {
      ruleId: 'model/scan-limit',
      level: 'error',
      message,
      offset: this.consumed(),
      properties: { ...properties, decompressedBytes: this.delivered, compression: this.method },
    };
  }
}
