import { createWriteStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { openRegularFile, UnsafePathError, writeFileAtomically } from '../../core/safe-write.js';
import type { Entity } from './entities.js';
// The scan's piece size and cut rule: a value split differently here would escape the mask.
import { CHUNK, gunzipStream, MAX_PIECE, safeCut, type ScanSettings, TextScanner } from './file-scan.js';
import type { FileFormat } from './formats.js';
import type { Candidate } from './scanner.js';

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
        mode: sourceStats.mode & 0o7777,
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
  let replacements: Array<{ start: number; end: number; text: string }> = [];
  let replaced = 0;
  scanner.onReport = (candidate) =>
    replacements.push({
      start: candidate.start,
      end: candidate.end,
      text: replacementFor(candidate, current, format),
    });

  const rewrite = (buf: Buffer, end: number, endsLine: boolean): Buffer => {
    current = buf;
    replacements = [];
    scanner.scan(buf, 0, end, endsLine);
    const parts: Buffer[] = [];
    let at = 0;
    for (const { start, end: stop, text } of replacements.sort((a, b) => a.start - b.start)) {
      if (start < at) continue;
      parts.push(buf.subarray(at, start), Buffer.from(text, 'latin1'));
      at = stop;
      replaced += 1;
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
