/**
 * Random access to the bytes of a model file, so an analyzer reads only what it needs (a zip's
 * central directory, a safetensors header, the pickle members of a checkpoint) and never the
 * tensor data. Files are read through an open handle, never mapped; tests use in-memory buffers.
 */
import type { FileHandle } from 'node:fs/promises';

export interface ByteSource {
  /** Bytes in the source. */
  readonly size: number;
  /**
   * The bytes from `offset`: `length` of them, fewer only where the source ends (an offset at or
   * past the end gives an empty array). Never throws for an offset or length a hostile header
   * names; negative or non-integer values are a bug in the caller and throw a RangeError.
   */
  read(offset: number, length: number): Promise<Uint8Array>;
}

function checkRange(offset: number, length: number): void {
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
    throw new RangeError(`byte range ${offset}+${length} is not a pair of non-negative integers`);
  }
}

export function bufferSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read(offset, length) {
      checkRange(offset, length);
      return Promise.resolve(
        bytes.subarray(Math.min(offset, bytes.length), Math.min(offset + length, bytes.length)),
      );
    },
  };
}

/** `size` is the file's size when opened; a file that shrinks meanwhile reads short, never past. */
export function fileSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    async read(offset, length) {
      checkRange(offset, length);
      const wanted = Math.max(0, Math.min(length, size - offset));
      const out = new Uint8Array(wanted);
      let filled = 0;
      while (filled < wanted) {
        const { bytesRead } = await handle.read(out, filled, wanted - filled, offset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === wanted ? out : out.subarray(0, filled);
    },
  };
}

/** A window of another source (a zip member stored uncompressed, a tar member). */
export function sliceSource(source: ByteSource, start: number, size: number): ByteSource {
  checkRange(start, size);
  const length = Math.max(0, Math.min(size, source.size - start));
  return {
    size: length,
    read(offset, wanted) {
      checkRange(offset, wanted);
      if (offset >= length) return Promise.resolve(new Uint8Array(0));
      return source.read(start + offset, Math.min(wanted, length - offset));
    },
  };
}
