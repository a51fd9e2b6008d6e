import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);

// src/checks/oms/digest.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
var NODE_HASH = { sha256: "sha256", blake2b: "blake2b512" };
var DIGEST_BYTES = { sha256: 32, blake2b: 64 };
function parseHashAlgorithm(name) {
  if (name === "sha256") return "sha256";
  if (name === "blake2b" || name === "blake2") return "blake2b";
  return void 0;
}
var BLOCK_SIZE = 2 * 1024 * 1024;
async function hashRange(task) {
  const { file, start, end, algorithm } = task;
  const hash = createHash(NODE_HASH[algorithm]);
  const handle = await open(file, "r");
  try {
    const blocks = [Buffer.allocUnsafe(BLOCK_SIZE), Buffer.allocUnsafe(BLOCK_SIZE)];
    let position = start;
    let which = 0;
    const readBlock = (buffer, at) => handle.read(buffer, 0, Math.min(buffer.length, end - at), at);
    let pending = position < end ? readBlock(blocks[which], position) : void 0;
    while (pending) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) {
        throw Object.assign(
          new Error(`${file} ended at byte ${position}, before ${end}: it changed while hashing`),
          {
            code: "ESHORTREAD"
          }
        );
      }
      position += bytesRead;
      which ^= 1;
      pending = position < end ? readBlock(blocks[which], position) : void 0;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest();
}
function hashBytes(algorithm, ...parts) {
  const hash = createHash(NODE_HASH[algorithm]);
  for (const part of parts) hash.update(part);
  return hash.digest();
}

export {
  DIGEST_BYTES,
  parseHashAlgorithm,
  hashRange,
  hashBytes
};
