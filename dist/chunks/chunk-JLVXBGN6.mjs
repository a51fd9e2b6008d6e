import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);

// src/checks/oms/digest.ts
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
var HASH_ALGORITHMS = ["sha256", "blake2b"];
var NODE_HASH = { sha256: "sha256", blake2b: "blake2b512" };
var DIGEST_BYTES = { sha256: 32, blake2b: 64 };
function parseHashAlgorithm(name) {
  if (name === "sha256") return "sha256";
  if (name === "blake2b" || name === "blake2") return "blake2b";
  return void 0;
}
var BLOCK_SIZE = 2 * 1024 * 1024;
function changed(file, why) {
  return Object.assign(new Error(`${file} ${why}: it changed while hashing`), { code: "ECHANGED" });
}
function assertAsListed(file, before, size) {
  if (!before.isFile()) throw changed(file, "is no longer a regular file");
  if (before.size !== size) throw changed(file, `is ${before.size} bytes, not the ${size} listed`);
}
function assertUntouched(file, before, after) {
  if (after.size !== before.size || after.mtimeMs !== before.mtimeMs) throw changed(file, "was written to");
}
async function hashRange(task) {
  const { file, start, end, algorithm, size } = task;
  const hash = createHash(NODE_HASH[algorithm]);
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const before = await handle.stat();
    assertAsListed(file, before, size);
    const blockSize = Math.max(1, Math.min(BLOCK_SIZE, end - start));
    const blocks = [Buffer.allocUnsafe(blockSize), Buffer.allocUnsafe(blockSize)];
    let position = start;
    let which = 0;
    const readBlock = (buffer, at) => handle.read(buffer, 0, Math.min(buffer.length, end - at), at);
    let pending = position < end ? readBlock(blocks[which], position) : void 0;
    while (pending) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) {
        throw changed(file, `ended at byte ${position}, before ${end}`);
      }
      position += bytesRead;
      which ^= 1;
      pending = position < end ? readBlock(blocks[which], position) : void 0;
      hash.update(buffer.subarray(0, bytesRead));
    }
    const after = await handle.stat();
    assertUntouched(file, before, after);
  } finally {
    await handle.close();
  }
  return hash.digest();
}
var SYNC_BLOCK_SIZE = 256 * 1024;
function hashRangeSync(task) {
  const { file, start, end, algorithm, size } = task;
  const hash = createHash(NODE_HASH[algorithm]);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const before = fstatSync(fd);
    assertAsListed(file, before, size);
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(SYNC_BLOCK_SIZE, end - start)));
    for (let position = start; position < end; ) {
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
function hashBytes(algorithm, ...parts) {
  const hash = createHash(NODE_HASH[algorithm]);
  for (const part of parts) hash.update(part);
  return hash.digest();
}

export {
  HASH_ALGORITHMS,
  DIGEST_BYTES,
  parseHashAlgorithm,
  hashRange,
  hashRangeSync,
  hashBytes
};
