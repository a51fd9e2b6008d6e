import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Content hashing for model serialization. Reads run on libuv's thread pool while this thread
 * hashes the previous block (double buffering), so a single large file is hashed at close to the
 * speed of the hash itself; memory is two fixed blocks per hashing thread whatever the file size.
 */

/** Hash names as OMS payloads record them (`hash_type`, and resource `algorithm` for `files`). */
export const HASH_ALGORITHMS = ['sha256', 'blake2b'] as const;
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number];

const NODE_HASH: Record<HashAlgorithm, string> = { sha256: 'sha256', blake2b: 'blake2b512' };

/** Digest lengths in bytes, to reject a signed digest of the wrong size before comparing. */
export const DIGEST_BYTES: Record<HashAlgorithm, number> = { sha256: 32, blake2b: 64 };

/**
 * The reference library writes `blake2b` but its verifier's configuration names it `blake2`;
 * both are read as BLAKE2b-512.
 */
export function parseHashAlgorithm(name: string): HashAlgorithm | undefined {
  if (name === 'sha256') return 'sha256';
  if (name === 'blake2b' || name === 'blake2') return 'blake2b';
  return undefined;
}

export const BLOCK_SIZE = 2 * 1024 * 1024;

export interface RangeTask {
  file: string;
  start: number;
  end: number;
  algorithm: HashAlgorithm;
  /** The file's size when it was listed: a file that changes size while hashed fails. */
  size: number;
}

function changed(file: string, why: string): Error {
  return Object.assign(new Error(`${file} ${why}: it changed while hashing`), { code: 'ECHANGED' });
}

/** Still the regular file of `size` bytes that was listed (not swapped for a FIFO or a link). */
function assertAsListed(file: string, before: Stats, size: number): void {
  if (!before.isFile()) throw changed(file, 'is no longer a regular file');
  if (before.size !== size) throw changed(file, `is ${before.size} bytes, not the ${size} listed`);
}

/** Not written to while it was read: a digest must be of one version of the file. */
function assertUntouched(file: string, before: Stats, after: Stats): void {
  if (after.size !== before.size || after.mtimeMs !== before.mtimeMs) throw changed(file, 'was written to');
}

/**
 * Digest of bytes [start, end) of `file`. The file must still be the regular file of `size`
 * bytes that was listed, before and after (a swapped link, a FIFO or a grown file fails).
 */
export async function hashRange(task: RangeTask): Promise<Buffer> {
  const { file, start, end, algorithm, size } = task;
  const hash = createHash(NODE_HASH[algorithm]);
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const before = await handle.stat();
    assertAsListed(file, before, size);
    // A shard smaller than a block needs no more than its own size (tiny shards stay cheap).
    const blockSize = Math.max(1, Math.min(BLOCK_SIZE, end - start));
    const blocks = [Buffer.allocUnsafe(blockSize), Buffer.allocUnsafe(blockSize)];
    let position = start;
    let which = 0;
    const readBlock = (buffer: Buffer, at: number) =>
      handle.read(buffer, 0, Math.min(buffer.length, end - at), at);
    let pending = position < end ? readBlock(blocks[which]!, position) : undefined;
    while (pending) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) {
        throw changed(file, `ended at byte ${position}, before ${end}`);
      }
      position += bytesRead;
      which ^= 1;
      pending = position < end ? readBlock(blocks[which]!, position) : undefined;
      hash.update(buffer.subarray(0, bytesRead));
    }
    const after = await handle.stat();
    assertUntouched(file, before, after);
  } finally {
    await handle.close();
  }
  return hash.digest();
}

/** Block size of the synchronous reader: small enough that a block is still in cache when hashed. */
const SYNC_BLOCK_SIZE = 256 * 1024;

/**
 * `hashRange` for worker threads that do nothing else: synchronous reads of cache-sized blocks.
 * With every core hashing there is no idle core to overlap reads on, and this is about 10%
 * faster than double buffering; on its own (one thread) it is slower, so the caller decides.
 */
export function hashRangeSync(task: RangeTask): Buffer {
  const { file, start, end, algorithm, size } = task;
  const hash = createHash(NODE_HASH[algorithm]);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const before = fstatSync(fd);
    assertAsListed(file, before, size);
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(SYNC_BLOCK_SIZE, end - start)));
    for (let position = start; position < end;) {
      const bytesRead = readSync(fd, buffer, 0, Math.min(buffer.length, end - position), position);
      if (bytesRead === 0) throw changed(file, `ended at byte ${position}, before ${end}`);
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
    const after = fstatSync(fd);
    assertUntouched(file, before, after);
  } finally {
    closeSync(fd);
  }
  return hash.digest();
}

/** Digest of bytes in memory (payload digests, the subject's digest over resource digests). */
export function hashBytes(algorithm: HashAlgorithm, ...parts: Uint8Array[]): Buffer {
  const hash = createHash(NODE_HASH[algorithm]);
  for (const part of parts) hash.update(part);
  return hash.digest();
}
