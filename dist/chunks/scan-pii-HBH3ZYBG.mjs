import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  UnsafePathError,
  isVcsSegment,
  openRegularFile,
  prepareDirectory,
  writeFileAtomically
} from "./chunk-BLHTINOC.mjs";
import {
  parseSize
} from "./chunk-EKPQARAC.mjs";
import {
  VCS_DIRECTORY,
  displayPath,
  outsideUserPath,
  relativeInside,
  require_picomatch,
  walkFiles
} from "./chunk-MHLR25UR.mjs";
import {
  CHUNK,
  MAX_PIECE,
  TextScanner,
  commentSyntax,
  csvColumns,
  detectFormat,
  gunzipStream,
  looksBinary,
  mergeRanges,
  namedAsText,
  parsePhoneRegions,
  pemBodyFollows,
  safeCut,
  scanParquetTask,
  scanRange,
  utf16ByBom
} from "./chunk-LINZ6GVL.mjs";
import {
  ENTITIES,
  NOT_SCANNED_RULE,
  allRules
} from "./chunk-VCTSVVVY.mjs";
import {
  appendFindings
} from "./chunk-EBHPDEBE.mjs";
import {
  plainFingerprint
} from "./chunk-SLAN3BLR.mjs";
import {
  UsageError,
  fileErrorReason
} from "./chunk-WMHXYQRZ.mjs";
import {
  DeadlineError,
  createTaskRunner,
  workerScript
} from "./chunk-6FTASGPM.mjs";
import {
  __toESM
} from "./chunk-DJZDCILK.mjs";

// src/checks/scan-pii/index.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstat, mkdir, open as open2, realpath, rm } from "node:fs/promises";
import path from "node:path";

// src/checks/scan-pii/parallel.ts
import { open } from "node:fs/promises";
var SPLIT_THRESHOLD = 32 * 1024 * 1024;
var RANGE_SIZE = 16 * 1024 * 1024;
async function planRanges(file, size, parts) {
  const cuts = [0];
  if (parts <= 1) return cuts;
  const handle = await open(file, "r");
  try {
    const window = Buffer.alloc(1 << 20);
    for (let k = 1; k < parts; k++) {
      let position = Math.max(Math.floor(size * k / parts), cuts.at(-1) + 1);
      for (let searched = 0; searched < 16 * window.length && position < size; searched += window.length) {
        const { bytesRead } = await handle.read(window, 0, window.length, position);
        if (bytesRead === 0) break;
        const newline = window.subarray(0, bytesRead).indexOf(10);
        if (newline !== -1) {
          const cut = position + newline + 1;
          if (cut < size) cuts.push(cut);
          break;
        }
        position += bytesRead;
      }
    }
  } finally {
    await handle.close();
  }
  return [...new Set(cuts)].sort((a, b) => a - b);
}
function rangeCount(size, scanners) {
  if (size < SPLIT_THRESHOLD || scanners < 2) return 1;
  return scanners * Math.ceil(size / (scanners * RANGE_SIZE));
}
function createRangeRunner(maxThreads) {
  return createTaskRunner(workerScript("scan-pii-worker", import.meta.url), scanRange, maxThreads);
}
function parquetDeadlineSeconds(size) {
  return 60 + Math.ceil(size / (1024 * 1024));
}
function createParquetRunner(maxThreads, deadlineMs = (task) => parquetDeadlineSeconds(task.size) * 1e3, script = workerScript("scan-pii-worker", import.meta.url)) {
  return createTaskRunner(script, scanParquetTask, maxThreads, { deadlineMs });
}
function parquetFailureReason(error) {
  if (error instanceof DeadlineError) return `parsing took longer than ${error.seconds} s`;
  if (error?.code === "ERR_WORKER_OUT_OF_MEMORY")
    return "parsing needed more memory than a worker has";
  return void 0;
}

// src/checks/scan-pii/redact.ts
import { createWriteStream } from "node:fs";
var TOKENS = {
  EMAIL_ADDRESS: "REDACTED_EMAIL",
  PHONE_NUMBER: "REDACTED_PHONE",
  US_SSN: "REDACTED_SSN",
  CREDIT_CARD: "REDACTED_CARD",
  IBAN_CODE: "REDACTED_IBAN",
  IP_ADDRESS: "REDACTED_IP",
  CRYPTO: "REDACTED_CRYPTO",
  SECRET: "REDACTED_SECRET"
};
function replacementFor(candidate, buf, format) {
  const before = candidate.start > 0 ? buf[candidate.start - 1] : void 0;
  const quoted = before === 34 || before === 39;
  if (format.kind === "keyed" && !quoted && /^\d+$/.test(candidate.value))
    return "9".repeat(candidate.value.length);
  return TOKENS[candidate.entity];
}
var END_LINE = /-----END ([A-Z0-9 ]{1,40})-----/g;
var END_PREFIX = Buffer.from("-----END ", "latin1");
var TAIL = 64;
var KeyBlocks = class {
  /** A block continues into the next piece. */
  open = false;
  /** Its BEGIN line ended the last piece: the next decides whether key material follows at all. */
  unseen = false;
  /** The last bytes erased, for an END line cut across pieces. */
  tail = Buffer.alloc(0);
  /** The open block's label: a stray END line of another label inside the key does not end it. */
  label = "";
  /** Erases an open block's rest at the start of `buf`; returns where the piece resumes. */
  continueInto(buf, end, parts) {
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
  erase(buf, from, end, parts, unseen, label) {
    this.tail = Buffer.alloc(0);
    this.unseen = unseen;
    this.label = label;
    return this.cut(buf, from, this.endIn(buf, from, end), end, parts);
  }
  cut(buf, from, stop, end, parts) {
    const to = stop ?? end;
    parts.push(lineBreaks(buf, from, to));
    this.open = stop === void 0;
    if (this.open)
      this.tail = Buffer.concat([this.tail, buf.subarray(Math.max(from, to - TAIL), to)]).subarray(-TAIL);
    return to;
  }
  endIn(buf, from, end) {
    if (this.tail.length > 0) {
      const joined = Buffer.concat([this.tail, buf.subarray(from, Math.min(end, from + TAIL))]);
      for (const match of joined.toString("latin1").matchAll(END_LINE)) {
        if (match[1] === this.label && match.index + match[0].length > this.tail.length)
          return from + match.index + match[0].length - this.tail.length;
      }
    }
    for (let i = buf.indexOf(END_PREFIX, from); i !== -1 && i < end; i = buf.indexOf(END_PREFIX, i + 1)) {
      END_LINE.lastIndex = 0;
      const match = END_LINE.exec(buf.toString("latin1", i, Math.min(end, i + TAIL)));
      if (match?.index === 0 && match[1] === this.label) return i + match[0].length;
    }
    return void 0;
  }
};
function lineBreaks(buf, from, to) {
  const kept = [];
  for (let i = from; i < to; i++) if (buf[i] === 10 || buf[i] === 13) kept.push(buf[i]);
  return Buffer.from(kept);
}
async function redactFile(source, target, relativePath, format, gzip, settings) {
  const { handle: sourceHandle, stats: sourceStats } = await openRegularFile(source, relativePath);
  try {
    return await writeFileAtomically(
      target.directory,
      target.name,
      (out) => rewriteInto(sourceHandle, out, relativePath, format, gzip, settings),
      {
        // A masked copy keeps the original's permissions: a private file must not become readable.
        // The permission bits only: a copy is never setuid, setgid or sticky.
        mode: sourceStats.mode & 511,
        checkTarget: target.inPlace ? (current) => {
          if (!current?.isFile() || current.dev !== sourceStats.dev || current.ino !== sourceStats.ino)
            throw new UnsafePathError("changed", relativePath);
        } : void 0
      }
    );
  } finally {
    await sourceHandle.close().catch(() => void 0);
  }
}
async function rewriteInto(source, out, relativePath, format, gzip, settings) {
  const scanner = new TextScanner(relativePath, format, settings, gzip);
  let current = Buffer.alloc(0);
  let replacements = [];
  let replaced = 0;
  scanner.onReport = (candidate) => replacements.push({
    start: candidate.start,
    end: candidate.end,
    text: replacementFor(candidate, current, format),
    key: candidate.secretType === "private-key",
    label: /^-----BEGIN (.+)-----$/.exec(candidate.value)?.[1] ?? "",
    unseen: candidate.bodyUnseen === true
  });
  const keys = new KeyBlocks();
  const rewrite = (buf, end, endsLine) => {
    current = buf;
    replacements = [];
    scanner.scan(buf, 0, end, endsLine);
    const parts = [];
    let at = keys.continueInto(buf, end, parts);
    let erasedTo = at;
    for (const { start, end: stop, text, key, label, unseen } of replacements.sort(
      (x, y) => x.start - y.start
    )) {
      if (start < erasedTo) {
        replaced += 1;
        continue;
      }
      if (start < at) continue;
      parts.push(buf.subarray(at, start), Buffer.from(text, "latin1"));
      at = stop;
      replaced += 1;
      if (key) erasedTo = at = keys.erase(buf, at, end, parts, unseen, label);
    }
    parts.push(buf.subarray(at, end));
    return Buffer.concat(parts);
  };
  const input = source.createReadStream({ highWaterMark: CHUNK, autoClose: false, start: 0 });
  const file = createWriteStream("", { fd: out.fd, autoClose: false });
  const gzipOut = gzip ? (await import("node:zlib")).createGzip() : void 0;
  gzipOut?.pipe(file);
  const sink = gzipOut ?? file;
  const write = (data) => new Promise((resolve, reject) => sink.write(data, (error) => error ? reject(error) : resolve()));
  const finished = new Promise((resolve, reject) => file.on("finish", resolve).on("error", reject));
  finished.catch(() => void 0);
  try {
    let carry;
    for await (const chunk of gzip ? input.pipe(await gunzipStream()) : input) {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      const lastNewline = buf.lastIndexOf(10);
      if (lastNewline === -1) {
        if (buf.length > MAX_PIECE) {
          const cut = safeCut(buf);
          await write(rewrite(buf, cut, false));
          carry = Buffer.from(buf.subarray(cut));
        } else carry = buf;
        continue;
      }
      await write(rewrite(buf, lastNewline + 1, true));
      carry = lastNewline + 1 < buf.length ? Buffer.from(buf.subarray(lastNewline + 1)) : void 0;
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

// src/checks/scan-pii/index.ts
var DEFAULT_EXCLUDES = [
  ".git/**",
  "**/.git/**",
  "node_modules/**",
  "**/node_modules/**",
  ".mlsec-baseline.json"
];
function notScanned(relative, reason, level = "warning") {
  return {
    ruleId: NOT_SCANNED_RULE.id,
    level,
    message: `Not scanned: ${reason}`,
    location: { path: relative },
    fingerprint: plainFingerprint(NOT_SCANNED_RULE.id, relative, reason),
    properties: { reason }
  };
}
async function scanPaths(context) {
  const entityOption = context.options.entities;
  const entities = new Set(entityOption?.length ? entityOption : ENTITIES);
  const minConfidence = context.options["min-confidence"];
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new UsageError(
      "INVALID_INPUT",
      `min-confidence: expected a number from 0 to 1, got ${minConfidence}`
    );
  }
  const maxFileSize = parseSize(String(context.options["max-file-size"]), "max-file-size");
  const redactDir = context.options["redact-dir"];
  const redactInPlace = context.options["redact-in-place"] === true;
  const copies = context.options.mode === "redact" && !redactInPlace ? displayPath(context.root, path.resolve(context.root, redactDir)) : void 0;
  const inCopies = (relative) => copies !== void 0 && (relative === copies || relative.startsWith(`${copies}/`));
  const settings = {
    entities,
    minConfidence,
    fingerprintKey: context.fingerprintKey,
    phoneRegions: parsePhoneRegions(context.options["phone-regions"])
  };
  const globs = (0, import_picomatch.default)([...DEFAULT_EXCLUDES, ...context.exclude], { dot: true });
  const excluded = (relative) => globs(relative) || inCopies(relative.replace(/\/$/, ""));
  const findings = [];
  const metrics = {
    filesScanned: 0,
    bytesScanned: 0,
    filesNotScanned: 0,
    filesSkippedAsMedia: 0,
    findingsByEntity: {}
  };
  const seen = /* @__PURE__ */ new Set();
  const scannedText = [];
  const markerFiles = [];
  const threads = context.options.threads;
  if (!(Number.isInteger(threads) && threads >= 0)) {
    throw new UsageError(
      "INVALID_INPUT",
      `threads: expected a whole number, 0 for one per core, got ${threads}`
    );
  }
  const runner = createRangeRunner(threads === 0 ? void 0 : threads);
  const parquetRunner = createParquetRunner(threads === 0 ? void 0 : threads);
  const pending = [];
  try {
    for (const start of context.paths) {
      const { files, skipped } = await walkFiles(context.root, path.resolve(context.root, start), {
        exclude: (relative) => excluded(relative) || excluded(relative.replace(/\/$/, ""))
      });
      for (const entry of skipped) {
        findings.push(notScanned(entry.relative, entry.reason, entry.invalidName ? "warning" : "note"));
        metrics.filesNotScanned += 1;
      }
      for (const file of files) {
        if (seen.has(file.relative)) continue;
        seen.add(file.relative);
        const { format, gzip, compression } = detectFormat(file.relative);
        if (format.kind === "binary-skip") {
          metrics.filesSkippedAsMedia += 1;
          continue;
        }
        if (format.kind === "compressed") {
          findings.push(
            notScanned(file.relative, `compressed with ${format.method}, which mlsec does not decompress`)
          );
          metrics.filesNotScanned += 1;
          continue;
        }
        if (file.size > maxFileSize) {
          findings.push(
            notScanned(file.relative, `${file.size} bytes is over max-file-size (${maxFileSize} bytes)`)
          );
          metrics.filesNotScanned += 1;
          continue;
        }
        if (format.kind === "parquet") {
          context.progress(`scanning ${file.relative}`);
          pending.push(
            parquetRunner.run({
              parquet: true,
              size: file.size,
              absolutePath: file.absolute,
              relativePath: file.relative,
              entities: [...settings.entities],
              minConfidence: settings.minConfidence,
              fingerprintKey: settings.fingerprintKey,
              phoneRegions: settings.phoneRegions
            }).then(
              (outcome) => {
                if (!outcome.scanned) {
                  findings.push(notScanned(file.relative, outcome.reason));
                  metrics.filesNotScanned += 1;
                  return;
                }
                appendFindings(findings, outcome.findings);
                metrics.filesScanned += 1;
                metrics.bytesScanned += outcome.bytes;
              },
              (error) => {
                const reason = parquetFailureReason(error);
                if (reason === void 0) throw error;
                findings.push(notScanned(file.relative, reason));
                metrics.filesNotScanned += 1;
              }
            )
          );
          continue;
        }
        const scanOne = async () => {
          try {
            const compressed = gzip || compression !== void 0;
            const head = compressed ? void 0 : await readHead(file.absolute);
            const encoding = head === void 0 ? void 0 : utf16ByBom(head);
            if (head !== void 0 && encoding === void 0 && looksBinary(head)) {
              findings.push(
                namedAsText(file.relative, format) ? notScanned(file.relative, "holds NUL bytes, so it is not the text its name says") : notScanned(file.relative, "binary file in no format mlsec reads", "note")
              );
              metrics.filesNotScanned += 1;
              return;
            }
            context.progress(`scanning ${file.relative}`);
            const base = {
              absolutePath: file.absolute,
              relativePath: file.relative,
              format,
              gzip,
              ...compression === void 0 ? {} : { compression },
              ...encoding === void 0 ? {} : { encoding },
              ...compressed ? { maxBytes: maxFileSize, compressedSize: file.size } : {},
              entities: [...settings.entities],
              minConfidence: settings.minConfidence,
              fingerprintKey: settings.fingerprintKey,
              phoneRegions: settings.phoneRegions
            };
            const cuts = compressed || encoding !== void 0 ? [0] : await planRanges(file.absolute, file.size, rangeCount(file.size, runner.threads));
            const columns = cuts.length > 1 && format.kind === "csv" ? await csvHeader(file.absolute, format.delimiter) : void 0;
            const results = await Promise.all(
              cuts.map(
                (cut, index) => runner.run({
                  ...base,
                  start: cut,
                  end: cuts[index + 1],
                  columns: index === 0 ? void 0 : columns
                })
              )
            );
            const merged = mergeRanges(results);
            if (merged.inlineMarker && commentSyntax(format)) markerFiles.push(file.relative);
            const stopped = results[0]?.notScanned;
            if (stopped !== void 0) {
              appendFindings(findings, merged.findings);
              findings.push(notScanned(file.relative, stopped));
              metrics.filesNotScanned += 1;
              metrics.bytesScanned += merged.bytes;
              return;
            }
            const unwritable = encoding !== void 0 ? "mlsec does not rewrite UTF-16 files; no masked copy was written" : compression !== void 0 ? `mlsec does not write ${compression}-compressed files; no masked copy was written` : void 0;
            scannedText.push({
              ...unwritable === void 0 ? {} : { unwritable },
              absolute: file.absolute,
              relative: file.relative,
              format,
              gzip,
              findings: merged.findings.length
            });
            appendFindings(findings, merged.findings);
            metrics.filesScanned += 1;
            metrics.bytesScanned += merged.bytes;
          } catch (error) {
            const code = error.code ?? "";
            if (!/^(E[A-Z]+|Z_[A-Z_]+)$/.test(code)) throw error;
            findings.push(notScanned(file.relative, `could not be read (${fileErrorReason(error)})`));
            metrics.filesNotScanned += 1;
          }
        };
        pending.push(scanOne());
        if (pending.length >= runner.threads * 4) await Promise.all(pending.splice(0));
      }
    }
    await Promise.all(pending);
  } finally {
    await Promise.all([runner.close(), parquetRunner.close()]);
  }
  for (const finding of findings) {
    const entity = finding.properties?.entity;
    if (typeof entity === "string")
      metrics.findingsByEntity[entity] = (metrics.findingsByEntity[entity] ?? 0) + 1;
  }
  return { findings, metrics, scannedText, settings, markerFiles };
}
function copyDestination(context) {
  const shown = context.options["redact-dir"];
  const absolute = path.resolve(context.root, shown);
  const usersOwn = outsideUserPath(context, shown) !== void 0;
  const inside = relativeInside(context.root, absolute);
  if (!usersOwn && inside === void 0)
    throw new UsageError("PATH_OUTSIDE_ROOT", `redact-dir: ${JSON.stringify(shown)} is outside the root`);
  if ((usersOwn ? absolute : inside).split(/[\\/]/).some(isVcsSegment))
    throw new UsageError(
      "INVALID_INPUT",
      `redact-dir: ${JSON.stringify(shown)} is inside a ${VCS_DIRECTORY} directory`
    );
  for (const scanned of context.paths) {
    if (relativeInside(absolute, path.resolve(context.root, scanned)) !== void 0) {
      throw new UsageError(
        "INVALID_INPUT",
        `redact-dir: ${JSON.stringify(shown)} is or holds the scanned path ${JSON.stringify(scanned)}; the masked copies would mix with the files they copy: name a directory of its own`
      );
    }
  }
  return usersOwn ? { shown, base: absolute, levels: [], usersOwn } : { shown, base: context.root, levels: inside === "." ? [] : inside.split("/"), usersOwn };
}
async function prepareCopyRoot(destination) {
  const { shown } = destination;
  try {
    let base = await realpath(destination.base).catch(() => void 0);
    if (destination.usersOwn) {
      if (base === void 0) await mkdir(destination.base, { recursive: true });
      base = await realpath(destination.base);
      if (base.split(path.sep).some(isVcsSegment)) throw new UnsafePathError("vcs", ".");
    }
    return await prepareDirectory(base, destination.levels);
  } catch (error) {
    if (error instanceof UnsafePathError)
      throw new UsageError(
        "INVALID_INPUT",
        `redact-dir: ${JSON.stringify(shown)}: ${error.message.replace(/^\.(?= )/, "it")}`
      );
    throw new UsageError(
      "UNWRITABLE_OUTPUT",
      `redact-dir: ${JSON.stringify(shown)} cannot be made (${fileErrorReason(error)})`
    );
  }
}
function writeFailure(error) {
  if (error instanceof UnsafePathError) {
    return error.reason === "changed" ? "the file changed (or was replaced) before its masked copy was written" : `${error.message} under redact-dir; nothing was written through it`;
  }
  return `the masked copy could not be written (${fileErrorReason(error)})`;
}
async function redact(context, destination, scannedText, findings, settings) {
  const inPlace = destination === void 0;
  const copyRoot = destination ? await prepareCopyRoot(destination) : void 0;
  let files = 0;
  let values = 0;
  const written = /* @__PURE__ */ new Set();
  for (const file of [...scannedText].sort((a, b) => a.relative < b.relative ? -1 : 1)) {
    if (inPlace && file.findings === 0) continue;
    if (file.unwritable !== void 0) {
      findings.push(notRedacted(file.relative, file.unwritable));
      continue;
    }
    try {
      const linkCount = inPlace ? (await lstat(file.absolute)).nlink : 1;
      const levels = file.relative.split("/").filter((level) => level !== "");
      const name = copyRoot ? levels.pop() : path.basename(file.absolute);
      const directory = copyRoot ? await prepareDirectory(copyRoot, levels) : await sourceDirectory(context, file.absolute);
      const replaced = await redactFile(
        file.absolute,
        { directory, name, inPlace },
        file.relative,
        file.format,
        file.gzip,
        settings
      );
      values += replaced;
      files += 1;
      if (!inPlace) written.add(path.join(directory, name));
      if (inPlace && linkCount > 1) {
        findings.push(
          notRedacted(
            file.relative,
            `the file has ${linkCount - 1} other hard link${linkCount === 2 ? "" : "s"}, which keep the unmasked content`
          )
        );
      }
      if (replaced < file.findings) {
        if (!inPlace) {
          await rm(path.join(directory, name), { force: true });
          written.delete(path.join(directory, name));
        }
        findings.push(
          notRedacted(
            file.relative,
            `${file.findings - replaced} of ${file.findings} values could not be masked` + (inPlace ? "" : "; no masked copy was written")
          )
        );
      }
    } catch (error) {
      findings.push(notRedacted(file.relative, writeFailure(error)));
    }
  }
  const parquetWithFindings = new Set(
    findings.filter(
      (finding) => finding.ruleId !== NOT_SCANNED_RULE.id && detectFormat(finding.location.path).format.kind === "parquet"
    ).map((finding) => finding.location.path)
  );
  for (const relative of parquetWithFindings) {
    findings.push(
      notRedacted(relative, "mlsec does not rewrite Parquet files; its findings stay in the data")
    );
  }
  if (copyRoot !== void 0) appendFindings(findings, await strangersIn(context, copyRoot, written));
  return { files, values, target: copyRoot ?? context.root };
}
async function strangersIn(context, copyRoot, written) {
  const { files, skipped } = await walkFiles(context.root, copyRoot, {});
  const strangers = [];
  for (const file of files) {
    if (written.has(file.absolute)) continue;
    strangers.push(notScanned(file.relative, "in redact-dir, but not a masked copy this run wrote"));
  }
  for (const entry of skipped) strangers.push(notScanned(entry.relative, `in redact-dir: ${entry.reason}`));
  return strangers;
}
async function sourceDirectory(context, file) {
  const inside = relativeInside(context.root, path.dirname(file));
  if (inside !== void 0)
    return prepareDirectory(await realpath(context.root), inside === "." ? [] : inside.split("/"));
  const directory = path.dirname(file);
  if (await realpath(directory) !== directory || directory.split(path.sep).some(isVcsSegment))
    throw new UnsafePathError("changed", displayPath(context.root, file));
  return directory;
}
function notRedacted(relative, reason) {
  return {
    ruleId: NOT_SCANNED_RULE.id,
    level: "warning",
    message: `Not redacted: ${reason}`,
    location: { path: relative },
    fingerprint: plainFingerprint(NOT_SCANNED_RULE.id, relative, `not redacted: ${reason}`),
    properties: { reason: `not redacted: ${reason}` }
  };
}
async function csvHeader(file, delimiter) {
  const handle = await open2(file, "r");
  try {
    const head = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const end = head.subarray(0, bytesRead).indexOf(10);
    return csvColumns(head.toString("utf8", 0, end === -1 ? bytesRead : end), delimiter);
  } finally {
    await handle.close();
  }
}
async function readHead(file) {
  const handle = await open2(file, "r");
  try {
    const head = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
async function run(context) {
  const redacting = context.options.mode === "redact";
  const destination = redacting && context.options["redact-in-place"] !== true ? copyDestination(context) : void 0;
  const { findings, metrics, scannedText, settings, markerFiles } = await scanPaths(context);
  const artifacts = [];
  if (redacting) {
    const result = await redact(context, destination, scannedText, findings, settings);
    Object.assign(metrics, { filesRedacted: result.files, valuesRedacted: result.values });
    artifacts.push({ kind: "redacted", path: result.target });
  }
  return {
    check: "scan-pii",
    rules: allRules(),
    findings,
    metrics: { ...metrics },
    artifacts,
    inlineMarkerFiles: markerFiles.sort(),
    inlineCommentSyntax: Object.fromEntries(
      markerFiles.map((file) => [file, commentSyntax(detectFormat(file).format)])
    )
  };
}
export {
  run
};
