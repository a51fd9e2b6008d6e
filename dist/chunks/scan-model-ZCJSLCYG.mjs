import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  parseSize
} from "./chunk-EKPQARAC.mjs";
import {
  analyzeGguf,
  analyzeSafetensors
} from "./chunk-YX67FZL2.mjs";
import {
  detectModelFormat,
  isLzmaAloneHeader,
  isModelFileName
} from "./chunk-7VAEQ2IP.mjs";
import {
  analyzeOnnx,
  readNpyHeader,
  resolveExternalLocation
} from "./chunk-JEOVXTYQ.mjs";
import {
  IssueList,
  IssueList2,
  ProtoReader,
  bufferSource,
  decodeUtf8,
  fileSource,
  nameProblems,
  propertyText,
  protoText,
  quoted,
  quoted2,
  readZipDirectory,
  readZipMember,
  sliceSource
} from "./chunk-5YU4NVLR.mjs";
import {
  printable
} from "./chunk-VMIUJUPO.mjs";
import {
  createTreeWalk,
  require_picomatch
} from "./chunk-MHLR25UR.mjs";
import "./chunk-EBHPDEBE.mjs";
import {
  plainFingerprint
} from "./chunk-SLAN3BLR.mjs";
import {
  UsageError,
  fileErrorReason
} from "./chunk-WMHXYQRZ.mjs";
import {
  __toESM
} from "./chunk-DJZDCILK.mjs";

// src/checks/scan-model/index.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstat, open } from "node:fs/promises";
import path from "node:path";

// src/checks/scan-model/rules.ts
var SUPPLY_CHAIN = { owaspMl: ["ML06"], atlas: ["AML.T0010.003", "AML.T0011.000"] };
var MODEL_RULES = {
  "model/pickle-unsafe-global": {
    id: "model/pickle-unsafe-global",
    title: "Pickle imports a code-execution, file or network global",
    help: "Unpickling this file imports and can call a global that runs code, touches files or the network, or reaches other objects (for example `os.system`, `builtins.eval`, `subprocess.Popen`, `functools.partial` of one of them). Loading it with `torch.load(weights_only=False)`, `pickle.load`, `joblib.load` or `numpy.load(allow_pickle=True)` executes it. Do not load the file; get the model from its publisher again, or convert a trusted copy to safetensors or ONNX.",
    defaultLevel: "error",
    securitySeverity: 9.8,
    ...SUPPLY_CHAIN
  },
  "model/pickle-unknown-global": {
    id: "model/pickle-unknown-global",
    title: "Pickle imports a global that no allowlist names",
    help: "The file imports a global that is neither known to be safe (tensor and array reconstruction, scikit-learn estimators, plain containers) nor known to be dangerous. Unpickling runs whatever that name resolves to. If it is your own class, add `module.name` (or `module.*`) to `allow-globals`; otherwise treat the file as untrusted.",
    defaultLevel: "warning",
    securitySeverity: 5.3,
    ...SUPPLY_CHAIN
  },
  "model/pickle-malformed": {
    id: "model/pickle-malformed",
    title: "Pickle stream is malformed or built to evade scanners",
    help: "The pickle stream has a structure that ordinary pickling never writes: a global whose name cannot be known without running it (taken from the memo or the stack, an extension code), an opcode a loader rejects after a scanner gave up, frames that lie about their length, or data after the end. Each is a published way to hide a payload from scanners. Do not load the file.",
    defaultLevel: "error",
    securitySeverity: 8.1,
    ...SUPPLY_CHAIN
  },
  "model/scan-limit": {
    id: "model/scan-limit",
    title: "Scan stopped at a safety limit",
    help: "The file exceeds one of the limits that keep the scan from hanging or running out of memory (opcodes, stack depth, memo size, archive entries, nesting, decompressed size or ratio). What lies beyond the limit was not checked. Ordinary model files stay far below these limits, so a file that reaches one is suspicious (a decompression bomb, a stream built to exhaust scanners).",
    defaultLevel: "error",
    securitySeverity: 7.5,
    ...SUPPLY_CHAIN
  },
  "model/archive-anomaly": {
    id: "model/archive-anomaly",
    title: "Archive is inconsistent: loaders and scanners may see different content",
    help: "The zip or tar container of this model has headers that disagree (central directory and local headers, sizes, CRC), duplicate or odd member names, overlapping members, encrypted or unusually compressed members, or data outside any member. Different readers resolve these differently, which is how payloads are hidden from scanners. Re-export the model with its library.",
    defaultLevel: "error",
    securitySeverity: 7.5,
    ...SUPPLY_CHAIN
  },
  "model/unsafe-construct": {
    id: "model/unsafe-construct",
    title: "Model file carries code or reaches outside itself",
    help: "A format that holds no pickle still asks its loader to run or fetch something: a Keras Lambda layer or a config naming a Python function, a TensorFlow op that reads or writes files or calls Python, ONNX external data outside the model folder or a custom operator domain (native code), a GGUF chat template that reaches Python objects. Review the model before loading it; load Keras models with `safe_mode=True`.",
    defaultLevel: "error",
    securitySeverity: 8.8,
    ...SUPPLY_CHAIN
  },
  "model/malformed-file": {
    id: "model/malformed-file",
    title: "Model file is malformed",
    help: "The file does not follow its format (a safetensors header, GGUF metadata, a protobuf message, a numpy header): loaders may reject it, or parse it differently from the scanner. Regenerate the file with its library.",
    defaultLevel: "error",
    securitySeverity: 6.5,
    ...SUPPLY_CHAIN
  },
  "model/not-scanned": {
    id: "model/not-scanned",
    title: "Model file not scanned",
    help: "mlsec could not scan this file, or part of it (too large for `max-file-size`, unreadable, compressed with a method it does not read, a structure it does not parse), so it may hold a payload that was not looked for. Raise `max-file-size`, convert the file, or exclude it deliberately with `exclude`.",
    defaultLevel: "warning",
    securitySeverity: 5,
    ...SUPPLY_CHAIN
  }
};
function allModelRules() {
  return Object.values(MODEL_RULES);
}

// src/checks/scan-model/decompress-io.ts
var MalformedError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var UnsupportedError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var StopError = class extends Error {
};
var READ_SIZE = 256 * 1024;
var Input = class {
  constructor(source, start) {
    this.source = source;
    this.base = start;
  }
  source;
  buf = new Uint8Array(READ_SIZE);
  pos = 0;
  end = 0;
  /** Source offset of buf[0]. */
  base;
  exhausted = false;
  /** Source offset of the next unread byte. */
  get offset() {
    return this.base + this.pos;
  }
  /** Whether the bytes in the buffer are all that is left. */
  get atEnd() {
    return this.exhausted || this.base + this.end >= this.source.size;
  }
  get available() {
    return this.end - this.pos;
  }
  /** Makes at least `min` bytes available, fewer only where the source ends. */
  async fill(min) {
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
      if (bytes.length === 0) this.exhausted = true;
      this.buf.set(bytes, this.end);
      this.end += bytes.length;
    }
  }
  /** The next `length` bytes (a view, valid until the next fill), or undefined where the source ends first. */
  async take(length) {
    await this.fill(length);
    if (this.end - this.pos < length) return void 0;
    const bytes = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return bytes;
  }
  /** The next byte without consuming it, or -1 at the end. */
  async peek() {
    await this.fill(1);
    return this.pos < this.end ? this.buf[this.pos] : -1;
  }
  /** Consumes bytes up to and including the next `byte`; false where the source ends first. */
  async skipThrough(byte) {
    for (; ; ) {
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
  async skipRun(byte) {
    let run2 = 0;
    for (; ; ) {
      const buf = this.buf;
      let pos = this.pos;
      while (pos < this.end && buf[pos] === byte) pos++;
      run2 += pos - this.pos;
      this.pos = pos;
      if (pos < this.end || this.atEnd) return run2;
      await this.fill(1);
    }
  }
  /** Continues at `offset` of the source, keeping what is buffered when the offset is in it. */
  seek(offset) {
    if (offset >= this.base && offset <= this.base + this.end) this.pos = offset - this.base;
    else {
      this.base = offset;
      this.pos = 0;
      this.end = 0;
      this.exhausted = false;
    }
  }
  /** Moves back over bytes already in the buffer (a bit reader hands back whole bytes it held). */
  unread(count) {
    if (count > this.pos) throw new RangeError("unread past the buffered bytes");
    this.pos -= count;
  }
};
var DEFAULT_LIMITS = {
  maxOutputBytes: 4 * 1024 ** 3,
  maxRatio: 1e3,
  ratioFloorBytes: 1024 * 1024,
  maxDictionaryBytes: 256 * 1024 * 1024
};
function describeBytes(bytes) {
  if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  if (bytes >= 1024 ** 2 && bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MiB`;
  return `${bytes} bytes`;
}
var Output = class {
  constructor(sink, limits, method, consumed) {
    this.sink = sink;
    this.limits = limits;
    this.method = method;
    this.consumed = consumed;
  }
  sink;
  limits;
  method;
  consumed;
  delivered = 0;
  limitIssue;
  stoppedBySink = false;
  /** Delivers `chunk`; `owned` says the caller will not reuse its memory, so no copy is needed. */
  write(chunk, owned) {
    if (chunk.length === 0) return;
    if (this.limitIssue !== void 0 || this.stoppedBySink) throw new StopError();
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
      this.limitIssue = maxOutputBytes <= byRatio ? this.limit(
        `its ${this.method} content is over ${describeBytes(maxOutputBytes)} decompressed: the rest was not decompressed or scanned`,
        { limit: "maxOutputBytes", maxOutputBytes }
      ) : this.limit(
        `its ${this.method} content decompresses to over ${maxRatio} times the compressed bytes it came from (a decompression bomb?): the rest was not decompressed or scanned`,
        { limit: "maxRatio", maxRatio, compressedBytes: this.consumed() }
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
  stopAtLimit(message, properties) {
    this.limitIssue = this.limit(message, properties);
    throw new StopError();
  }
  limit(message, properties) {
    return {
      ruleId: "model/scan-limit",
      level: "error",
      message,
      offset: this.consumed(),
      properties: { ...properties, decompressedBytes: this.delivered, compression: this.method }
    };
  }
};

// src/checks/scan-model/bzip2.ts
var CHUNK = 64 * 1024;
var BLOCK_MAGIC_HI = 3227993;
var BLOCK_MAGIC_LO = 2511705;
var END_MAGIC_HI = 1536581;
var END_MAGIC_LO = 3690640;
var MAX_GROUPS = 6;
var MAX_ALPHA = 258;
var MAX_CODE_LEN = 20;
var MAX_SELECTORS = 18002;
var GROUP_SIZE = 50;
var GROUP_MARGIN = 256;
var CRC_TABLE = new Int32Array(256);
for (let i = 0; i < 256; i++) {
  let c = i << 24;
  for (let k = 0; k < 8; k++) c = c & 2147483648 ? c << 1 ^ 79764919 : c << 1;
  CRC_TABLE[i] = c;
}
var BitReader = class {
  constructor(input) {
    this.input = input;
  }
  input;
  bits = 0;
  count = 0;
  /** A bit past the end of the file was asked for. */
  overrun = false;
  /** Up to 24 bits. */
  read(n) {
    while (this.count < n) {
      const input = this.input;
      let byte = 0;
      if (input.pos < input.end) byte = input.buf[input.pos++];
      else this.overrun = true;
      this.bits = (this.bits << 8 | byte) >>> 0;
      this.count += 8;
    }
    this.count -= n;
    const value = this.bits >>> this.count & (1 << n) - 1;
    this.bits &= (1 << this.count) - 1;
    return value;
  }
  bit() {
    return this.read(1);
  }
  /** Whether fewer than `bytes` are buffered and the file has more: then await ensure(). */
  low(bytes) {
    return this.input.available < bytes && !this.input.atEnd;
  }
  /** Makes `bytes` available, where the file has them. */
  async ensure(bytes) {
    await this.input.fill(bytes);
  }
  /** Drops the bits to the next byte boundary and hands whole bytes held back to the input. */
  align() {
    this.input.unread(this.count >>> 3);
    this.bits = 0;
    this.count = 0;
  }
  /** Compressed bytes consumed, for errors and the ratio limit. */
  get offset() {
    return this.input.offset - (this.count >>> 3);
  }
};
function buildTable(lengths, alphaSize) {
  let minLen = 32;
  let maxLen = 0;
  for (let i = 0; i < alphaSize; i++) {
    minLen = Math.min(minLen, lengths[i]);
    maxLen = Math.max(maxLen, lengths[i]);
  }
  const perm = new Uint16Array(MAX_ALPHA);
  const limit2 = new Int32Array(MAX_CODE_LEN + 2).fill(-1);
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
    limit2[len] = code - 1;
    base[len] = first - firstIndex;
    code <<= 1;
  }
  return { minLen, limit: limit2, base, perm };
}
var Bzip2Decoder = class {
  constructor(input, output) {
    this.input = input;
    this.output = output;
    this.bits = new BitReader(input);
  }
  input;
  output;
  bits;
  /** The block after decoding: bytes in the low 8 bits, then the inverse transform's links above them. */
  tt = new Uint32Array(0);
  out = new Uint8Array(CHUNK);
  outPos = 0;
  selectors = new Uint8Array(MAX_SELECTORS);
  lengths = new Uint8Array(MAX_ALPHA);
  corrupt(what) {
    return this.bits.overrun && this.input.atEnd ? new MalformedError("the bzip2 file is truncated", this.bits.offset) : new MalformedError(`the bzip2 data is corrupt (${what})`, this.bits.offset);
  }
  /** One stream: "BZh", the level, blocks, the end marker with the combined CRC. */
  async stream() {
    await this.bits.ensure(4);
    const header = this.bits.read(24);
    const level = this.bits.read(8) - 48;
    if (this.bits.overrun) throw this.corrupt("stream header");
    if (header !== 4348520 || level < 1 || level > 9) throw this.corrupt("stream header");
    const maxBlock = level * 1e5;
    if (this.tt.length < maxBlock) this.tt = new Uint32Array(maxBlock);
    let combined = 0;
    for (; ; ) {
      await this.bits.ensure(GROUP_MARGIN);
      const hi = this.bits.read(24);
      const lo = this.bits.read(24);
      if (hi === END_MAGIC_HI && lo === END_MAGIC_LO) {
        const stored = (this.bits.read(16) << 16 | this.bits.read(16)) >>> 0;
        if (this.bits.overrun) throw this.corrupt("end of stream");
        if (stored !== combined) throw this.corrupt("the stream CRC does not match");
        this.bits.align();
        return;
      }
      if (hi !== BLOCK_MAGIC_HI || lo !== BLOCK_MAGIC_LO) throw this.corrupt("block header");
      const blockCrc = await this.block(maxBlock);
      combined = ((combined << 1 | combined >>> 31) ^ blockCrc) >>> 0;
    }
  }
  /** Decodes one block and delivers its output; returns its CRC, once checked. */
  async block(maxBlock) {
    const bits = this.bits;
    const storedCrc = (bits.read(16) << 16 | bits.read(16)) >>> 0;
    if (bits.read(1) === 1) {
      throw new UnsupportedError(
        "the bzip2 file has a randomized block (bzip2 before 0.9.5), which mlsec does not decode",
        bits.offset
      );
    }
    const origPtr = bits.read(24);
    if (origPtr > 10 + maxBlock) throw this.corrupt("block origin");
    const used = bits.read(16);
    const seqToByte = new Uint8Array(256);
    let inUse = 0;
    for (let i = 0; i < 16; i++) {
      if ((used & 32768 >>> i) === 0) continue;
      const group = bits.read(16);
      for (let j = 0; j < 16; j++) if (group & 32768 >>> j) seqToByte[inUse++] = i * 16 + j;
    }
    if (inUse === 0) throw this.corrupt("no symbols in use");
    const alphaSize = inUse + 2;
    const groups = bits.read(3);
    const selectorCount = bits.read(15);
    if (groups < 2 || groups > MAX_GROUPS || selectorCount < 1) throw this.corrupt("Huffman tables");
    const mtfGroups = [0, 1, 2, 3, 4, 5];
    for (let i = 0; i < selectorCount; i++) {
      if (bits.low(8)) await bits.ensure(8);
      let j = 0;
      while (bits.bit() === 1) {
        if (++j >= groups) throw this.corrupt("a selector");
      }
      if (bits.overrun) throw this.corrupt("selectors");
      const value = mtfGroups[j];
      mtfGroups.copyWithin(1, 0, j);
      mtfGroups[0] = value;
      if (i < MAX_SELECTORS) this.selectors[i] = value;
    }
    const selectors = Math.min(selectorCount, MAX_SELECTORS);
    const tables = [];
    const lengths = this.lengths;
    for (let t = 0; t < groups; t++) {
      if (bits.low(8)) await bits.ensure(8);
      let len = bits.read(5);
      for (let symbol = 0; symbol < alphaSize; symbol++) {
        for (; ; ) {
          if (len < 1 || len > MAX_CODE_LEN) throw this.corrupt("a code length");
          if (bits.low(8)) await bits.ensure(8);
          if (bits.bit() === 0) break;
          len += bits.bit() === 0 ? 1 : -1;
        }
        if (bits.overrun) throw this.corrupt("code lengths");
        lengths[symbol] = len;
      }
      tables.push(buildTable(lengths, alphaSize));
    }
    const tt = this.tt;
    const counts = new Int32Array(256);
    const mtf = new Uint8Array(256);
    for (let i = 0; i < 256; i++) mtf[i] = i;
    const endOfBlock = inUse + 1;
    let count = 0;
    let groupIndex = -1;
    let groupLeft = 0;
    let table = tables[0];
    let runLength = 0;
    let runWeight = 1;
    for (; ; ) {
      if (groupLeft === 0) {
        if (++groupIndex >= selectors) throw this.corrupt("more symbols than selectors");
        table = tables[this.selectors[groupIndex]];
        groupLeft = GROUP_SIZE;
        if (bits.low(GROUP_MARGIN)) await bits.ensure(GROUP_MARGIN);
        if (bits.overrun) throw this.corrupt("symbols");
      }
      groupLeft--;
      let len = table.minLen;
      let code = bits.read(len);
      while (len <= MAX_CODE_LEN && code > table.limit[len]) {
        len++;
        code = code << 1 | bits.bit();
      }
      if (len > MAX_CODE_LEN) throw this.corrupt("a Huffman code");
      const index = code - table.base[len];
      if (index < 0 || index >= MAX_ALPHA) throw this.corrupt("a Huffman code");
      const symbol = table.perm[index];
      if (symbol <= 1) {
        runLength += (symbol + 1) * runWeight;
        runWeight *= 2;
        if (runWeight >= 2 * 1024 * 1024) throw this.corrupt("a run is too long");
        continue;
      }
      if (runLength > 0) {
        if (count + runLength > maxBlock) throw this.corrupt("the block is longer than its level allows");
        const byte2 = seqToByte[mtf[0]];
        counts[byte2] += runLength;
        tt.fill(byte2, count, count + runLength);
        count += runLength;
        runLength = 0;
        runWeight = 1;
      }
      if (symbol === endOfBlock) break;
      if (count >= maxBlock) throw this.corrupt("the block is longer than its level allows");
      const position = symbol - 1;
      const front = mtf[position];
      if (position < 16) for (let i = position; i > 0; i--) mtf[i] = mtf[i - 1];
      else mtf.copyWithin(1, 0, position);
      mtf[0] = front;
      const byte = seqToByte[front];
      counts[byte]++;
      tt[count++] = byte;
    }
    if (bits.overrun) throw this.corrupt("symbols");
    if (origPtr >= count) throw this.corrupt("block origin");
    let sum = 0;
    for (let i = 0; i < 256; i++) {
      const c = counts[i];
      counts[i] = sum;
      sum += c;
    }
    for (let i = 0; i < count; i++) {
      const byte = tt[i] & 255;
      tt[counts[byte]++] |= i << 8;
    }
    return this.emitBlock(count, origPtr, storedCrc);
  }
  /** Walks the links, undoes the initial run-length coding and delivers the bytes in chunks. */
  emitBlock(count, origPtr, storedCrc) {
    const tt = this.tt;
    const out = this.out;
    let outPos = this.outPos;
    let crc = -1;
    let link = tt[origPtr] >>> 8;
    let last = -1;
    let run2 = 0;
    for (let i = 0; i < count; i++) {
      const entry = tt[link];
      const byte = entry & 255;
      link = entry >>> 8;
      if (run2 === 4) {
        for (let k = 0; k < byte; k++) {
          crc = crc << 8 ^ CRC_TABLE[(crc >>> 24 ^ last) & 255];
          out[outPos++] = last;
          if (outPos === CHUNK) {
            this.output.write(out, false);
            outPos = 0;
          }
        }
        run2 = 0;
        continue;
      }
      if (byte === last) run2++;
      else {
        last = byte;
        run2 = 1;
      }
      crc = crc << 8 ^ CRC_TABLE[(crc >>> 24 ^ byte) & 255];
      out[outPos++] = byte;
      if (outPos === CHUNK) {
        this.output.write(out, false);
        outPos = 0;
      }
    }
    this.output.write(out.subarray(0, outPos), false);
    this.outPos = 0;
    crc = (crc ^ 4294967295) >>> 0;
    if (crc !== storedCrc) throw this.corrupt("a block CRC does not match");
    return crc;
  }
};
async function decodeBzip2(input, output) {
  const decoder = new Bzip2Decoder(input, output);
  for (; ; ) {
    await decoder.stream();
    await input.fill(4);
    const next = input.buf.subarray(input.pos, input.end);
    if (!(next[0] === 66 && next[1] === 90 && next[2] === 104 && next[3] >= 49 && next[3] <= 57))
      return;
  }
}

// src/checks/scan-model/lzma.ts
import { createHash } from "node:crypto";
var CHUNK2 = 64 * 1024;
var MARGIN = 64;
var FIRST_WINDOW = 1024 * 1024;
var Window = class {
  constructor(maxBytes, output, emit) {
    this.maxBytes = maxBytes;
    this.output = output;
    this.emit = emit;
  }
  maxBytes;
  output;
  emit;
  buf = new Uint8Array(0);
  /** Next write index in buf. */
  pos = 0;
  /** buf[flushed, pos) has not been handed on yet. */
  flushed = 0;
  /** Bytes since the last dictionary reset: LZMA's position, and the bound on distances. */
  total = 0;
  /** Distances at most this are valid (the declared dictionary, as liblzma rounds it). */
  dictSize = 0;
  target = 0;
  wrapped = false;
  reset(declaredDictSize) {
    this.flush();
    this.dictSize = Math.max(4096, Math.ceil(declaredDictSize / 16) * 16);
    this.target = Math.min(Math.max(this.dictSize, CHUNK2), this.maxBytes);
    this.total = 0;
    this.pos = 0;
    this.flushed = 0;
    this.wrapped = false;
    if (this.buf.length === 0) this.buf = new Uint8Array(Math.min(this.target, FIRST_WINDOW));
  }
  /** Bytes that may be written before settle() must run: never 0 after settle(). */
  room() {
    return Math.min(this.buf.length - this.pos, CHUNK2 - (this.pos - this.flushed));
  }
  /** Hands on a full chunk and makes room at the end of the buffer: grows it, or wraps around. */
  settle() {
    if (this.pos - this.flushed >= CHUNK2) this.flush();
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
        { limit: "maxDictionaryBytes", maxDictionaryBytes: this.maxBytes, dictionaryBytes: this.dictSize }
      );
    }
  }
  flush() {
    if (this.pos > this.flushed) {
      const chunk = this.buf.subarray(this.flushed, this.pos);
      this.flushed = this.pos;
      this.emit(chunk);
    }
  }
};
var IS_MATCH = 0;
var IS_REP = IS_MATCH + 12 * 16;
var IS_REP_G0 = IS_REP + 12;
var IS_REP_G1 = IS_REP_G0 + 12;
var IS_REP_G2 = IS_REP_G1 + 12;
var IS_REP0_LONG = IS_REP_G2 + 12;
var POS_SLOT = IS_REP0_LONG + 12 * 16;
var SPEC_POS = POS_SLOT + 4 * 64;
var ALIGN = SPEC_POS + 115;
var LEN_CODER = ALIGN + 16;
var LEN_SIZE = 2 + 16 * 8 + 16 * 8 + 256;
var REP_LEN_CODER = LEN_CODER + LEN_SIZE;
var LITERAL = REP_LEN_CODER + LEN_SIZE;
var PROBS = LITERAL + 768 * 16;
var EOPM = 4294967295;
var SIGN = -2147483648;
var LzmaDecoder = class {
  constructor(win) {
    this.win = win;
  }
  win;
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
  p = new Uint16Array(PROBS);
  lc = 0;
  lpMask = 0;
  pbMask = 0;
  state = 0;
  rep0 = 0;
  rep1 = 0;
  rep2 = 0;
  rep3 = 0;
  /** Decodes lc/lp/pb from LZMA's properties byte; false where liblzma refuses them. */
  setProperties(props) {
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
  resetState() {
    this.p.fill(1024);
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
    this.pendingLen = 0;
    this.eopm = false;
  }
  /** Points the decoder at the input buffer, at most `limit` bytes of it. */
  bind(input, limit2 = Infinity) {
    this.in = input.buf;
    this.inPos = input.pos;
    const available = input.available;
    this.inEnd = input.pos + Math.min(available, limit2);
    this.final = available >= limit2 || input.atEnd;
  }
  /** Starts the range coder: a zero byte, then the first 32 bits of the code. False when corrupt. */
  initRangeCoder() {
    const first = this.nextByte();
    let code = 0;
    for (let i = 0; i < 4; i++) code = code << 8 | this.nextByte();
    this.range = -1;
    this.code = code;
    return first === 0 && code !== -1;
  }
  nextByte() {
    if (this.inPos < this.inEnd) return this.in[this.inPos++];
    this.overrun = true;
    this.inPos++;
    return 0;
  }
  // The range and the code are unsigned 32-bit values kept in int32s, so V8 keeps them as small
  // integers: products through Math.imul, unsigned comparisons with the sign bit flipped.
  // Normalizing after each bit, rather than before, leaves the coder normalized between symbols,
  // so a chunk's bytes are all consumed when its last symbol is.
  bit(index) {
    const p = this.p;
    const prob = p[index];
    const bound = Math.imul(this.range >>> 11, prob);
    let bit;
    if ((this.code ^ SIGN) < (bound ^ SIGN)) {
      this.range = bound;
      p[index] = prob + (2048 - prob >> 5);
      bit = 0;
    } else {
      this.range = this.range - bound | 0;
      this.code = this.code - bound | 0;
      p[index] = prob - (prob >> 5);
      bit = 1;
    }
    if (this.range >>> 24 === 0) {
      this.range <<= 8;
      this.code = this.code << 8 | this.nextByte();
    }
    return bit;
  }
  direct(count) {
    let result = 0;
    for (let i = 0; i < count; i++) {
      this.range = this.range >>> 1;
      let bit = 0;
      if ((this.code ^ SIGN) >= (this.range ^ SIGN)) {
        this.code = this.code - this.range | 0;
        bit = 1;
      }
      result = result * 2 + bit;
      if (this.range >>> 24 === 0) {
        this.range <<= 8;
        this.code = this.code << 8 | this.nextByte();
      }
    }
    return result;
  }
  /**
   * A literal, the hottest symbol, with the coder in locals. `match` is the byte at rep0 (after a
   * match, its bits steer the probabilities until one differs), or 0x100 for a plain literal.
   */
  literal(base, match) {
    const p = this.p;
    const input = this.in;
    const inEnd = this.inEnd;
    let range = this.range;
    let code = this.code;
    let inPos = this.inPos;
    let symbol = 1;
    if (match !== 256) {
      let matchByte = match;
      while (symbol < 256) {
        matchByte <<= 1;
        const matchBit = matchByte & 256;
        const index = base + 256 + matchBit + symbol;
        const prob = p[index];
        const bound = Math.imul(range >>> 11, prob);
        let bit;
        if ((code ^ SIGN) < (bound ^ SIGN)) {
          range = bound;
          p[index] = prob + (2048 - prob >> 5);
          bit = 0;
        } else {
          range = range - bound | 0;
          code = code - bound | 0;
          p[index] = prob - (prob >> 5);
          bit = 256;
        }
        symbol = symbol << 1 | bit >> 8;
        if (range >>> 24 === 0) {
          range <<= 8;
          if (inPos < inEnd) code = code << 8 | input[inPos];
          else {
            code <<= 8;
            this.overrun = true;
          }
          inPos++;
        }
        if (bit !== matchBit) break;
      }
    }
    while (symbol < 256) {
      const index = base + symbol;
      const prob = p[index];
      const bound = Math.imul(range >>> 11, prob);
      if ((code ^ SIGN) < (bound ^ SIGN)) {
        range = bound;
        p[index] = prob + (2048 - prob >> 5);
        symbol <<= 1;
      } else {
        range = range - bound | 0;
        code = code - bound | 0;
        p[index] = prob - (prob >> 5);
        symbol = symbol << 1 | 1;
      }
      if (range >>> 24 === 0) {
        range <<= 8;
        if (inPos < inEnd) code = code << 8 | input[inPos];
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
    return symbol & 255;
  }
  tree(base, bits) {
    let m = 1;
    for (let i = 0; i < bits; i++) m = m << 1 | this.bit(base + m);
    return m - (1 << bits);
  }
  reverseTree(base, bits) {
    let m = 1;
    let symbol = 0;
    for (let i = 0; i < bits; i++) {
      const bit = this.bit(base + m);
      m = m << 1 | bit;
      symbol |= bit << i;
    }
    return symbol;
  }
  length(base, posState) {
    if (this.bit(base) === 0) return 2 + this.tree(base + 2 + posState * 8, 3);
    if (this.bit(base + 1) === 0) return 10 + this.tree(base + 2 + 128 + posState * 8, 3);
    return 18 + this.tree(base + 2 + 256, 8);
  }
  distance(len) {
    const lenState = len < 6 ? len - 2 : 3;
    const slot = this.tree(POS_SLOT + (lenState << 6), 6);
    if (slot < 4) return slot;
    const directBits = (slot >>> 1) - 1;
    let dist = (2 | slot & 1) * 2 ** directBits;
    if (slot < 14) return dist + this.reverseTree(SPEC_POS + dist - slot, directBits);
    dist += this.direct(directBits - 4) * 16;
    return dist + this.reverseTree(ALIGN, 4);
  }
  /** The byte `distance` back (1 is the last one written). */
  byteAt(distance) {
    const win = this.win;
    let index = win.pos - distance;
    if (index < 0) index += win.buf.length;
    return win.buf[index];
  }
  copy(distance, count) {
    const win = this.win;
    const buf = win.buf;
    let dst = win.pos;
    let src = dst - distance;
    if (src < 0) src += buf.length;
    win.pos += count;
    win.total += count;
    if (distance === 1) {
      buf.fill(buf[src], dst, dst + count);
    } else if (src < dst && src + count <= dst) {
      buf.copyWithin(dst, src, src + count);
    } else {
      for (let i = 0; i < count; i++) {
        buf[dst++] = buf[src++];
        if (src === buf.length) src = 0;
      }
    }
  }
  /**
   * Decodes up to `maxOut` bytes (at most the window's room). Stops early when the input runs low
   * (unless it is final), at the end marker, or on an overrun. Returns the bytes produced.
   */
  decode(maxOut) {
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
        const base = LITERAL + 768 * (((win.total & this.lpMask) << this.lc) + (prev >>> 8 - this.lc));
        const symbol = state < 7 ? this.literal(base, 256) : this.literal(base, this.byteAt(this.rep0 + 1));
        buf[win.pos++] = symbol & 255;
        win.total++;
        produced++;
        this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let len;
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
        if (win.total === 0) throw this.corrupt("a repeated match before any output");
        if (this.bit(IS_REP_G0 + state) === 0) {
          if (this.bit(IS_REP0_LONG + (state << 4) + posState) === 0) {
            this.state = state < 7 ? 9 : 11;
            if (this.rep0 >= win.total || this.rep0 >= win.dictSize) throw this.corrupt("a match distance");
            buf[win.pos] = this.byteAt(this.rep0 + 1);
            win.pos++;
            win.total++;
            produced++;
            continue;
          }
        } else {
          let dist;
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
      if (this.rep0 >= win.total || this.rep0 >= win.dictSize) throw this.corrupt("a match distance");
      const n = Math.min(len, maxOut - produced);
      this.copy(this.rep0 + 1, n);
      produced += n;
      this.pendingLen = len - n;
    }
    return produced;
  }
  /** Decodes one symbol that must be the end marker (the .lzma size was reached with bytes left). */
  endMarker() {
    const posState = this.win.total & this.pbMask;
    if (this.bit(IS_MATCH + (this.state << 4) + posState) === 0) return false;
    if (this.bit(IS_REP + this.state) !== 0) return false;
    const len = this.length(LEN_CODER, posState);
    return this.distance(len) === EOPM && !this.overrun;
  }
  /** For errors found inside decode(): the offset is that of the symbol's input. */
  corrupt(what) {
    return new MalformedError(`the LZMA data is corrupt (${what} is out of range)`, -1);
  }
};
function truncated(input, what) {
  return new MalformedError(`the ${what} is truncated`, input.offset);
}
function locate(error, input) {
  if (error instanceof MalformedError && error.offset === -1)
    return new MalformedError(error.message, input.offset);
  return error;
}
async function lzma2Chunk(input, dec, win, unpacked, packed) {
  const start = input.offset;
  let left = packed;
  await input.fill(Math.min(left, MARGIN));
  dec.overrun = false;
  dec.bind(input, left);
  if (!dec.initRangeCoder() || dec.overrun) {
    throw dec.overrun && input.atEnd ? truncated(input, "xz file") : new MalformedError("the LZMA data is corrupt (a chunk does not start a range coder)", start);
  }
  left -= dec.inPos - input.pos;
  input.pos = dec.inPos;
  let todo = unpacked;
  while (todo > 0) {
    if (input.available < Math.min(left, MARGIN)) await input.fill(Math.min(left, MARGIN));
    dec.bind(input, left);
    let produced;
    try {
      produced = dec.decode(Math.min(todo, win.room()));
    } catch (error) {
      throw locate(error, input);
    }
    if (dec.overrun) {
      throw input.atEnd && input.available < left ? truncated(input, "xz file") : new MalformedError(
        "the LZMA data is corrupt (a chunk is longer than its header says)",
        input.offset
      );
    }
    left -= dec.inPos - input.pos;
    input.pos = dec.inPos;
    if (dec.eopm)
      throw new MalformedError("the LZMA data is corrupt (an end marker inside LZMA2)", input.offset);
    todo -= produced;
    win.settle();
  }
  if (dec.pendingLen > 0 || left !== 0 || dec.code !== 0) {
    throw new MalformedError(
      "the LZMA data is corrupt (a chunk does not end where its header says)",
      input.offset
    );
  }
}
async function lzma2(input, dec, win, dictSize) {
  let needDictReset = true;
  let needProperties = true;
  for (; ; ) {
    const control = (await input.take(1))?.[0];
    if (control === void 0) throw truncated(input, "xz file");
    if (control === 0) {
      win.flush();
      return;
    }
    if (control >= 224 || control === 1) {
      needProperties = true;
      needDictReset = false;
      win.reset(dictSize);
    } else if (needDictReset) {
      throw new MalformedError(
        "the LZMA2 data is corrupt (it does not start with a reset)",
        input.offset - 1
      );
    }
    if (control >= 128) {
      const header = await input.take(control >= 192 ? 5 : 4);
      if (header === void 0) throw truncated(input, "xz file");
      const unpacked = (control & 31) * 65536 + (header[0] << 8 | header[1]) + 1;
      const packed = (header[2] << 8 | header[3]) + 1;
      if (control >= 192) {
        if (!dec.setProperties(header[4]))
          throw new MalformedError("the LZMA2 data is corrupt (invalid properties)", input.offset - 1);
        needProperties = false;
        dec.resetState();
      } else if (needProperties) {
        throw new MalformedError("the LZMA2 data is corrupt (a chunk without properties)", input.offset - 5);
      } else if (control >= 160) {
        dec.resetState();
      }
      await lzma2Chunk(input, dec, win, unpacked, packed);
    } else if (control > 2) {
      throw new MalformedError("the LZMA2 data is corrupt (an invalid chunk type)", input.offset - 1);
    } else {
      const header = await input.take(2);
      if (header === void 0) throw truncated(input, "xz file");
      let left = (header[0] << 8 | header[1]) + 1;
      while (left > 0) {
        await input.fill(1);
        if (input.available === 0) throw truncated(input, "xz file");
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
async function lzmaAlone(input, dec, win) {
  const headerAt = input.offset;
  const header = await input.take(13);
  if (header === void 0) throw truncated(input, ".lzma file");
  if (!dec.setProperties(header[0]))
    throw new MalformedError("the .lzma header is corrupt (invalid properties)", headerAt);
  const dictSize = (header[1] | header[2] << 8 | header[3] << 16 | header[4] << 24) >>> 0;
  const sizeUnknown = header.subarray(5, 13).every((byte) => byte === 255);
  let left = Infinity;
  if (!sizeUnknown) {
    left = 0;
    for (let i = 12; i >= 5; i--) left = left * 256 + header[i];
  }
  win.reset(dictSize);
  dec.resetState();
  dec.overrun = false;
  await input.fill(MARGIN);
  dec.bind(input);
  if (!dec.initRangeCoder() || dec.overrun) {
    throw dec.overrun ? truncated(input, ".lzma file") : new MalformedError("the LZMA data is corrupt (it does not start a range coder)", input.offset);
  }
  input.pos = dec.inPos;
  while (left > 0) {
    if (input.available < MARGIN) await input.fill(MARGIN);
    dec.bind(input);
    let produced;
    try {
      produced = dec.decode(Math.min(left, win.room()));
    } catch (error) {
      throw locate(error, input);
    }
    if (dec.overrun) throw truncated(input, ".lzma file");
    input.pos = dec.inPos;
    left -= produced;
    win.settle();
    if (dec.eopm) {
      if (left !== Infinity)
        throw new MalformedError(
          "the LZMA data is corrupt (it ends before the size its header gives)",
          input.offset
        );
      break;
    }
  }
  if (dec.pendingLen > 0)
    throw new MalformedError(
      "the LZMA data is corrupt (a match runs past the size its header gives)",
      input.offset
    );
  if (!dec.eopm && dec.code !== 0) {
    await input.fill(MARGIN);
    dec.bind(input);
    const marker = dec.endMarker();
    if (dec.overrun) throw truncated(input, ".lzma file");
    input.pos = dec.inPos;
    if (!marker)
      throw new MalformedError(
        "the LZMA data is corrupt (it goes on past the size its header gives)",
        input.offset
      );
  }
  if (dec.code !== 0) throw new MalformedError("the LZMA data is corrupt (bad end of stream)", input.offset);
  win.flush();
}
var crc32;
var XZ_MAGIC = [253, 55, 122, 88, 90, 0];
var XZ_FOOTER_MAGIC = [89, 90];
var CHECK_SIZES = [0, 4, 4, 4, 8, 8, 8, 16, 16, 16, 32, 32, 32, 64, 64, 64];
var FILTER_DELTA = 3;
var FILTER_LZMA2 = 33;
var BCJ_NAMES = {
  4: "x86 BCJ",
  5: "PowerPC BCJ",
  6: "IA-64 BCJ",
  7: "ARM BCJ",
  8: "ARM-Thumb BCJ",
  9: "SPARC BCJ",
  10: "ARM64 BCJ",
  11: "RISC-V BCJ"
};
function startsWithXzMagic(bytes) {
  return bytes.length >= 6 && XZ_MAGIC.every((byte, index) => bytes[index] === byte);
}
var CRC64_LO = new Int32Array(4 * 256);
var CRC64_HI = new Int32Array(4 * 256);
for (let i = 0; i < 256; i++) {
  let lo = i;
  let hi = 0;
  for (let k = 0; k < 8; k++) {
    const carry = lo & 1;
    lo = lo >>> 1 | hi << 31;
    hi = hi >>> 1;
    if (carry) {
      lo ^= 3615952706;
      hi ^= 3379320725;
    }
  }
  CRC64_LO[i] = lo;
  CRC64_HI[i] = hi;
}
for (let i = 0; i < 256; i++) {
  for (let t = 1; t < 4; t++) {
    const lo = CRC64_LO[(t - 1) * 256 + i];
    const hi = CRC64_HI[(t - 1) * 256 + i];
    const index = lo & 255;
    CRC64_LO[t * 256 + i] = (lo >>> 8 | hi << 24) ^ CRC64_LO[index];
    CRC64_HI[t * 256 + i] = hi >>> 8 ^ CRC64_HI[index];
  }
}
function crc64(chunk, crc) {
  let [lo, hi] = crc;
  const T_LO = CRC64_LO;
  const T_HI = CRC64_HI;
  let i = 0;
  const fast = chunk.length - chunk.length % 4;
  for (; i < fast; i += 4) {
    const x = lo ^ (chunk[i] | chunk[i + 1] << 8 | chunk[i + 2] << 16 | chunk[i + 3] << 24);
    const nlo = hi ^ T_LO[768 + (x & 255)] ^ T_LO[512 + (x >>> 8 & 255)] ^ T_LO[256 + (x >>> 16 & 255)] ^ T_LO[x >>> 24];
    hi = T_HI[768 + (x & 255)] ^ T_HI[512 + (x >>> 8 & 255)] ^ T_HI[256 + (x >>> 16 & 255)] ^ T_HI[x >>> 24];
    lo = nlo;
  }
  for (; i < chunk.length; i++) {
    const index = (lo ^ chunk[i]) & 255;
    lo = (lo >>> 8 | hi << 24) ^ T_LO[index];
    hi = hi >>> 8 ^ T_HI[index];
  }
  crc[0] = lo;
  crc[1] = hi;
}
var BlockCheck = class {
  constructor(type) {
    this.type = type;
    if (type === 10) this.hash = createHash("sha256");
  }
  type;
  crc = 0;
  crc64 = [-1, -1];
  hash;
  update(chunk) {
    if (this.type === 1) this.crc = crc32(chunk, this.crc);
    else if (this.type === 4) {
      crc64(chunk, this.crc64);
    } else this.hash?.update(chunk);
  }
  /** Whether `stored` is this check's value; undefined for a reserved check mlsec cannot compute. */
  matches(stored) {
    const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
    switch (this.type) {
      case 0:
        return true;
      case 1:
        return view.getUint32(0, true) === this.crc >>> 0;
      case 4:
        return view.getInt32(0, true) === ~this.crc64[0] && view.getInt32(4, true) === ~this.crc64[1];
      case 10:
        return Buffer.from(stored).equals(this.hash.digest());
      default:
        return void 0;
    }
  }
};
async function readVli(input, seen) {
  let value = 0;
  for (let i = 0; i < 9; i++) {
    const byte = (await input.take(1))?.[0];
    if (byte === void 0) throw truncated(input, "xz file");
    seen.size++;
    seen.crc = crc32(Uint8Array.of(byte), seen.crc);
    if (byte === 0 && i > 0)
      throw new MalformedError(
        "the xz file is corrupt (an integer is not minimally encoded)",
        input.offset - 1
      );
    value += (byte & 127) * 2 ** (7 * i);
    if ((byte & 128) === 0) {
      if (!Number.isSafeInteger(value))
        throw new MalformedError("the xz file has an integer too large", input.offset);
      return value;
    }
  }
  throw new MalformedError("the xz file is corrupt (an integer is too long)", input.offset);
}
function vliFrom(bytes, at) {
  let value = 0;
  for (let i = 0; i < 9 && at.pos < bytes.length; i++) {
    const byte = bytes[at.pos++];
    if (byte === 0 && i > 0) return void 0;
    value += (byte & 127) * 2 ** (7 * i);
    if ((byte & 128) === 0) return Number.isSafeInteger(value) ? value : void 0;
  }
  return void 0;
}
function le32(bytes, at) {
  return (bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24) >>> 0;
}
function parseFilters(header, at, count, offset) {
  const corrupt = (what) => new MalformedError(`the xz block header is corrupt (${what})`, offset);
  const deltas = [];
  for (let i = 0; i < count; i++) {
    const id = vliFrom(header, at);
    const size = vliFrom(header, at);
    if (id === void 0 || size === void 0 || at.pos + size > header.length)
      throw corrupt("filter flags");
    const props = header.subarray(at.pos, at.pos + size);
    at.pos += size;
    const last = i === count - 1;
    if (id === FILTER_LZMA2) {
      if (!last) throw corrupt("LZMA2 is not the last filter");
      if (size !== 1 || (props[0] & 192) !== 0 || props[0] > 40) throw corrupt("LZMA2 properties");
      const bits = props[0];
      const dictSize = bits === 40 ? 4294967295 : (2 | bits & 1) * 2 ** ((bits >>> 1) + 11);
      return { dictSize, deltas: deltas.reverse() };
    }
    if (last) throw corrupt("the last filter is not LZMA2");
    if (id === FILTER_DELTA) {
      if (size !== 1) throw corrupt("delta properties");
      deltas.push(props[0] + 1);
    } else {
      const name = BCJ_NAMES[id] ?? `0x${id.toString(16)}`;
      throw new UnsupportedError(`the xz file uses the ${name} filter, which mlsec does not decode`, offset);
    }
  }
  throw corrupt("no filters");
}
var Delta = class {
  constructor(distance) {
    this.distance = distance;
  }
  distance;
  history = new Uint8Array(256);
  index = 0;
  apply(chunk) {
    const history = this.history;
    let index = this.index;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] + history[index + this.distance & 255] & 255;
      chunk[i] = byte;
      history[index] = byte;
      index = index - 1 & 255;
    }
    this.index = index;
  }
};
async function xzStream(input, dec, win, sink, output) {
  const streamAt = input.offset;
  const header = await input.take(12);
  if (header === void 0) throw truncated(input, "xz file");
  if (!startsWithXzMagic(header)) throw new MalformedError("the xz stream header is corrupt", streamAt);
  const flags = header.slice(6, 8);
  if (crc32(flags) !== le32(header, 8))
    throw new MalformedError("the xz stream header is corrupt (CRC32)", streamAt);
  if (flags[0] !== 0 || (flags[1] & 240) !== 0)
    throw new UnsupportedError("the xz stream header has flags mlsec does not know", streamAt);
  const checkType = flags[1];
  const checkSize = CHECK_SIZES[checkType];
  let blocks = 0;
  const records = createHash("sha256");
  const warnings = [];
  for (; ; ) {
    const blockAt = input.offset;
    const sizeByte = (await input.take(1))?.[0];
    if (sizeByte === void 0) throw truncated(input, "xz file");
    if (sizeByte === 0) break;
    const headerSize = (sizeByte + 1) * 4;
    const rest = await input.take(headerSize - 1);
    if (rest === void 0) throw truncated(input, "xz file");
    const blockHeader = new Uint8Array(headerSize);
    blockHeader[0] = sizeByte;
    blockHeader.set(rest, 1);
    if (crc32(blockHeader.subarray(0, headerSize - 4)) !== le32(blockHeader, headerSize - 4))
      throw new MalformedError("the xz block header is corrupt (CRC32)", blockAt);
    const blockFlags = blockHeader[1];
    if ((blockFlags & 60) !== 0)
      throw new UnsupportedError("the xz block header has flags mlsec does not know", blockAt);
    const at = { pos: 2 };
    const body = blockHeader.subarray(0, headerSize - 4);
    const declaredPacked = blockFlags & 64 ? vliFrom(body, at) : void 0;
    const declaredUnpacked = blockFlags & 128 ? vliFrom(body, at) : void 0;
    if (blockFlags & 64 && !declaredPacked || blockFlags & 128 && declaredUnpacked === void 0)
      throw new MalformedError("the xz block header is corrupt (sizes)", blockAt);
    const filters = parseFilters(body, at, (blockFlags & 3) + 1, blockAt);
    if (body.subarray(at.pos).some((byte) => byte !== 0))
      throw new MalformedError("the xz block header is corrupt (padding)", blockAt);
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
    if (declaredPacked !== void 0 && declaredPacked !== packed || declaredUnpacked !== void 0 && declaredUnpacked !== unpacked) {
      throw new MalformedError("the xz block is corrupt (its sizes differ from its header)", input.offset);
    }
    const padding = await input.take((4 - packed % 4) % 4);
    if (padding === void 0) throw truncated(input, "xz file");
    if (padding.some((byte) => byte !== 0))
      throw new MalformedError("the xz block padding is corrupt", input.offset);
    const stored = await input.take(checkSize);
    if (stored === void 0) throw truncated(input, "xz file");
    const ok = check.matches(stored);
    if (ok === false) {
      const name = checkType === 1 ? "CRC32" : checkType === 4 ? "CRC64" : "SHA-256";
      throw new MalformedError(
        `the xz block is corrupt (its ${name} does not match)`,
        input.offset - checkSize
      );
    }
    if (ok === void 0 && warnings.length === 0) warnings.push(`check type ${checkType}`);
    blocks++;
    records.update(`${headerSize + packed + checkSize},${unpacked};`);
  }
  const indexAt = input.offset - 1;
  const seen = { size: 1, crc: crc32(Uint8Array.of(0)) };
  const corruptIndex = () => new MalformedError("the xz index is corrupt", indexAt);
  const count = await readVli(input, seen);
  if (count !== blocks) throw corruptIndex();
  const listed = createHash("sha256");
  for (let i = 0; i < count; i++) {
    listed.update(`${await readVli(input, seen)},${await readVli(input, seen)};`);
  }
  if (!listed.digest().equals(records.digest())) throw corruptIndex();
  const indexPadding = await input.take((4 - seen.size % 4) % 4);
  if (indexPadding === void 0) throw truncated(input, "xz file");
  if (indexPadding.some((byte) => byte !== 0)) throw corruptIndex();
  seen.crc = crc32(indexPadding, seen.crc);
  seen.size += indexPadding.length;
  const indexCrc = await input.take(4);
  if (indexCrc === void 0) throw truncated(input, "xz file");
  if (seen.crc !== le32(indexCrc, 0)) throw corruptIndex();
  const indexSize = seen.size + 4;
  const footerAt = input.offset;
  const footer = await input.take(12);
  if (footer === void 0) throw truncated(input, "xz file");
  if (crc32(footer.subarray(4, 10)) !== le32(footer, 0) || (le32(footer, 4) + 1) * 4 !== indexSize || footer[8] !== flags[0] || footer[9] !== flags[1] || footer[10] !== XZ_FOOTER_MAGIC[0] || footer[11] !== XZ_FOOTER_MAGIC[1]) {
    throw new MalformedError("the xz stream footer is corrupt", footerAt);
  }
  return warnings;
}
async function decodeLzmaFamily(first, input, output, maxDictionaryBytes) {
  crc32 ??= (await import("node:zlib")).crc32;
  const sink = { target: () => {
  } };
  const win = new Window(maxDictionaryBytes, output, (chunk) => sink.target(chunk));
  const dec = new LzmaDecoder(win);
  const uncheckedTypes = [];
  let kind = first;
  while (kind !== void 0) {
    if (kind === "xz") uncheckedTypes.push(...await xzStream(input, dec, win, sink, output));
    else {
      sink.target = (chunk) => output.write(chunk, false);
      await lzmaAlone(input, dec, win);
    }
    if (kind === "xz") {
      const padding = await input.skipRun(0);
      if (padding % 4 !== 0) return { uncheckedTypes, end: input.offset - padding % 4 };
    }
    await input.fill(13);
    const next = input.buf.subarray(input.pos, input.end);
    kind = startsWithXzMagic(next) ? "xz" : isLzmaAloneHeader(next) ? "lzma" : void 0;
  }
  return { uncheckedTypes, end: input.offset };
}

// src/checks/scan-model/decompress.ts
var zlib;
var NAMES = {
  zlib: "zlib",
  gzip: "gzip",
  bz2: "bzip2",
  xz: "xz",
  lzma: ".lzma",
  "joblib-zf": "ZF (joblib before 0.10)"
};
async function decompress(method, source, sink, limits) {
  const settings = { ...DEFAULT_LIMITS, ...definedOnly(limits) };
  let consumed = 0;
  let input;
  let position = () => input?.offset ?? consumed;
  const output = new Output(sink, settings, NAMES[method], () => position());
  const issues = [];
  let complete = false;
  let end = 0;
  zlib ??= await import("node:zlib");
  try {
    if (method === "zlib" || method === "gzip" || method === "joblib-zf") {
      const progress = { offset: 0 };
      position = () => progress.offset;
      end = await (method === "gzip" ? gunzip(source, output, progress) : method === "zlib" ? inflateAt(source, 0, "zlib", output, progress) : joblibZf(source, output, progress));
    } else {
      input = new Input(source, 0);
      if (method === "bz2") {
        await decodeBzip2(input, output);
        end = input.offset;
      } else {
        const family = await decodeLzmaFamily(method, input, output, settings.maxDictionaryBytes);
        for (const type of family.uncheckedTypes) {
          issues.push({
            ruleId: "model/malformed-file",
            level: "warning",
            message: `its xz blocks have a reserved integrity check (${type}) that was not verified`
          });
        }
        end = family.end;
      }
    }
    complete = true;
  } catch (error) {
    consumed = position();
    if (error instanceof StopError) {
      if (output.limitIssue) issues.push(output.limitIssue);
    } else if (error instanceof MalformedError) {
      issues.push({
        ruleId: "model/malformed-file",
        level: "error",
        message: `${error.message}: the rest of its content was not decompressed or scanned`,
        offset: error.offset,
        properties: { compression: NAMES[method] }
      });
    } else if (error instanceof UnsupportedError) {
      issues.push({
        ruleId: "model/not-scanned",
        level: "error",
        message: `${error.message}: the rest of its content was not scanned`,
        offset: error.offset,
        properties: { compression: NAMES[method] }
      });
    } else throw error;
  }
  const trailingBytes = complete ? Math.max(0, source.size - end) : 0;
  if (trailingBytes > 0) {
    issues.push({
      ruleId: "model/malformed-file",
      level: "warning",
      message: `${trailingBytes} bytes after the end of its ${NAMES[method]} data were not decompressed or scanned`,
      offset: end,
      properties: { trailingBytes, compression: NAMES[method] }
    });
  }
  return {
    outputBytes: output.delivered,
    inputBytes: complete ? end : Math.min(consumed, source.size),
    complete,
    trailingBytes,
    issues
  };
}
function definedOnly(limits) {
  const result = {};
  for (const [key, value] of Object.entries(limits ?? {})) {
    if (typeof value === "number" && !Number.isNaN(value)) result[key] = value;
  }
  return result;
}
var READ = 64 * 1024;
var ZLIB_MESSAGES = {
  Z_BUF_ERROR: "is truncated",
  Z_DATA_ERROR: "is corrupt",
  Z_NEED_DICT: "needs a preset dictionary"
};
async function inflateAt(source, start, kind, output, progress, each, head) {
  const window = head ?? await source.read(start, READ);
  let small;
  try {
    const options = { info: true, maxOutputLength: READ };
    small = kind === "raw" ? zlib.inflateRawSync(window, options) : zlib.inflateSync(window, options);
  } catch {
  }
  if (small !== void 0) {
    progress.offset = start + small.engine.bytesWritten;
    each?.(small.buffer);
    output.write(small.buffer, true);
    return progress.offset;
  }
  const inflater = kind === "raw" ? zlib.createInflateRaw({ chunkSize: READ }) : zlib.createInflate({ chunkSize: READ });
  const consumed = () => start + inflater.bytesWritten;
  let failure;
  let ended = false;
  progress.offset = start;
  inflater.on("data", (chunk) => {
    if (failure !== void 0) return;
    try {
      progress.offset = consumed();
      each?.(chunk);
      output.write(chunk, true);
    } catch (error) {
      failure = error;
      inflater.destroy();
    }
  });
  inflater.on("end", () => ended = true);
  inflater.on("error", (error) => failure ??= error);
  const closed = new Promise((resolve) => inflater.once("close", resolve));
  let offset = start;
  while (!ended && failure === void 0 && !inflater.destroyed) {
    let chunk;
    try {
      chunk = await source.read(offset, READ);
    } catch (error) {
      inflater.destroy();
      throw error;
    }
    if (chunk.length === 0) break;
    offset += chunk.length;
    await Promise.race([new Promise((resolve) => inflater.write(chunk, () => resolve())), closed]);
  }
  if (!inflater.destroyed) inflater.end();
  await closed;
  if (failure instanceof StopError) throw failure;
  const at = consumed();
  progress.offset = at;
  if (failure !== void 0 || !ended) {
    const code = failure?.code;
    if (failure !== void 0 && !code?.startsWith("Z_")) throw failure;
    const what = kind === "raw" ? "deflate data" : "zlib data";
    throw new MalformedError(`the ${what} ${ZLIB_MESSAGES[code ?? "Z_BUF_ERROR"] ?? "is corrupt"}`, at);
  }
  return at;
}
async function gunzip(source, output, progress) {
  const input = new Input(source, 0);
  for (let member = 0; ; member++) {
    const offset = input.offset;
    const header = await input.take(10);
    if (header === void 0 || header[0] !== 31 || header[1] !== 139) {
      if (member === 0)
        throw new MalformedError(header ? "the gzip header is corrupt" : "the gzip file is truncated", 0);
      return offset;
    }
    if (header[2] !== 8) throw new MalformedError("the gzip header is corrupt (not deflate)", offset + 2);
    const flags = header[3];
    if (flags & 4) {
      const size2 = await input.take(2);
      if (size2 === void 0 || await input.take(size2[0] | size2[1] << 8) === void 0)
        throw new MalformedError("the gzip file is truncated", input.offset);
    }
    for (const bit of [8, 16]) {
      if (flags & bit && !await input.skipThrough(0))
        throw new MalformedError("the gzip file is truncated", input.offset);
    }
    if (flags & 2 && await input.take(2) === void 0)
      throw new MalformedError("the gzip file is truncated", input.offset);
    let crc = 0;
    let size = 0;
    await input.fill(READ);
    const dataAt = input.offset;
    const head = input.buf.subarray(input.pos, input.end);
    const dataEnd = await inflateAt(
      source,
      dataAt,
      "raw",
      output,
      progress,
      (chunk) => {
        crc = zlib.crc32(chunk, crc);
        size += chunk.length;
      },
      head
    );
    input.seek(dataEnd);
    const stored = await input.take(8);
    if (stored === void 0) throw new MalformedError("the gzip file is truncated", dataEnd);
    const view = new DataView(stored.buffer, stored.byteOffset, 8);
    if (view.getUint32(0, true) !== crc >>> 0)
      throw new MalformedError("the gzip data is corrupt (its CRC32 does not match)", dataEnd);
    if (view.getUint32(4, true) !== size % 2 ** 32)
      throw new MalformedError("the gzip data is corrupt (its size does not match)", dataEnd + 4);
    await input.skipRun(0);
    progress.offset = input.offset;
    if (input.offset >= source.size) return input.offset;
  }
}
async function joblibZf(source, output, progress) {
  const header = await source.read(0, 22);
  if (header.length < 21 || header[0] !== 90 || header[1] !== 70)
    throw new MalformedError("the ZF header is truncated or corrupt", 0);
  const text = new TextDecoder("latin1").decode(header.subarray(2, 21)).trim();
  if (!/^0[xX][0-9a-fA-F]+$|^[0-9a-fA-F]+$/.test(text))
    throw new MalformedError("the ZF header is corrupt (its length is not hexadecimal)", 2);
  const declared = Number.parseInt(text.replace(/^0[xX]/, ""), 16);
  const start = header[21] === 32 ? 22 : 21;
  let produced = 0;
  const end = await inflateAt(source, start, "zlib", output, progress, (chunk) => produced += chunk.length);
  if (produced !== declared)
    throw new MalformedError(
      `the ZF data is corrupt (its header says ${declared} bytes, it decompresses to ${produced})`,
      end
    );
  return end;
}

// src/checks/scan-model/hdf5.ts
var DEFAULT_HDF5_LIMITS = {
  maxChunkBytes: 4 * 1024 * 1024,
  maxChunks: 256,
  maxMessages: 16384,
  maxStringBytes: 64 * 1024 * 1024,
  maxHeapObjects: 65536,
  maxDenseAttributes: 1e5,
  maxTreeDepth: 8,
  maxAttributes: 4096
};
var SIGNATURE = [137, 72, 68, 70, 13, 10, 26, 10];
var SHOWN_CHARS = 120;
var MSG_ATTRIBUTE = 12;
var MSG_CONTINUATION = 16;
var MSG_ATTRIBUTE_INFO = 21;
var MSG_FLAG_SHARED = 2;
var Hdf5Stop = class extends Error {
  constructor(ruleId, level, message, offset) {
    super(message);
    this.ruleId = ruleId;
    this.level = level;
    this.offset = offset;
  }
  ruleId;
  level;
  offset;
};
function malformed(message, offset) {
  return new Hdf5Stop("model/malformed-file", "error", message, offset);
}
function limit(message, offset) {
  return new Hdf5Stop("model/scan-limit", "error", message, offset);
}
function notRead(message, offset) {
  return new Hdf5Stop("model/not-scanned", "warning", message, offset);
}
function show(text) {
  const escaped = printable(text.replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`));
  return escaped.length > SHOWN_CHARS ? `${escaped.slice(0, SHOWN_CHARS)}...` : escaped;
}
var Cursor = class {
  constructor(bytes, base, what) {
    this.bytes = bytes;
    this.base = base;
    this.what = what;
  }
  bytes;
  base;
  what;
  pos = 0;
  get remaining() {
    return this.bytes.length - this.pos;
  }
  need(count) {
    if (count > this.remaining) {
      throw malformed(
        `${this.what} ends inside a field (${count} bytes needed, ${this.remaining} left)`,
        this.at()
      );
    }
  }
  at() {
    return this.base + this.pos;
  }
  u8() {
    this.need(1);
    return this.bytes[this.pos++];
  }
  u16() {
    return this.uint(2);
  }
  u32() {
    return this.uint(4);
  }
  /** An unsigned integer of 1-8 bytes; above 2^53 it becomes Infinity (beyond any limit or file). */
  uint(size) {
    this.need(size);
    let value = 0;
    let scale = 1;
    let allOnes = true;
    for (let i = 0; i < size; i++) {
      const byte = this.bytes[this.pos + i];
      if (byte !== 255) allOnes = false;
      value += byte * scale;
      scale *= 256;
    }
    this.pos += size;
    if (allOnes && size === 8) return Number.POSITIVE_INFINITY;
    return value > Number.MAX_SAFE_INTEGER ? Number.POSITIVE_INFINITY : value;
  }
  /** An address field: undefined for HDF5's "undefined address" (all bits set). */
  address(size) {
    this.need(size);
    const allOnes = this.bytes.subarray(this.pos, this.pos + size).every((byte) => byte === 255);
    const value = this.uint(size);
    return allOnes ? void 0 : value;
  }
  take(count) {
    this.need(count);
    const out = this.bytes.subarray(this.pos, this.pos + count);
    this.pos += count;
    return out;
  }
  skip(count) {
    this.need(count);
    this.pos += count;
  }
};
function rot(x, k) {
  return x << k | x >>> 32 - k;
}
function mix(s) {
  s[0] -= s[2];
  s[0] ^= rot(s[2], 4);
  s[2] += s[1];
  s[1] -= s[0];
  s[1] ^= rot(s[0], 6);
  s[0] += s[2];
  s[2] -= s[1];
  s[2] ^= rot(s[1], 8);
  s[1] += s[0];
  s[0] -= s[2];
  s[0] ^= rot(s[2], 16);
  s[2] += s[1];
  s[1] -= s[0];
  s[1] ^= rot(s[0], 19);
  s[0] += s[2];
  s[2] -= s[1];
  s[2] ^= rot(s[1], 4);
  s[1] += s[0];
}
function final(s) {
  s[2] ^= s[1];
  s[2] -= rot(s[1], 14);
  s[0] ^= s[2];
  s[0] -= rot(s[2], 11);
  s[1] ^= s[0];
  s[1] -= rot(s[0], 25);
  s[2] ^= s[1];
  s[2] -= rot(s[1], 16);
  s[0] ^= s[2];
  s[0] -= rot(s[2], 4);
  s[1] ^= s[0];
  s[1] -= rot(s[0], 14);
  s[2] ^= s[1];
  s[2] -= rot(s[1], 24);
}
function lookup3(data, initval = 0) {
  const s = new Int32Array(3).fill(3735928559 + data.length + initval | 0);
  const word = (bytes, at) => bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24;
  let i = 0;
  for (; data.length - i > 12; i += 12) {
    s[0] += word(data, i);
    s[1] += word(data, i + 4);
    s[2] += word(data, i + 8);
    mix(s);
  }
  if (data.length - i === 0) return s[2] >>> 0;
  const tail = new Uint8Array(12);
  tail.set(data.subarray(i));
  s[0] += word(tail, 0);
  s[1] += word(tail, 4);
  s[2] += word(tail, 8);
  final(s);
  return s[2] >>> 0;
}
var Reader = class {
  constructor(source, limits) {
    this.source = source;
    this.limits = limits;
  }
  source;
  limits;
  offsetSize = 8;
  lengthSize = 8;
  /** File offset that HDF5 addresses are relative to (the superblock's, after a user block). */
  base = 0;
  issues = [];
  attributes = /* @__PURE__ */ new Map();
  names = [];
  seen = /* @__PURE__ */ new Set();
  heapIndexes = /* @__PURE__ */ new Map();
  report(stop) {
    this.issues.push({
      ruleId: stop.ruleId,
      level: stop.level,
      message: stop.message,
      ...stop.offset === void 0 ? {} : { offset: stop.offset }
    });
  }
  /** Exactly `length` bytes at file offset `at`, or a malformed-file stop naming `what`. */
  async read(at, length, what) {
    if (!Number.isSafeInteger(at) || at < 0 || !Number.isSafeInteger(length) || at + length > this.source.size) {
      throw malformed(
        `${what} at offset ${at} (${length} bytes) lies outside the file of ${this.source.size} bytes`,
        at
      );
    }
    const bytes = await this.source.read(at, length);
    if (bytes.length !== length) throw malformed(`${what} at offset ${at} is truncated`, at);
    return bytes;
  }
  /** A relative address as a file offset. */
  fileOffset(address, what, at) {
    if (address === void 0) throw malformed(`${what} has an undefined address`, at);
    const absolute = this.base + address;
    if (!Number.isSafeInteger(absolute) || absolute >= this.source.size) {
      throw malformed(`${what} points to address ${address}, outside the file`, at);
    }
    return absolute;
  }
  verifyChecksum(block, at, what) {
    if (block.length < 4) throw malformed(`${what} is too short for its checksum`, at);
    const stored = new DataView(block.buffer, block.byteOffset + block.length - 4, 4).getUint32(0, true);
    const computed = lookup3(block.subarray(0, block.length - 4));
    if (stored !== computed) {
      this.report(
        new Hdf5Stop(
          "model/malformed-file",
          "warning",
          `${what} at offset ${at} has a wrong checksum (stored ${hex(stored)}, computed ${hex(computed)}): HDF5 would refuse to read it`,
          at
        )
      );
    }
  }
  // ---- superblock ----
  async findSuperblock() {
    for (let at = 0; at + SIGNATURE.length <= this.source.size; at = at === 0 ? 512 : at * 2) {
      const head = await this.source.read(at, SIGNATURE.length);
      if (head.length === SIGNATURE.length && SIGNATURE.every((byte, i) => head[i] === byte)) return at;
    }
    throw malformed("no HDF5 signature at offset 0, 512, 1024, ... : not an HDF5 file, or a damaged one", 0);
  }
  /** Returns the superblock version and the file offset of the root group's object header. */
  async superblock() {
    const at = await this.findSuperblock();
    this.base = at;
    const head = new Cursor(
      await this.read(at, Math.min(this.source.size - at, 256), "superblock"),
      at,
      "superblock"
    );
    head.skip(8);
    const version = head.u8();
    if (version > 3)
      throw notRead(`superblock version ${version} is not one this reader knows (0-3)`, at + 8);
    if (version <= 1) {
      head.skip(4);
      this.setSizes(head.u8(), head.u8(), at + 13);
      head.skip(1 + 2 + 2 + 4);
      if (version === 1) head.skip(4);
      head.skip(4 * this.offsetSize);
      head.skip(this.offsetSize);
      const root2 = head.address(this.offsetSize);
      return { version, rootHeader: this.fileOffset(root2, "the root group", head.at()) };
    }
    this.setSizes(head.u8(), head.u8(), at + 9);
    head.skip(1 + 3 * this.offsetSize);
    const root = head.address(this.offsetSize);
    const end = head.pos + 4;
    head.need(4);
    this.verifyChecksum(head.bytes.subarray(0, end), at, "the superblock");
    return { version, rootHeader: this.fileOffset(root, "the root group", head.at()) };
  }
  setSizes(offsets, lengths, at) {
    for (const size of [offsets, lengths]) {
      if (![2, 4, 8].includes(size))
        throw notRead(`superblock declares ${size}-byte addresses or lengths`, at);
    }
    this.offsetSize = offsets;
    this.lengthSize = lengths;
  }
  // ---- object headers ----
  /** Fills `messages` in header order; on a stop, those read before it stay there. */
  async objectHeader(at, messages) {
    const first = await this.read(at, Math.min(16, this.source.size - at), "the root object header");
    const isV2 = first[0] === 79 && first[1] === 72 && first[2] === 68 && first[3] === 82;
    const chunks = [];
    const visited = /* @__PURE__ */ new Set();
    let creationOrder = false;
    if (isV2) {
      const prefix = new Cursor(first, at, "the OHDR object header");
      prefix.skip(4);
      const version = prefix.u8();
      if (version !== 2) throw malformed(`OHDR object header of version ${version}`, at + 4);
      const flags = prefix.u8();
      creationOrder = (flags & 4) !== 0;
      const extra = (flags & 32 ? 16 : 0) + (flags & 16 ? 4 : 0);
      const sizeBytes = 1 << (flags & 3);
      const sizeAt = at + 6 + extra;
      const sizeField = new Cursor(await this.read(sizeAt, sizeBytes, "the OHDR chunk size"), sizeAt, "OHDR");
      const chunkSize = sizeField.uint(sizeBytes);
      const start = sizeAt + sizeBytes;
      this.checkChunk(chunkSize, at);
      const block = await this.read(at, start - at + chunkSize + 4, "the OHDR object header");
      this.verifyChecksum(block, at, "the root object header");
      visited.add(at);
      this.parseMessages(
        block.subarray(start - at, start - at + chunkSize),
        start,
        true,
        creationOrder,
        messages,
        chunks
      );
    } else {
      const prefix = new Cursor(first, at, "the object header");
      const version = prefix.u8();
      if (version !== 1)
        throw malformed(`object header of version ${version} (expected 1 or an OHDR signature)`, at);
      prefix.skip(1 + 2 + 4);
      const size = prefix.u32();
      this.checkChunk(size, at);
      const block = await this.read(at + 16, size, "the object header");
      visited.add(at);
      this.parseMessages(block, at + 16, false, false, messages, chunks);
    }
    let count = 1;
    while (chunks.length > 0) {
      const chunk = chunks.shift();
      if (visited.has(chunk.at))
        throw malformed(`object header continuation loops back to offset ${chunk.at}`, chunk.at);
      visited.add(chunk.at);
      if (++count > this.limits.maxChunks) {
        throw limit(
          `the root object header has more than ${this.limits.maxChunks} continuation blocks`,
          chunk.at
        );
      }
      this.checkChunk(chunk.size, chunk.at);
      const block = await this.read(chunk.at, chunk.size, "an object header continuation block");
      if (isV2) {
        const signature = String.fromCharCode(...block.subarray(0, 4));
        if (signature !== "OCHK") throw malformed(`continuation block without its OCHK signature`, chunk.at);
        if (block.length < 8)
          throw malformed("continuation block too small for its signature and checksum", chunk.at);
        this.verifyChecksum(block, chunk.at, "an object header continuation block");
        this.parseMessages(
          block.subarray(4, block.length - 4),
          chunk.at + 4,
          true,
          creationOrder,
          messages,
          chunks
        );
      } else {
        this.parseMessages(block, chunk.at, false, false, messages, chunks);
      }
    }
  }
  checkChunk(size, at) {
    if (size > this.limits.maxChunkBytes) {
      throw limit(`an object header chunk declares ${size} bytes (limit ${this.limits.maxChunkBytes})`, at);
    }
  }
  parseMessages(block, base, v2, creationOrder, messages, chunks) {
    const cursor = new Cursor(block, base, "an object header message");
    const headerSize = v2 ? 4 + (creationOrder ? 2 : 0) : 8;
    while (cursor.remaining >= headerSize) {
      const type = v2 ? cursor.u8() : cursor.u16();
      const size = cursor.u16();
      const flags = cursor.u8();
      cursor.skip(v2 ? creationOrder ? 2 : 0 : 3);
      if (size > cursor.remaining) {
        throw malformed(
          `header message of type ${hex(type)} declares ${size} bytes past its chunk`,
          cursor.at()
        );
      }
      const offset = cursor.at();
      const data = cursor.take(size);
      if (messages.length >= this.limits.maxMessages) {
        throw limit(`the root object header has more than ${this.limits.maxMessages} messages`, offset);
      }
      messages.push({ type, flags, data, offset });
      if (type === MSG_CONTINUATION) {
        const body = new Cursor(data, offset, "a continuation message");
        const address = body.address(this.offsetSize);
        const length = body.uint(this.lengthSize);
        chunks.push({ at: this.fileOffset(address, "a continuation message", offset), size: length });
      }
    }
    if (!v2 && cursor.remaining !== 0)
      throw malformed("object header chunk ends inside a message header", cursor.at());
  }
  // ---- attributes ----
  async rootAttributes(rootHeader) {
    const messages = [];
    await this.guarded(() => this.objectHeader(rootHeader, messages));
    for (const message of messages) {
      if (message.type === MSG_ATTRIBUTE) {
        if (message.flags & MSG_FLAG_SHARED) {
          this.report(notRead("a root attribute is stored as a shared message: not read", message.offset));
          continue;
        }
        await this.guarded(() => this.attribute(message.data, message.offset));
      } else if (message.type === MSG_ATTRIBUTE_INFO) {
        await this.guarded(() => this.attributeInfo(message.data, message.offset));
      }
    }
  }
  /** Runs one step; a problem local to it becomes an issue and reading goes on with the next. */
  async guarded(step) {
    try {
      await step();
    } catch (error) {
      if (!(error instanceof Hdf5Stop)) throw error;
      this.report(error);
    }
  }
  async attribute(data, at) {
    const cursor = new Cursor(data, at, "an attribute message");
    const version = cursor.u8();
    if (version < 1 || version > 3) throw malformed(`attribute message of version ${version}`, at);
    const flags = cursor.u8();
    const nameSize = cursor.u16();
    const datatypeSize = cursor.u16();
    const dataspaceSize = cursor.u16();
    if (version === 3) cursor.skip(1);
    const pad = (size) => version === 1 ? size + 7 & ~7 : size;
    const rawName = cursor.take(nameSize);
    cursor.skip(pad(nameSize) - nameSize);
    const end = rawName.indexOf(0);
    const name = new TextDecoder().decode(end >= 0 ? rawName.subarray(0, end) : rawName);
    const datatypeBytes = cursor.take(datatypeSize);
    cursor.skip(pad(datatypeSize) - datatypeSize);
    const dataspaceBytes = cursor.take(dataspaceSize);
    cursor.skip(pad(dataspaceSize) - dataspaceSize);
    const label = `root attribute '${show(name)}'`;
    if (version >= 2 && flags & 3) {
      throw notRead(
        `${label} has a shared (committed) ${flags & 1 ? "datatype" : "dataspace"}: not read`,
        at
      );
    }
    const type = parseDatatype(datatypeBytes, at);
    const elements = parseDataspace(dataspaceBytes, this.lengthSize, at);
    if (this.seen.has(name)) {
      throw malformed(
        `${label} is stored twice: HDF5 reads the first, another reader may take the second`,
        at
      );
    }
    this.seen.add(name);
    this.names.push(name);
    if (type.kind === "other" || elements !== 1) return;
    if (this.attributes.size >= this.limits.maxAttributes) {
      throw limit(`more than ${this.limits.maxAttributes} root attributes`, at);
    }
    const valueAt = at + cursor.pos;
    if (type.kind === "fixed-string") {
      if (type.size > this.limits.maxStringBytes) {
        throw limit(
          `${label} declares a ${type.size}-byte string (limit ${this.limits.maxStringBytes})`,
          valueAt
        );
      }
      if (type.size > cursor.remaining)
        throw malformed(`${label} holds fewer bytes than its string size`, valueAt);
      let value = cursor.take(type.size);
      let length2 = value.length;
      while (length2 > 0 && value[length2 - 1] === 0) length2--;
      value = value.subarray(0, length2);
      this.attributes.set(name, value);
      return;
    }
    const length = cursor.u32();
    const collection = cursor.address(this.offsetSize);
    const index = cursor.u32();
    if (length === 0) {
      this.attributes.set(name, new Uint8Array(0));
      return;
    }
    if (length > this.limits.maxStringBytes) {
      throw limit(`${label} declares a ${length}-byte string (limit ${this.limits.maxStringBytes})`, valueAt);
    }
    const heapAt = this.fileOffset(collection, `${label}'s global heap`, valueAt);
    this.attributes.set(name, await this.globalHeapObject(heapAt, index, length, label));
  }
  async globalHeapObject(at, index, length, label) {
    let objects = this.heapIndexes.get(at);
    if (!objects) {
      objects = await this.indexCollection(at);
      this.heapIndexes.set(at, objects);
    }
    const object = objects.get(index);
    if (index === 0 || !object)
      throw malformed(`${label} names object ${index}, absent from the global heap at ${at}`, at);
    if (object.size < length) {
      throw malformed(
        `${label} is ${length} bytes but its global heap object holds ${object.size}`,
        object.at
      );
    }
    return this.read(object.at, length, `${label}'s value`);
  }
  async indexCollection(at) {
    const headerSize = 8 + this.lengthSize;
    const header = new Cursor(await this.read(at, headerSize, "a global heap collection"), at, "GCOL");
    if (String.fromCharCode(...header.take(4)) !== "GCOL")
      throw malformed("global heap collection without its GCOL signature", at);
    header.skip(4);
    const size = header.uint(this.lengthSize);
    if (size < headerSize || at + size > this.source.size) {
      throw malformed(`global heap collection declares ${size} bytes, beyond the file`, at);
    }
    const objects = /* @__PURE__ */ new Map();
    const end = at + size;
    let next = at + headerSize;
    const objectHeader = 8 + this.lengthSize;
    while (next + objectHeader <= end) {
      if (objects.size >= this.limits.maxHeapObjects) {
        throw limit(
          `global heap collection at ${at} has more than ${this.limits.maxHeapObjects} objects`,
          next
        );
      }
      const head = new Cursor(
        await this.read(next, objectHeader, "a global heap object"),
        next,
        "a global heap object"
      );
      const index = head.u16();
      head.skip(6);
      const objectSize = head.uint(this.lengthSize);
      if (index === 0) break;
      const dataAt = next + objectHeader;
      if (objectSize > end - dataAt)
        throw malformed(`global heap object ${index} runs past its collection`, next);
      if (!objects.has(index)) objects.set(index, { at: dataAt, size: objectSize });
      next = dataAt + Math.ceil(objectSize / 8) * 8;
    }
    return objects;
  }
  // ---- dense attribute storage ----
  async attributeInfo(data, at) {
    const cursor = new Cursor(data, at, "an attribute info message");
    const version = cursor.u8();
    if (version !== 0) throw malformed(`attribute info message of version ${version}`, at);
    const flags = cursor.u8();
    if (flags & 1) cursor.skip(2);
    const heap = cursor.address(this.offsetSize);
    const nameIndex = cursor.address(this.offsetSize);
    if (heap === void 0) return;
    const heapAt = this.fileOffset(heap, "the dense attribute heap", at);
    const indexAt = this.fileOffset(nameIndex, "the dense attribute name index", at);
    const fractal = await this.fractalHeap(heapAt);
    const ids = await this.btreeRecords(indexAt, 8);
    for (const id of ids) {
      await this.guarded(async () => {
        if ((id.record[fractal.idLength] ?? 0) & MSG_FLAG_SHARED) {
          throw notRead("a dense root attribute is stored as a shared message: not read", id.at);
        }
        const object = await this.heapObject(fractal, id.record.subarray(0, fractal.idLength), id.at);
        await this.attribute(object.bytes, object.at);
      });
    }
  }
  async fractalHeap(at) {
    const O = this.offsetSize;
    const L = this.lengthSize;
    const fixed = 4 + 1 + 2 + 2 + 1 + 4 + L + O + L + O + 8 * L + 2 + 2 * L + 2 + 2 + O + 2;
    const cursor = new Cursor(
      await this.read(at, fixed, "the fractal heap header"),
      at,
      "the fractal heap header"
    );
    if (String.fromCharCode(...cursor.take(4)) !== "FRHP")
      throw malformed("fractal heap without its FRHP signature", at);
    cursor.skip(1);
    const idLength = cursor.u16();
    const filterLength = cursor.u16();
    cursor.skip(1);
    const maxManagedSize = cursor.u32();
    cursor.skip(L + O + L + O + 8 * L);
    const tableWidth = cursor.u16();
    const startBlockSize = cursor.uint(L);
    const maxDirectBlockSize = cursor.uint(L);
    const maxHeapBits = cursor.u16();
    cursor.skip(2);
    const root = cursor.address(O);
    const rootRows = cursor.u16();
    if (filterLength > 0)
      throw notRead("dense attributes are kept in a filtered (compressed) fractal heap: not read", at);
    const block = await this.read(at, fixed + 4, "the fractal heap header");
    this.verifyChecksum(block, at, "the fractal heap header");
    if (tableWidth === 0 || tableWidth > 65536 || !isPowerOfTwo(startBlockSize) || !isPowerOfTwo(maxDirectBlockSize) || maxDirectBlockSize < startBlockSize || maxHeapBits === 0 || maxHeapBits > 64 || idLength < 1) {
      throw malformed("fractal heap header with an impossible doubling table", at);
    }
    return {
      at,
      idLength,
      maxManagedSize,
      tableWidth,
      startBlockSize,
      maxDirectBlockSize,
      offsetBytes: Math.ceil(maxHeapBits / 8),
      lengthBytes: byteWidth(Math.min(maxDirectBlockSize, maxManagedSize)),
      root: root === void 0 ? void 0 : this.fileOffset(root, "the fractal heap root block", at),
      rootRows
    };
  }
  async heapObject(heap, id, at) {
    const cursor = new Cursor(id, at, "a fractal heap ID");
    const first = cursor.u8();
    if (first >> 6 !== 0) throw malformed(`fractal heap ID of version ${first >> 6}`, at);
    const type = first >> 4 & 3;
    if (type === 1) throw notRead('a dense attribute is a "huge" fractal heap object: not read', at);
    if (type === 2) {
      const length2 = (first & 15) + 1;
      return { bytes: cursor.take(length2), at };
    }
    if (type !== 0) throw malformed(`fractal heap ID of unknown type ${type}`, at);
    const offset = cursor.uint(heap.offsetBytes);
    const length = cursor.uint(heap.lengthBytes);
    if (length > this.limits.maxStringBytes) throw limit(`a dense attribute declares ${length} bytes`, at);
    if (heap.root === void 0)
      throw malformed("a dense attribute names an object of an empty fractal heap", at);
    const located = await this.locate(heap, heap.root, heap.rootRows, offset, 0);
    const signature = await this.read(located.at, 4, "a fractal heap direct block");
    if (String.fromCharCode(...signature) !== "FHDB")
      throw malformed("direct block without its FHDB signature", located.at);
    if (offset - located.blockOffset + length > located.size) {
      throw malformed(`a dense attribute of ${length} bytes runs past its heap block`, located.at);
    }
    const fileAt = located.at + (offset - located.blockOffset);
    return { bytes: await this.read(fileAt, length, "a dense attribute"), at: fileAt };
  }
  /**
   * The direct block holding heap offset `offset`: from the root (a direct block when it has no
   * rows) down through indirect blocks, whose rows double in block size after the first two.
   */
  async locate(heap, blockAt, rows, offset, depth) {
    if (depth > this.limits.maxTreeDepth) throw limit("fractal heap indirect blocks nest too deep", blockAt);
    if (rows === 0) return { at: blockAt, blockOffset: 0, size: heap.startBlockSize };
    const O = this.offsetSize;
    const maxDirectRows = Math.log2(heap.maxDirectBlockSize) - Math.log2(heap.startBlockSize) + 2;
    const directRows = Math.min(rows, maxDirectRows);
    const entries2 = rows * heap.tableWidth;
    if (entries2 > 1e6) throw limit(`a fractal heap indirect block with ${entries2} entries`, blockAt);
    const headerSize = 4 + 1 + O + heap.offsetBytes;
    const block = await this.read(blockAt, headerSize + entries2 * O + 4, "a fractal heap indirect block");
    const cursor = new Cursor(block, blockAt, "a fractal heap indirect block");
    if (String.fromCharCode(...cursor.take(4)) !== "FHIB")
      throw malformed("indirect block without its FHIB signature", blockAt);
    cursor.skip(1 + O);
    const start = cursor.uint(heap.offsetBytes);
    this.verifyChecksum(block, blockAt, "a fractal heap indirect block");
    if (start > offset)
      throw malformed(`fractal heap indirect block starts past heap offset ${offset}`, blockAt);
    let rowStart = start;
    for (let row = 0; row < rows; row++) {
      const size = heap.startBlockSize * 2 ** Math.max(0, row - 1);
      const rowSpan = size * heap.tableWidth;
      if (!Number.isSafeInteger(rowStart + rowSpan)) break;
      if (offset < rowStart + rowSpan) {
        const column = Math.floor((offset - rowStart) / size);
        cursor.pos = headerSize + (row * heap.tableWidth + column) * O;
        const child = cursor.address(O);
        const childOffset = rowStart + column * size;
        const childAt = this.fileOffset(child, "a fractal heap block", blockAt);
        if (row < directRows) return { at: childAt, blockOffset: childOffset, size };
        const childRows = Math.log2(size) - Math.log2(heap.startBlockSize * heap.tableWidth) + 1;
        return this.locate(heap, childAt, childRows, offset, depth + 1);
      }
      rowStart += rowSpan;
    }
    throw malformed(`heap offset ${offset} lies beyond the fractal heap's blocks`, blockAt);
  }
  /** All records of a v2 B-tree of the given type, in key order. */
  async btreeRecords(at, expectedType) {
    const O = this.offsetSize;
    const L = this.lengthSize;
    const size = 4 + 1 + 1 + 4 + 2 + 2 + 1 + 1 + O + 2 + L + 4;
    const header = await this.read(at, size, "the v2 B-tree header");
    const cursor = new Cursor(header, at, "the v2 B-tree header");
    if (String.fromCharCode(...cursor.take(4)) !== "BTHD")
      throw malformed("v2 B-tree without its BTHD signature", at);
    cursor.skip(1);
    const type = cursor.u8();
    if (type !== expectedType)
      throw malformed(`v2 B-tree of type ${type} where type ${expectedType} belongs`, at);
    const nodeSize = cursor.u32();
    const recordSize = cursor.u16();
    const depth = cursor.u16();
    cursor.skip(2);
    const root = cursor.address(O);
    const rootRecords = cursor.u16();
    const total = cursor.uint(L);
    this.verifyChecksum(header, at, "the v2 B-tree header");
    if (total > this.limits.maxDenseAttributes) {
      throw limit(`${total} dense attributes (limit ${this.limits.maxDenseAttributes})`, at);
    }
    if (depth > this.limits.maxTreeDepth) throw limit(`a v2 B-tree of depth ${depth}`, at);
    if (recordSize === 0 || nodeSize < 10 + recordSize || nodeSize > this.limits.maxChunkBytes) {
      throw malformed(`v2 B-tree with node size ${nodeSize} and record size ${recordSize}`, at);
    }
    const records = [];
    if (root === void 0 || total === 0) return records;
    const widths = childPointerWidths(nodeSize, recordSize, O, depth);
    const visited = /* @__PURE__ */ new Set();
    const walk = async (nodeAt, count, level) => {
      if (visited.has(nodeAt)) throw malformed(`v2 B-tree node at ${nodeAt} is reached twice`, nodeAt);
      visited.add(nodeAt);
      const node = await this.read(nodeAt, nodeSize, "a v2 B-tree node");
      const c = new Cursor(node, nodeAt, "a v2 B-tree node");
      const signature = String.fromCharCode(...c.take(4));
      if (signature !== (level === 0 ? "BTLF" : "BTIN"))
        throw malformed(`v2 B-tree node with signature ${show(signature)}`, nodeAt);
      c.skip(2);
      const own = [];
      for (let i = 0; i < count; i++) own.push({ at: c.at(), record: c.take(recordSize) });
      if (level === 0) {
        const end2 = c.pos + 4;
        c.need(4);
        this.verifyChecksum(node.subarray(0, end2), nodeAt, "a v2 B-tree leaf");
        records.push(...own);
        if (records.length > this.limits.maxDenseAttributes) throw limit("too many dense attributes", nodeAt);
        return;
      }
      const children = [];
      const width = widths[level - 1];
      for (let i = 0; i <= count; i++) {
        const child = c.address(O);
        const childCount = c.uint(width.records);
        if (width.total > 0) c.skip(width.total);
        children.push({ at: this.fileOffset(child, "a v2 B-tree child", nodeAt), count: childCount });
      }
      const end = c.pos + 4;
      c.need(4);
      this.verifyChecksum(node.subarray(0, end), nodeAt, "a v2 B-tree internal node");
      for (let i = 0; i <= count; i++) {
        await walk(children[i].at, children[i].count, level - 1);
        if (i < count) records.push(own[i]);
      }
    };
    await walk(this.fileOffset(root, "the v2 B-tree root", at), rootRecords, depth);
    return records;
  }
};
function childPointerWidths(nodeSize, recordSize, offsetSize, depth) {
  const overhead = 4 + 1 + 1 + 4;
  const widths = [];
  let maxRecords = Math.floor((nodeSize - overhead) / recordSize);
  let maxTotal = maxRecords;
  for (let level = 1; level <= depth; level++) {
    const records = byteWidth(maxRecords);
    const total = level > 1 ? byteWidth(maxTotal) : 0;
    widths.push({ records, total });
    const pointer = offsetSize + records + total;
    const nodeRecords = Math.floor((nodeSize - overhead - pointer) / (recordSize + pointer));
    maxTotal = (nodeRecords + 1) * maxTotal + nodeRecords;
    maxRecords = nodeRecords;
  }
  return widths;
}
function byteWidth(value) {
  let bytes = 1;
  while (bytes < 8 && value >= 2 ** (8 * bytes)) bytes++;
  return bytes;
}
function isPowerOfTwo(value) {
  return Number.isSafeInteger(value) && value > 0 && Math.log2(value) % 1 === 0;
}
function hex(value) {
  return `0x${value.toString(16).padStart(value > 65535 ? 8 : 4, "0")}`;
}
function parseDatatype(bytes, at) {
  const cursor = new Cursor(bytes, at, "an attribute datatype");
  const classAndVersion = cursor.u8();
  const typeClass = classAndVersion & 15;
  const bits0 = cursor.u8();
  cursor.skip(2);
  const size = cursor.u32();
  if (typeClass === 3) return { kind: "fixed-string", size, padding: bits0 & 15 };
  if (typeClass === 9 && (bits0 & 15) === 1) return { kind: "vlen-string", size, padding: bits0 >> 4 };
  return { kind: "other", size, padding: 0 };
}
function parseDataspace(bytes, lengthSize, at) {
  const cursor = new Cursor(bytes, at, "an attribute dataspace");
  const version = cursor.u8();
  const rank = cursor.u8();
  cursor.skip(1);
  if (version === 1) {
    cursor.skip(5);
  } else if (version === 2) {
    const type = cursor.u8();
    if (type === 0) return 1;
    if (type === 2) return 0;
  } else {
    throw malformed(`dataspace of version ${version}`, at);
  }
  if (rank > 32) throw malformed(`dataspace of rank ${rank}`, at);
  let elements = 1;
  for (let i = 0; i < rank; i++) {
    const dimension = cursor.uint(lengthSize);
    elements = Math.min(elements * dimension, Number.MAX_SAFE_INTEGER);
  }
  return elements;
}
async function readHdf5RootAttributes(source, limits = {}) {
  const reader = new Reader(source, { ...DEFAULT_HDF5_LIMITS, ...limits });
  let superblockVersion;
  try {
    const { version, rootHeader } = await reader.superblock();
    superblockVersion = version;
    await reader.rootAttributes(rootHeader);
  } catch (error) {
    if (!(error instanceof Hdf5Stop)) throw error;
    reader.report(error);
  }
  return {
    attributes: reader.attributes,
    names: reader.names,
    issues: reader.issues,
    ...superblockVersion === void 0 ? {} : { superblockVersion }
  };
}

// src/checks/scan-model/python-json.ts
var JsonObject = class _JsonObject {
  constructor(entries2) {
    this.entries = entries2;
  }
  entries;
  /** The member Python's dict keeps: the last one of that name. */
  get(key) {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i];
      if (entry[0] === key) return entry[1];
    }
    return void 0;
  }
  string(key) {
    const value = this.get(key);
    return typeof value === "string" ? value : void 0;
  }
  object(key) {
    const value = this.get(key);
    return value instanceof _JsonObject ? value : void 0;
  }
};
var JsonSyntaxError = class extends Error {
  constructor(message, offset, limit2 = false) {
    super(message);
    this.offset = offset;
    this.limit = limit2;
  }
  offset;
  limit;
};
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
var WHITESPACE = /[ \t\n\r]*/y;
function parsePythonJson(text, limits) {
  let pos = 0;
  let values = 0;
  const path2 = [];
  const duplicates = [];
  const fail = (message, at = pos) => {
    throw new JsonSyntaxError(message, at);
  };
  const skipWhitespace = () => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(text);
    pos = WHITESPACE.lastIndex;
  };
  const literal = (word, value2) => {
    if (!text.startsWith(word, pos)) fail("expecting a value");
    pos += word.length;
    return value2;
  };
  const parseString = () => {
    const start = pos;
    pos++;
    let out = "";
    let run2 = pos;
    for (; ; ) {
      if (pos >= text.length) fail("unterminated string", start);
      const code = text.charCodeAt(pos);
      if (code === 34) {
        out += text.slice(run2, pos);
        pos++;
        return out;
      }
      if (code < 32) fail("control character inside a string");
      if (code !== 92) {
        pos++;
        continue;
      }
      out += text.slice(run2, pos);
      const escape = text[pos + 1];
      switch (escape) {
        case '"':
        case "\\":
        case "/":
          out += escape;
          pos += 2;
          break;
        case "b":
          out += "\b";
          pos += 2;
          break;
        case "f":
          out += "\f";
          pos += 2;
          break;
        case "n":
          out += "\n";
          pos += 2;
          break;
        case "r":
          out += "\r";
          pos += 2;
          break;
        case "t":
          out += "	";
          pos += 2;
          break;
        case "u": {
          const hex2 = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex2)) fail("invalid \\uXXXX escape");
          out += String.fromCharCode(parseInt(hex2, 16));
          pos += 6;
          break;
        }
        default:
          fail("invalid escape");
      }
      run2 = pos;
    }
  };
  const parseValue = (depth) => {
    if (++values > limits.maxValues)
      throw new JsonSyntaxError(`more than ${limits.maxValues} values`, pos, true);
    skipWhitespace();
    const char = text[pos];
    switch (char) {
      case "{":
      case "[": {
        if (depth >= limits.maxDepth) {
          throw new JsonSyntaxError(`nesting deeper than ${limits.maxDepth} levels`, pos, true);
        }
        return char === "{" ? parseObject(depth + 1) : parseArray(depth + 1);
      }
      case '"':
        return parseString();
      case "t":
        return literal("true", true);
      case "f":
        return literal("false", false);
      case "n":
        return literal("null", null);
      case "N":
        return literal("NaN", Number.NaN);
      case "I":
        return literal("Infinity", Number.POSITIVE_INFINITY);
      default: {
        if (text.startsWith("-Infinity", pos)) return literal("-Infinity", Number.NEGATIVE_INFINITY);
        NUMBER.lastIndex = pos;
        const match = NUMBER.exec(text);
        if (!match) return fail("expecting a value");
        pos = NUMBER.lastIndex;
        return Number(match[0]);
      }
    }
  };
  const parseObject = (depth) => {
    pos++;
    const entries2 = [];
    const keys = /* @__PURE__ */ new Set();
    skipWhitespace();
    if (text[pos] === "}") {
      pos++;
      return new JsonObject(entries2);
    }
    for (; ; ) {
      skipWhitespace();
      if (text[pos] !== '"') fail("expecting a property name in double quotes");
      const keyAt = pos;
      const key = parseString();
      skipWhitespace();
      if (text[pos] !== ":") fail("expecting ':' delimiter");
      pos++;
      if (keys.has(key)) duplicates.push({ path: [...path2], key, offset: keyAt });
      keys.add(key);
      path2.push(key);
      entries2.push([key, parseValue(depth)]);
      path2.pop();
      skipWhitespace();
      const next = text[pos];
      pos++;
      if (next === "}") return new JsonObject(entries2);
      if (next !== ",") fail("expecting ',' delimiter", pos - 1);
    }
  };
  const parseArray = (depth) => {
    pos++;
    const items = [];
    skipWhitespace();
    if (text[pos] === "]") {
      pos++;
      return items;
    }
    for (; ; ) {
      path2.push(items.length);
      items.push(parseValue(depth));
      path2.pop();
      skipWhitespace();
      const next = text[pos];
      pos++;
      if (next === "]") return items;
      if (next !== ",") fail("expecting ',' delimiter", pos - 1);
    }
  };
  const value = parseValue(0);
  skipWhitespace();
  if (pos < text.length) fail("extra data after the document");
  return { value, duplicates };
}
function decodeJsonBytes(bytes) {
  const [b0, b1, b2, b3] = bytes;
  const at = (n) => bytes[n] ?? -1;
  if (b0 === 0 && b1 === 0 && b2 === 254 && b3 === 255 || b0 === 255 && b1 === 254 && b2 === 0 && b3 === 0) {
    return decodeUtf32(bytes.subarray(4), b0 === 0 ? "utf-32-be" : "utf-32-le");
  }
  if (b0 === 254 && b1 === 255 || b0 === 255 && b1 === 254) {
    return decodeWith(bytes.subarray(2), b0 === 254 ? "utf-16-be" : "utf-16-le");
  }
  if (b0 === 239 && b1 === 187 && b2 === 191)
    return { ...decodeWith(bytes.subarray(3), "utf-8"), encoding: "utf-8-sig" };
  if (bytes.length >= 4) {
    if (at(0) === 0) return at(1) ? decodeWith(bytes, "utf-16-be") : decodeUtf32(bytes, "utf-32-be");
    if (at(1) === 0) return at(2) || at(3) ? decodeWith(bytes, "utf-16-le") : decodeUtf32(bytes, "utf-32-le");
  } else if (bytes.length === 2) {
    if (at(0) === 0) return decodeWith(bytes, "utf-16-be");
    if (at(1) === 0) return decodeWith(bytes, "utf-16-le");
  }
  return decodeWith(bytes, "utf-8");
}
function decodeUtf82(bytes) {
  return decodeWith(bytes, "utf-8");
}
function decodeWith(bytes, encoding) {
  const label = encoding === "utf-8" ? "utf-8" : encoding === "utf-16-le" ? "utf-16le" : "utf-16be";
  try {
    return {
      text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding,
      valid: true
    };
  } catch {
    return { text: new TextDecoder(label, { ignoreBOM: true }).decode(bytes), encoding, valid: false };
  }
}
function decodeUtf32(bytes, encoding) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = [];
  let valid = bytes.length % 4 === 0;
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, encoding === "utf-32-le");
    if (code > 1114111 || code >= 55296 && code <= 57343) {
      valid = false;
      parts.push("\uFFFD");
    } else {
      parts.push(String.fromCodePoint(code));
    }
  }
  return { text: parts.join(""), encoding, valid };
}

// src/checks/scan-model/keras.ts
var DEFAULT_KERAS_CONFIG_LIMITS = {
  maxBytes: 64 * 1024 * 1024,
  maxDepth: 256,
  maxValues: 5e6,
  maxIssues: 200
};
var SHOWN_CHARS2 = 120;
function show2(text) {
  const escaped = printable(text.replace(/[\ud800-\udfff]/g, loneSurrogate));
  return escaped.length > SHOWN_CHARS2 ? `${escaped.slice(0, SHOWN_CHARS2)}...` : escaped;
}
function loneSurrogate(char, offset, whole) {
  const code = char.charCodeAt(0);
  const pairedHigh = code <= 56319 && /[\udc00-\udfff]/.test(whole[offset + 1] ?? "");
  const pairedLow = code >= 56320 && /[\ud800-\udbff]/.test(whole[offset - 1] ?? "");
  return pairedHigh || pairedLow ? char : `\\u${code.toString(16)}`;
}
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function formatPath(path2) {
  let out = "";
  for (const segment of path2) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return show2(out === "" ? "(the document)" : out);
}
var KERAS_PACKAGES = /* @__PURE__ */ new Set(["keras", "tf_keras", "tensorflow", "keras_hub", "keras_nlp", "keras_cv"]);
var DANGEROUS_MODULES = new Map(
  Object.entries({
    os: "runs commands and touches files",
    posix: "runs commands and touches files",
    nt: "runs commands and touches files",
    subprocess: "runs commands",
    pty: "runs commands",
    commands: "runs commands",
    platform: "runs commands (platform.popen)",
    builtins: "evaluates code",
    __builtin__: "evaluates code",
    importlib: "imports code",
    imp: "imports code",
    runpy: "runs Python modules",
    code: "evaluates code",
    codeop: "compiles code",
    pdb: "evaluates code",
    bdb: "evaluates code",
    timeit: "evaluates code",
    trace: "runs code",
    profile: "runs code",
    cProfile: "runs code",
    sys: "changes the interpreter's state",
    site: "changes the interpreter's state",
    ctypes: "calls native code",
    cffi: "calls native code",
    pickle: "deserializes pickles, which run code",
    _pickle: "deserializes pickles, which run code",
    cPickle: "deserializes pickles, which run code",
    marshal: "loads bytecode",
    shelve: "deserializes pickles, which run code",
    dill: "deserializes pickles, which run code",
    cloudpickle: "deserializes pickles, which run code",
    joblib: "deserializes pickles, which run code",
    shutil: "copies, moves and deletes files",
    tempfile: "creates files",
    io: "opens files",
    _io: "opens files",
    fileinput: "opens files",
    pathlib: "touches files",
    glob: "lists files",
    zipfile: "writes files",
    tarfile: "writes files",
    socket: "reaches the network",
    ssl: "reaches the network",
    requests: "reaches the network",
    httpx: "reaches the network",
    aiohttp: "reaches the network",
    urllib: "reaches the network",
    urllib2: "reaches the network",
    urllib3: "reaches the network",
    http: "reaches the network",
    httplib: "reaches the network",
    ftplib: "reaches the network",
    telnetlib: "reaches the network",
    smtplib: "reaches the network",
    xmlrpc: "reaches the network",
    webbrowser: "opens programs",
    multiprocessing: "starts processes",
    concurrent: "starts processes",
    asyncio: "starts processes",
    threading: "starts threads that run callables",
    _thread: "starts threads that run callables",
    signal: "installs signal handlers",
    operator: "calls arbitrary methods (attrgetter, methodcaller)",
    functools: "wraps arbitrary callables (partial, reduce)",
    pip: "installs packages",
    setuptools: "runs build code",
    distutils: "runs build code"
  })
);
var DANGEROUS_BUILTINS = /* @__PURE__ */ new Set([
  "eval",
  "exec",
  "compile",
  "open",
  "__import__",
  "getattr",
  "setattr",
  "delattr",
  "globals",
  "locals",
  "vars",
  "input",
  "breakpoint",
  "exit",
  "quit"
]);
var KERAS_GADGETS = new Map(
  Object.entries({
    get_file: {
      why: "downloads a URL, and extracts archives, at load",
      advisory: "CVE-2025-8747, CVE-2025-12060"
    },
    load_model: { why: "loads another model, with safe_mode of its choosing", advisory: "CVE-2025-9906" },
    model_from_json: { why: "builds another model from JSON", advisory: "CVE-2025-9906" },
    model_from_yaml: { why: "builds another model from YAML", advisory: "CVE-2025-9906" },
    model_from_config: { why: "builds another model from a config", advisory: "CVE-2025-9906" },
    deserialize_keras_object: { why: "deserializes another config", advisory: "CVE-2025-9906" },
    load_weights: { why: "loads weights from another file" },
    enable_unsafe_deserialization: {
      why: "turns safe_mode off for the rest of the load",
      advisory: "CVE-2025-9906"
    },
    set_global_attribute: { why: "changes Keras' global state (safe_mode)", advisory: "CVE-2025-9906" },
    func_load: { why: "loads marshalled Python bytecode", advisory: "CVE-2024-3660" },
    save_model: { why: "writes files" },
    save_weights: { why: "writes files" },
    save_img: { why: "writes files" },
    load_img: { why: "reads files" },
    image_dataset_from_directory: { why: "reads directories" },
    text_dataset_from_directory: { why: "reads directories" },
    audio_dataset_from_directory: { why: "reads directories" },
    register_keras_serializable: { why: "changes Keras' registry of classes" },
    clear_session: { why: "resets Keras' global state" },
    // TensorFlow functions that run Python callables or touch files.
    py_function: { why: "runs a Python callable" },
    numpy_function: { why: "runs a Python callable" },
    py_func: { why: "runs a Python callable" },
    read_file: { why: "reads files" },
    write_file: { why: "writes files" },
    load_op_library: { why: "loads native code" },
    load_library: { why: "loads native code" }
  })
);
var NUMPY_FILE_FUNCTIONS = /* @__PURE__ */ new Set(["load", "save", "savez", "savez_compressed", "fromfile", "tofile", "loadtxt", "savetxt", "genfromtxt", "memmap"]);
function judgeName(module, name) {
  if (module === void 0 || module === "") return { kind: "keras" };
  const leaf = name.slice(name.lastIndexOf(".") + 1);
  const parts = module.split(".");
  const root = parts[0];
  if (root === "builtins" || root === "__builtin__") {
    return DANGEROUS_BUILTINS.has(leaf) ? {
      kind: "dangerous",
      why: `the Python builtin ${show2(leaf)} ${DANGEROUS_MODULES.get("builtins")}`,
      advisory: "CVE-2025-1550"
    } : { kind: "keras" };
  }
  const dangerous = DANGEROUS_MODULES.get(root);
  if (dangerous) return { kind: "dangerous", why: `${show2(root)} ${dangerous}`, advisory: "CVE-2025-1550" };
  if (root === "numpy" && NUMPY_FILE_FUNCTIONS.has(leaf))
    return { kind: "dangerous", why: "it reads or writes files" };
  if (KERAS_PACKAGES.has(root)) {
    const gadget = KERAS_GADGETS.get(leaf);
    if (gadget) return { kind: "dangerous", ...gadget };
    if (root === "tensorflow" && [...parts, ...name.split(".")].some((part) => part === "io" || part === "gfile")) {
      return { kind: "dangerous", why: "TensorFlow's file system functions read and write files and URLs" };
    }
    return { kind: "keras" };
  }
  return { kind: "custom" };
}
var LAMBDA_FIELDS = ["function", "output_shape", "mask"];
var Judge = class {
  constructor(origin, document, limits) {
    this.origin = origin;
    this.document = document;
    this.limits = limits;
  }
  origin;
  document;
  limits;
  issues = [];
  customs = /* @__PURE__ */ new Map();
  consumed = /* @__PURE__ */ new Set();
  path = [];
  dropped = 0;
  add(issue) {
    if (this.issues.length < this.limits.maxIssues) this.issues.push(issue);
    else this.dropped++;
  }
  finish() {
    for (const use of this.customs.values()) {
      const registered = use.registeredName ? `, registered as '${show2(use.registeredName)}'` : "";
      const times = use.count === 1 ? "" : `, used ${use.count} times`;
      this.add({
        ruleId: "model/unsafe-construct",
        level: "warning",
        message: `${this.document} uses ${show2(use.module)}.${show2(use.name)}${registered}${times}, first at ${formatPath(use.path)}${this.inLayer(use.layer)}: a custom object from outside Keras. Loading the model imports and runs that code; check that it is yours.`,
        properties: {
          path: formatPath(use.path),
          module: show2(use.module),
          name: show2(use.name),
          count: use.count,
          ...this.layerProperties(use.layer)
        }
      });
    }
    if (this.dropped > 0) {
      this.issues.push({
        ruleId: "model/scan-limit",
        level: "warning",
        message: `${this.document}: ${this.dropped} more issues were found and not listed (limit ${this.limits.maxIssues}).`
      });
    }
    return this.issues;
  }
  inLayer(layer) {
    if (!layer) return "";
    const name = layer.name === void 0 ? "" : ` '${show2(layer.name)}'`;
    return ` in layer${name} (${show2(layer.className)}) at ${formatPath(layer.path)}`;
  }
  /** " 'name' at path" of an object that is itself the layer concerned. */
  named(layer) {
    return `${layer.name === void 0 ? "" : ` '${show2(layer.name)}'`} at ${formatPath(layer.path)}`;
  }
  layerProperties(layer) {
    if (!layer) return {};
    return {
      layerClass: show2(layer.className),
      ...layer.name === void 0 ? {} : { layer: show2(layer.name) }
    };
  }
  visit(value, layer) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        this.path.push(i);
        this.visit(value[i], layer);
        this.path.pop();
      }
      return;
    }
    if (!(value instanceof JsonObject)) return;
    let context = layer;
    const className = value.string("class_name");
    if (className !== void 0 && !this.consumed.has(value)) {
      const config = value.object("config");
      const name = config?.string("name") ?? value.string("name");
      const here = { name, className, path: [...this.path] };
      this.judgeObject(value, className, config, here, layer);
      if (name !== void 0) context = here;
    }
    for (const [key, member] of value.entries) {
      this.path.push(key);
      this.visit(member, context);
      this.path.pop();
    }
  }
  judgeObject(object, className, config, here, outer) {
    const module = object.string("module");
    if (className === "Lambda" && (module === void 0 || judgeName(module, className).kind === "keras")) {
      this.judgeLambda(config, here);
      return;
    }
    if (className === "__lambda__") {
      this.bytecode([...this.path], outer, void 0);
      return;
    }
    if (className === "function") {
      const inner = object.get("config");
      const name = typeof inner === "string" ? inner : object.string("registered_name") ?? "?";
      this.judgeCallable(module, name, object.string("registered_name"), outer, "a function");
      return;
    }
    if (className === "__typespec__") {
      this.judgeCallable(
        module,
        object.string("spec_name") ?? "?",
        object.string("registered_name"),
        outer,
        "a type spec"
      );
      return;
    }
    if (className.startsWith("__") && className.endsWith("__")) return;
    this.judgeKerasClass(className, config, here);
    if (module !== void 0)
      this.judgeCallable(module, className, object.string("registered_name"), here, "a class");
  }
  judgeCallable(module, name, registeredName, layer, what) {
    const verdict = judgeName(module, name);
    const qualified = module ? `${show2(module)}.${show2(name)}` : show2(name);
    const own = layer !== void 0 && layer.path.length === this.path.length;
    const context = own ? layer.name === void 0 ? "" : ` (layer '${show2(layer.name)}')` : this.inLayer(layer);
    if (verdict.kind === "dangerous") {
      const advisory = verdict.advisory ? ` (${verdict.advisory})` : "";
      const loader = verdict.advisory === "CVE-2025-1550" ? "Keras before 3.9 imports whatever module a config names and calls it" : "Keras before 3.11 calls it when the config says so";
      this.add({
        ruleId: "model/unsafe-construct",
        level: "error",
        message: `${this.document} names ${what} ${qualified} at ${formatPath(this.path)}${context}: ${verdict.why}. ${loader}${advisory}.`,
        properties: {
          path: formatPath(this.path),
          module: show2(module ?? ""),
          name: show2(name),
          ...verdict.advisory ? { advisory: verdict.advisory } : {},
          ...this.layerProperties(layer)
        }
      });
    } else if (verdict.kind === "custom" && module) {
      const key = `${module}\0${name}`;
      const use = this.customs.get(key);
      if (use) use.count++;
      else this.customs.set(key, { module, name, registeredName, path: [...this.path], layer, count: 1 });
    }
  }
  /** Keras' own classes that read files or load other models at load. */
  judgeKerasClass(className, config, here) {
    if (className === "TFSMLayer") {
      const filepath = config?.string("filepath");
      const target = filepath === void 0 ? "" : ` '${show2(filepath)}'`;
      this.add({
        ruleId: "model/unsafe-construct",
        level: "error",
        message: `${this.document} has a TFSMLayer${this.named(here)}: it loads the external TensorFlow SavedModel${target} and runs its graph, even with safe_mode on in Keras before 3.13.2 (CVE-2026-1462).`,
        properties: { path: formatPath(here.path), advisory: "CVE-2026-1462", ...this.layerProperties(here) }
      });
      return;
    }
    const pathFields = {
      StringLookup: ["vocabulary"],
      IntegerLookup: ["vocabulary"],
      TextVectorization: ["vocabulary"],
      // keras_hub tokenizers: their assets travel in the archive; a path in the config reads the host.
      BytePairTokenizer: ["vocabulary", "merges"],
      WordPieceTokenizer: ["vocabulary"],
      SentencePieceTokenizer: ["proto"]
    };
    for (const field of pathFields[className] ?? []) {
      const value = config?.get(field);
      if (typeof value !== "string") continue;
      const advisory = className.endsWith("Tokenizer") ? "" : " (CVE-2025-12058)";
      this.add({
        ruleId: "model/unsafe-construct",
        level: "error",
        message: `${this.document} has ${/^[AEIOU]/.test(className) ? "an" : "a"} ${show2(className)}${this.named(here)} whose ${field} is the path '${show2(value)}': loading reads that file (or URL, through tf.io.gfile) from the loading machine, even with safe_mode on${advisory}.`,
        properties: {
          path: formatPath([...here.path, "config", field]),
          value: show2(value),
          ...advisory ? { advisory: "CVE-2025-12058" } : {},
          ...this.layerProperties(here)
        }
      });
    }
  }
  judgeLambda(config, here) {
    const isSerializedTuple = (value) => {
      if (!(value instanceof JsonObject) || value.string("class_name") !== "__tuple__") return false;
      const items = value.get("items");
      return Array.isArray(items) && typeof items[0] === "string";
    };
    const bytecode = [];
    const references = [];
    for (const field of LAMBDA_FIELDS) {
      const value = config?.get(field);
      if (value === void 0 || value === null) continue;
      const fieldPath = formatPath([...here.path, "config", field]);
      const legacyType = config?.string(field === "function" ? "function_type" : `${field}_type`);
      const legacyModule = config?.string(field === "function" ? "module" : `${field}_module`);
      if (Array.isArray(value) && typeof value[0] === "string") {
        if (field !== "output_shape" || legacyType === "lambda") bytecode.push(fieldPath);
      } else if (isSerializedTuple(value) && (field !== "output_shape" || legacyType === "lambda")) {
        this.consumed.add(value);
        bytecode.push(fieldPath);
      } else if (value instanceof JsonObject && value.string("class_name") === "__lambda__") {
        this.consumed.add(value);
        bytecode.push(fieldPath);
      } else if (value instanceof JsonObject && value.string("class_name") === "function") {
        this.consumed.add(value);
        const inner = value.get("config");
        const registered = value.string("registered_name");
        references.push({
          field,
          module: value.string("module"),
          name: typeof inner === "string" ? inner : registered ?? "?",
          ...registered === void 0 ? {} : { registered }
        });
      } else if (typeof value === "string" && legacyType === "lambda") {
        bytecode.push(fieldPath);
      } else if (typeof value === "string" && (legacyType === "function" || field === "function")) {
        references.push({ field, module: legacyModule, name: value });
      }
    }
    const who = `Lambda layer${here.name === void 0 ? "" : ` '${show2(here.name)}'`} at ${formatPath(here.path)}`;
    if (bytecode.length > 0) this.bytecode(here.path, here, bytecode);
    for (const reference of references) {
      const verdict = judgeName(reference.module, reference.name);
      const qualified = reference.module ? `${show2(reference.module)}.${show2(reference.name)}` : show2(reference.name);
      const fieldPath = formatPath([...here.path, "config", reference.field]);
      if (verdict.kind === "dangerous") {
        const advisory = verdict.advisory ?? "CVE-2025-1550";
        this.add({
          ruleId: "model/unsafe-construct",
          level: "error",
          message: `${this.document} has a ${who} that calls ${qualified} (${fieldPath}): ${verdict.why}. The layer calls it with arguments from the config when the model runs, and Keras before 3.11 resolves it even with safe_mode on (${advisory}).`,
          properties: {
            path: fieldPath,
            module: show2(reference.module ?? ""),
            name: show2(reference.name),
            advisory,
            ...this.layerProperties(here)
          }
        });
      } else if (verdict.kind === "custom" && reference.module) {
        const key = `${reference.module}\0${reference.name}`;
        const use = this.customs.get(key);
        if (use) use.count++;
        else
          this.customs.set(key, {
            module: reference.module,
            name: reference.name,
            registeredName: reference.registered,
            path: [...here.path, "config", reference.field],
            layer: here,
            count: 1
          });
      } else if (!reference.module && verdict.kind === "keras" && reference.field === "function") {
        this.add({
          ruleId: "model/unsafe-construct",
          level: "warning",
          message: `${this.document} has a ${who} that calls a function named '${show2(reference.name)}' with no module (${fieldPath}): the loading code decides what runs.`,
          properties: { path: fieldPath, name: show2(reference.name), ...this.layerProperties(here) }
        });
      }
    }
    if (bytecode.length === 0 && references.length === 0) {
      this.add({
        ruleId: "model/unsafe-construct",
        level: "warning",
        message: `${this.document} has a ${who} whose function could not be identified: Lambda layers run Python code.`,
        properties: { path: formatPath(here.path), ...this.layerProperties(here) }
      });
    }
  }
  bytecode(path2, layer, fields) {
    const where = fields ? fields.join(", ") : formatPath(path2);
    const subject = fields ? `a Lambda layer${layer?.name === void 0 ? "" : ` '${show2(layer.name)}'`} at ${formatPath(path2)} with marshalled Python bytecode in ${where}` : `a serialized Python lambda (marshalled bytecode) at ${where}${this.inLayer(layer)}`;
    const when = {
      "keras-v3": "Keras runs it at load when safe_mode is off, which before Keras 3.11 the file itself could arrange (CVE-2025-9906), and always before Keras 2.13 (CVE-2024-3660)",
      "keras-h5": "legacy .h5 loading runs it even with safe_mode on before Keras 3.11.3 (CVE-2025-9905), and always in Keras 2 and tf-keras (CVE-2024-3660)",
      "keras-savedmodel": "tf.keras runs it when it rebuilds the model from the SavedModel, with no safe_mode check (CVE-2024-3660)"
    };
    this.add({
      ruleId: "model/unsafe-construct",
      level: "error",
      message: `${this.document} has ${subject}: ${when[this.origin]}.`,
      properties: {
        path: formatPath(path2),
        advisory: this.origin === "keras-h5" ? "CVE-2025-9905" : "CVE-2024-3660",
        ...this.layerProperties(layer)
      }
    });
  }
};
var DOCUMENT_NAMES = {
  "keras-v3": "config.json",
  "keras-h5": "model_config",
  "keras-savedmodel": "keras_metadata"
};
function analyzeKerasConfig(json, origin, options = {}) {
  const limits = { ...DEFAULT_KERAS_CONFIG_LIMITS, ...options.limits };
  const document = options.document ?? DOCUMENT_NAMES[origin];
  const issues = [];
  if (json.length > limits.maxBytes) {
    return [
      {
        ruleId: "model/scan-limit",
        level: "error",
        message: `${document} is ${json.length} bytes, over the ${limits.maxBytes}-byte limit: not judged.`
      }
    ];
  }
  const decoded = origin === "keras-v3" ? decodeJsonBytes(json) : decodeUtf82(json);
  issues.push(...encodingIssues(decoded, origin, document));
  let text = decoded.text;
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  let parsed;
  try {
    parsed = parsePythonJson(text, limits);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    issues.push({
      ruleId: error.limit ? "model/scan-limit" : "model/malformed-file",
      level: "error",
      message: error.limit ? `${document} stops the scan at a limit: ${error.message} (at character ${error.offset}); not judged.` : `${document} is not valid JSON: ${error.message} at character ${error.offset}. Python's json would reject it too, but nothing in it was judged.`,
      properties: { characterOffset: error.offset }
    });
    return issues;
  }
  for (const duplicate of parsed.duplicates) {
    const key = show2(duplicate.key);
    issues.push({
      ruleId: "model/malformed-file",
      level: "error",
      message: `${document} has the key "${key}" twice in ${formatPath(duplicate.path)}: Python keeps the last, a reader that keeps the first sees another model. Both were judged.`,
      properties: { path: formatPath(duplicate.path), key, characterOffset: duplicate.offset }
    });
  }
  const judge2 = new Judge(origin, document, limits);
  judge2.visit(parsed.value, void 0);
  issues.push(...judge2.finish());
  return issues;
}
function encodingIssues(decoded, origin, document) {
  const issues = [];
  if (!decoded.valid) {
    issues.push({
      ruleId: "model/malformed-file",
      level: "error",
      message: `${document} is not valid ${decoded.encoding.toUpperCase()}: what follows was judged with the invalid bytes replaced, and may differ from what Python reads.`
    });
  }
  if (origin === "keras-v3" && decoded.encoding !== "utf-8") {
    issues.push({
      ruleId: "model/malformed-file",
      level: "warning",
      message: `${document} is encoded as ${decoded.encoding.toUpperCase()}: Python's json reads it, Keras writes UTF-8, and a tool that assumes UTF-8 sees nothing in it.`,
      properties: { encoding: decoded.encoding }
    });
  }
  if (origin !== "keras-v3" && decoded.text.startsWith("\uFEFF")) {
    issues.push({
      ruleId: "model/malformed-file",
      level: "warning",
      message: `${document} starts with a byte order mark, which Python's json rejects: Keras would not load it. Judged without it.`
    });
  }
  return issues;
}
var H5_CONFIG_ATTRIBUTES = ["model_config", "training_config"];
async function analyzeKerasH5(source, options = {}) {
  const { attributes, issues } = await readHdf5RootAttributes(source, options.hdf5);
  const all = [...issues];
  for (const name of H5_CONFIG_ATTRIBUTES) {
    const value = attributes.get(name);
    if (value === void 0) continue;
    all.push(
      ...analyzeKerasConfig(value, "keras-h5", {
        document: name,
        ...options.config ? { limits: options.config } : {}
      })
    );
  }
  const version = attributes.get("keras_version");
  const kerasVersion = version === void 0 ? void 0 : show2(decodeUtf82(version).text);
  return {
    issues: all,
    hasModelConfig: attributes.has("model_config"),
    ...kerasVersion === void 0 ? {} : { kerasVersion }
  };
}

// src/checks/scan-model/pickle.ts
var DEFAULT_PICKLE_LIMITS = {
  maxOpcodes: 5e7,
  maxStackDepth: 1e5,
  maxMemoEntries: 1e6,
  maxBytes: 16 * 1024 ** 3,
  maxRecords: 1e6,
  maxLineLength: 64 * 1024
};
var MAX_OPERAND_BYTES = 256;
var Sym = class {
  constructor(kind, global = -1, role = 0 /* None */) {
    this.kind = kind;
    this.global = global;
    this.role = role;
  }
  kind;
  global;
  role;
  /** Tuple items; Dict values. Undefined for a tuple too long (or too many) to track. */
  items = void 0;
  /** Dict str keys, parallel to items; later entries win. */
  keys = void 0;
  /** Dict: a key of unknown type or an untracked entry, so lookups cannot be trusted. */
  uncertain = false;
  dtype = void 0;
  /** ArrayWrapper instance attributes; undefined once something the walker cannot follow set them. */
  attrs = void 0;
  /** Globals passed directly in an untracked tuple (e.g. partial(os.system)). */
  globals = void 0;
};
function tupleSym(items, globals) {
  const tuple = new Sym(8 /* Tuple */);
  tuple.items = items;
  tuple.globals = globals;
  return tuple;
}
function dtypeSym(global, info) {
  const dtype = new Sym(10 /* DType */, global);
  dtype.dtype = info;
  return dtype;
}
function wrapperSym(global, attrs) {
  const wrapper = new Sym(11 /* ArrayWrapper */, global);
  wrapper.attrs = attrs;
  return wrapper;
}
var UNKNOWN = new Sym(0 /* Unknown */);
var DATA = new Sym(1 /* Data */);
var NONE = new Sym(2 /* None */);
var TRUE = new Sym(3 /* True */);
var FALSE = new Sym(4 /* False */);
var LONG_STR = new Sym(5 /* LongStr */);
var EMPTY_TUPLE = tupleSym([]);
var UNTRACKED_TUPLE = tupleSym(void 0);
var UNTRACKED_DICT = new Sym(9 /* Dict */);
UNTRACKED_DICT.uncertain = true;
function isSym(value) {
  return typeof value === "object";
}
function kindOf(value) {
  return typeof value === "object" ? value.kind : void 0;
}
function globalOf(value) {
  return typeof value === "object" ? value.global : -1;
}
var NO_GLOBALS = Object.freeze([]);
var MAX_TRACKED_ITEMS = 1024;
var MAX_TRACKED_KEYS = 256;
var TRACKED_ITEM_BUDGET = 8e6;
function dictGet(dict, key) {
  const keys = dict.keys;
  if (keys === void 0) return void 0;
  for (let i = keys.length - 1; i >= 0; i--) if (keys[i] === key) return dict.items[i];
  return void 0;
}
function truthy(value) {
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") return value.length > 0;
  switch (value.kind) {
    case 2 /* None */:
    case 4 /* False */:
      return false;
    case 3 /* True */:
    case 5 /* LongStr */:
    case 11 /* ArrayWrapper */:
      return true;
    case 8 /* Tuple */:
      return value.items === void 0 ? true : value.items.length > 0;
    case 9 /* Dict */:
      return value.uncertain ? void 0 : (value.keys?.length ?? 0) > 0;
    default:
      return void 0;
  }
}
var DTYPE_MODULES = /* @__PURE__ */ new Set([
  "numpy",
  "numpy.core",
  "numpy._core",
  "numpy.core.multiarray",
  "numpy._core.multiarray",
  "numpy.core._multiarray_umath",
  "numpy._core._multiarray_umath"
]);
var ARRAY_WRAPPER = "joblib.numpy_pickle.NumpyArrayWrapper";
function roleOf(module, name) {
  if (`${module}.${name}` === ARRAY_WRAPPER) return 1 /* ArrayWrapper */;
  if (name === "dtype" && DTYPE_MODULES.has(module)) return 2 /* DType */;
  if (name === "_convert_to_stringdtype_kwargs" && (module === "numpy._core._internal" || module === "numpy.core._internal")) {
    return 3 /* StringDType */;
  }
  if (module === "copyreg") {
    if (name === "_reconstructor") return 4 /* Reconstructor */;
    if (name === "__newobj__" || name === "__newobj_ex__") return 5 /* NewObj */;
  }
  if (module === "builtins" && name === "object") return 6 /* Object */;
  return 0 /* None */;
}
var FIXED_SIZES = {
  b: [1],
  i: [1, 2, 4, 8],
  u: [1, 2, 4, 8],
  f: [2, 4, 8, 12, 16],
  c: [8, 16, 24, 32],
  M: [8],
  m: [8],
  O: [4, 8]
};
function parseTypeCode(code) {
  const match = /^[<>|=]?([biufcMmOSaUV?])(\d{0,10})(\[[A-Za-z0-9]{1,8}\])?$/.exec(code);
  if (!match) return void 0;
  const [, letter, digits, unit] = match;
  if (unit !== void 0 && letter !== "M" && letter !== "m") return void 0;
  if (letter === "?") return digits === "" ? { itemsize: 1, flexible: false, hasObject: false } : void 0;
  const count = digits === "" ? void 0 : Number(digits);
  if (letter === "S" || letter === "a" || letter === "V" || letter === "U") {
    const size2 = (count ?? 0) * (letter === "U" ? 4 : 1);
    return { itemsize: size2, flexible: true, hasObject: false };
  }
  const size = count ?? (letter === "M" || letter === "m" || letter === "O" ? 8 : void 0);
  if (size === void 0 || !FIXED_SIZES[letter].includes(size)) return void 0;
  return { itemsize: size, flexible: false, hasObject: letter === "O" };
}
function isInt(value) {
  return typeof value === "number" && Number.isSafeInteger(value);
}
function dtypeAfterState(before, state) {
  if (before === void 0 || kindOf(state) !== 8 /* Tuple */) return void 0;
  const items = state.items;
  if (items === void 0 || items.length !== 8 && items.length !== 9) return void 0;
  const [version, byteorder, subarray, names, fields, elsize, , flags] = items;
  if (version !== 3 && version !== 4) return void 0;
  if (typeof byteorder !== "string" || !/^[<>|=]$/.test(byteorder)) return void 0;
  if (!isInt(elsize) || !isInt(flags)) return void 0;
  if (kindOf(names) === 2 /* None */ !== (kindOf(fields) === 2 /* None */)) return void 0;
  let derived = before.hasObject;
  if (kindOf(subarray) !== 2 /* None */) {
    const pair = isSym(subarray) && subarray.kind === 8 /* Tuple */ ? subarray.items : void 0;
    const base = pair?.length === 2 ? pair[0] : void 0;
    if (base === void 0 || kindOf(base) !== 10 /* DType */) return void 0;
    derived = base.dtype?.hasObject;
  }
  if (kindOf(fields) !== 2 /* None */) {
    const nameItems = kindOf(names) === 8 /* Tuple */ ? names.items : void 0;
    const fieldDict = fields;
    if (nameItems === void 0 || fieldDict.kind !== 9 /* Dict */ || fieldDict.uncertain) return void 0;
    derived = false;
    for (const name of nameItems) {
      if (typeof name !== "string") return void 0;
      const field = dictGet(fieldDict, name);
      const fieldItems = field !== void 0 && kindOf(field) === 8 /* Tuple */ ? field.items : void 0;
      const fieldType = fieldItems?.[0];
      if (fieldType === void 0 || kindOf(fieldType) !== 10 /* DType */) return void 0;
      const inner = fieldType.dtype?.hasObject;
      if (inner === void 0) return void 0;
      derived ||= inner;
    }
  }
  const normalized = flags < 0 && flags >= -128 ? flags + 128 : flags;
  if (normalized < 0) return void 0;
  const flagged = (normalized & 1) === 1;
  if (derived === void 0 || derived !== flagged) return void 0;
  if (before.flexible && elsize < 0) return void 0;
  return {
    itemsize: before.flexible ? elsize : before.itemsize,
    flexible: before.flexible,
    hasObject: flagged
  };
}
var WHERE_DATA = "the array data of a joblib NumpyArrayWrapper could not be located";
var MAX_DIMENSIONS = 64;
function arrayData(attrs) {
  if (attrs === void 0) {
    return { kind: "unknown", why: "its attributes were set by something the scanner cannot follow" };
  }
  const dtypeVal = attrs.get("dtype");
  if (dtypeVal === void 0 || kindOf(dtypeVal) !== 10 /* DType */) {
    return { kind: "unknown", why: "its dtype is not a numpy dtype the scanner can read" };
  }
  const dtype = dtypeVal.dtype;
  if (dtype === void 0 || dtype.hasObject === void 0) {
    return { kind: "unknown", why: "its dtype is not one the scanner understands" };
  }
  if (dtype.hasObject) return { kind: "pickle" };
  const shapeVal = attrs.get("shape");
  const shape = shapeVal !== void 0 && kindOf(shapeVal) === 8 /* Tuple */ ? shapeVal.items : void 0;
  if (shape === void 0 || shape.length > MAX_DIMENSIONS) {
    return { kind: "unknown", why: "its shape is not a tuple of dimensions" };
  }
  let count = 1;
  let zero = false;
  for (const dimension of shape) {
    if (!isInt(dimension) || dimension < 0) {
      return { kind: "unknown", why: "its shape holds a dimension that is not a non-negative integer" };
    }
    if (dimension === 0) zero = true;
    count *= dimension;
  }
  if (zero) count = 0;
  if (dtype.itemsize <= 0) return { kind: "unknown", why: "its dtype has no item size" };
  const bytes = count * dtype.itemsize;
  if (!Number.isSafeInteger(bytes)) {
    return { kind: "unknown", why: "its shape overflows any file size" };
  }
  const alignment = attrs.get("numpy_array_alignment_bytes");
  const padded2 = alignment !== void 0 && kindOf(alignment) !== 2 /* None */;
  return { kind: "raw", padded: padded2, bytes };
}
function wrapperInitAttrs(args) {
  const items = kindOf(args) === 8 /* Tuple */ ? args.items : void 0;
  if (items === void 0 || items.length < 4 || items.length > 6) return void 0;
  return /* @__PURE__ */ new Map([
    ["subclass", items[0]],
    ["shape", items[1]],
    ["order", items[2]],
    ["dtype", items[3]],
    ["allow_mmap", items[4] ?? FALSE],
    ["numpy_array_alignment_bytes", items[5] ?? 16]
  ]);
}
var ARG = new Uint8Array(256).fill(255);
var NAMES2 = [];
function op(code, name, arg) {
  const byte = code.charCodeAt(0);
  ARG[byte] = arg;
  NAMES2[byte] = name;
}
op("I", "INT", 7 /* Line */);
op("J", "BININT", 3 /* I4 */);
op("K", "BININT1", 1 /* U1 */);
op("M", "BININT2", 2 /* U2 */);
op("L", "LONG", 7 /* Line */);
op("\x8A", "LONG1", 9 /* Long1 */);
op("\x8B", "LONG4", 10 /* Long4 */);
op("S", "STRING", 7 /* Line */);
op("T", "BINSTRING", 14 /* String4Signed */);
op("U", "SHORT_BINSTRING", 11 /* Bytes1 */);
op("B", "BINBYTES", 12 /* Bytes4 */);
op("C", "SHORT_BINBYTES", 11 /* Bytes1 */);
op("\x8E", "BINBYTES8", 13 /* Bytes8 */);
op("\x96", "BYTEARRAY8", 13 /* Bytes8 */);
op("\x97", "NEXT_BUFFER", 0 /* None */);
op("\x98", "READONLY_BUFFER", 0 /* None */);
op("N", "NONE", 0 /* None */);
op("\x88", "NEWTRUE", 0 /* None */);
op("\x89", "NEWFALSE", 0 /* None */);
op("V", "UNICODE", 7 /* Line */);
op("\x8C", "SHORT_BINUNICODE", 11 /* Bytes1 */);
op("X", "BINUNICODE", 12 /* Bytes4 */);
op("\x8D", "BINUNICODE8", 13 /* Bytes8 */);
op("F", "FLOAT", 7 /* Line */);
op("G", "BINFLOAT", 6 /* F8 */);
op("]", "EMPTY_LIST", 0 /* None */);
op("a", "APPEND", 0 /* None */);
op("e", "APPENDS", 0 /* None */);
op("l", "LIST", 0 /* None */);
op(")", "EMPTY_TUPLE", 0 /* None */);
op("t", "TUPLE", 0 /* None */);
op("\x85", "TUPLE1", 0 /* None */);
op("\x86", "TUPLE2", 0 /* None */);
op("\x87", "TUPLE3", 0 /* None */);
op("}", "EMPTY_DICT", 0 /* None */);
op("d", "DICT", 0 /* None */);
op("s", "SETITEM", 0 /* None */);
op("u", "SETITEMS", 0 /* None */);
op("\x8F", "EMPTY_SET", 0 /* None */);
op("\x90", "ADDITEMS", 0 /* None */);
op("\x91", "FROZENSET", 0 /* None */);
op("0", "POP", 0 /* None */);
op("2", "DUP", 0 /* None */);
op("(", "MARK", 0 /* None */);
op("1", "POP_MARK", 0 /* None */);
op("g", "GET", 7 /* Line */);
op("h", "BINGET", 1 /* U1 */);
op("j", "LONG_BINGET", 4 /* U4 */);
op("p", "PUT", 7 /* Line */);
op("q", "BINPUT", 1 /* U1 */);
op("r", "LONG_BINPUT", 4 /* U4 */);
op("\x94", "MEMOIZE", 0 /* None */);
op("\x82", "EXT1", 1 /* U1 */);
op("\x83", "EXT2", 2 /* U2 */);
op("\x84", "EXT4", 3 /* I4 */);
op("c", "GLOBAL", 8 /* LinePair */);
op("\x93", "STACK_GLOBAL", 0 /* None */);
op("R", "REDUCE", 0 /* None */);
op("b", "BUILD", 0 /* None */);
op("i", "INST", 8 /* LinePair */);
op("o", "OBJ", 0 /* None */);
op("\x81", "NEWOBJ", 0 /* None */);
op("\x92", "NEWOBJ_EX", 0 /* None */);
op("\x80", "PROTO", 1 /* U1 */);
op(".", "STOP", 0 /* None */);
op("\x95", "FRAME", 5 /* U8 */);
op("P", "PERSID", 7 /* Line */);
op("Q", "BINPERSID", 0 /* None */);
var IMPORT_MAPPING = /* @__PURE__ */ new Map([
  ["__builtin__", "builtins"],
  ["copy_reg", "copyreg"],
  ["Queue", "queue"],
  ["SocketServer", "socketserver"],
  ["ConfigParser", "configparser"],
  ["repr", "reprlib"],
  ["tkFileDialog", "tkinter.filedialog"],
  ["tkSimpleDialog", "tkinter.simpledialog"],
  ["tkColorChooser", "tkinter.colorchooser"],
  ["tkCommonDialog", "tkinter.commondialog"],
  ["Dialog", "tkinter.dialog"],
  ["Tkdnd", "tkinter.dnd"],
  ["tkFont", "tkinter.font"],
  ["tkMessageBox", "tkinter.messagebox"],
  ["ScrolledText", "tkinter.scrolledtext"],
  ["Tkconstants", "tkinter.constants"],
  ["Tix", "tkinter.tix"],
  ["ttk", "tkinter.ttk"],
  ["Tkinter", "tkinter"],
  ["markupbase", "_markupbase"],
  ["_winreg", "winreg"],
  ["thread", "_thread"],
  ["dummy_thread", "_dummy_thread"],
  ["dbhash", "dbm.bsd"],
  ["dumbdbm", "dbm.dumb"],
  ["dbm", "dbm.ndbm"],
  ["gdbm", "dbm.gnu"],
  ["xmlrpclib", "xmlrpc.client"],
  ["SimpleXMLRPCServer", "xmlrpc.server"],
  ["httplib", "http.client"],
  ["htmlentitydefs", "html.entities"],
  ["HTMLParser", "html.parser"],
  ["Cookie", "http.cookies"],
  ["cookielib", "http.cookiejar"],
  ["BaseHTTPServer", "http.server"],
  ["test.test_support", "test.support"],
  ["commands", "subprocess"],
  ["urlparse", "urllib.parse"],
  ["robotparser", "urllib.robotparser"],
  ["urllib2", "urllib.request"],
  ["anydbm", "dbm"],
  ["_abcoll", "collections.abc"],
  // The one-way additions.
  ["cPickle", "pickle"],
  ["_elementtree", "xml.etree.ElementTree"],
  ["FileDialog", "tkinter.filedialog"],
  ["SimpleDialog", "tkinter.simpledialog"],
  ["DocXMLRPCServer", "xmlrpc.server"],
  ["SimpleHTTPServer", "http.server"],
  ["CGIHTTPServer", "http.server"],
  ["UserDict", "collections"],
  ["UserList", "collections"],
  ["UserString", "collections"],
  ["whichdb", "dbm"],
  ["StringIO", "io"],
  ["cStringIO", "io"]
]);
var NAME_MAPPING = new Map(
  [
    ["__builtin__", "xrange", "builtins", "range"],
    ["__builtin__", "reduce", "functools", "reduce"],
    ["__builtin__", "intern", "sys", "intern"],
    ["__builtin__", "unichr", "builtins", "chr"],
    ["__builtin__", "unicode", "builtins", "str"],
    ["__builtin__", "long", "builtins", "int"],
    ["__builtin__", "basestring", "builtins", "str"],
    ["itertools", "izip", "builtins", "zip"],
    ["itertools", "imap", "builtins", "map"],
    ["itertools", "ifilter", "builtins", "filter"],
    ["itertools", "ifilterfalse", "itertools", "filterfalse"],
    ["itertools", "izip_longest", "itertools", "zip_longest"],
    ["UserDict", "IterableUserDict", "collections", "UserDict"],
    ["UserDict", "UserDict", "collections", "UserDict"],
    ["UserList", "UserList", "collections", "UserList"],
    ["UserString", "UserString", "collections", "UserString"],
    ["whichdb", "whichdb", "dbm", "whichdb"],
    ["_socket", "fromfd", "socket", "fromfd"],
    ["socket", "_socketobject", "socket", "SocketType"],
    ["_multiprocessing", "Connection", "multiprocessing.connection", "Connection"],
    ["multiprocessing.process", "Process", "multiprocessing.context", "Process"],
    ["multiprocessing.forking", "Popen", "multiprocessing.popen_fork", "Popen"],
    ["urllib", "ContentTooShortError", "urllib.error", "ContentTooShortError"],
    ["urllib", "getproxies", "urllib.request", "getproxies"],
    ["urllib", "pathname2url", "urllib.request", "pathname2url"],
    ["urllib", "quote_plus", "urllib.parse", "quote_plus"],
    ["urllib", "quote", "urllib.parse", "quote"],
    ["urllib", "unquote_plus", "urllib.parse", "unquote_plus"],
    ["urllib", "unquote", "urllib.parse", "unquote"],
    ["urllib", "url2pathname", "urllib.request", "url2pathname"],
    ["urllib", "urlcleanup", "urllib.request", "urlcleanup"],
    ["urllib", "urlencode", "urllib.parse", "urlencode"],
    ["urllib", "urlopen", "urllib.request", "urlopen"],
    ["urllib", "urlretrieve", "urllib.request", "urlretrieve"],
    ["urllib2", "HTTPError", "urllib.error", "HTTPError"],
    ["urllib2", "URLError", "urllib.error", "URLError"],
    ["exceptions", "StandardError", "builtins", "Exception"],
    ...[
      "ArithmeticError",
      "AssertionError",
      "AttributeError",
      "BaseException",
      "BufferError",
      "BytesWarning",
      "DeprecationWarning",
      "EOFError",
      "EnvironmentError",
      "Exception",
      "FloatingPointError",
      "FutureWarning",
      "GeneratorExit",
      "IOError",
      "ImportError",
      "ImportWarning",
      "IndentationError",
      "IndexError",
      "KeyError",
      "KeyboardInterrupt",
      "LookupError",
      "MemoryError",
      "NameError",
      "NotImplementedError",
      "OSError",
      "OverflowError",
      "PendingDeprecationWarning",
      "ReferenceError",
      "RuntimeError",
      "RuntimeWarning",
      "StopIteration",
      "SyntaxError",
      "SyntaxWarning",
      "SystemError",
      "SystemExit",
      "TabError",
      "TypeError",
      "UnboundLocalError",
      "UnicodeDecodeError",
      "UnicodeEncodeError",
      "UnicodeError",
      "UnicodeTranslateError",
      "UnicodeWarning",
      "UserWarning",
      "ValueError",
      "Warning",
      "ZeroDivisionError",
      "WindowsError"
    ].map((name) => ["exceptions", name, "builtins", name]),
    ...["AuthenticationError", "BufferTooShort", "ProcessError", "TimeoutError"].map((name) => [
      "multiprocessing",
      name,
      "multiprocessing.context",
      name
    ])
  ].map(([module, name, toModule, toName]) => [`${module}
${name}`, [toModule, toName]])
);
function python3Name(module, name) {
  const renamed = NAME_MAPPING.get(`${module}
${name}`);
  if (renamed) return renamed;
  return [IMPORT_MAPPING.get(module) ?? module, name];
}
var Abort = class extends Error {
};
var Finished = class extends Abort {
};
function uint32(bytes, at) {
  return (bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16) + bytes[at + 3] * 16777216;
}
function uint64(bytes, at) {
  return uint32(bytes, at) + uint32(bytes, at + 4) * 2 ** 32;
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
var utf8Lenient = new TextDecoder("utf-8");
var latin1Slice = Buffer.prototype.latin1Slice;
function smallAscii(bytes, start, end) {
  let text = "";
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
  return text;
}
function shortString(bytes, start, end) {
  for (let i = start; i < end; i++) {
    if (bytes[i] >= 128) return utf8Lenient.decode(bytes.subarray(start, end));
  }
  return end - start < 8 ? smallAscii(bytes, start, end) : latin1Slice.call(bytes, start, end);
}
function unquoteString(line) {
  if (line.length < 2) return void 0;
  const quote = line[0];
  if (quote !== "'" && quote !== '"' || line[line.length - 1] !== quote) return void 0;
  const body = line.slice(1, -1);
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char !== "\\") {
      out += char;
      continue;
    }
    const next = body[++i];
    if (next === "x" && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (next === "n") out += "\n";
    else if (next === "t") out += "	";
    else if (next === "r") out += "\r";
    else if (next === "\\" || next === "'" || next === '"') out += next;
    else return void 0;
  }
  return out;
}
function rawUnicodeEscape(bytes, start, end) {
  let out = "";
  for (let i = start; i < end; i++) {
    const byte = bytes[i];
    if (byte === 92 && i + 1 < end && (bytes[i + 1] === 117 || bytes[i + 1] === 85)) {
      const digits = bytes[i + 1] === 117 ? 4 : 8;
      const hex2 = shortString(bytes, i + 2, Math.min(end, i + 2 + digits));
      if (hex2.length === digits && /^[0-9a-fA-F]+$/.test(hex2)) {
        const code = parseInt(hex2, 16);
        if (code <= 1114111) {
          out += String.fromCodePoint(code);
          i += 1 + digits;
          continue;
        }
      }
    }
    out += String.fromCharCode(byte);
  }
  return out;
}
function intLine(text) {
  const trimmed = text.trim();
  if (!/^[+-]?(0|[1-9]\d{0,20})$/.test(trimmed)) return DATA;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : DATA;
}
function long1(bytes, start, size) {
  if (size === 0) return 0;
  if (size <= 6) {
    let value2 = 0;
    for (let k = size - 1; k >= 0; k--) value2 = value2 * 256 + bytes[start + k];
    if (bytes[start + size - 1] & 128) value2 -= 2 ** (8 * size);
    return value2;
  }
  if (size > 8) return DATA;
  let value = 0n;
  for (let k = size - 1; k >= 0; k--) value = value << 8n | BigInt(bytes[start + k]);
  if (bytes[start + size - 1] & 128) value -= 1n << BigInt(8 * size);
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : DATA;
}
var VARIABLE = 254;
var UNKNOWN_OPCODE = 255;
var FIXED_ARG = new Uint8Array(256).fill(UNKNOWN_OPCODE);
for (let byte = 0; byte < 256; byte++) {
  const arg = ARG[byte];
  if (arg === 255) continue;
  FIXED_ARG[byte] = arg === 0 /* None */ ? 0 : arg === 1 /* U1 */ ? 1 : arg === 2 /* U2 */ ? 2 : arg === 3 /* I4 */ || arg === 4 /* U4 */ ? 4 : arg === 5 /* U8 */ || arg === 6 /* F8 */ ? 8 : VARIABLE;
}
var MEMO_BLOCK_BITS = 12;
var MEMO_BLOCK_MASK = (1 << MEMO_BLOCK_BITS) - 1;
var Memo = class {
  blocks = [];
  /** Keys 0 .. dense-1 are all in blocks. */
  dense = 0;
  sparse;
  /** Distinct keys: MEMOIZE's next key, as len(memo) in Python. */
  size = 0;
  get(key) {
    if (key < this.dense) return this.blocks[key >>> MEMO_BLOCK_BITS][key & MEMO_BLOCK_MASK];
    return this.sparse?.get(key);
  }
  /** False when the key is new and the memo already holds `max` entries. */
  set(key, value, max) {
    if (key < this.dense) {
      this.blocks[key >>> MEMO_BLOCK_BITS][key & MEMO_BLOCK_MASK] = value;
      return true;
    }
    if (key === this.dense) {
      if (this.sparse === void 0 || !this.sparse.delete(key)) {
        if (this.size >= max) return false;
        this.size++;
      }
      const block = key >>> MEMO_BLOCK_BITS;
      if (block === this.blocks.length) this.blocks.push([value]);
      else this.blocks[block].push(value);
      this.dense++;
      return true;
    }
    const sparse = this.sparse ??= /* @__PURE__ */ new Map();
    if (!sparse.has(key)) {
      if (this.size >= max) return false;
      this.size++;
    }
    sparse.set(key, value);
    return true;
  }
};
var PickleWalker = class {
  limits;
  baseOffset;
  imports = [];
  calls = [];
  anomalies = [];
  pickles = [];
  rawRegions = [];
  embedded = [];
  /**
   * What calling each import returned, one shared value per import: the walker knows nothing
   * more of plain instances, and a state dict or a million tensors need not allocate each.
   */
  instances = [];
  /**
   * The stack's entries are stack[0 .. sp); entries above sp are stale. Truncating the array
   * itself would make V8 shrink and regrow its store at every MARK-to-APPENDS batch.
   */
  stack = [];
  sp = 0;
  /** Stack lengths at each open MARK (Python's metastack). */
  marks = [];
  memo = new Memo();
  span;
  outer;
  trackedBudget = TRACKED_ITEM_BUDGET;
  /**
   * Tuple and dict contents matter only to numpy dtypes and joblib wrappers, and keeping them
   * for every container of a big pickle costs more than the rest of the walk: they are tracked
   * from the first import of such a global on. A value built before it can still reach a
   * wrapper (through the memo) in a crafted stream, but then it is untracked, and the array
   * data is reported as not locatable: never guessed.
   */
  tracking = false;
  /** A BUILD set state on the NumpyArrayWrapper class: its instances' attributes are unknown. */
  wrapperClassChanged = false;
  /** Absolute offset of the next unread byte. */
  position;
  opcodeCount = 0;
  /** Bytes to skip, beyond the chunks seen so far. */
  skipRemaining = 0;
  skipIsArray = false;
  /** Array data bytes waiting for their padding-length byte; -1 when none. */
  padPending = -1;
  padStart = 0;
  /** Head of an opcode cut by the end of the previous chunk. */
  carry;
  frameEnd = -1;
  frameStart = -1;
  /** Lowest opcode end that needs a look: a FRAME's end or the byte limit. */
  watch;
  /** True before the first opcode of the stream and after each top-level STOP. */
  atBoundary = true;
  stopped = false;
  aborted = false;
  maxPickles;
  judgedCallsOnly;
  constructor(options = {}) {
    this.limits = { ...DEFAULT_PICKLE_LIMITS, ...options.limits };
    this.maxPickles = options.maxPickles ?? Number.POSITIVE_INFINITY;
    this.judgedCallsOnly = options.judgedCallsOnly ?? false;
    this.position = options.baseOffset ?? 0;
    this.baseOffset = this.position;
    this.watch = this.byteWatch();
  }
  write(chunk) {
    if (this.stopped || chunk.length === 0) return;
    try {
      let bytes = chunk;
      if (this.skipRemaining > 0 || this.padPending >= 0) {
        const used = this.consume(bytes, 0);
        this.position += used;
        if (used === bytes.length) return;
        bytes = bytes.subarray(used);
      }
      if (this.carry) {
        const carried = this.carry.length;
        const joined = new Uint8Array(carried + bytes.length);
        joined.set(this.carry);
        joined.set(bytes, carried);
        bytes = joined;
        this.carry = void 0;
        this.position -= carried;
      }
      this.run(bytes);
    } catch (error) {
      if (!(error instanceof Abort)) throw error;
      this.stopped = true;
      if (!(error instanceof Finished)) this.aborted = true;
    }
  }
  /** True once the walk has ended (a clean end after `maxPickles`, a malformed stream, a limit): later writes are ignored. */
  get finished() {
    return this.stopped;
  }
  /**
   * Bytes the walker would only skip (a payload's or joblib array's data), at most `available`,
   * taken as skipped: a caller reading a file at random jumps over them instead of reading them.
   */
  pendingSkip(available) {
    if (this.stopped || this.padPending >= 0 || this.carry) return 0;
    const take = Math.max(0, Math.min(this.skipRemaining, available));
    this.skipRemaining -= take;
    this.position += take;
    return take;
  }
  end() {
    if (!this.stopped) {
      try {
        if (this.padPending >= 0 || this.skipRemaining > 0 && this.skipIsArray) {
          this.finding("truncated", this.position, "the stream ends inside joblib array data");
          this.aborted = true;
        } else if (this.skipRemaining > 0 || this.carry) {
          this.finding("truncated", this.position, "the stream ends inside an opcode");
          this.aborted = true;
        } else if (this.outer) {
          this.finding(
            "truncated",
            this.position,
            "the stream ends inside the pickle of a joblib object array"
          );
          this.aborted = true;
        } else if (this.pickles.length === 0) {
          this.finding("truncated", this.position, "the stream holds no pickle");
          this.aborted = true;
        } else if (!this.atBoundary) {
          this.finding("truncated", this.position, "the stream ends before STOP");
          this.aborted = true;
        }
        if (this.frameEnd > this.position) {
          this.finding(
            "frame-mismatch",
            this.frameStart,
            `a FRAME announces ${this.frameEnd - this.frameStart - 9} bytes but the stream ends first`
          );
        }
      } catch (error) {
        if (!(error instanceof Abort)) throw error;
      }
      this.stopped = true;
    }
    return {
      pickles: this.pickles,
      imports: this.imports,
      calls: this.calls,
      anomalies: this.anomalies,
      rawRegions: this.rawRegions,
      embedded: this.embedded,
      opcodes: this.opcodeCount,
      bytes: this.position - this.baseOffset,
      aborted: this.aborted
    };
  }
  // -- reporting
  pickleIndex() {
    return Math.max(0, this.pickles.length - 1);
  }
  finding(kind, offset, detail, extra = {}) {
    if (this.anomalies.length >= this.limits.maxRecords) {
      this.anomalies.push({
        kind: "limit",
        offset,
        pickleIndex: this.pickleIndex(),
        detail: "too many findings",
        limit: "maxRecords"
      });
      throw new Abort();
    }
    this.anomalies.push({ kind, offset, pickleIndex: this.pickleIndex(), detail, ...extra });
  }
  /** A finding after which Python's own unpickler would stop too. */
  fatal(kind, offset, detail, extra = {}) {
    this.finding(kind, offset, detail, extra);
    throw new Abort();
  }
  limitHit(limit2, offset, detail) {
    this.fatal("limit", offset, detail, { limit: limit2 });
  }
  depthLimit(offset) {
    this.limitHit("maxStackDepth", offset, `the stack grows beyond ${this.limits.maxStackDepth} entries`);
  }
  opcodeLimit(offset) {
    this.limitHit("maxOpcodes", offset, `more than ${this.limits.maxOpcodes} opcodes`);
  }
  lineLimit(offset) {
    this.limitHit(
      "maxLineLength",
      offset,
      `an argument line is longer than ${this.limits.maxLineLength} bytes`
    );
  }
  record(list, item, offset) {
    if (list.length >= this.limits.maxRecords) {
      this.limitHit("maxRecords", offset, `more than ${this.limits.maxRecords} imports or call sites`);
    }
    list.push(item);
    return list.length - 1;
  }
  // -- frames and the byte limit
  byteWatch() {
    return this.baseOffset + this.limits.maxBytes + 1;
  }
  updateWatch() {
    const bytes = this.byteWatch();
    this.watch = this.frameEnd >= 0 && this.frameEnd < bytes ? this.frameEnd : bytes;
  }
  /** An opcode reaches the watch: it closes or crosses its FRAME, or passes the byte limit. */
  crossWatch(code, start, end) {
    if (this.frameEnd >= 0) {
      if (end > this.frameEnd) {
        this.frameEnd = -1;
        this.updateWatch();
        this.finding("frame-mismatch", start, `${NAMES2[code]} crosses the end of its FRAME`);
      } else if (end === this.frameEnd) {
        this.frameEnd = -1;
        this.updateWatch();
      }
    }
    if (end - this.baseOffset > this.limits.maxBytes) {
      this.limitHit("maxBytes", start, `the stream exceeds ${this.limits.maxBytes} bytes`);
    }
  }
  // -- pickles
  /** The first opcode of the stream, or the first after a STOP. */
  boundary(code, start) {
    this.atBoundary = false;
    const trailing = this.pickles.length > 0;
    this.beginPickle(start);
    if (trailing) {
      this.finding(
        "trailing-data",
        start,
        code === 128 ? "a second pickle follows STOP" : "bytes follow STOP; they are read as another pickle"
      );
    }
  }
  beginPickle(start) {
    const span = { start, end: void 0, protocol: 0 };
    this.pickles.push(span);
    this.span = span;
    this.sp = 0;
    this.marks.length = 0;
    this.memo = new Memo();
  }
  /** joblib's object arrays: pickle.load on the same file, with its own stack and memo. */
  beginEmbedded(start) {
    this.outer = {
      stack: this.stack,
      sp: this.sp,
      marks: this.marks,
      memo: this.memo,
      span: this.span
    };
    const span = {
      start,
      end: void 0,
      protocol: 0,
      reason: "joblib-object-array",
      pickleIndex: this.pickleIndex()
    };
    this.record(this.embedded, span, start);
    this.span = span;
    this.stack = [];
    this.sp = 0;
    this.marks = [];
    this.memo = new Memo();
  }
  endEmbedded() {
    const outer = this.outer;
    this.outer = void 0;
    this.stack = outer.stack;
    this.sp = outer.sp;
    this.marks = outer.marks;
    this.memo = outer.memo;
    this.span = outer.span;
  }
  // -- the stack
  push(value, offset) {
    if (this.sp + this.marks.length >= this.limits.maxStackDepth) this.depthLimit(offset);
    this.stack[this.sp++] = value;
  }
  base() {
    const marks = this.marks;
    return marks.length === 0 ? 0 : marks[marks.length - 1];
  }
  pop(offset) {
    if (this.sp <= this.base()) this.fatal("stack-underflow", offset, "an opcode pops from an empty stack");
    return this.stack[--this.sp];
  }
  top(offset) {
    if (this.sp <= this.base()) this.fatal("stack-underflow", offset, "an opcode reads an empty stack");
    return this.stack[this.sp - 1];
  }
  /** Pops to the last MARK; returns the start index of the popped items (still in `stack`). */
  popMark(offset) {
    const mark = this.marks.pop();
    if (mark === void 0) this.fatal("stack-underflow", offset, "an opcode needs a MARK that is not there");
    return mark;
  }
  pushMark(offset) {
    if (this.sp + this.marks.length >= this.limits.maxStackDepth) this.depthLimit(offset);
    this.marks.push(this.sp);
  }
  /** A tuple of stack[from..]; kept item by item while short and within the budget. */
  tupleOf(from) {
    const stack = this.stack;
    const sp = this.sp;
    const count = sp - from;
    if (count === 0) return EMPTY_TUPLE;
    if (this.tracking && count <= MAX_TRACKED_ITEMS && count <= this.trackedBudget) {
      this.trackedBudget -= count;
      return tupleSym(stack.slice(from, sp));
    }
    let globals;
    for (let i = from; i < sp; i++) {
      const item = stack[i];
      if (isSym(item) && item.kind === 6 /* Global */) (globals ??= []).push(item.global);
    }
    if (globals === void 0) return UNTRACKED_TUPLE;
    if (globals.length > 1) return tupleSym(void 0, globals);
    let shared = this.singleGlobalTuples.get(globals[0]);
    if (shared === void 0) {
      shared = tupleSym(void 0, globals);
      this.singleGlobalTuples.set(globals[0], shared);
    }
    return shared;
  }
  singleGlobalTuples = /* @__PURE__ */ new Map();
  newDict() {
    return this.tracking ? new Sym(9 /* Dict */) : UNTRACKED_DICT;
  }
  /** dict[key] = value, as far as attribute lookups care. */
  dictSet(dict, key, value) {
    if (typeof key !== "string") {
      const kind = typeof key === "number" ? 1 /* Data */ : key.kind;
      if (kind === 0 /* Unknown */ || kind === 7 /* Instance */ || kind === 6 /* Global */) dict.uncertain = true;
      return;
    }
    if (dict.uncertain) return;
    const keys = dict.keys;
    if (keys === void 0) {
      if (this.trackedBudget <= 0) {
        dict.uncertain = true;
        return;
      }
      this.trackedBudget--;
      dict.keys = [key];
      dict.items = [value];
      return;
    }
    if (keys.length >= MAX_TRACKED_KEYS || this.trackedBudget <= 0) {
      dict.uncertain = true;
      dict.keys = void 0;
      dict.items = void 0;
      return;
    }
    this.trackedBudget--;
    keys.push(key);
    dict.items.push(value);
  }
  // -- the memo
  memoPut(key, value, offset) {
    if (!this.memo.set(key, value, this.limits.maxMemoEntries)) {
      this.limitHit("maxMemoEntries", offset, `the memo grows beyond ${this.limits.maxMemoEntries} entries`);
    }
  }
  memoGet(key, offset) {
    const value = this.memo.get(key);
    if (value === void 0) {
      this.finding("memo-undefined", offset, `GET of memo key ${key}, which was never stored`);
      this.push(UNKNOWN, offset);
    } else {
      this.push(value, offset);
    }
  }
  // -- globals and calls
  addImport(writtenModule, writtenName, offset, opcode) {
    const [module, name] = python3Name(writtenModule, writtenName);
    const index = this.record(
      this.imports,
      { module, name, writtenModule, writtenName, offset, opcode, pickleIndex: this.pickleIndex() },
      offset
    );
    if (name.includes(".")) {
      this.finding("dotted-name", offset, "a global name with dots reaches attributes of attributes", {
        global: index
      });
    }
    const role = roleOf(module, name);
    if (role === 1 /* ArrayWrapper */ || role === 2 /* DType */ || role === 3 /* StringDType */) this.tracking = true;
    if (role !== 1 /* ArrayWrapper */ && (name === "NumpyArrayWrapper" || name.endsWith(".NumpyArrayWrapper"))) {
      this.finding(
        "array-data",
        offset,
        "a NumpyArrayWrapper from another module than joblib.numpy_pickle: a loader that treats it as joblib does reads array data after it, which the scanner walks as opcodes"
      );
    }
    return new Sym(6 /* Global */, index, role);
  }
  addCall(opcode, offset, callee, args) {
    let target = "unknown";
    const global = globalOf(callee);
    if (isSym(callee) && global >= 0) target = callee.kind === 6 /* Global */ ? "global" : "instance";
    let argumentGlobals = NO_GLOBALS;
    if (args !== void 0 && isSym(args) && args.kind === 8 /* Tuple */) {
      if (args.items === void 0) argumentGlobals = args.globals ?? [];
      else {
        for (const item of args.items) {
          if (isSym(item) && item.kind === 6 /* Global */) {
            if (argumentGlobals === NO_GLOBALS) argumentGlobals = [];
            argumentGlobals.push(item.global);
          }
        }
      }
    }
    if (this.judgedCallsOnly && argumentGlobals.length === 0 && !(opcode === "BUILD" && target === "global"))
      return;
    this.record(
      this.calls,
      {
        opcode,
        offset,
        pickleIndex: this.pickleIndex(),
        global: global >= 0 ? global : void 0,
        target,
        argumentGlobals
      },
      offset
    );
  }
  /** Records a call and returns what the walker knows of its result. */
  call(opcode, offset, callee, args) {
    this.addCall(opcode, offset, callee, args);
    if (!isSym(callee) || callee.kind !== 6 /* Global */) return UNKNOWN;
    const index = callee.global;
    switch (callee.role) {
      case 1 /* ArrayWrapper */: {
        let attrs;
        if (opcode === "NEWOBJ" || opcode === "NEWOBJ_EX") attrs = /* @__PURE__ */ new Map();
        else if ((opcode === "OBJ" || opcode === "INST") && args === EMPTY_TUPLE) attrs = /* @__PURE__ */ new Map();
        else attrs = wrapperInitAttrs(args);
        return this.wrapper(index, attrs);
      }
      case 2 /* DType */:
        if (opcode === "REDUCE" || opcode === "NEWOBJ") {
          const first = kindOf(args) === 8 /* Tuple */ ? args.items?.[0] : void 0;
          const info = typeof first === "string" ? parseTypeCode(first) : void 0;
          return dtypeSym(index, info);
        }
        break;
      case 3 /* StringDType */:
        if (opcode === "REDUCE") {
          const info = { itemsize: 16, flexible: false, hasObject: true };
          return dtypeSym(index, info);
        }
        break;
      case 4 /* Reconstructor */: {
        const items = kindOf(args) === 8 /* Tuple */ ? args.items : void 0;
        const cls = items?.[0];
        if (opcode === "REDUCE" && cls !== void 0 && isSym(cls) && cls.role === 1 /* ArrayWrapper */) {
          const plain = items.length === 3 && isSym(items[1]) && items[1].role === 6 /* Object */ && items[2] === NONE;
          return this.wrapper(index, plain ? /* @__PURE__ */ new Map() : void 0);
        }
        break;
      }
      case 5 /* NewObj */: {
        const cls = kindOf(args) === 8 /* Tuple */ ? args.items?.[0] : void 0;
        if (opcode === "REDUCE" && cls !== void 0 && isSym(cls) && cls.role === 1 /* ArrayWrapper */) {
          return this.wrapper(index, /* @__PURE__ */ new Map());
        }
        break;
      }
    }
    return this.instances[index] ??= new Sym(7 /* Instance */, index);
  }
  wrapper(global, attrs) {
    return wrapperSym(global, attrs);
  }
  build(at) {
    const state = this.pop(at);
    const target = this.top(at);
    this.addCall("BUILD", at, target, void 0);
    if (isSym(target)) {
      if (target.kind === 10 /* DType */) target.dtype = dtypeAfterState(target.dtype, state);
      else if (target.kind === 11 /* ArrayWrapper */) target.attrs = wrapperAfterState(target.attrs, state);
      else if (target.kind === 6 /* Global */ && target.role === 1 /* ArrayWrapper */)
        this.wrapperClassChanged = true;
    }
    return target;
  }
  /**
   * NumpyUnpickler.load_build: after BUILD on a wrapper, joblib reads the array from the file
   * right there, then replaces the wrapper with the array. Returns where walking resumes in
   * `bytes` (array data may run on into later chunks).
   */
  arrayFollows(bytes, next, base, start, wrapper) {
    const at = base + next;
    this.stack[this.sp - 1] = DATA;
    if (this.frameEnd >= 0) {
      this.fatal(
        "array-data",
        start,
        `${WHERE_DATA}: it is built inside a FRAME that goes on, which puts its data after the frame, out of stream order`
      );
    }
    const data = arrayData(this.wrapperClassChanged ? void 0 : wrapper.attrs);
    if (data.kind === "unknown") {
      this.fatal("array-data", start, `${WHERE_DATA}: ${data.why}`);
    }
    if (data.kind === "pickle") {
      this.beginEmbedded(at);
      return next;
    }
    if (at + data.bytes - this.baseOffset > this.limits.maxBytes) {
      this.fatal(
        "array-data",
        start,
        `${WHERE_DATA}: it declares ${data.bytes} bytes of array data, more than the byte limit leaves`
      );
    }
    if (data.padded) {
      this.padPending = data.bytes;
      this.padStart = at;
    } else {
      this.addRegion(at, data.bytes);
      this.skipRemaining = data.bytes;
      this.skipIsArray = true;
    }
    return this.consume(bytes, next);
  }
  addRegion(offset, length) {
    this.record(
      this.rawRegions,
      { offset, length, reason: "joblib-array", pickleIndex: this.pickleIndex() },
      offset
    );
  }
  /** Skips pending bytes (and reads a pending padding-length byte) from bytes[from]. */
  consume(bytes, from) {
    let i = from;
    for (; ; ) {
      if (this.skipRemaining > 0) {
        const take = Math.min(this.skipRemaining, bytes.length - i);
        this.skipRemaining -= take;
        i += take;
        if (this.skipRemaining > 0) return i;
      }
      if (this.padPending < 0 || i >= bytes.length) return i;
      const length = 1 + bytes[i] + this.padPending;
      this.padPending = -1;
      this.addRegion(this.padStart, length);
      this.skipRemaining = length - 1;
      this.skipIsArray = true;
      i++;
    }
  }
  /** Keeps the head of a cut opcode for the next chunk. */
  suspend(bytes, from, base) {
    this.carry = bytes.slice(from);
    this.position = base + bytes.length;
  }
  // -- decoding
  run(bytes) {
    const length = bytes.length;
    const base = this.position;
    const maxOpcodes = this.limits.maxOpcodes;
    const maxDepth = this.limits.maxStackDepth;
    let stack = this.stack;
    let marks = this.marks;
    let i = 0;
    try {
      while (i < length) {
        const code = bytes[i];
        if (this.atBoundary) this.boundary(code, base + i);
        const size = FIXED_ARG[code];
        if (size === VARIABLE) {
          let textStart = -1;
          let textEnd = -1;
          if (code === 140 && i + 1 < length) {
            textStart = i + 2;
            textEnd = textStart + bytes[i + 1];
          } else if (code === 88 && i + 5 <= length) {
            textStart = i + 5;
            textEnd = textStart + uint32(bytes, i + 1);
          }
          if (textStart >= 0 && textEnd <= length && textEnd - textStart <= MAX_OPERAND_BYTES) {
            const next3 = textEnd;
            if (++this.opcodeCount > maxOpcodes) this.opcodeLimit(base + i);
            if (base + next3 >= this.watch) this.crossWatch(code, base + i, base + next3);
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] = shortString(bytes, textStart, next3);
            i = next3;
            continue;
          }
          const next2 = this.variable(bytes, i, base);
          if (next2 < 0) return;
          i = next2;
          continue;
        }
        if (size === UNKNOWN_OPCODE) {
          this.fatal(
            "unknown-opcode",
            base + i,
            `byte 0x${code.toString(16).padStart(2, "0")} is no pickle opcode`
          );
        }
        let next = i + 1 + size;
        if (next > length) {
          this.suspend(bytes, i, base);
          return;
        }
        if (++this.opcodeCount > maxOpcodes) this.opcodeLimit(base + i);
        if (base + next >= this.watch) this.crossWatch(code, base + i, base + next);
        switch (code) {
          // The commonest opcodes first, written out so they allocate nothing and call little.
          case 75:
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] = bytes[i + 1];
            break;
          case 77:
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] = bytes[i + 1] | bytes[i + 2] << 8;
            break;
          case 74:
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] = bytes[i + 1] | bytes[i + 2] << 8 | bytes[i + 3] << 16 | bytes[i + 4] << 24;
            break;
          case 71:
          // BINFLOAT
          case 93:
          // EMPTY_LIST
          case 143:
          // EMPTY_SET
          case 151:
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] = DATA;
            break;
          case 148: {
            const floor = marks.length === 0 ? 0 : marks[marks.length - 1];
            if (this.sp <= floor) this.top(base + i);
            this.memoPut(this.memo.size, stack[this.sp - 1], base + i);
            break;
          }
          case 104: {
            const value = this.memo.get(bytes[i + 1]);
            if (value !== void 0 && this.sp + marks.length < maxDepth) stack[this.sp++] = value;
            else this.memoGet(bytes[i + 1], base + i);
            break;
          }
          case 106:
            this.memoGet(uint32(bytes, i + 1), base + i);
            break;
          case 40:
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            marks.push(this.sp);
            break;
          case 134:
          // TUPLE2
          case 133:
          // TUPLE1
          case 135: {
            const count = code - 132;
            const floor = marks.length === 0 ? 0 : marks[marks.length - 1];
            if (this.sp - floor < count) {
              this.fatal("stack-underflow", base + i, `${NAMES2[code]} needs ${count} items`);
            }
            const from = this.sp - count;
            const tuple = this.tupleOf(from);
            this.sp = from;
            stack[this.sp++] = tuple;
            break;
          }
          case 125:
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] = this.newDict();
            break;
          case 117: {
            const from = this.popMark(base + i);
            const floor = marks.length === 0 ? 0 : marks[marks.length - 1];
            if (from <= floor) this.fatal("stack-underflow", base + i, "an opcode reads an empty stack");
            const target = stack[from - 1];
            if (isSym(target) && target.kind === 9 /* Dict */ && target !== UNTRACKED_DICT) {
              for (let k = from; k + 1 < this.sp; k += 2) this.dictSet(target, stack[k], stack[k + 1]);
            }
            this.sp = from;
            break;
          }
          case 101:
          // APPENDS
          case 144: {
            const from = this.popMark(base + i);
            this.sp = from;
            this.top(base + i);
            break;
          }
          // Values.
          case 78:
            this.push(NONE, base + i);
            break;
          case 136:
            this.push(TRUE, base + i);
            break;
          case 137:
            this.push(FALSE, base + i);
            break;
          case 41:
            this.push(EMPTY_TUPLE, base + i);
            break;
          case 152:
            this.top(base + i);
            break;
          // Containers.
          case 97:
            this.pop(base + i);
            this.top(base + i);
            break;
          case 115: {
            const value = this.pop(base + i);
            const key = this.pop(base + i);
            const target = this.top(base + i);
            if (isSym(target) && target.kind === 9 /* Dict */ && target !== UNTRACKED_DICT) {
              this.dictSet(target, key, value);
            }
            break;
          }
          case 108:
          // LIST
          case 145: {
            this.sp = this.popMark(base + i);
            this.push(DATA, base + i);
            break;
          }
          case 100: {
            const from = this.popMark(base + i);
            const dict = this.newDict();
            if (dict !== UNTRACKED_DICT) {
              for (let k = from; k + 1 < this.sp; k += 2) this.dictSet(dict, stack[k], stack[k + 1]);
            }
            this.sp = from;
            this.push(dict, base + i);
            break;
          }
          case 116: {
            const from = this.popMark(base + i);
            const tuple = this.tupleOf(from);
            this.sp = from;
            this.push(tuple, base + i);
            break;
          }
          // Stack and memo.
          case 48:
            if (this.sp > this.base()) this.sp--;
            else this.popMark(base + i);
            break;
          case 50:
            this.push(this.top(base + i), base + i);
            break;
          case 49:
            this.sp = this.popMark(base + i);
            break;
          case 113:
            this.memoPut(bytes[i + 1], this.top(base + i), base + i);
            break;
          case 114:
            this.memoPut(uint32(bytes, i + 1), this.top(base + i), base + i);
            break;
          // Extension registry: copyreg's registry is empty unless something filled it, so any
          // code is either a load error or a global the scanner cannot name.
          case 130:
          // EXT1
          case 131:
          // EXT2
          case 132: {
            const extCode = code === 130 ? bytes[i + 1] : code === 131 ? bytes[i + 1] | bytes[i + 2] << 8 : uint32(bytes, i + 1) | 0;
            this.finding(
              "ext-code",
              base + i,
              `${NAMES2[code]} names extension code ${extCode}, a global no registry here defines`
            );
            this.push(UNKNOWN, base + i);
            break;
          }
          case 147: {
            const name = this.pop(base + i);
            const module = this.pop(base + i);
            if (typeof module !== "string" || typeof name !== "string") {
              this.finding(
                "stack-global-operand",
                base + i,
                "STACK_GLOBAL takes a module or name that is not a string the scanner can read"
              );
              this.push(UNKNOWN, base + i);
              break;
            }
            this.push(this.addImport(module, name, base + i, "STACK_GLOBAL"), base + i);
            break;
          }
          // Calls.
          case 82: {
            const args = this.pop(base + i);
            const callee = this.pop(base + i);
            this.push(this.call("REDUCE", base + i, callee, args), base + i);
            break;
          }
          case 98: {
            const target = this.build(base + i);
            if (isSym(target) && target.kind === 11 /* ArrayWrapper */ && this.outer === void 0) {
              next = this.arrayFollows(bytes, next, base, base + i, target);
              stack = this.stack;
              marks = this.marks;
            }
            break;
          }
          case 111: {
            const from = this.popMark(base + i);
            if (this.sp <= from) this.fatal("stack-underflow", base + i, "OBJ needs a class after its MARK");
            const callee = stack[from];
            const args = this.tupleOf(from + 1);
            this.sp = from;
            this.push(this.call("OBJ", base + i, callee, args), base + i);
            break;
          }
          case 129: {
            const args = this.pop(base + i);
            const callee = this.pop(base + i);
            this.push(this.call("NEWOBJ", base + i, callee, args), base + i);
            break;
          }
          case 146: {
            this.pop(base + i);
            const args = this.pop(base + i);
            const callee = this.pop(base + i);
            this.push(this.call("NEWOBJ_EX", base + i, callee, args), base + i);
            break;
          }
          case 81:
            this.pop(base + i);
            this.push(UNKNOWN, base + i);
            break;
          // Framing and protocol.
          case 128: {
            const protocol = bytes[i + 1];
            if (protocol > 5) this.fatal("bad-argument", base + i, `unsupported pickle protocol ${protocol}`);
            const span = this.span;
            span.protocol = Math.max(span.protocol, protocol);
            break;
          }
          case 149: {
            const size2 = uint64(bytes, i + 1);
            if (this.frameEnd >= 0) {
              this.finding("frame-mismatch", base + i, "a FRAME begins before the previous one ends");
            }
            this.frameStart = base + i;
            this.frameEnd = size2 === 0 ? -1 : base + next + size2;
            this.updateWatch();
            break;
          }
          case 46: {
            this.pop(base + i);
            this.span.end = base + next;
            if (this.frameEnd >= 0) {
              this.frameEnd = -1;
              this.updateWatch();
              this.finding("frame-mismatch", base + i, "STOP comes before the end of its FRAME");
            }
            if (this.outer) {
              this.endEmbedded();
              stack = this.stack;
              marks = this.marks;
            } else {
              this.atBoundary = true;
              if (this.pickles.length >= this.maxPickles) {
                this.position = base + next;
                throw new Finished();
              }
            }
            break;
          }
        }
        i = next;
      }
    } catch (error) {
      if (error instanceof Abort && !(error instanceof Finished)) this.position = base + i;
      throw error;
    }
    this.position = base + length;
  }
  /** Opcodes with a line or a counted payload. Returns the next index, or -1 to end the chunk. */
  variable(bytes, i, base) {
    const code = bytes[i];
    const arg = ARG[code];
    const length = bytes.length;
    const limits = this.limits;
    const argStart = i + 1;
    const start = base + i;
    let next;
    let payloadStart = argStart;
    let payloadLength = 0;
    let lineEnd = -1;
    let lineEnd2 = -1;
    switch (arg) {
      case 7 /* Line */:
      case 8 /* LinePair */: {
        const cap = arg === 7 /* Line */ ? limits.maxLineLength : limits.maxLineLength * 2 + 1;
        lineEnd = bytes.indexOf(10, argStart);
        if (lineEnd >= 0 && arg === 8 /* LinePair */) lineEnd2 = bytes.indexOf(10, lineEnd + 1);
        const end = arg === 7 /* Line */ ? lineEnd : lineEnd2;
        if (end < 0) {
          if (length - argStart > cap) this.lineLimit(start);
          this.suspend(bytes, i, base);
          return -1;
        }
        if (end - argStart > cap) this.lineLimit(start);
        next = end + 1;
        break;
      }
      case 9 /* Long1 */:
      case 11 /* Bytes1 */:
        if (argStart >= length) {
          this.suspend(bytes, i, base);
          return -1;
        }
        payloadStart = argStart + 1;
        payloadLength = bytes[argStart];
        next = payloadStart + payloadLength;
        break;
      case 10 /* Long4 */:
      case 12 /* Bytes4 */:
      case 14 /* String4Signed */: {
        if (argStart + 4 > length) {
          this.suspend(bytes, i, base);
          return -1;
        }
        const unsigned = uint32(bytes, argStart);
        const size = arg === 12 /* Bytes4 */ ? unsigned : unsigned | 0;
        if (size < 0) this.fatal("bad-argument", start, `${NAMES2[code]} has a negative length`);
        payloadStart = argStart + 4;
        payloadLength = size;
        next = payloadStart + size;
        break;
      }
      default: {
        if (argStart + 8 > length) {
          this.suspend(bytes, i, base);
          return -1;
        }
        const size = uint64(bytes, argStart);
        if (size > limits.maxBytes) {
          this.limitHit("maxBytes", start, `${NAMES2[code]} announces more than ${limits.maxBytes} bytes`);
        }
        payloadStart = argStart + 8;
        payloadLength = size;
        next = payloadStart + size;
      }
    }
    const skipped = next > length;
    if (skipped && !(payloadLength > MAX_OPERAND_BYTES && payloadStart <= length)) {
      this.suspend(bytes, i, base);
      return -1;
    }
    if (++this.opcodeCount > limits.maxOpcodes) this.opcodeLimit(start);
    if (base + next >= this.watch) this.crossWatch(code, start, base + next);
    if (skipped) {
      this.skipRemaining = next - length;
      this.skipIsArray = false;
      this.applyVariable(code, bytes, start, payloadStart, -1, lineEnd, lineEnd2, argStart);
      this.position = base + length;
      return -1;
    }
    this.applyVariable(code, bytes, start, payloadStart, payloadLength, lineEnd, lineEnd2, argStart);
    return next;
  }
  /** `payloadLength` -1 means the payload was skipped by count, not read. */
  applyVariable(code, bytes, start, payloadStart, payloadLength, lineEnd, lineEnd2, argStart) {
    switch (code) {
      case 140:
      // SHORT_BINUNICODE
      case 85:
      // SHORT_BINSTRING
      case 84:
      // BINSTRING
      case 88:
      // BINUNICODE
      case 141:
        this.push(
          payloadLength >= 0 && payloadLength <= MAX_OPERAND_BYTES ? shortString(bytes, payloadStart, payloadStart + payloadLength) : LONG_STR,
          start
        );
        return;
      case 67:
      // SHORT_BINBYTES
      case 66:
      // BINBYTES
      case 142:
      // BINBYTES8
      case 150:
      // BYTEARRAY8
      case 70:
      // FLOAT
      case 139:
        this.push(DATA, start);
        return;
      case 138:
        this.push(long1(bytes, payloadStart, payloadLength), start);
        return;
      case 73: {
        const text = lineEnd - argStart <= 32 ? shortString(bytes, argStart, lineEnd) : "";
        this.push(text === "01" ? TRUE : text === "00" ? FALSE : intLine(text), start);
        return;
      }
      case 76: {
        let text = lineEnd - argStart <= 32 ? shortString(bytes, argStart, lineEnd) : "";
        if (text.endsWith("L")) text = text.slice(0, -1);
        this.push(intLine(text), start);
        return;
      }
      case 83: {
        const text = lineEnd - argStart <= MAX_OPERAND_BYTES ? unquoteString(shortString(bytes, argStart, lineEnd)) : void 0;
        this.push(text === void 0 ? LONG_STR : text, start);
        return;
      }
      case 86:
        this.push(
          lineEnd - argStart <= MAX_OPERAND_BYTES * 10 ? rawUnicodeEscape(bytes, argStart, lineEnd) : LONG_STR,
          start
        );
        return;
      case 103:
      // GET
      case 112: {
        const text = shortString(bytes, argStart, lineEnd);
        if (!/^\d{1,15}$/.test(text))
          this.fatal("bad-argument", start, `${NAMES2[code]} has no decimal memo key`);
        const key = Number(text);
        if (code === 103) this.memoGet(key, start);
        else this.memoPut(key, this.top(start), start);
        return;
      }
      case 99:
      // GLOBAL
      case 105: {
        const module = this.lineText(bytes, argStart, lineEnd, start);
        const name = this.lineText(bytes, lineEnd + 1, lineEnd2, start);
        const global = this.addImport(module, name, start, code === 99 ? "GLOBAL" : "INST");
        if (code === 99) {
          this.push(global, start);
          return;
        }
        const from = this.popMark(start);
        const args = this.tupleOf(from);
        this.sp = from;
        this.push(this.call("INST", start, global, args), start);
        return;
      }
      case 80:
        this.push(UNKNOWN, start);
        return;
    }
  }
  lineText(bytes, from, to, offset) {
    try {
      return utf8.decode(bytes.subarray(from, to));
    } catch {
      this.fatal("bad-argument", offset, "a GLOBAL or INST line is not UTF-8");
    }
  }
};
function wrapperAfterState(attrs, state) {
  if (attrs === void 0) return void 0;
  let parts = [state];
  if (kindOf(state) === 8 /* Tuple */ && state.items?.length === 2) parts = state.items;
  for (const part of parts) {
    const truth = truthy(part);
    if (truth === false) continue;
    if (truth === void 0 || !isSym(part) || part.kind !== 9 /* Dict */ || part.uncertain) return void 0;
    const keys = part.keys ?? [];
    if (keys.some((key) => key.startsWith("__"))) return void 0;
    for (let k = 0; k < keys.length; k++) attrs.set(keys[k], part.items[k]);
  }
  return attrs;
}

// src/checks/scan-model/pickle-policy.ts
var SAFE_EXACT = /* @__PURE__ */ new Set([
  "collections.OrderedDict",
  "collections.Counter",
  "collections.defaultdict",
  "collections.deque",
  "builtins.set",
  "builtins.frozenset",
  "builtins.bytearray",
  "builtins.bytes",
  "builtins.complex",
  "builtins.slice",
  "builtins.range",
  "builtins.list",
  "builtins.dict",
  "builtins.tuple",
  "builtins.int",
  "builtins.float",
  "builtins.bool",
  "builtins.str",
  // Protocol 0-2 spell bytes as _codecs.encode(text, 'latin1'): it only encodes a string.
  "_codecs.encode",
  "torch._utils._rebuild_tensor",
  "torch._utils._rebuild_tensor_v2",
  "torch._utils._rebuild_tensor_v3",
  "torch._utils._rebuild_parameter",
  "torch._utils._rebuild_parameter_with_state",
  "torch._utils._rebuild_sparse_tensor",
  "torch._utils._rebuild_meta_tensor_no_storage",
  "torch._utils._rebuild_nested_tensor",
  "torch._utils._rebuild_qtensor",
  "torch._utils._rebuild_wrapper_subclass",
  "torch._utils._rebuild_device_tensor_from_numpy",
  "torch._tensor._rebuild_from_type_v2",
  "torch.nn.parameter.Parameter",
  "torch.serialization._get_layout",
  "torch.Size",
  "torch.Tensor",
  "torch.device",
  "torch.dtype",
  "torch.storage.UntypedStorage",
  "torch.storage.TypedStorage",
  "torch.storage._load_from_bytes",
  ...[
    "Double",
    "Float",
    "Half",
    "BFloat16",
    "Long",
    "Int",
    "Short",
    "Char",
    "Byte",
    "Bool",
    "ComplexDouble",
    "ComplexFloat",
    "QUInt8",
    "QInt8",
    "QInt32",
    "QUInt4x2",
    "QUInt2x4",
    "Untyped"
  ].map((kind) => `torch.${kind}Storage`),
  // Tensor types of torch < 0.4's legacy tar checkpoints (the `tensors` records name them).
  ...["Double", "Float", "Half", "Long", "Int", "Short", "Char", "Byte"].map((kind) => `torch.${kind}Tensor`),
  ...[
    "float32",
    "float64",
    "float16",
    "bfloat16",
    "int64",
    "int32",
    "int16",
    "int8",
    "uint8",
    "bool",
    "complex64",
    "complex128",
    "qint8",
    "quint8",
    "qint32",
    "float8_e4m3fn",
    "float8_e5m2"
  ].map((dtype) => `torch.${dtype}`),
  "torch.per_tensor_affine",
  "torch.per_channel_affine",
  "torch.per_tensor_symmetric",
  "torch.per_channel_symmetric",
  "torch.per_channel_affine_float_qparams",
  "torch.strided",
  "torch.sparse_coo",
  "torch.sparse_csr",
  "numpy.core.multiarray._reconstruct",
  "numpy._core.multiarray._reconstruct",
  "numpy.core.multiarray.scalar",
  "numpy._core.multiarray.scalar",
  "numpy.core.numeric._frombuffer",
  "numpy._core.numeric._frombuffer",
  "numpy.ndarray",
  "numpy.dtype",
  "numpy.core.multiarray.dtype",
  "numpy._core.multiarray.dtype",
  // NumPy 2's StringDType pickles as a call of this with its keyword arguments.
  "numpy._core._internal._convert_to_stringdtype_kwargs",
  "numpy.dtypes.StringDType",
  // Random generator state, which scikit-learn estimators keep (random_state=RandomState(...)):
  // numpy's own reconstructors, some with Cython's dunder names, and its bit generators.
  "numpy.random._pickle.__randomstate_ctor",
  "numpy.random._pickle.__generator_ctor",
  "numpy.random._pickle.__bit_generator_ctor",
  "numpy.random.bit_generator.__pyx_unpickle_SeedSequence",
  "numpy.random.bit_generator.SeedSequence",
  "numpy.random.mtrand.RandomState",
  "numpy.random._generator.Generator",
  "numpy.random._mt19937.MT19937",
  "numpy.random._pcg64.PCG64",
  "numpy.random._pcg64.PCG64DXSM",
  "numpy.random._philox.Philox",
  "numpy.random._sfc64.SFC64",
  ...[
    "float16",
    "float32",
    "float64",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "bool_"
  ].map((dtype) => `numpy.${dtype}`),
  ...[
    "Float16",
    "Float32",
    "Float64",
    "Int8",
    "Int16",
    "Int32",
    "Int64",
    "UInt8",
    "UInt16",
    "UInt32",
    "UInt64",
    "Bool"
  ].map((dtype) => `numpy.dtypes.${dtype}DType`),
  "joblib.numpy_pickle.NumpyArrayWrapper",
  "joblib.numpy_pickle_compat.NDArrayWrapper"
]);
var SKLEARN_UNSAFE_MODULES = /^sklearn\.(utils|externals|datasets|_build_utils|__check_build|conftest)(\.|$)/;
var TORCH_NN_MODULES = /^torch\.nn\.modules\.[a-z_]+$/;
var UNSAFE_MODULES = [
  "os",
  "posix",
  "nt",
  "subprocess",
  "_posixsubprocess",
  "pty",
  "runpy",
  "socket",
  "_socket",
  "shutil",
  "importlib",
  "pkgutil",
  "marshal",
  "ctypes",
  "_ctypes",
  "sys",
  "code",
  "codeop",
  "timeit",
  "pdb",
  "bdb",
  "trace",
  "profile",
  "cProfile",
  "doctest",
  "webbrowser",
  "pickle",
  "_pickle",
  "dill",
  "cloudpickle",
  "shelve",
  "asyncio",
  "multiprocessing",
  "concurrent",
  "threading",
  "_thread",
  "signal",
  "pip",
  "ensurepip",
  "venv",
  "site",
  "atexit",
  "idlelib",
  "lib2to3",
  "distutils",
  "setuptools",
  "http",
  "urllib",
  "ftplib",
  "smtplib",
  "telnetlib",
  "ssl",
  "requests",
  "aiohttp",
  "httpx",
  "xmlrpc",
  "socketserver",
  "tempfile",
  "glob",
  "io",
  "_io",
  "codecs",
  "fileinput",
  "zipfile",
  "tarfile",
  "pathlib",
  "sqlite3",
  "dbm",
  "gc",
  "inspect",
  "types",
  "operator",
  "_operator",
  "tkinter",
  "builtins"
];
var UNSAFE_MODULE_SET = new Set(UNSAFE_MODULES);
var CODE_REBUILDING_SEGMENT = /(^|\.)(dill|_dill|cloudpickle|cloudpickle_fast)(\.|$)/;
var CODE_REBUILDING_NAMES = /* @__PURE__ */ new Set([
  "_create_code",
  "_create_function",
  "_create_type",
  "_load_type",
  "_eval_repr",
  "_make_function",
  "_make_skeleton_class",
  "_make_skeleton_enum",
  "_builtin_type",
  "_make_cell",
  "_make_empty_cell",
  "_fill_function"
]);
var CODE_OBJECT_GLOBALS = /* @__PURE__ */ new Set([
  "types.CodeType",
  "types.FunctionType",
  "types.LambdaType",
  "marshal.loads",
  "marshal.load",
  "builtins.compile"
]);
var CODE_REBUILDING_WHY = "dill and cloudpickle rebuild functions, classes and code objects from the stream at load time, which runs code the file chose";
var UNSAFE_EXACT = /* @__PURE__ */ new Set([
  "functools.partial",
  "functools.partialmethod",
  "functools.reduce",
  "torch.load",
  "torch.serialization.load",
  "torch.jit.load",
  "torch._dynamo.guards.GuardBuilder.get",
  "torch.hub.load",
  "torch.hub.download_url_to_file",
  "numpy.load",
  "numpy.loadtxt",
  "numpy.fromfile",
  "numpy.testing._private.utils.runstring",
  "numpy.f2py.crackfortran.getlincoef",
  "numpy.f2py.crackfortran._eval_length",
  "joblib.load",
  "copyreg.add_extension",
  "copyreg._reconstructor"
]);
function matchesPattern(pattern, module, name) {
  if (pattern.endsWith(".*")) {
    const prefix = pattern.slice(0, -2);
    return !name.includes(".") && (module === prefix || module.startsWith(`${prefix}.`));
  }
  return pattern === `${module}.${name}`;
}
function topModule(module) {
  const dot = module.indexOf(".");
  return dot < 0 ? module : module.slice(0, dot);
}
function judge(module, name, allow) {
  const qualified = `${module}.${name}`;
  if (name.includes(".")) {
    if (allow.includes(qualified)) return { kind: "safe" };
    return { kind: "unsafe", why: "a dotted name walks attributes at load time, a way to reach any object" };
  }
  if (SAFE_EXACT.has(qualified)) return { kind: "safe" };
  if (name.startsWith("__") && name !== "__main__") {
    return { kind: "unsafe", why: "a dunder name reaches interpreter internals" };
  }
  if (CODE_REBUILDING_SEGMENT.test(module) || CODE_REBUILDING_NAMES.has(name)) {
    return { kind: "unsafe", why: CODE_REBUILDING_WHY };
  }
  if (CODE_OBJECT_GLOBALS.has(qualified)) {
    return { kind: "unsafe", why: "it makes a code object or a function from data in the stream" };
  }
  if (UNSAFE_EXACT.has(qualified)) return { kind: "unsafe", why: "it loads, runs or forwards code" };
  if (UNSAFE_MODULE_SET.has(topModule(module)) || UNSAFE_MODULE_SET.has(module)) {
    return {
      kind: "unsafe",
      why: "its module executes code, touches files or the network, or resolves other globals"
    };
  }
  if (allow.some((pattern) => matchesPattern(pattern, module, name))) return { kind: "safe" };
  if (module.startsWith("sklearn.") && !SKLEARN_UNSAFE_MODULES.test(module) && /^[A-Z][A-Za-z0-9_]*$/.test(name)) {
    return { kind: "safe" };
  }
  if (TORCH_NN_MODULES.test(module) && /^[A-Z][A-Za-z0-9_]*$/.test(name)) return { kind: "safe" };
  if (module === "torch.nn.functional" && /^[a-z][a-z0-9_]*$/.test(name)) return { kind: "safe" };
  return { kind: "unknown" };
}
function describe(imported) {
  return `${printable(imported.module)}.${printable(imported.name)}`;
}
var MALFORMED_LEVEL_FIRST = "error";
function judgePickle(walk, options = {}) {
  const allow = options.allow ?? [];
  const expected = options.expectedPickles ?? 1;
  const verdicts = [];
  const judgements = walk.imports.map((imported) => judge(imported.module, imported.name, allow));
  walk.imports.forEach((imported, index) => {
    const judgement = judgements[index];
    if (judgement.kind === "safe") return;
    const renamed = imported.writtenModule !== imported.module || imported.writtenName !== imported.name ? ` (written as the Python 2 name ${printable(imported.writtenModule)}.${printable(imported.writtenName)})` : "";
    verdicts.push(
      judgement.kind === "unsafe" ? {
        level: "error",
        ruleId: "model/pickle-unsafe-global",
        module: imported.module,
        name: imported.name,
        offset: imported.offset,
        reason: `${imported.opcode} imports ${describe(imported)}${renamed}: ${judgement.why}.`
      } : {
        level: "warning",
        ruleId: "model/pickle-unknown-global",
        module: imported.module,
        name: imported.name,
        offset: imported.offset,
        reason: `${imported.opcode} imports ${describe(imported)}${renamed}, which no allowlist names; allow it in the config if it is yours.`
      }
    );
  });
  for (const call of walk.calls) {
    const imported = call.global === void 0 ? void 0 : walk.imports[call.global];
    if (call.opcode === "BUILD" && call.target === "global" && imported) {
      verdicts.push({
        level: "error",
        ruleId: "model/pickle-unsafe-global",
        module: imported.module,
        name: imported.name,
        offset: call.offset,
        reason: `BUILD sets state on ${describe(imported)} itself (a module, function or class), not on an object built from it.`
      });
      continue;
    }
    for (const argument of call.argumentGlobals) {
      const inner = walk.imports[argument];
      if (judgements[argument].kind !== "unsafe") continue;
      verdicts.push({
        level: "error",
        ruleId: "model/pickle-unsafe-global",
        module: inner.module,
        name: inner.name,
        offset: call.offset,
        reason: `${call.opcode} passes ${describe(inner)} as an argument${imported ? ` to ${describe(imported)}` : ""}.`
      });
    }
  }
  for (const anomaly of walk.anomalies) {
    const verdict = anomalyVerdict(anomaly, walk, expected);
    if (verdict) verdicts.push(verdict);
  }
  return verdicts.sort((a, b) => a.offset - b.offset);
}
function anomalyVerdict(anomaly, walk, expected) {
  const base = { module: "", name: "", offset: anomaly.offset };
  switch (anomaly.kind) {
    case "limit":
      return {
        ...base,
        level: "error",
        ruleId: "model/pickle-limit",
        reason: `Scan stopped at a limit: ${anomaly.detail}.`
      };
    case "dotted-name":
      return void 0;
    case "trailing-data": {
      const index = walk.pickles.findIndex((pickle) => pickle.start === anomaly.offset);
      if (index >= 0 && index < expected) return void 0;
      return {
        ...base,
        level: "warning",
        ruleId: "model/pickle-malformed",
        reason: `Data after STOP: ${anomaly.detail}.`
      };
    }
    case "array-data": {
      const stoppedHere = walk.aborted && walk.anomalies[walk.anomalies.length - 1] === anomaly;
      return {
        ...base,
        level: "error",
        ruleId: "model/pickle-malformed",
        reason: `${capitalize(anomaly.detail)}${stoppedHere ? "; the rest of the stream was not checked" : ""}.`
      };
    }
    case "ext-code":
    case "stack-global-operand":
    case "memo-undefined":
      return {
        ...base,
        level: "error",
        ruleId: "model/pickle-malformed",
        reason: `${capitalize(anomaly.detail)}.`
      };
    default: {
      const level = anomaly.pickleIndex < expected ? MALFORMED_LEVEL_FIRST : "warning";
      return {
        ...base,
        level,
        ruleId: "model/pickle-malformed",
        reason: `Malformed pickle (${anomaly.kind}): ${anomaly.detail}.`
      };
    }
  }
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/checks/scan-model/savedmodel.ts
var DEFAULT_SAVEDMODEL_LIMITS = {
  maxStringBytes: 4096,
  maxIssues: 1e3,
  maxOps: 1e4,
  maxConfigBytes: 16 * 1024 * 1024,
  maxConfigTotalBytes: 256 * 1024 * 1024,
  proto: {}
};
var READS = "reads files named at run time";
var WRITES = "writes files at a path it is given";
var NETWORK = "connects to a server over the network";
var RISKY_TF_OPS = new Map([
  ...entries("error", READS, [
    "ReadFile",
    "WholeFileReader",
    "WholeFileReaderV2",
    "TextLineReader",
    "TextLineReaderV2",
    "FixedLengthRecordReader",
    "FixedLengthRecordReaderV2",
    "TFRecordReader",
    "TFRecordReaderV2",
    "LMDBReader",
    "TextLineDataset",
    "TFRecordDataset",
    "TFRecordDatasetV2",
    "FixedLengthRecordDataset",
    "FixedLengthRecordDatasetV2",
    "CSVDataset",
    "CSVDatasetV2",
    "ExperimentalCSVDataset",
    "LMDBDataset",
    "ExperimentalLMDBDataset",
    "LoadDataset",
    "SnapshotDatasetReader",
    "GenerateVocabRemapping",
    "LoadAndRemapMatrix"
  ]),
  ...entries("error", "opens a database it is given by name and runs a query on it", [
    "SqlDataset",
    "ExperimentalSqlDataset"
  ]),
  ...entries("error", WRITES, [
    "WriteFile",
    "DatasetToTFRecord",
    "ExperimentalDatasetToTFRecord",
    "SaveDataset",
    "SaveDatasetV2",
    "SnapshotDataset",
    "SnapshotDatasetV2",
    "CreateSummaryFileWriter",
    "CreateSummaryDbWriter"
  ]),
  ...entries("error", "lists the file system (file names matching a pattern)", [
    "MatchingFiles",
    "MatchingFilesDataset",
    "ExperimentalMatchingFilesDataset"
  ]),
  ...entries("error", "calls a Python function of the loading process, outside the file", [
    "PyFunc",
    "PyFuncStateless",
    "EagerPyFunc"
  ]),
  ...entries("error", NETWORK, [
    "RpcServer",
    "RpcClient",
    "RpcCall",
    "RpcServerRegister",
    "RpcServerStart",
    "DataServiceDataset",
    "DataServiceDatasetV2",
    "DataServiceDatasetV3",
    "DataServiceDatasetV4",
    "RegisterDataset",
    "RegisterDatasetV2",
    "DistributedSave"
  ]),
  ["ImmutableConst", { level: "error", does: "memory-maps the file its memory_region_name attribute names" }],
  // Models built with tf.lookup point these at their own assets; the path is a run-time tensor.
  ...entries(
    "note",
    "reads a text file named at run time to fill a lookup table (normally an asset of the model)",
    ["InitializeTableFromTextFile", "InitializeTableFromTextFileV2"]
  ),
  ...entries("note", "writes cache files when it is given a file name at run time", [
    "CacheDataset",
    "CacheDatasetV2"
  ])
]);
function entries(level, does, ops) {
  return ops.map((op2) => [op2, { level, does }]);
}
var ATTRIBUTE_OPS = /* @__PURE__ */ new Map([
  ["PrintV2", "output_stream"],
  ["DebugIdentity", "debug_urls"],
  ["DebugIdentityV2", "debug_urls"],
  ["DebugIdentityV3", "debug_urls"],
  ["DebugNanCount", "debug_urls"],
  ["DebugNumericSummary", "debug_urls"],
  ["Copy", "debug_ops_spec"],
  ["CopyHost", "debug_ops_spec"],
  ["DecodeProtoV2", "descriptor_source"],
  ["EncodeProto", "descriptor_source"],
  ["ImmutableConst", "memory_region_name"]
]);
var MAX_LIST_STRINGS = 64;
var SavedModelWalk = class {
  constructor(source, limits) {
    this.limits = limits;
    this.issues = new IssueList(limits.maxIssues);
    this.reader = new ProtoReader(source, limits.proto);
  }
  limits;
  issues;
  reader;
  metaGraphs = 0;
  nodes = 0;
  functions = 0;
  ops = /* @__PURE__ */ new Set();
  text(field, what) {
    return protoText(this.reader, this.issues, field, this.limits.maxStringBytes, what, "TensorFlow rejects");
  }
  async savedModel(message) {
    for await (const field of message.fields()) {
      if (field.field === 2 && field.wireType === 2) {
        const index = this.metaGraphs;
        this.metaGraphs += 1;
        await this.metaGraph(message.open(field), index);
      }
    }
  }
  async metaGraph(message, metaGraph) {
    for await (const field of message.fields()) {
      if (field.field === 2 && field.wireType === 2) await this.graphDef(message.open(field), metaGraph);
    }
  }
  async graphDef(message, metaGraph) {
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) {
        await this.node(message.open(field), { metaGraph, fn: void 0 });
      } else if (field.field === 2) {
        const library = message.open(field);
        for await (const entry of library.fields()) {
          if (entry.field === 1 && entry.wireType === 2)
            await this.functionDef(library.open(entry), metaGraph);
        }
      }
    }
  }
  async functionDef(message, metaGraph) {
    this.functions += 1;
    let name = "";
    const nodes = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) {
        for await (const part of message.open(field).fields()) {
          if (part.field === 1 && part.wireType === 2) name = await this.text(part, "function name");
        }
      } else if (field.field === 3) {
        nodes.push(field);
      }
    }
    for (const field of nodes) await this.node(message.open(field), { metaGraph, fn: name });
  }
  async node(message, place) {
    this.nodes += 1;
    let name = "";
    let op2 = "";
    const attrs = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) name = await this.text(field, "node name");
      else if (field.field === 2) op2 = await this.text(field, "op name");
      else if (field.field === 5) attrs.push(field);
    }
    if (this.ops.size < this.limits.maxOps || this.ops.has(op2)) this.ops.add(op2);
    const record = { name, op: op2, offset: message.start, called: [], values: [] };
    const deciding = ATTRIBUTE_OPS.get(op2);
    for (const field of attrs) await this.attrEntry(message.open(field), record, deciding);
    this.judge(record, place);
  }
  /** One `map<string, AttrValue>` entry: key 1, value 2. */
  async attrEntry(message, record, deciding) {
    let key = "";
    const values = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) key = await this.text(field, "attribute name");
      else if (field.field === 2) values.push(field);
    }
    for (const field of values) await this.attrValue(message.open(field), record, deciding === key);
  }
  /** AttrValue: s 2, list 1 (its s 2, func 9), func 10 (NameAttrList: name 1, attr 2). */
  async attrValue(message, record, deciding) {
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 2 && deciding) {
        record.values.push(await this.text(field, "attribute value"));
      } else if (field.field === 10) {
        await this.nameAttrList(message.open(field), record);
      } else if (field.field === 1) {
        const list = message.open(field);
        for await (const item of list.fields()) {
          if (item.wireType !== 2) continue;
          if (item.field === 2 && deciding && record.values.length < MAX_LIST_STRINGS) {
            record.values.push(await this.text(item, "attribute value"));
          } else if (item.field === 9) {
            await this.nameAttrList(list.open(item), record);
          }
        }
      }
    }
  }
  async nameAttrList(message, record) {
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) {
        const name = await this.text(field, "function name");
        if (record.called.length < MAX_LIST_STRINGS) record.called.push(name);
      } else if (field.field === 2) {
        await this.attrEntry(message.open(field), record, void 0);
      }
    }
  }
  judge(node, place) {
    const at = `node ${quoted(node.name)} ${placeText(place)}`;
    const properties = (op2) => ({
      op: propertyText(op2),
      node: propertyText(node.name),
      function: propertyText(place.fn ?? ""),
      metaGraph: place.metaGraph
    });
    const risk = RISKY_TF_OPS.get(node.op);
    const attribute = ATTRIBUTE_OPS.get(node.op);
    if (attribute !== void 0) {
      const verdict = attributeVerdict(node.op, node.values);
      if (verdict !== void 0) {
        this.issues.add({
          ruleId: "model/unsafe-construct",
          level: "error",
          message: `Op ${quoted(node.op)} at ${at} ${verdict}.`,
          offset: node.offset,
          properties: properties(node.op)
        });
      }
    } else if (risk !== void 0) {
      this.issues.add({
        ruleId: "model/unsafe-construct",
        level: risk.level,
        message: `Op ${quoted(node.op)} at ${at} ${risk.does}.`,
        offset: node.offset,
        properties: properties(node.op)
      });
    }
    for (const called of new Set(node.called)) {
      const calledRisk = RISKY_TF_OPS.get(called);
      if (calledRisk === void 0 && !ATTRIBUTE_OPS.has(called)) continue;
      const does = calledRisk?.does ?? "writes or sends data where its attributes say";
      this.issues.add({
        ruleId: "model/unsafe-construct",
        level: "warning",
        message: `A function attribute of ${at} (${quoted(node.op)}) names the op ${quoted(called)}, which ${does}, instead of a library function; TensorFlow 2.21 refuses to call it that way, other versions may not.`,
        offset: node.offset,
        properties: properties(called)
      });
    }
  }
};
function placeText(place) {
  const fn = place.fn === void 0 ? "the graph" : `function ${quoted(place.fn)}`;
  return `in ${fn} of meta graph ${place.metaGraph}`;
}
var PRINT_STREAMS = /* @__PURE__ */ new Set(["stdout", "stderr", "log(info)", "log(warning)", "log(error)"]);
function attributeVerdict(op2, values) {
  const shown = values.length > 0 ? ` (${values.slice(0, 3).map((value) => quoted(value)).join(", ")})` : "";
  switch (op2) {
    case "PrintV2":
      if (values.every((value) => PRINT_STREAMS.has(value))) return void 0;
      return `prints to a file or stream its output_stream names${shown}`;
    case "DecodeProtoV2":
    case "EncodeProto":
      if (values.every((value) => value === "local://" || value.startsWith("bytes://"))) return void 0;
      return `reads the protobuf descriptor file its descriptor_source names${shown}`;
    case "ImmutableConst":
      return `memory-maps the file its memory_region_name names${shown}`;
    default:
      if (values.every((value) => value === "")) return void 0;
      return `sends tensors to the debug URLs it is given, file:// writing files and grpc:// connecting out${shown}`;
  }
}
async function analyzeSavedModel(source, options = {}) {
  const walk = new SavedModelWalk(source, { ...DEFAULT_SAVEDMODEL_LIMITS, ...options.limits });
  try {
    await walk.savedModel(walk.reader.root());
  } catch (error) {
    walk.issues.failure(error, "The SavedModel");
    return { issues: walk.issues.result() };
  }
  if (walk.metaGraphs === 0) {
    walk.issues.add({
      ruleId: "model/malformed-file",
      level: "warning",
      message: "The file parses as protobuf but holds no meta graph: TensorFlow loads nothing from it, and it may not be a SavedModel."
    });
  }
  return {
    issues: walk.issues.result(),
    summary: {
      metaGraphs: walk.metaGraphs,
      nodes: walk.nodes,
      functions: walk.functions,
      ops: [...walk.ops].sort()
    }
  };
}
async function kerasMetadataConfigs(source, options = {}) {
  const limits = { ...DEFAULT_SAVEDMODEL_LIMITS, ...options.limits };
  const reader = new ProtoReader(source, limits.proto);
  const issues = new IssueList(limits.maxIssues);
  const configs = [];
  let total = 0;
  try {
    const root = reader.root();
    for await (const field of root.fields()) {
      if (field.field !== 1 || field.wireType !== 2) continue;
      const node = root.open(field);
      for await (const part of node.fields()) {
        if (part.field !== 5 || part.wireType !== 2) continue;
        if (part.length > limits.maxConfigBytes || total + part.length > limits.maxConfigTotalBytes) {
          issues.add({
            ruleId: "model/scan-limit",
            level: "warning",
            message: `A Keras metadata string of ${part.length} bytes at byte ${part.offset} is over the limit (${limits.maxConfigBytes} bytes each, ${limits.maxConfigTotalBytes} in all) and was not checked.`,
            offset: part.offset,
            properties: {
              limit: part.length > limits.maxConfigBytes ? "maxConfigBytes" : "maxConfigTotalBytes"
            }
          });
          continue;
        }
        total += part.length;
        const bytes = (await reader.bytes(part, part.length)).slice();
        if (!isUtf8(bytes)) {
          issues.add({
            ruleId: "model/malformed-file",
            level: "error",
            message: `The Keras metadata string at byte ${part.offset} is not valid UTF-8, which a proto3 string must be.`,
            offset: part.offset
          });
        }
        configs.push(bytes);
      }
    }
  } catch (error) {
    issues.failure(error, "The Keras metadata file");
  }
  return { configs, issues: issues.result() };
}
function isUtf8(bytes) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
var MAX_SAVEDMODEL_TEXT_BYTES = 256 * 1024 * 1024;
async function analyzeSavedModelText(source) {
  const issues = new IssueList();
  if (source.size > MAX_SAVEDMODEL_TEXT_BYTES) {
    issues.issue(
      "model/not-scanned",
      "warning",
      `Not scanned: the text SavedModel has ${source.size} bytes, over the ${MAX_SAVEDMODEL_TEXT_BYTES} bytes mlsec reads.`
    );
    return { issues: issues.list() };
  }
  const text = new TextDecoder("utf-8").decode(await source.read(0, source.size));
  const seen = /* @__PURE__ */ new Set();
  for (const match of text.matchAll(/(?:^|[\s{])op\s*:\s*"([^"\\\n]{1,256})"/g)) {
    const op2 = match[1];
    if (seen.has(op2)) continue;
    seen.add(op2);
    const offset = Buffer.byteLength(text.slice(0, match.index + match[0].indexOf("op")), "utf8");
    const risk = RISKY_TF_OPS.get(op2);
    if (ATTRIBUTE_OPS.has(op2)) {
      issues.issue(
        "model/unsafe-construct",
        "warning",
        `Op ${quoted(op2)} (first at byte ${offset}) is dangerous with some attribute values, which mlsec reads only in the binary saved_model.pb.`,
        offset,
        { op: propertyText(op2) }
      );
    } else if (risk !== void 0) {
      issues.issue(
        "model/unsafe-construct",
        risk.level,
        `Op ${quoted(op2)} (first at byte ${offset}) ${risk.does}.`,
        offset,
        {
          op: propertyText(op2)
        }
      );
    }
  }
  return { issues: issues.list() };
}

// src/checks/scan-model/tar.ts
var DEFAULT_TAR_LIMITS = {
  maxEntries: 1e5,
  maxHeaderBytes: 1024 ** 2
};
var BLOCK = 512;
var TRAILER_CHUNK = 1024 * 1024;
var NO_DATA_TYPES = /* @__PURE__ */ new Set(["1", "2", "3", "4", "5", "6"]);
var GNU_TYPES = /* @__PURE__ */ new Set(["L", "K", "S"]);
function ascii(bytes) {
  return String.fromCharCode(...bytes);
}
function fieldBytes(bytes) {
  const end = bytes.indexOf(0);
  return end < 0 ? bytes : bytes.subarray(0, end);
}
var SLASH = 47;
function withoutTrailingSlashes(bytes) {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === SLASH) end--;
  return bytes.subarray(0, end);
}
function parseNumber(field) {
  const first = field[0];
  if (first === 128 || first === 255) {
    let value = 0n;
    for (const byte of field.subarray(1)) value = value * 256n + BigInt(byte);
    return Number(first === 255 ? value - 256n ** BigInt(field.length - 1) : value);
  }
  const end = field.indexOf(0);
  const text = ascii(end < 0 ? field : field.subarray(0, end)).trim();
  if (text === "") return 0;
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : void 0;
}
function checksumMatches(block) {
  const stored = parseNumber(block.subarray(148, 156));
  if (stored === void 0) return false;
  let unsigned = 256;
  let signed = 256;
  for (let at = 0; at < BLOCK; at++) {
    if (at >= 148 && at < 156) continue;
    const byte = block[at];
    unsigned += byte;
    signed += byte >= 128 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}
function allZero(bytes) {
  return bytes.every((byte) => byte === 0);
}
function padded(size) {
  return Math.ceil(size / BLOCK) * BLOCK;
}
var USTAR = [117, 115, 116, 97, 114];
function looksLikeTar(head) {
  if (head.length >= 262 && USTAR.every((byte, index) => head[257 + index] === byte)) return true;
  if (head.length < BLOCK) return false;
  const block = head.subarray(0, BLOCK);
  return !allZero(block) && checksumMatches(block);
}
function parsePax(data) {
  const records = /* @__PURE__ */ new Map();
  let at = 0;
  while (at < data.length) {
    if (data[at] === 0) break;
    let space = at;
    while (space < data.length && space - at < 20 && data[space] >= 48 && data[space] <= 57) space++;
    if (space === at || data[space] !== 32) return void 0;
    const length = parseInt(ascii(data.subarray(at, space)), 10);
    const end = at + length;
    if (length <= space - at || end > data.length || data[end - 1] !== 10) return void 0;
    const record = data.subarray(space + 1, end - 1);
    const equals = record.indexOf(61);
    if (equals <= 0) return void 0;
    records.set(decodeUtf8(record.subarray(0, equals)).text, record.slice(equals + 1));
    at = end;
  }
  return records;
}
var TarReader = class {
  constructor(source, limits) {
    this.source = source;
    this.limits = limits;
  }
  source;
  limits;
  issues = new IssueList2();
  entries = [];
  /** Records of global ('g') pax headers: they apply to every later member. */
  globalPax = /* @__PURE__ */ new Map();
  error(kind, label, message, extra = {}) {
    this.issues.add(kind, label, { ruleId: "model/archive-anomaly", level: "error", message, ...extra });
  }
  warning(kind, label, message, extra = {}) {
    this.issues.add(kind, label, { ruleId: "model/archive-anomaly", level: "warning", message, ...extra });
  }
  async block(offset) {
    if (offset >= this.source.size) return new Uint8Array(0);
    return this.source.read(offset, BLOCK);
  }
  async read() {
    const fileSize = this.source.size;
    let offset = 0;
    let pax;
    let longName;
    let longLink;
    let memberStart;
    for (; ; ) {
      const block = await this.block(offset);
      if (block.length === 0) {
        if (memberStart !== void 0) {
          this.error(
            "truncated",
            "truncated members",
            `The archive ends after the extended header at byte ${memberStart}, before the member it describes.`,
            { offset: memberStart }
          );
        } else if (offset > 0) {
          this.warning(
            "end-marker",
            "end marker problems",
            `The archive has no end-of-archive marker (two zero blocks) after its last member at byte ${offset}.`,
            { offset }
          );
        }
        break;
      }
      if (block.length < BLOCK) {
        this.error(
          "truncated",
          "truncated members",
          `The file ends inside a header: ${block.length} bytes at byte ${offset}.`,
          { offset }
        );
        break;
      }
      if (allZero(block)) {
        if (memberStart !== void 0) {
          this.error(
            "truncated",
            "truncated members",
            `An end-of-archive block at byte ${offset} follows the extended header at byte ${memberStart}, before the member it describes.`,
            { offset }
          );
        }
        await this.checkAfterEnd(offset);
        break;
      }
      if (!checksumMatches(block)) {
        this.error(
          "checksum",
          "header checksum problems",
          `The header at byte ${offset} has a bad checksum: Python's tarfile ${offset === 0 ? "refuses the archive" : "ends the archive there"}, readers that skip to the next valid header read on; the ${fileSize - offset} bytes from there are not listed.`,
          { offset }
        );
        break;
      }
      const numbers = [
        [100, 8],
        [108, 8],
        [116, 8],
        [124, 12],
        [136, 12],
        [329, 8],
        [337, 8]
      ].map(([at, length]) => parseNumber(block.subarray(at, at + length)));
      if (numbers.some((value) => value === void 0)) {
        this.error(
          "header-number",
          "header problems",
          `The header at byte ${offset} has a numeric field that is not a number: Python's tarfile ends the archive there, other readers may read on.`,
          { offset }
        );
        break;
      }
      const headerSize = numbers[3];
      const typeFlag = String.fromCharCode(block[156]);
      const dataOffset = offset + BLOCK;
      if (headerSize < 0) {
        this.error(
          "header-number",
          "header problems",
          `The header at byte ${offset} gives a negative size (${headerSize}).`,
          { offset }
        );
        break;
      }
      memberStart ??= offset;
      if (typeFlag === "L" || typeFlag === "K" || typeFlag === "x" || typeFlag === "g" || typeFlag === "X") {
        const headerAt = offset;
        const data = await this.readMetadata(offset, dataOffset, headerSize, typeFlag);
        if (!data) break;
        offset = dataOffset + padded(headerSize);
        if (typeFlag === "L") {
          longName = fieldBytes(data);
          continue;
        }
        if (typeFlag === "K") {
          longLink = fieldBytes(data);
          continue;
        }
        const records = parsePax(data);
        if (!records) {
          this.error(
            "pax",
            "pax header problems",
            `The pax header at byte ${headerAt} is malformed: Python's tarfile refuses the archive there.`,
            { offset: headerAt }
          );
          break;
        }
        if (typeFlag === "g") {
          for (const [key, value] of records) this.globalPax.set(key, value);
          for (const key of ["path", "size", "linkpath"]) {
            if (records.has(key)) {
              this.error(
                "pax-global",
                "pax header problems",
                `A global pax header at byte ${headerAt} sets "${key}" for every later member: readers that apply global headers and readers that do not see different members.`,
                { offset: headerAt }
              );
            }
          }
          if (memberStart === headerAt) memberStart = void 0;
        } else {
          pax = new Map([...pax ?? [], ...records]);
        }
        continue;
      }
      if (this.entries.length >= this.limits.maxEntries) {
        this.issues.add("limit", "limit issues", {
          ruleId: "model/scan-limit",
          level: "error",
          message: `The archive holds more than ${this.limits.maxEntries} members; the rest are not read.`,
          offset: memberStart,
          properties: { limit: "maxEntries", value: this.limits.maxEntries }
        });
        break;
      }
      let nameBytes = fieldBytes(block.subarray(0, 100));
      const prefix = fieldBytes(block.subarray(345, 500));
      let type;
      if (typeFlag === "0" || typeFlag === "\0" || typeFlag === "7") type = "file";
      else if (typeFlag === "5") type = "directory";
      else if (typeFlag === "1" || typeFlag === "2") type = "link";
      else type = "other";
      if (typeFlag === "\0" && nameBytes[nameBytes.length - 1] === SLASH) type = "directory";
      if (type === "directory") nameBytes = withoutTrailingSlashes(nameBytes);
      if (prefix.length > 0 && !GNU_TYPES.has(typeFlag))
        nameBytes = Buffer.concat([prefix, Uint8Array.of(SLASH), nameBytes]);
      if (longName !== void 0) {
        nameBytes = type === "directory" && longName[longName.length - 1] === SLASH ? longName.subarray(0, -1) : longName;
      }
      const extended = new Map([...this.globalPax, ...pax ?? []]);
      const paxPath = extended.get("path");
      if (paxPath !== void 0) nameBytes = withoutTrailingSlashes(paxPath);
      const decoded = decodeUtf8(nameBytes);
      const name = decoded.text;
      const linkBytes = extended.get("linkpath") ?? longLink ?? fieldBytes(block.subarray(157, 257));
      let memberSize = headerSize;
      const paxSizeBytes = pax ? extended.get("size") : void 0;
      const paxSize = paxSizeBytes && ascii(paxSizeBytes);
      if (paxSize !== void 0) {
        if (!/^\d+$/.test(paxSize)) {
          this.error(
            "pax",
            "pax header problems",
            `The pax header for member ${quoted2(name)} gives a size that is not a number.`,
            { member: [name], properties: { headerOffset: memberStart } }
          );
          break;
        }
        memberSize = Number(paxSize);
      }
      let dataStart = dataOffset;
      if (typeFlag === "S" && block[482] !== 0) {
        const after = await this.skipSparseExtensions(dataOffset);
        if (after === void 0) break;
        dataStart = after;
      }
      const skipsData = !NO_DATA_TYPES.has(typeFlag);
      if (!skipsData && memberSize > 0) {
        this.error(
          "size-ignored",
          "header problems",
          `The ${type} header of ${quoted2(name)} at byte ${offset} gives ${memberSize} bytes of data: Python's tarfile reads the next header right after it, readers that skip the data read another one.`,
          { member: [name], properties: { headerOffset: offset } }
        );
      }
      const dataEnd = dataStart + (skipsData ? memberSize : 0);
      if (!Number.isSafeInteger(dataEnd) || dataEnd > fileSize) {
        this.error(
          "truncated",
          "truncated members",
          `Member ${quoted2(name)} has ${memberSize} bytes of data from byte ${dataStart}, past the end of the file: it is not scanned.`,
          { member: [name], properties: { headerOffset: memberStart } }
        );
        break;
      }
      const entry = {
        name,
        type,
        dataOffset: dataStart,
        size: skipsData ? memberSize : 0,
        headerOffset: memberStart,
        typeFlag
      };
      const link = decodeUtf8(linkBytes);
      if (type === "link") entry.linkName = link.text;
      this.entries.push(entry);
      this.checkMember(entry, typeFlag, decoded.plain, link.plain);
      offset = dataStart + (skipsData ? padded(memberSize) : 0);
      pax = void 0;
      longName = void 0;
      longLink = void 0;
      memberStart = void 0;
    }
    this.checkDuplicates();
    return { entries: this.entries, issues: this.issues.finish() };
  }
  /** The data of a pax or GNU long-name header, bounded; undefined (issue reported) to stop. */
  async readMetadata(offset, dataOffset, length, typeFlag) {
    const what = typeFlag === "L" ? "GNU long name" : typeFlag === "K" ? "GNU long link" : "pax header";
    if (length > this.limits.maxHeaderBytes) {
      this.issues.add("limit", "limit issues", {
        ruleId: "model/scan-limit",
        level: "error",
        message: `The ${what} at byte ${offset} holds ${length} bytes, over the ${this.limits.maxHeaderBytes}-byte limit; the archive is not read further.`,
        offset,
        properties: { limit: "maxHeaderBytes", value: this.limits.maxHeaderBytes }
      });
      return void 0;
    }
    const data = length > 0 ? await this.source.read(dataOffset, length) : new Uint8Array(0);
    if (data.length < length) {
      this.error(
        "truncated",
        "truncated members",
        `The ${what} at byte ${offset} runs past the end of the file.`,
        { offset }
      );
      return void 0;
    }
    return data;
  }
  async skipSparseExtensions(from) {
    let at = from;
    const maxBlocks = Math.max(1, Math.floor(this.limits.maxHeaderBytes / BLOCK));
    for (let count = 0; count < maxBlocks; count++) {
      const block = await this.block(at);
      if (block.length < BLOCK) {
        this.error(
          "truncated",
          "truncated members",
          `A GNU sparse header's extension at byte ${at} runs past the end of the file.`,
          { offset: at }
        );
        return void 0;
      }
      at += BLOCK;
      if (block[504] === 0) return at;
    }
    this.issues.add("limit", "limit issues", {
      ruleId: "model/scan-limit",
      level: "error",
      message: `A GNU sparse map from byte ${from} runs over ${maxBlocks} blocks; the archive is not read further.`,
      offset: from,
      properties: { limit: "maxHeaderBytes", value: this.limits.maxHeaderBytes }
    });
    return void 0;
  }
  /** `plainName` and `plainLink` have U+FFFD for bytes that are not UTF-8 (see decodeUtf8). */
  checkMember(entry, typeFlag, plainName, plainLink) {
    const member = [entry.name];
    for (const problem of nameProblems(plainName)) {
      this.issues.add(problem.kind, "member name problems", {
        ruleId: "model/archive-anomaly",
        level: problem.level,
        message: `Member ${quoted2(entry.name)} ${problem.what}.`,
        member
      });
    }
    if (entry.type === "link") {
      const kind = typeFlag === "2" ? "symbolic" : "hard";
      const outside = nameProblems(plainLink).some(
        (problem) => problem.kind === "name-absolute" || problem.kind === "name-parent"
      );
      this.issues.add("link", "links", {
        ruleId: "model/archive-anomaly",
        level: outside ? "error" : "warning",
        message: `Member ${quoted2(entry.name)} is a ${kind} link to ${quoted2(entry.linkName ?? "")}: tarfile.extractfile reads the target's data in its place${outside ? ", and the target is outside the archive" : ""}.`,
        member
      });
    }
  }
  checkDuplicates() {
    const counts = /* @__PURE__ */ new Map();
    for (const entry of this.entries) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
    for (const [name, count] of counts) {
      if (count < 2) continue;
      this.error(
        "duplicate",
        "duplicate names",
        `Member ${quoted2(name)} appears ${count} times: Python's tarfile (and torch.load) uses the last one, readers that take the first see other content.`,
        { member: [name], properties: { count } }
      );
    }
  }
  /**
   * After the first zero block Python's tarfile stops; `tar --ignore-zeros` and other lenient
   * readers do not. Zeros up to the end are padding; anything else is reported, and a valid
   * header there is a member only some readers list.
   */
  async checkAfterEnd(markerAt) {
    const { size } = this.source;
    const second = await this.block(markerAt + BLOCK);
    let from = markerAt + BLOCK;
    if (second.length === BLOCK && allZero(second)) from += BLOCK;
    else if (second.length === 0) {
      this.warning(
        "end-marker",
        "end marker problems",
        `The end-of-archive marker at byte ${markerAt} is one zero block, not two.`,
        { offset: markerAt }
      );
      return;
    }
    for (let at = from; at < size; at += TRAILER_CHUNK) {
      const chunk = await this.source.read(at, TRAILER_CHUNK);
      const index = chunk.findIndex((byte) => byte !== 0);
      if (index < 0) continue;
      const first = at + index;
      const blockStart = markerAt + Math.floor((first - markerAt) / BLOCK) * BLOCK;
      const candidate = await this.block(blockStart);
      if (candidate.length === BLOCK && checksumMatches(candidate)) {
        this.error(
          "after-end",
          "data after the end marker",
          `A member header at byte ${blockStart} follows the end-of-archive block at byte ${markerAt}: Python's tarfile stops at the zero block, readers that skip zero blocks (tar --ignore-zeros) list more members.`,
          { offset: blockStart }
        );
      } else {
        this.warning(
          "after-end",
          "data after the end marker",
          `Data at byte ${first} follows the end-of-archive block at byte ${markerAt}: no tar reader lists it.`,
          { offset: first }
        );
      }
      return;
    }
  }
};
async function readTarEntries(source, limits = {}) {
  return new TarReader(source, { ...DEFAULT_TAR_LIMITS, ...limits }).read();
}

// src/checks/scan-model/scan-file.ts
var DEFAULT_SCAN_SETTINGS = {
  maxRatio: 1e3,
  ratioFloorBytes: 64 * 1024 * 1024,
  maxDepth: 4,
  maxBufferedBytes: 256 * 1024 * 1024
};
var DETECTION_HEAD = 4096;
var CHUNK3 = 1024 * 1024;
var Scan = class {
  constructor(settings) {
    this.settings = settings;
  }
  settings;
  issues = [];
  pickles = 0;
  membersRead = 0;
  externalData = [];
  add(target, found) {
    for (const issue of found) {
      const member = [...target.member, ...issue.member ?? []];
      this.issues.push(member.length === 0 ? issue : { ...issue, member });
    }
  }
  notScanned(target, reason, level = "warning") {
    this.add(target, [{ ruleId: "model/not-scanned", level, message: `Not scanned: ${reason}.` }]);
  }
  get zipLimits() {
    return {
      maxMemberBytes: this.settings.maxFileSize,
      maxRatio: this.settings.maxRatio,
      ratioFloorBytes: this.settings.ratioFloorBytes
    };
  }
};
async function scanModelSource(source, name, displayPath, settings) {
  const scan = new Scan(settings);
  const format = await scanTarget(scan, { source, name, member: [], depth: 0, displayPath });
  return {
    issues: scan.issues,
    format,
    pickles: scan.pickles,
    membersRead: scan.membersRead,
    externalData: scan.externalData
  };
}
async function scanTarget(scan, target) {
  const head = await target.source.read(0, DETECTION_HEAD);
  const format = detectModelFormat(head, target.name);
  await scanAs(scan, target, format, head);
  return format.format;
}
async function scanAs(scan, target, format, head) {
  switch (format.format) {
    case "pickle":
    case "joblib":
      await walkPickleSource(scan, target, 0, 1);
      await scanAppendedZip(scan, target);
      break;
    case "torch-legacy":
      if (format.hint === "tar checkpoint") {
        await scanTar(scan, target);
        break;
      }
      await walkPickleSource(scan, target, 0, LEGACY_TORCH_PICKLES);
      break;
    case "torch-zip":
    case "zip":
    case "numpy-npz":
    case "keras-zip":
      await scanZip(scan, target, format);
      break;
    case "numpy-npy":
      await scanNpy(scan, target);
      break;
    case "compressed":
      await scanCompressed(scan, target, format);
      break;
    case "safetensors":
      scan.add(target, (await analyzeSafetensors(target.source)).issues);
      break;
    case "gguf":
      scan.add(target, (await analyzeGguf(target.source)).issues);
      break;
    case "onnx": {
      const result = await analyzeOnnx(target.source, target.displayPath);
      scan.add(target, result.issues);
      if (target.member.length === 0) {
        for (const entry of result.summary?.externalData ?? []) scan.externalData.push(entry.location);
      }
      break;
    }
    case "hdf5":
      scan.add(target, (await analyzeKerasH5(target.source)).issues);
      await scanUserBlock(scan, target, head);
      break;
    case "tf-savedmodel":
      scan.add(target, (await analyzeSavedModel(target.source)).issues);
      break;
    case "unknown":
      await scanUnknown(scan, target, head);
      break;
  }
}
var HDF5_SIGNATURE = [137, 72, 68, 70, 13, 10, 26, 10];
async function scanUserBlock(scan, target, head) {
  const masked = Uint8Array.from(head);
  for (let at = 512; at + HDF5_SIGNATURE.length <= masked.length; at *= 2) {
    if (HDF5_SIGNATURE.every((byte, index) => masked[at + index] === byte)) masked.fill(0, at, at + 8);
  }
  const other = detectModelFormat(masked, target.name);
  if (other.format !== "hdf5" && other.format !== "unknown") await scanAs(scan, target, other, masked);
}
var LEGACY_TORCH_PICKLES = 5;
function isKerasMetadata(name) {
  return baseNameOf(name) === "keras_metadata.pb";
}
async function scanUnknown(scan, target, head) {
  if (isKerasMetadata(target.name)) {
    const { configs, issues } = await kerasMetadataConfigs(target.source);
    scan.add(target, issues);
    for (const config of configs) scan.add(target, analyzeKerasConfig(config, "keras-savedmodel"));
    return;
  }
  if (isSavedModelText(target.name)) {
    scan.add(target, (await analyzeSavedModelText(target.source)).issues);
    return;
  }
  if (baseNameOf(target.name) === "config.json" && target.member.length > 0) return;
  if (looksLikeTar(head)) {
    await scanTar(scan, target);
    return;
  }
  const claimed = claimedFormat(target.name);
  if (claimed !== void 0 && head.length > 0) {
    await scanAs(scan, target, { format: claimed }, head);
    return;
  }
  if (head.length > 0 && await trialPickleWalk(scan, target)) return;
  if (target.member.length === 0 && isModelFileName(target.name) && head.length > 0) {
    scan.notScanned(target, "its content is in no model format mlsec reads", "note");
  }
}
async function trialPickleWalk(scan, target) {
  const walker = newWalker(scan, 0, 1);
  let offset = 0;
  while (offset < target.source.size && !walker.finished) {
    offset += walker.pendingSkip(target.source.size - offset);
    if (offset >= target.source.size) break;
    const chunk = await target.source.read(offset, CHUNK3);
    if (chunk.length === 0) break;
    walker.write(chunk);
    offset += chunk.length;
  }
  const unsafe = unsafeImports(scan, walker.end());
  if (unsafe.length === 0) return false;
  scan.add(target, unsafe);
  return true;
}
function unsafeImports(scan, walk) {
  const unsafe = judgePickle(walk, { allow: scan.settings.allowGlobals }).some(
    (verdict) => verdict.ruleId === "model/pickle-unsafe-global"
  );
  return unsafe ? pickleIssues(scan, walk, 1).filter((issue) => issue.ruleId === "model/pickle-unsafe-global") : [];
}
var CLAIMED_BY_EXTENSION = [
  [/\.(?:pkl|pickle|joblib|dill)$/i, "pickle"],
  [/\.safetensors$/i, "safetensors"],
  [/\.gguf$/i, "gguf"],
  [/\.onnx$/i, "onnx"],
  [/\.npy$/i, "numpy-npy"]
];
function claimedFormat(name) {
  return CLAIMED_BY_EXTENSION.find(([pattern]) => pattern.test(name))?.[1];
}
function isSavedModelText(name) {
  return baseNameOf(name) === "saved_model.pbtxt";
}
function baseNameOf(name) {
  return name.slice(name.lastIndexOf("/") + 1).toLowerCase();
}
function pickleIssues(scan, walk, expectedPickles) {
  scan.pickles += 1;
  return judgePickle(walk, { allow: scan.settings.allowGlobals, expectedPickles }).map((verdict) => ({
    ruleId: verdict.ruleId === "model/pickle-limit" ? "model/scan-limit" : verdict.ruleId,
    level: verdict.level,
    // Where in the stream: a reviewer can find it with pickletools.dis.
    message: `${verdict.reason.replace(/\.$/, "")} (at byte ${verdict.offset}).`,
    offset: verdict.offset,
    ...verdict.module === "" ? {} : { properties: { global: `${verdict.module}.${verdict.name}` } }
  }));
}
function newWalker(scan, baseOffset, maxPickles) {
  return new PickleWalker({
    baseOffset,
    maxPickles,
    judgedCallsOnly: true,
    limits: { maxBytes: scan.settings.maxFileSize }
  });
}
async function walkPickleSource(scan, target, start, pickles) {
  const walker = newWalker(scan, start, pickles);
  let offset = start;
  while (offset < target.source.size && !walker.finished) {
    offset += walker.pendingSkip(target.source.size - offset);
    if (offset >= target.source.size) break;
    const chunk = await target.source.read(offset, CHUNK3);
    if (chunk.length === 0) break;
    walker.write(chunk);
    offset += chunk.length;
  }
  const result = walker.end();
  scan.add(target, pickleIssues(scan, result, pickles));
  return result;
}
async function scanAppendedZip(scan, target) {
  const directory = await readZipDirectory(target.source, { maxEntries: 1e5 });
  if (!directory || directory.entries.length === 0) return;
  scan.add(target, [
    {
      ruleId: "model/archive-anomaly",
      level: "error",
      message: "A zip archive follows the pickle: pickle.load and zip readers see different files here (a polyglot)."
    }
  ]);
  await scanZipEntries(scan, target, directory.entries, false);
}
var PICKLE_MEMBER = /\.(?:pkl|pickle)$/i;
var TORCH_STORAGE = /^[^/]+\/data\/\d+$/;
async function scanZip(scan, target, format) {
  const directory = await readZipDirectory(target.source, scan.zipLimits);
  if (!directory) {
    scan.add(target, [
      {
        ruleId: "model/archive-anomaly",
        level: "error",
        message: "The file starts like a zip archive but has no end of central directory record, so its members cannot be listed."
      }
    ]);
    return;
  }
  scan.add(target, directory.issues);
  if (directory.prefixLength > 0) {
    const prefix = { ...target, source: sliceSource(target.source, 0, directory.prefixLength) };
    const head = await prefix.source.read(0, DETECTION_HEAD);
    if (detectModelFormat(head, target.name).format !== "unknown")
      await scanTarget(scan, { ...prefix, name: target.name });
  }
  await scanZipEntries(scan, target, directory.entries, format.format === "torch-zip");
}
async function scanZipEntries(scan, target, entries2, torch) {
  const isTorch = torch || entries2.some((entry) => /^[^/]+\/data\.pkl$/.test(entry.name));
  for (const entry of entries2) {
    if (entry.name.endsWith("/") && entry.uncompressedSize === 0) continue;
    if (isTorch && TORCH_STORAGE.test(entry.name) && !await startsLikeNpy(scan, target, entry)) continue;
    if (entry.encrypted || entry.method !== 0 && entry.method !== 8) continue;
    const member = memberTarget(scan, target, target.source, entry.name);
    if (member) await scanZipMember(scan, target, member, entry);
  }
}
function memberTarget(scan, outer, source, name) {
  if (outer.depth + 1 > scan.settings.maxDepth) {
    scan.add(outer, [limitIssue(`archives nest more than ${scan.settings.maxDepth} deep`, name)]);
    return void 0;
  }
  return {
    source,
    name,
    member: [...outer.member, name],
    depth: outer.depth + 1,
    displayPath: outer.displayPath
  };
}
var NPY_MAGIC = [147, 78, 85, 77, 80, 89];
async function startsLikeNpy(scan, target, entry) {
  if (entry.encrypted || entry.method !== 0 && entry.method !== 8) return false;
  const head = entry.method === 0 ? await target.source.read(entry.dataOffset, Math.min(NPY_MAGIC.length, entry.compressedSize)) : await zipMemberHead(scan, target, entry);
  return NPY_MAGIC.every((byte, index) => head[index] === byte);
}
function limitIssue(what, member) {
  return {
    ruleId: "model/scan-limit",
    level: "error",
    message: `Scan stopped at a limit: ${what}.`,
    ...member === void 0 ? {} : { member: [member] }
  };
}
async function zipMemberHead(scan, target, entry) {
  if (entry.method === 0)
    return target.source.read(entry.dataOffset, Math.min(DETECTION_HEAD, entry.compressedSize));
  const parts = [];
  let length = 0;
  await readZipMember(
    target.source,
    entry,
    (chunk) => {
      parts.push(chunk);
      length += chunk.length;
      return length < DETECTION_HEAD;
    },
    scan.zipLimits
  );
  return concat(parts, DETECTION_HEAD);
}
function concat(parts, limit2) {
  const total = Math.min(
    limit2,
    parts.reduce((sum, part) => sum + part.length, 0)
  );
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    if (at >= total) break;
    const piece = part.subarray(0, total - at);
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
async function scanZipMember(scan, outer, member, entry) {
  const head = await zipMemberHead(scan, outer, entry);
  const detected = detectModelFormat(head, entry.name);
  const format = detected.format === "unknown" && PICKLE_MEMBER.test(entry.name) ? { format: "pickle" } : detected;
  const kerasConfig = baseNameOf(entry.name) === "config.json" && !entry.name.includes("/");
  if (format.format === "unknown" && !kerasConfig && !isKerasMetadata(entry.name) && !looksLikeTar(head))
    return;
  scan.membersRead += 1;
  if (format.format === "pickle" || format.format === "joblib" || format.format === "torch-legacy") {
    const pickles = format.format === "torch-legacy" ? LEGACY_TORCH_PICKLES : 1;
    const walker = newWalker(scan, 0, pickles);
    const read = await readZipMember(
      outer.source,
      entry,
      (chunk) => {
        walker.write(chunk);
        return !walker.finished;
      },
      scan.zipLimits
    );
    scan.add(outer, withMember(read.issues, entry.name));
    scan.add(member, pickleIssues(scan, walker.end(), pickles));
    return;
  }
  if (kerasConfig) {
    const bytes = await bufferMember(scan, outer, member, entry);
    if (bytes) scan.add(member, analyzeKerasConfig(bytes, "keras-v3"));
    return;
  }
  const source = entry.method === 0 ? sliceSource(outer.source, entry.dataOffset, entry.compressedSize) : await bufferMemberSource(scan, outer, member, entry);
  if (source) await scanTarget(scan, { ...member, source });
}
function withMember(issues, name) {
  return issues.map((issue) => issue.member ? issue : { ...issue, member: [name] });
}
async function bufferMemberSource(scan, outer, member, entry) {
  const bytes = await bufferMember(scan, outer, member, entry);
  return bytes && bufferSource(bytes);
}
async function bufferMember(scan, outer, member, entry) {
  const cap = Math.min(scan.settings.maxBufferedBytes, scan.settings.maxFileSize);
  if (entry.uncompressedSize > cap) {
    scan.notScanned(
      member,
      `a compressed member of ${entry.uncompressedSize} bytes is over the ${cap} bytes mlsec decompresses into memory`
    );
    return void 0;
  }
  const parts = [];
  let length = 0;
  let over = false;
  const read = await readZipMember(
    outer.source,
    entry,
    (chunk) => {
      length += chunk.length;
      if (length > cap) {
        over = true;
        return false;
      }
      parts.push(chunk);
      return true;
    },
    scan.zipLimits
  );
  scan.add(outer, withMember(read.issues, entry.name));
  if (over) {
    scan.notScanned(member, `it decompresses to more than the ${cap} bytes mlsec holds in memory`);
    return void 0;
  }
  return concat(parts, length);
}
async function scanTar(scan, target) {
  const { entries: entries2, issues } = await readTarEntries(target.source, {});
  scan.add(target, issues);
  for (const entry of entries2) {
    if (entry.type !== "file") continue;
    const member = memberTarget(
      scan,
      target,
      sliceSource(target.source, entry.dataOffset, entry.size),
      entry.name
    );
    if (!member) continue;
    const head = await member.source.read(0, DETECTION_HEAD);
    const format = detectModelFormat(head, entry.name);
    if (format.format === "unknown") {
      if (head.length > 0 && await trialPickleWalk(scan, member)) scan.membersRead += 1;
      continue;
    }
    scan.membersRead += 1;
    const raw = entry.name === "storages" || entry.name === "tensors";
    if ((format.format === "pickle" || format.format === "joblib") && raw) {
      await walkLegacyRecords(scan, member, entry.name);
    } else {
      await scanTarget(scan, member);
    }
  }
}
var LEGACY_STORAGE_BYTES = {
  DoubleStorage: 8,
  FloatStorage: 4,
  HalfStorage: 2,
  LongStorage: 8,
  IntStorage: 4,
  ShortStorage: 2,
  CharStorage: 1,
  ByteStorage: 1
};
var MAX_LEGACY_RECORDS = 1e6;
async function walkLegacyRecords(scan, member, kind) {
  const size = member.source.size;
  let offset = (await walkPickleSource(scan, member, 0, 1)).pickles[0]?.end;
  for (let records = 0; offset !== void 0 && offset < size; records++) {
    if (records >= MAX_LEGACY_RECORDS) {
      scan.add(member, [limitIssue(`more than ${MAX_LEGACY_RECORDS} records in a legacy ${kind} member`)]);
      return;
    }
    const walk = await walkPickleSource(scan, member, offset, 1);
    const end = walk.pickles[0]?.end;
    if (end === void 0 || walk.aborted) return;
    const fields = await member.source.read(end, 8);
    const view = new DataView(fields.buffer, fields.byteOffset, fields.byteLength);
    if (kind === "storages") {
      const storageClass = walk.imports.at(-1)?.name ?? "";
      const elementBytes = LEGACY_STORAGE_BYTES[storageClass];
      if (elementBytes === void 0 || fields.length < 8) {
        scan.add(member, [
          {
            ruleId: "model/not-scanned",
            level: "warning",
            message: `Not scanned: a storage record at byte ${offset} names no storage class mlsec knows the element size of, so the records after it were not checked.`,
            offset
          }
        ]);
        return;
      }
      offset = end + 8 + Number(view.getBigInt64(0, true)) * elementBytes;
    } else {
      if (fields.length < 4) return;
      offset = end + 4 + view.getInt32(0, true) * 16 + 8;
    }
    if (!(offset > end)) {
      scan.add(member, [
        {
          ruleId: "model/malformed-file",
          level: "error",
          message: `A legacy ${kind} record at byte ${end} declares a negative length, so the records after it cannot be located.`,
          offset: end
        }
      ]);
      return;
    }
  }
  if (offset !== void 0 && offset > size) {
    scan.add(member, [
      {
        ruleId: "model/malformed-file",
        level: "error",
        message: `The last legacy ${kind} record declares more bytes than the member holds.`
      }
    ]);
  }
}
async function scanNpy(scan, target) {
  const { header, issues } = await readNpyHeader(target.source);
  scan.add(target, issues);
  if (header?.hasObjects) await walkPickleSource(scan, target, header.dataOffset, 1);
}
async function scanCompressed(scan, target, format) {
  const method = format.compression;
  const limits = {
    maxOutputBytes: scan.settings.maxFileSize,
    maxRatio: scan.settings.maxRatio,
    ratioFloorBytes: scan.settings.ratioFloorBytes
  };
  if (target.depth + 1 > scan.settings.maxDepth) {
    scan.add(target, [limitIssue(`compressed layers nest more than ${scan.settings.maxDepth} deep`)]);
    return;
  }
  if (await trialPickleWalk(scan, target)) return;
  const headParts = [];
  let headLength = 0;
  await decompress(
    method,
    target.source,
    (chunk) => {
      headParts.push(chunk);
      headLength += chunk.length;
      return headLength < DETECTION_HEAD;
    },
    limits
  );
  const head = concat(headParts, DETECTION_HEAD);
  const innerName = target.name.replace(/\.(?:z|gz|bz2|xz|lzma)$/i, "");
  const inner = detectModelFormat(head, innerName);
  const where = `${method}-compressed content`;
  if (inner.format === "pickle" || inner.format === "joblib" || inner.format === "torch-legacy") {
    const pickles = inner.format === "torch-legacy" ? LEGACY_TORCH_PICKLES : 1;
    const walker = newWalker(scan, 0, pickles);
    const result2 = await decompress(
      method,
      target.source,
      (chunk) => {
        walker.write(chunk);
        return !walker.finished;
      },
      limits
    );
    scan.add(target, result2.issues);
    scan.add(
      target,
      pickleIssues(scan, walker.end(), pickles).map((issue) => ({
        ...issue,
        message: `In the ${where}: ${issue.message}`
      }))
    );
    return;
  }
  if (inner.format === "unknown") {
    const walker = newWalker(scan, 0, 1);
    await decompress(
      method,
      target.source,
      (chunk) => {
        walker.write(chunk);
        return !walker.finished;
      },
      limits
    );
    const unsafe = unsafeImports(scan, walker.end());
    if (unsafe.length > 0) {
      scan.add(
        target,
        unsafe.map((issue) => ({ ...issue, message: `In the ${where}: ${issue.message}` }))
      );
      return;
    }
    if (isModelFileName(innerName))
      scan.notScanned(target, `the ${where} is in no model format mlsec reads`, "note");
    return;
  }
  const cap = Math.min(scan.settings.maxBufferedBytes, scan.settings.maxFileSize);
  const parts = [];
  let length = 0;
  let over = false;
  const result = await decompress(
    method,
    target.source,
    (chunk) => {
      length += chunk.length;
      if (length > cap) {
        over = true;
        return false;
      }
      parts.push(chunk);
      return true;
    },
    limits
  );
  scan.add(target, result.issues);
  if (over) {
    scan.notScanned(
      target,
      `the ${where} (${printable(inner.format)}) is larger than the ${cap} bytes mlsec holds in memory`
    );
    return;
  }
  await scanTarget(scan, {
    ...target,
    source: bufferSource(concat(parts, length)),
    name: innerName,
    depth: target.depth + 1
  });
}

// src/checks/scan-model/index.ts
var DEFAULT_EXCLUDES = [".git/**", "**/.git/**", "node_modules/**", "**/node_modules/**"];
var DETECTION_HEAD2 = 4096;
function memberText(issue) {
  return issue.member && issue.member.length > 0 ? issue.member.map(printable).join("!") : void 0;
}
function toFinding(relative, issue) {
  const member = memberText(issue);
  const identity = [member ?? "", String(issue.offset ?? ""), issue.message].join("\0");
  const properties = { ...issue.properties };
  if (issue.offset !== void 0) properties.offset = issue.offset;
  return {
    ruleId: issue.ruleId,
    level: issue.level,
    message: issue.message,
    location: member === void 0 ? { path: relative } : { path: relative, member },
    fingerprint: plainFingerprint(issue.ruleId, relative, identity),
    ...Object.keys(properties).length === 0 ? {} : { properties }
  };
}
function notScanned(relative, reason, level = "warning") {
  return toFinding(relative, { ruleId: "model/not-scanned", level, message: `Not scanned: ${reason}.` });
}
async function run(context) {
  const maxFileSize = parseSize(String(context.options["max-file-size"]), "max-file-size");
  const settings = {
    ...DEFAULT_SCAN_SETTINGS,
    // Checked against the option's format where it was given (input, option or config key).
    allowGlobals: context.options["allow-globals"] ?? [],
    maxFileSize
  };
  const walkTree = context.walkTree ?? createTreeWalk(context.root);
  const excluded = (0, import_picomatch.default)(DEFAULT_EXCLUDES, { dot: true });
  const findings = [];
  const metrics = {
    filesScanned: 0,
    filesNotScanned: 0,
    picklesWalked: 0,
    archiveMembersRead: 0,
    filesByFormat: {}
  };
  const seen = /* @__PURE__ */ new Set();
  for (const start of context.paths) {
    const { files, skipped } = await walkTree(path.resolve(context.root, start), context.exclude);
    for (const entry of skipped) {
      if (excluded(entry.relative)) continue;
      if (entry.invalidName || isModelFileName(entry.relative)) {
        findings.push(notScanned(entry.relative, entry.reason));
        metrics.filesNotScanned += 1;
      }
    }
    for (const file of files) {
      if (seen.has(file.relative) || excluded(file.relative)) continue;
      seen.add(file.relative);
      context.signal?.throwIfAborted();
      let handle;
      try {
        handle = await open(file.absolute, "r");
      } catch (error) {
        findings.push(notScanned(file.relative, `cannot be read (${fileErrorReason(error)})`));
        metrics.filesNotScanned += 1;
        continue;
      }
      try {
        const stats = await handle.stat();
        const source = fileSource(handle, stats.size);
        const head = await source.read(0, DETECTION_HEAD2);
        const unknown = detectModelFormat(head, file.relative).format === "unknown";
        if (unknown && !isModelFileName(file.relative) && !isSavedModelText(file.relative)) continue;
        if (stats.size > maxFileSize) {
          findings.push(
            notScanned(file.relative, `${stats.size} bytes is over max-file-size (${maxFileSize} bytes)`)
          );
          metrics.filesNotScanned += 1;
          continue;
        }
        context.progress(`scanning ${file.relative}`);
        const scan = await scanModelSource(source, path.basename(file.relative), file.relative, settings);
        metrics.filesScanned += 1;
        metrics.picklesWalked += scan.pickles;
        metrics.archiveMembersRead += scan.membersRead;
        metrics.filesByFormat[scan.format] = (metrics.filesByFormat[scan.format] ?? 0) + 1;
        for (const issue of scan.issues) findings.push(toFinding(file.relative, issue));
        for (const location of scan.externalData) {
          const problem = await externalDataProblem(context.root, file.relative, location);
          if (problem) {
            findings.push(
              toFinding(file.relative, {
                ruleId: "model/unsafe-construct",
                level: problem.level,
                message: `External data ${JSON.stringify(printable(location).slice(0, 120))} ${problem.reason}.`
              })
            );
          }
        }
      } catch (error) {
        if (error instanceof UsageError) throw error;
        if (!isFileError(error)) throw error;
        findings.push(notScanned(file.relative, `cannot be read (${fileErrorReason(error)})`));
        metrics.filesNotScanned += 1;
      } finally {
        await handle.close();
      }
    }
  }
  return {
    check: "scan-model",
    rules: allModelRules(),
    findings,
    metrics,
    artifacts: []
  };
}
function isFileError(error) {
  return typeof error?.code === "string";
}
async function externalDataProblem(root, modelPath, location) {
  const resolved = resolveExternalLocation(modelPath, location);
  if (!("path" in resolved)) return void 0;
  try {
    const stats = await lstat(path.resolve(root, resolved.path));
    if (stats.isSymbolicLink()) {
      return { level: "error", reason: "is a symbolic link, which a loader follows wherever it points" };
    }
    if (!stats.isFile()) return { level: "warning", reason: "is not a regular file" };
    return void 0;
  } catch {
    return {
      level: "warning",
      reason: "does not exist beside the model, so the model cannot be loaded as it is"
    };
  }
}
export {
  run
};
