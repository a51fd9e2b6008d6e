import { createWriteStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { openRegularFile, UnsafePathError, writeFileAtomically } from '../../core/safe-write.js';
import type { Entity } from './entities.js';
// The scan's piece size and cut rule: a value split differently here would escape the mask.
import { CHUNK, gunzipStream, MAX_PIECE, safeCut, type ScanSettings, TextScanner } from './file-scan.js';
import type { FileFormat } from './formats.js';
import type { Candidate } from './scanner.js';
import { pemBodyFollows } from './secrets.js';

/**
 * Redact mode: writes a copy of a text file with every reported value replaced, in the same
 * format. A replacement never contains a delimiter, quote, backslash or newline, so CSV stays
 * CSV and JSON stays JSON; a bare number (a JSON, YAML or TOML number) becomes nines of the same
 * length so it stays a number.
 */

const TOKENS: Record<Entity, string> = {
  EMAIL_ADDRESS: 'REDACTED_EMAIL',
  PHONE_NUMBER: 'REDACTED_PHONE',
  US_SSN: 'REDACTED_SSN',
  CREDIT_CARD: 'REDACTED_CARD',
  IBAN_CODE: 'REDACTED_IBAN',
  IP_ADDRESS: 'REDACTED_IP',
  CRYPTO: 'REDACTED_CRYPTO',
  SECRET: 'REDACTED_SECRET',
};

/** The replacement for a value found at `buf[candidate.start, candidate.end)`. */
export function replacementFor(candidate: Candidate, buf: Uint8Array, format: FileFormat): string {
  const before = candidate.start > 0 ? buf[candidate.start - 1] : undefined;
  const quoted = before === 34 || before === 39;
  if (format.kind === 'keyed' && !quoted && /^\d+$/.test(candidate.value))
    return '9'.repeat(candidate.value.length);
  return TOKENS[candidate.entity];
}

/** Where a masked copy goes: a directory made by `prepareDirectory`, and the file's name in it. */
export interface RedactTarget {
  directory: string;
  name: string;
  /** The target is the source itself: replaced only if it is still the file that was read. */
  inPlace: boolean;
}

interface Replacement {
  start: number;
  end: number;
  text: string;
  /** A private key's BEGIN line: its material follows, through the END line of its label. */
  key: boolean;
  /** The key's label (`RSA PRIVATE KEY`): only the END line of the same label ends its block. */
  label: string;
  /** That BEGIN line ended the piece (see Candidate.bodyUnseen). */
  unseen: boolean;
}

/** An END line: `-----END RSA PRIVATE KEY-----`, `-----END PGP PRIVATE KEY BLOCK-----`, ... */
const END_LINE = /-----END ([A-Z0-9 ]{1,40})-----/g;
const END_PREFIX = Buffer.from('-----END ', 'latin1');
/** Longer than any END line: what of the erased bytes is kept to find one cut across pieces. */
const TAIL = 64;

/**
 * Where the key material after a private key's BEGIN line ends: just past its END line, which
 * may be on a later line (PEM, OpenSSH, PGP armour) or on the same one after `\n` escapes (a JSON
 * or YAML string), in this piece or a later one, or at the end of the file when there is none.
 * The material is erased but for its real line breaks, so the copy keeps its line numbers, and a
 * JSON string stays a string (its escapes go whole, with the text between them).
 */
class KeyBlocks {
  /** A block continues into the next piece. */
  private open = false;
  /** Its BEGIN line ended the last piece: the next decides whether key material follows at all. */
  private unseen = false;
  /** The last bytes erased, for an END line cut across pieces. */
  private tail = Buffer.alloc(0);
  /** The open block's label: a stray END line of another label inside the key does not end it. */
  private label = '';

  /** Erases an open block's rest at the start of `buf`; returns where the piece resumes. */
  continueInto(buf: Buffer, end: number, parts: Buffer[]): number {
    if (!this.open) return 0;
    if (this.unseen && pemBodyFollows(buf, 0, end) === false) {
      this.open = false;
      return 0;
    }
    this.unseen = false;
    const stop = this.endIn(buf, 0, end);
    return this.cut(buf, 0, stop, end, parts);
  }

  /** Erases the block that begins at `from` (just past its BEGIN line); returns where it ends. */
  erase(buf: Buffer, from: number, end: number, parts: Buffer[], unseen: boolean, label: string): number {
    this.tail = Buffer.alloc(0);
    this.unseen = unseen;
    this.label = label;
    return this.cut(buf, from, this.endIn(buf, from, end), end, parts);
  }

  private cut(buf: Buffer, from: number, stop: number | undefined, end: number, parts: Buffer[]): number {
    const to = stop ?? end;
    parts.push(lineBreaks(buf, from, to));
    this.open = stop === undefined;
    if (this.open)
      this.tail = Buffer.concat([this.tail, buf.subarray(Math.max(from, to - TAIL), to)]).subarray(-TAIL);
    return to;
  }

  private endIn(buf: Buffer, from: number, end: number): number | undefined {
    if (this.tail.length > 0) {
      const joined = Buffer.concat([this.tail, buf.subarray(from, Math.min(end, from + TAIL))]);
      for (const match of joined.toString('latin1').matchAll(END_LINE)) {
        if (match[1] === this.label && match.index + match[0].length > this.tail.length)
          return from + match.index + match[0].length - this.tail.length;
      }
    }
    for (let i = buf.indexOf(END_PREFIX, from); i !== -1 && i < end; i = buf.indexOf(END_PREFIX, i + 1)) {
      END_LINE.lastIndex = 0;
      const match = END_LINE.exec(buf.toString('latin1', i, Math.min(end, i + TAIL)));
      if (match?.index === 0 && match[1] === this.label) return i + match[0].length;
    }
    return undefined;
  }
}

/** The real line breaks of `buf[from, to)`, nothing else. */
function lineBreaks(buf: Buffer, from: number, to: number): Buffer {
  const kept: number[] = [];
  for (let i = from; i < to; i++) if (buf[i] === 10 || buf[i] === 13) kept.push(buf[i]!);
  return Buffer.from(kept);
}

/**
 * Writes the redacted copy of `source` (a regular file, opened without following a link) to
 * `target`, created exclusively beside it and renamed (see safe-write). In place, the file replaced
 * must still be the regular file that was read (same device and inode) just before the rename.
 * Returns how many values were replaced.
 */
export async function redactFile(
  source: string,
  target: RedactTarget,
  relativePath: string,
  format: FileFormat,
  gzip: boolean,
  settings: ScanSettings,
): Promise<number> {
  const { handle: sourceHandle, stats: sourceStats } = await openRegularFile(source, relativePath);
  try {
    return await writeFileAtomically(
      target.directory,
      target.name,
      (out) => rewriteInto(sourceHandle, out, relativePath, format, gzip, settings),
      {
        // A masked copy keeps the original's permissions: a private file must not become readable.
        // The permission bits only: a copy is never setuid, setgid or sticky.
        mode: sourceStats.mode & 0o777,
        checkTarget: target.inPlace
          ? (current) => {
              if (!current?.isFile() || current.dev !== sourceStats.dev || current.ino !== sourceStats.ino)
                throw new UnsafePathError('changed', relativePath);
            }
          : undefined,
      },
    );
  } finally {
    await sourceHandle.close().catch(() => undefined);
  }
}

async function rewriteInto(
  source: FileHandle,
  out: FileHandle,
  relativePath: string,
  format: FileFormat,
  gzip: boolean,
  settings: ScanSettings,
): Promise<number> {
  const scanner = new TextScanner(relativePath, format, settings, gzip);
  let current: Buffer = Buffer.alloc(0);
  let replacements: Replacement[] = [];
  let replaced = 0;
  scanner.onReport = (candidate) =>
    replacements.push({
      start: candidate.start,
      end: candidate.end,
      text: replacementFor(candidate, current, format),
      key: candidate.secretType === 'private-key',
      label: /^-----BEGIN (.+)-----$/.exec(candidate.value)?.[1] ?? '',
      unseen: candidate.bodyUnseen === true,
    });
  const keys = new KeyBlocks();

  const rewrite = (buf: Buffer, end: number, endsLine: boolean): Buffer => {
    current = buf;
    replacements = [];
    scanner.scan(buf, 0, end, endsLine);
    const parts: Buffer[] = [];
    let at = keys.continueInto(buf, end, parts);
    let erasedTo = at;
    for (const { start, end: stop, text, key, label, unseen } of replacements.sort(
      (x, y) => x.start - y.start,
    )) {
      if (start < erasedTo) {
        // Inside a private key's material: gone with it.
        replaced += 1;
        continue;
      }
      if (start < at) continue;
      parts.push(buf.subarray(at, start), Buffer.from(text, 'latin1'));
      at = stop;
      replaced += 1;
      if (key) erasedTo = at = keys.erase(buf, at, end, parts, unseen, label);
    }
    parts.push(buf.subarray(at, end));
    return Buffer.concat(parts);
  };

  const input = source.createReadStream({ highWaterMark: CHUNK, autoClose: false, start: 0 });
  // By descriptor: a stream made from the handle itself would keep `close()` waiting forever.
  const file = createWriteStream('', { fd: out.fd, autoClose: false });
  // zlib loads only for `.gz` files (see gunzipStream).
  const gzipOut = gzip ? (await import('node:zlib')).createGzip() : undefined;
  gzipOut?.pipe(file);
  const sink = gzipOut ?? file;
  const write = (data: Buffer) =>
    new Promise<void>((resolve, reject) => sink.write(data, (error) => (error ? reject(error) : resolve())));
  const finished = new Promise<void>((resolve, reject) => file.on('finish', resolve).on('error', reject));
  // Settled here too, so a write error surfaces through the catch below, not as a crash.
  finished.catch(() => undefined);
  try {
    let carry: Buffer | undefined;
    for await (const chunk of (gzip ? input.pipe(await gunzipStream()) : input) as AsyncIterable<Buffer>) {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      const lastNewline = buf.lastIndexOf(10);
      if (lastNewline === -1) {
        if (buf.length > MAX_PIECE) {
          // A line too long to hold: cut it exactly where the scan cuts, so no value is split.
          const cut = safeCut(buf);
          await write(rewrite(buf, cut, false));
          carry = Buffer.from(buf.subarray(cut));
        } else carry = buf;
        continue;
      }
      await write(rewrite(buf, lastNewline + 1, true));
      carry = lastNewline + 1 < buf.length ? Buffer.from(buf.subarray(lastNewline + 1)) : undefined;
    }
    if (carry && carry.length > 0) await write(rewrite(carry, carry.length, true));
    sink.end();
    await finished;
  } catch (error) {
    sink.destroy();
    file.destroy();
    throw error;
  } finally {
    input.destroy();
  }
  return replaced;
}
