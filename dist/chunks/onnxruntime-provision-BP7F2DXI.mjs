import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  UsageError,
  errorMessage,
  fileErrorReason
} from "./chunk-AHRJEZCV.mjs";
import "./chunk-DJZDCILK.mjs";

// src/core/onnxruntime-provision.ts
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { mkdir as mkdir2, readFile, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path2 from "node:path";
import { finished } from "node:stream/promises";

// src/core/tar-extract.ts
import { createReadStream } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
var TarExtractError = class extends Error {
  constructor(message, entry) {
    super(message);
    this.entry = entry;
  }
  entry;
  name = "TarExtractError";
};
var BLOCK = 512;
var ChunkReader = class {
  constructor(source) {
    this.source = source;
  }
  source;
  pending = Buffer.alloc(0);
  ended = false;
  /** Undefined at the end of the stream; the archive is truncated when it ends part-way. */
  async exactly(count) {
    const parts = [];
    let have = 0;
    for await (const piece of this.pieces(count)) {
      parts.push(piece);
      have += piece.length;
    }
    if (have === 0) return void 0;
    if (have < count) throw new TarExtractError("the archive ends in the middle of a member");
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, have);
  }
  /** Yields the next `count` bytes in the pieces they arrive in (fewer only at the stream's end). */
  async *pieces(count) {
    let left = count;
    while (left > 0) {
      if (this.pending.length === 0) {
        if (this.ended) return;
        const next = await this.source.next();
        if (next.done) {
          this.ended = true;
          return;
        }
        this.pending = next.value;
        continue;
      }
      const take = Math.min(left, this.pending.length);
      yield this.pending.subarray(0, take);
      this.pending = this.pending.subarray(take);
      left -= take;
    }
  }
  async skip(count) {
    let skipped = 0;
    for await (const piece of this.pieces(count)) skipped += piece.length;
    if (skipped < count) throw new TarExtractError("the archive ends in the middle of a member");
  }
};
function text(bytes) {
  const end = bytes.indexOf(0);
  return (end < 0 ? bytes : bytes.subarray(0, end)).toString("utf8");
}
function octal(bytes, field) {
  if ((bytes[0] & 128) !== 0)
    throw new TarExtractError(`a header's ${field} uses base-256, which npm never writes`);
  const digits = text(bytes).trim();
  if (digits === "") return 0;
  if (!/^[0-7]+$/.test(digits)) throw new TarExtractError(`a header's ${field} is not an octal number`);
  return Number.parseInt(digits, 8);
}
function checksumMatches(header) {
  const stored = octal(header.subarray(148, 156), "checksum");
  let sum = 0;
  for (let index = 0; index < BLOCK; index++) sum += index >= 148 && index < 156 ? 32 : header[index];
  return sum === stored;
}
function paxRecords(data) {
  const records = /* @__PURE__ */ new Map();
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    if (space < 0) break;
    const length = Number.parseInt(data.subarray(offset, space).toString("ascii"), 10);
    if (!Number.isSafeInteger(length) || length <= space - offset || offset + length > data.length)
      throw new TarExtractError("a pax header record has a bad length");
    const record = data.subarray(space + 1, offset + length - 1).toString("utf8");
    const equals = record.indexOf("=");
    if (equals > 0) records.set(record.slice(0, equals), record.slice(equals + 1));
    offset += length;
  }
  return records;
}
var MAX_META_BYTES = 1024 * 1024;
function memberPath(name) {
  if (name.includes("\0") || name.includes("\\"))
    throw new TarExtractError("a member name holds a NUL or a backslash", name);
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name))
    throw new TarExtractError("a member name is an absolute path", name);
  const segments = name.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.includes("..")) throw new TarExtractError('a member name has a ".." segment', name);
  return segments.slice(1).join("/");
}
async function extractTarball(file, options) {
  const gunzip = pipeline(createReadStream(file), createGunzip(), () => {
  });
  const reader = new ChunkReader(gunzip[Symbol.asyncIterator]());
  const destination = path.resolve(options.destination);
  await mkdir(destination, { recursive: true });
  let files = 0;
  let longName;
  let paxPath;
  let paxSize;
  try {
    for (; ; ) {
      const header = await reader.exactly(BLOCK);
      if (header === void 0 || header.every((byte) => byte === 0)) break;
      if (!checksumMatches(header)) throw new TarExtractError("a header has a bad checksum");
      const typeFlag = String.fromCharCode(header[156]);
      const headerSize = octal(header.subarray(124, 136), "size");
      const size = paxSize ?? headerSize;
      const padded = Math.ceil(size / BLOCK) * BLOCK;
      if (typeFlag === "x" || typeFlag === "g" || typeFlag === "L") {
        if (size > MAX_META_BYTES) throw new TarExtractError("a pax or long-name header is too large");
        const data = size === 0 ? Buffer.alloc(0) : await reader.exactly(padded);
        if (data === void 0) throw new TarExtractError("the archive ends in the middle of a member");
        const content = data.subarray(0, size);
        if (typeFlag === "L") longName = text(content);
        if (typeFlag === "x") {
          const records = paxRecords(content);
          paxPath = records.get("path") ?? paxPath;
          const sizeRecord = records.get("size");
          if (sizeRecord !== void 0) {
            if (!/^\d+$/.test(sizeRecord)) throw new TarExtractError("a pax size record is not a number");
            paxSize = Number.parseInt(sizeRecord, 10);
          }
        }
        continue;
      }
      const magic = header.subarray(257, 262).toString("latin1");
      const prefix = magic === "ustar" ? text(header.subarray(345, 500)) : "";
      const ustarName = text(header.subarray(0, 100));
      const name = paxPath ?? longName ?? (prefix === "" ? ustarName : `${prefix}/${ustarName}`);
      longName = paxPath = paxSize = void 0;
      if (typeFlag === "5") {
        memberPath(name);
        await reader.skip(padded);
        continue;
      }
      if (typeFlag !== "0" && typeFlag !== "\0" && typeFlag !== "7") {
        const kind = typeFlag === "1" ? "a hard link" : typeFlag === "2" ? "a symbolic link" : "not a regular file";
        throw new TarExtractError(`a member is ${kind}`, name);
      }
      const relative = memberPath(name);
      const target = relative === "" ? void 0 : options.select(relative);
      if (target === void 0) {
        await reader.skip(padded);
        continue;
      }
      const output = path.resolve(destination, target);
      if (!output.startsWith(destination + path.sep))
        throw new TarExtractError("a member would be written outside the destination", name);
      const mode = (octal(header.subarray(100, 108), "mode") & 73) !== 0 ? 493 : 420;
      let handle;
      try {
        await mkdir(path.dirname(output), { recursive: true });
        handle = await open(output, "wx", mode);
      } catch (error) {
        const code = error.code;
        if (code === "EEXIST" || code === "ENOTDIR" || code === "EISDIR")
          throw new TarExtractError("a member has the name of another member, or of its directory", name);
        throw error;
      }
      try {
        let written = 0;
        for await (const piece of reader.pieces(size)) {
          await handle.write(piece);
          written += piece.length;
        }
        if (written < size) throw new TarExtractError("the archive ends in the middle of a member", name);
      } finally {
        await handle.close();
      }
      await reader.skip(padded - size);
      files++;
    }
  } catch (error) {
    const code = error.code;
    if (typeof code === "string" && code.startsWith("Z_"))
      throw new TarExtractError(`the gzip stream is corrupt (${code})`);
    throw error;
  } finally {
    gunzip.destroy();
  }
  return { files };
}

// src/core/onnxruntime-provision.ts
var ONNXRUNTIME_PACKAGES = [
  {
    name: "onnxruntime-node",
    version: "1.30.0",
    integrity: "sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw=="
  },
  {
    name: "onnxruntime-common",
    version: "1.30.0",
    integrity: "sha512-7fdVWjAID1dVhH/G8qK3APARunV4VkBFoCQAP7qp4Wkab0mrorvmc+sqiT+mKXOzDqdjN5j+/Z9nb4gzNPWcyA=="
  }
];
var DEFAULT_REGISTRY = "https://registry.npmjs.org";
function mainPackage(packages) {
  const main = packages[0];
  if (main === void 0) throw new Error("provisionOnnxRuntime: no packages pinned");
  return main;
}
function runtimeCacheKey(platform, arch, packages = ONNXRUNTIME_PACKAGES) {
  const main = mainPackage(packages);
  const pins = packages.map((pin) => `${pin.name}@${pin.version} ${pin.integrity}`).join("\n");
  const hash = createHash("sha256").update(pins).digest("hex").slice(0, 12);
  return `mlsec-${main.name}-${main.version}-${platform}-${arch}-${hash}`;
}
function isModuleNotFound(error) {
  return error?.code === "MODULE_NOT_FOUND";
}
async function loadInstalledOnnxRuntime(directory, packageName = mainPackage(ONNXRUNTIME_PACKAGES).name) {
  const require2 = createRequire(path2.join(path2.resolve(directory), "noop.js"));
  let resolved;
  try {
    resolved = require2.resolve(packageName);
  } catch (error) {
    if (isModuleNotFound(error)) return void 0;
    throw error;
  }
  try {
    return require2(resolved);
  } catch (error) {
    throw new UsageError(
      "UNREADABLE_INPUT",
      `${packageName} is installed but does not load on this system (${errorMessage(error).split("\n")[0]}); robustness-check needs its native library for ${process.platform}-${process.arch}.`,
      { cause: error }
    );
  }
}
async function installedVersion(directory, name) {
  try {
    const manifest = JSON.parse(
      await readFile(path2.join(directory, "node_modules", name, "package.json"), "utf8")
    );
    return typeof manifest.version === "string" ? manifest.version : void 0;
  } catch {
    return void 0;
  }
}
async function isInstalled(directory, packages) {
  for (const pin of packages) if (await installedVersion(directory, pin.name) !== pin.version) return false;
  return true;
}
async function provisionOnnxRuntime(options) {
  const started = performance.now();
  const packages = options.packages ?? ONNXRUNTIME_PACKAGES;
  const main = mainPackage(packages);
  const directory = path2.resolve(options.directory);
  const label = `${main.name}@${main.version}`;
  const elapsed = () => Math.round((performance.now() - started) / 100) / 10;
  const load = async () => await isInstalled(directory, packages) ? loadInstalledOnnxRuntime(directory, main.name) : void 0;
  const installed = await load();
  if (installed !== void 0) return { ort: installed, source: "installed", seconds: elapsed() };
  const key = runtimeCacheKey(options.platform, options.arch, packages);
  if (options.cache !== void 0) {
    let restored = false;
    try {
      restored = await options.cache.restore(key, directory);
    } catch (error) {
      options.progress(
        `${label}: the cache could not be restored (${errorMessage(error)}); downloading it instead`
      );
    }
    if (restored) {
      const fromCache = await load();
      if (fromCache !== void 0) {
        options.progress(`${label}: restored from the cache in ${elapsed()} s`);
        return { ort: fromCache, source: "cache", seconds: elapsed() };
      }
      options.progress(`${label}: the cache entry ${key} is incomplete; downloading it instead`);
    }
  }
  await install(directory, packages, options);
  if (options.cache !== void 0) {
    try {
      await options.cache.save(key, directory);
    } catch (error) {
      options.progress(
        `${label}: installed, but it could not be cached (${errorMessage(error)}); the next run downloads it again`
      );
    }
  }
  const downloaded = await load();
  if (downloaded === void 0)
    throw new Error(`${label} was installed in a directory it does not load from`);
  options.progress(`${label}: downloaded and installed in ${elapsed()} s`);
  return { ort: downloaded, source: "download", seconds: elapsed() };
}
function tarballUrl(registry, pin) {
  const basename = pin.name.slice(pin.name.lastIndexOf("/") + 1);
  return `${registry.replace(/\/+$/, "")}/${pin.name}/-/${basename}-${pin.version}.tgz`;
}
async function install(directory, packages, options) {
  const registry = options.registry ?? DEFAULT_REGISTRY;
  const staging = path2.join(directory, `.staging-${randomBytes(6).toString("hex")}`);
  await mkdir2(staging, { recursive: true });
  try {
    for (const pin of packages) {
      const url = tarballUrl(registry, pin);
      options.progress(`${pin.name}@${pin.version}: downloading ${url}`);
      const tarball = path2.join(staging, `${pin.name.replace("/", "+")}.tgz`);
      await downloadVerified(url, tarball, pin, options);
      await extractPackage(tarball, path2.join(staging, "node_modules", pin.name), pin, options);
      await rm(tarball);
    }
    for (const pin of [...packages].reverse()) {
      const target = path2.join(directory, "node_modules", pin.name);
      await rm(target, { recursive: true, force: true });
      await mkdir2(path2.dirname(target), { recursive: true });
      await rename(path2.join(staging, "node_modules", pin.name), target);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
function sriDigest(integrity) {
  const match = /^(sha512)-([A-Za-z0-9+/=]+)$/.exec(integrity.trim());
  if (match === null) throw new Error(`unsupported integrity ${integrity.slice(0, 12)}\u2026`);
  return { algorithm: match[1], digest: match[2] };
}
function unreachable(pin, url, why, cause) {
  return new UsageError(
    "UNREADABLE_INPUT",
    `robustness-check needs ${pin.name}@${pin.version} and could not download it from ${url} (${why}); install ${pin.name}@${pin.version} next to mlsec (npm install ${pin.name}@${pin.version}) or allow access to ${new URL(url).host}.`,
    cause === void 0 ? void 0 : { cause }
  );
}
var TransientDownloadError = class extends Error {
};
async function downloadVerified(url, file, pin, options) {
  const { algorithm, digest: expected } = sriDigest(pin.integrity);
  const attempts = 2;
  for (let attempt = 1; ; attempt++) {
    try {
      const actual = await downloadOnce(url, file, pin, algorithm, options);
      if (actual !== expected) {
        throw new UsageError(
          "UNREADABLE_INPUT",
          `${pin.name}@${pin.version} from ${url} does not match its pinned integrity (expected ${algorithm}-${expected.slice(0, 12)}\u2026, got ${algorithm}-${actual.slice(0, 12)}\u2026); nothing was extracted. Use a registry that serves the published tarball.`
        );
      }
      return;
    } catch (error) {
      if (!(error instanceof TransientDownloadError)) throw error;
      if (attempt >= attempts)
        throw unreachable(pin, url, `${error.message}; tried ${attempts} times`, error.cause);
      options.progress(`${pin.name}@${pin.version}: ${error.message}; retrying`);
      await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 2e3));
    }
  }
}
function networkReason(error) {
  const cause = error?.cause;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return errorMessage(error);
}
async function downloadOnce(url, file, pin, algorithm, options) {
  const stallMs = options.stallTimeoutMs ?? 6e4;
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), stallMs);
  const stillAlive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), stallMs);
  };
  const failure = (error) => new TransientDownloadError(
    controller.signal.aborted ? `no data for ${Math.round(stallMs / 1e3)} s` : networkReason(error),
    { cause: error }
  );
  try {
    let response;
    try {
      response = await options.fetch(url, { signal: controller.signal });
    } catch (error) {
      throw failure(error);
    }
    if (!response.ok) {
      const status = `HTTP ${response.status}`;
      await response.body?.cancel().catch(() => void 0);
      if (response.status >= 500 || response.status === 429) throw new TransientDownloadError(status);
      throw unreachable(pin, url, status);
    }
    if (response.body === null) throw new TransientDownloadError("an empty response");
    const hash = createHash(algorithm);
    const output = createWriteStream(file);
    let writeError;
    output.on("error", (error) => writeError = error);
    try {
      for await (const chunk of response.body) {
        stillAlive();
        hash.update(chunk);
        if (!output.write(chunk)) await once(output, "drain");
      }
      output.end();
      await finished(output);
    } catch (error) {
      output.destroy();
      if (writeError !== void 0) {
        throw new UsageError(
          "UNWRITABLE_OUTPUT",
          `${pin.name}@${pin.version}: cannot write the download to ${path2.dirname(file)} (${fileErrorReason(writeError)})`,
          { cause: writeError }
        );
      }
      throw failure(error);
    }
    return hash.digest("base64");
  } finally {
    clearTimeout(timer);
  }
}
async function extractPackage(tarball, destination, pin, options) {
  const platforms = /* @__PURE__ */ new Set();
  const wanted = `bin/napi-v6/${options.platform}/${options.arch}/`;
  let kept = 0;
  try {
    await extractTarball(tarball, {
      destination,
      select: (member) => {
        const binary = /^bin\/napi-v\d+\/([^/]+)\/([^/]+)\//.exec(member);
        if (binary === null) return member;
        platforms.add(`${binary[1]}-${binary[2]}`);
        if (!member.startsWith(wanted)) return void 0;
        kept++;
        return member;
      }
    });
  } catch (error) {
    if (!(error instanceof TarExtractError)) throw error;
    const entry = error.entry === void 0 ? "" : ` (member ${JSON.stringify(error.entry.slice(0, 200))})`;
    throw new UsageError(
      "UNREADABLE_INPUT",
      `${pin.name}@${pin.version}: the tarball was refused: ${error.message}${entry}; nothing was installed.`,
      { cause: error }
    );
  }
  if (platforms.size > 0 && kept === 0) {
    throw new UsageError(
      "INVALID_INPUT",
      `${pin.name}@${pin.version} has no native binary for ${options.platform}-${options.arch}; it has ${[...platforms].sort().join(", ")}. Run robustness-check on one of those platforms.`
    );
  }
}
function onnxRuntimeDirectory(base, platform, arch, packages = ONNXRUNTIME_PACKAGES) {
  return path2.join(base, "mlsec", "onnxruntime", mainPackage(packages).version, `${platform}-${arch}`);
}
export {
  DEFAULT_REGISTRY,
  ONNXRUNTIME_PACKAGES,
  loadInstalledOnnxRuntime,
  onnxRuntimeDirectory,
  provisionOnnxRuntime,
  runtimeCacheKey,
  tarballUrl
};
