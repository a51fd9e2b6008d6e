import { lstat, mkdir, open, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { CheckContext } from '../../core/check.js';
import { fileErrorReason, UsageError } from '../../core/errors.js';
import { appendFindings, type CheckResult, type Finding } from '../../core/findings.js';
import { displayPath, outsideUserPath, relativeInside, VCS_DIRECTORY, walkFiles } from '../../core/paths.js';
import { isVcsSegment, prepareDirectory, UnsafePathError } from '../../core/safe-write.js';
import { plainFingerprint } from '../../core/redaction.js';
import { parseSize } from '../../core/size.js';
import { ENTITIES, type Entity, NOT_SCANNED_RULE, allRules } from './entities.js';
import { mergeRanges, type ScanSettings } from './file-scan.js';
import {
  createParquetRunner,
  createRangeRunner,
  parquetFailureReason,
  planRanges,
  rangeCount,
} from './parallel.js';
import { csvColumns } from './context.js';
import {
  commentSyntax,
  detectFormat,
  type FileFormat,
  looksBinary,
  namedAsText,
  utf16ByBom,
} from './formats.js';
import { redactFile } from './redact.js';
import { parsePhoneRegions } from './regions.js';

/** Paths never worth scanning for PII: version control internals and installed dependencies. */
const DEFAULT_EXCLUDES = [
  '.git/**',
  '**/.git/**',
  'node_modules/**',
  '**/node_modules/**',
  '.mlsec-baseline.json',
];

function notScanned(relative: string, reason: string, level: 'warning' | 'note' = 'warning'): Finding {
  return {
    ruleId: NOT_SCANNED_RULE.id,
    level,
    message: `Not scanned: ${reason}`,
    location: { path: relative },
    fingerprint: plainFingerprint(NOT_SCANNED_RULE.id, relative, reason),
    properties: { reason },
  };
}

interface ScannedTextFile {
  absolute: string;
  relative: string;
  format: FileFormat;
  gzip: boolean;
  /** Read through brotli or zstd, or decoded from UTF-16: scanned, but not rewritten. */
  unwritable?: string;
  findings: number;
}

interface Metrics {
  filesScanned: number;
  bytesScanned: number;
  filesNotScanned: number;
  filesSkippedAsMedia: number;
  findingsByEntity: Record<string, number>;
}

async function scanPaths(context: CheckContext): Promise<{
  findings: Finding[];
  metrics: Metrics;
  scannedText: ScannedTextFile[];
  markerFiles: string[];
  settings: ScanSettings;
}> {
  const entityOption = context.options.entities as string[] | undefined;
  const entities = new Set<Entity>(entityOption?.length ? (entityOption as Entity[]) : ENTITIES);
  const minConfidence = context.options['min-confidence'] as number;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new UsageError(
      'INVALID_INPUT',
      `min-confidence: expected a number from 0 to 1, got ${minConfidence}`,
    );
  }
  const maxFileSize = parseSize(String(context.options['max-file-size']), 'max-file-size');
  const redactDir = context.options['redact-dir'] as string;
  const redactInPlace = context.options['redact-in-place'] === true;
  // The masked copies are mlsec's output, not input: never scanned (what else lies there is
  // reported after redaction). Compared as a path, not a glob: `redact-dir: "**/x"` is a name.
  const copies =
    context.options.mode === 'redact' && !redactInPlace
      ? displayPath(context.root, path.resolve(context.root, redactDir))
      : undefined;
  const inCopies = (relative: string) =>
    copies !== undefined && (relative === copies || relative.startsWith(`${copies}/`));
  const settings: ScanSettings = {
    entities,
    minConfidence,
    fingerprintKey: context.fingerprintKey,
    phoneRegions: parsePhoneRegions(context.options['phone-regions'] as string[] | undefined),
  };
  const globs = picomatch([...DEFAULT_EXCLUDES, ...context.exclude], { dot: true });
  const excluded = (relative: string) => globs(relative) || inCopies(relative.replace(/\/$/, ''));

  const findings: Finding[] = [];
  const metrics: Metrics = {
    filesScanned: 0,
    bytesScanned: 0,
    filesNotScanned: 0,
    filesSkippedAsMedia: 0,
    findingsByEntity: {},
  };
  const seen = new Set<string>();
  const scannedText: ScannedTextFile[] = [];
  const markerFiles: string[] = [];
  const threads = context.options.threads as number;
  if (!(Number.isInteger(threads) && threads >= 0)) {
    throw new UsageError(
      'INVALID_INPUT',
      `threads: expected a whole number, 0 for one per core, got ${threads}`,
    );
  }
  const runner = createRangeRunner(threads === 0 ? undefined : threads);
  const parquetRunner = createParquetRunner(threads === 0 ? undefined : threads);
  const pending: Array<Promise<void>> = [];
  try {
    for (const start of context.paths) {
      const { files, skipped } = await walkFiles(context.root, path.resolve(context.root, start), {
        exclude: (relative) => excluded(relative) || excluded(relative.replace(/\/$/, '')),
      });
      for (const entry of skipped) {
        findings.push(notScanned(entry.relative, entry.reason, entry.invalidName ? 'warning' : 'note'));
        metrics.filesNotScanned += 1;
      }
      for (const file of files) {
        if (seen.has(file.relative)) continue;
        seen.add(file.relative);
        const { format, gzip, compression } = detectFormat(file.relative);
        if (format.kind === 'binary-skip') {
          metrics.filesSkippedAsMedia += 1;
          continue;
        }
        if (format.kind === 'compressed') {
          findings.push(
            notScanned(file.relative, `compressed with ${format.method}, which mlsec does not decompress`),
          );
          metrics.filesNotScanned += 1;
          continue;
        }
        if (file.size > maxFileSize) {
          findings.push(
            notScanned(file.relative, `${file.size} bytes is over max-file-size (${maxFileSize} bytes)`),
          );
          metrics.filesNotScanned += 1;
          continue;
        }
        if (format.kind === 'parquet') {
          context.progress(`scanning ${file.relative}`);
          pending.push(
            parquetRunner
              .run({
                parquet: true,
                size: file.size,
                absolutePath: file.absolute,
                relativePath: file.relative,
                entities: [...settings.entities],
                minConfidence: settings.minConfidence,
                fingerprintKey: settings.fingerprintKey,
                phoneRegions: settings.phoneRegions,
              })
              .then(
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
                (error: unknown) => {
                  // The file's doing (it ran past its deadline, or out of memory) or not (a crashed
                  // worker): only the first leaves the file not scanned.
                  const reason = parquetFailureReason(error);
                  if (reason === undefined) throw error;
                  findings.push(notScanned(file.relative, reason));
                  metrics.filesNotScanned += 1;
                },
              ),
          );
          continue;
        }
        const scanOne = async () => {
          try {
            const compressed = gzip || compression !== undefined;
            const head = compressed ? undefined : await readHead(file.absolute);
            const encoding = head === undefined ? undefined : utf16ByBom(head);
            if (head !== undefined && encoding === undefined && looksBinary(head)) {
              findings.push(
                namedAsText(file.relative, format)
                  ? notScanned(file.relative, 'holds NUL bytes, so it is not the text its name says')
                  : notScanned(file.relative, 'binary file in no format mlsec reads', 'note'),
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
              ...(compression === undefined ? {} : { compression }),
              ...(encoding === undefined ? {} : { encoding }),
              ...(compressed ? { maxBytes: maxFileSize, compressedSize: file.size } : {}),
              entities: [...settings.entities],
              minConfidence: settings.minConfidence,
              fingerprintKey: settings.fingerprintKey,
              phoneRegions: settings.phoneRegions,
            };
            const cuts =
              compressed || encoding !== undefined
                ? [0]
                : await planRanges(file.absolute, file.size, rangeCount(file.size, runner.threads));
            const columns =
              cuts.length > 1 && format.kind === 'csv'
                ? await csvHeader(file.absolute, format.delimiter)
                : undefined;
            const results = await Promise.all(
              cuts.map((cut, index) =>
                runner.run({
                  ...base,
                  start: cut,
                  end: cuts[index + 1],
                  columns: index === 0 ? undefined : columns,
                }),
              ),
            );
            const merged = mergeRanges(results);
            // A marker in a format without comments (a data cell) is data: it never counts.
            if (merged.inlineMarker && commentSyntax(format)) markerFiles.push(file.relative);
            const stopped = results[0]?.notScanned;
            if (stopped !== undefined) {
              // What was scanned before the stop is reported; the file is not, and has no masked copy.
              appendFindings(findings, merged.findings);
              findings.push(notScanned(file.relative, stopped));
              metrics.filesNotScanned += 1;
              metrics.bytesScanned += merged.bytes;
              return;
            }
            const unwritable =
              encoding !== undefined
                ? 'mlsec does not rewrite UTF-16 files; no masked copy was written'
                : compression !== undefined
                  ? `mlsec does not write ${compression}-compressed files; no masked copy was written`
                  : undefined;
            scannedText.push({
              ...(unwritable === undefined ? {} : { unwritable }),
              absolute: file.absolute,
              relative: file.relative,
              format,
              gzip,
              findings: merged.findings.length,
            });
            appendFindings(findings, merged.findings);
            metrics.filesScanned += 1;
            metrics.bytesScanned += merged.bytes;
          } catch (error) {
            // A file system or decompression error is the file's; anything else (a crashed or
            // exhausted worker) is a failure of the scan, and must not pass as a clean file.
            const code = (error as NodeJS.ErrnoException).code ?? '';
            if (!/^(E[A-Z]+|Z_[A-Z_]+)$/.test(code)) throw error;
            findings.push(notScanned(file.relative, `could not be read (${fileErrorReason(error)})`));
            metrics.filesNotScanned += 1;
          }
        };
        pending.push(scanOne());
        // Bound the files in flight; each holds at most a few chunks per worker.
        if (pending.length >= runner.threads * 4) await Promise.all(pending.splice(0));
      }
    }
    await Promise.all(pending);
  } finally {
    await Promise.all([runner.close(), parquetRunner.close()]);
  }
  for (const finding of findings) {
    const entity = finding.properties?.entity;
    if (typeof entity === 'string')
      metrics.findingsByEntity[entity] = (metrics.findingsByEntity[entity] ?? 0) + 1;
  }
  return { findings, metrics, scannedText, settings, markerFiles };
}

/**
 * Where the masked copies go, checked before anything is scanned: `redact-dir` may not be a
 * scanned path nor hold one (`.`, or a parent of a scanned directory), since the copies would then
 * mix with the files they copy (and, left out of the scan, leave those unscanned); inside a scanned
 * directory it is mlsec's output and left out of the scan. Never inside `.git`. One inside the root
 * (anything the repository, the workflow or a path typed inside the root names) must stay there
 * with no symbolic link on the way, checked level by level when written (see safe-write); only a
 * directory typed on the command line outside the root is the user's, followed where it leads.
 */
interface CopyDestination {
  /** As the option names it, for messages. */
  shown: string;
  /** A real directory to build from, and the levels from it to `redact-dir`. */
  base: string;
  levels: string[];
  /** `redact-dir` is a user's path outside the root (created through its links, if need be). */
  usersOwn: boolean;
}

function copyDestination(context: CheckContext): CopyDestination {
  const shown = context.options['redact-dir'] as string;
  const absolute = path.resolve(context.root, shown);
  const usersOwn = outsideUserPath(context, shown) !== undefined;
  const inside = relativeInside(context.root, absolute);
  if (!usersOwn && inside === undefined)
    throw new UsageError('PATH_OUTSIDE_ROOT', `redact-dir: ${JSON.stringify(shown)} is outside the root`);
  if ((usersOwn ? absolute : inside!).split(/[\\/]/).some(isVcsSegment))
    throw new UsageError(
      'INVALID_INPUT',
      `redact-dir: ${JSON.stringify(shown)} is inside a ${VCS_DIRECTORY} directory`,
    );
  for (const scanned of context.paths) {
    if (relativeInside(absolute, path.resolve(context.root, scanned)) !== undefined) {
      throw new UsageError(
        'INVALID_INPUT',
        `redact-dir: ${JSON.stringify(shown)} is or holds the scanned path ${JSON.stringify(scanned)}; ` +
          'the masked copies would mix with the files they copy: name a directory of its own',
      );
    }
  }
  return usersOwn
    ? { shown, base: absolute, levels: [], usersOwn }
    : { shown, base: context.root, levels: inside === '.' ? [] : inside!.split('/'), usersOwn };
}

/** The real directory `redact-dir` names, made if need be; a link or a file in the way is refused. */
async function prepareCopyRoot(destination: CopyDestination): Promise<string> {
  const { shown } = destination;
  try {
    let base = await realpath(destination.base).catch(() => undefined);
    if (destination.usersOwn) {
      // The user's own directory outside the root: made and followed as they typed it.
      if (base === undefined) await mkdir(destination.base, { recursive: true });
      base = await realpath(destination.base);
      if (base.split(path.sep).some(isVcsSegment)) throw new UnsafePathError('vcs', '.');
    }
    return await prepareDirectory(base!, destination.levels);
  } catch (error) {
    if (error instanceof UnsafePathError)
      throw new UsageError(
        'INVALID_INPUT',
        `redact-dir: ${JSON.stringify(shown)}: ${error.message.replace(/^\.(?= )/, 'it')}`,
      );
    throw new UsageError(
      'UNWRITABLE_OUTPUT',
      `redact-dir: ${JSON.stringify(shown)} cannot be made (${fileErrorReason(error)})`,
    );
  }
}

/** Why a masked copy was not written, naming no absolute path. */
function writeFailure(error: unknown): string {
  if (error instanceof UnsafePathError) {
    return error.reason === 'changed'
      ? 'the file changed (or was replaced) before its masked copy was written'
      : `${error.message} under redact-dir; nothing was written through it`;
  }
  return `the masked copy could not be written (${fileErrorReason(error)})`;
}

/**
 * Redact mode: a masked copy of every scanned text file under `redact-dir` (or the files with
 * findings rewritten in place). Parquet files with findings are reported as not redacted.
 */
async function redact(
  context: CheckContext,
  destination: CopyDestination | undefined,
  scannedText: readonly ScannedTextFile[],
  findings: Finding[],
  settings: ScanSettings,
): Promise<{ files: number; values: number; target: string }> {
  const inPlace = destination === undefined;
  const copyRoot = destination ? await prepareCopyRoot(destination) : undefined;
  let files = 0;
  let values = 0;
  /** The copies this run wrote and kept, by absolute path. */
  const written = new Set<string>();
  for (const file of [...scannedText].sort((a, b) => (a.relative < b.relative ? -1 : 1))) {
    if (inPlace && file.findings === 0) continue;
    if (file.unwritable !== undefined) {
      findings.push(notRedacted(file.relative, file.unwritable));
      continue;
    }
    try {
      const linkCount = inPlace ? (await lstat(file.absolute)).nlink : 1;
      // A copy mirrors the file's display path under redact-dir (an absolute one without its `/`).
      const levels = file.relative.split('/').filter((level) => level !== '');
      const name = copyRoot ? levels.pop()! : path.basename(file.absolute);
      const directory = copyRoot
        ? await prepareDirectory(copyRoot, levels)
        : await sourceDirectory(context, file.absolute);
      const replaced = await redactFile(
        file.absolute,
        { directory, name, inPlace },
        file.relative,
        file.format,
        file.gzip,
        settings,
      );
      values += replaced;
      files += 1;
      // The copy must hold nothing the scan found: a copy that falls short is removed, and the
      // shortfall said. In place, the file is still better masked in part than not at all.
      if (!inPlace) written.add(path.join(directory, name));
      // A rename replaces one name: the file's other hard links keep the unmasked content.
      if (inPlace && linkCount > 1) {
        findings.push(
          notRedacted(
            file.relative,
            `the file has ${linkCount - 1} other hard link${linkCount === 2 ? '' : 's'}, which keep the unmasked content`,
          ),
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
            `${file.findings - replaced} of ${file.findings} values could not be masked` +
              (inPlace ? '' : '; no masked copy was written'),
          ),
        );
      }
    } catch (error) {
      findings.push(notRedacted(file.relative, writeFailure(error)));
    }
  }
  const parquetWithFindings = new Set(
    findings
      .filter(
        (finding) =>
          finding.ruleId !== NOT_SCANNED_RULE.id &&
          detectFormat(finding.location.path).format.kind === 'parquet',
      )
      .map((finding) => finding.location.path),
  );
  for (const relative of parquetWithFindings) {
    findings.push(
      notRedacted(relative, 'mlsec does not rewrite Parquet files; its findings stay in the data'),
    );
  }
  if (copyRoot !== undefined) appendFindings(findings, await strangersIn(context, copyRoot, written));
  return { files, values, target: copyRoot ?? context.root };
}

/**
 * Files in redact-dir that this run did not write: a stale copy or one the repository planted
 * (raw values under a name that says "masked"). redact-dir is never scanned, so each is said.
 */
async function strangersIn(
  context: CheckContext,
  copyRoot: string,
  written: ReadonlySet<string>,
): Promise<Finding[]> {
  const { files, skipped } = await walkFiles(context.root, copyRoot, {});
  const strangers: Finding[] = [];
  for (const file of files) {
    if (written.has(file.absolute)) continue;
    strangers.push(notScanned(file.relative, 'in redact-dir, but not a masked copy this run wrote'));
  }
  for (const entry of skipped) strangers.push(notScanned(entry.relative, `in redact-dir: ${entry.reason}`));
  return strangers;
}

/**
 * The directory of a file rewritten in place, verified to be real: inside the root every level
 * from the root is a real directory (the walk followed no link to get there), never `.git`.
 */
async function sourceDirectory(context: CheckContext, file: string): Promise<string> {
  const inside = relativeInside(context.root, path.dirname(file));
  if (inside !== undefined)
    return prepareDirectory(await realpath(context.root), inside === '.' ? [] : inside.split('/'));
  // A user's path outside the root, as the engine resolved it: its own real directory.
  const directory = path.dirname(file);
  if ((await realpath(directory)) !== directory || directory.split(path.sep).some(isVcsSegment))
    throw new UnsafePathError('changed', displayPath(context.root, file));
  return directory;
}

function notRedacted(relative: string, reason: string): Finding {
  return {
    ruleId: NOT_SCANNED_RULE.id,
    level: 'warning',
    message: `Not redacted: ${reason}`,
    location: { path: relative },
    fingerprint: plainFingerprint(NOT_SCANNED_RULE.id, relative, `not redacted: ${reason}`),
    properties: { reason: `not redacted: ${reason}` },
  };
}

/** The header line of a CSV file, for the ranges that start below it. */
async function csvHeader(file: string, delimiter: string): Promise<string[]> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const end = head.subarray(0, bytesRead).indexOf(10);
    return csvColumns(head.toString('utf8', 0, end === -1 ? bytesRead : end), delimiter);
  } finally {
    await handle.close();
  }
}

/** The first 8 KiB of a file: its byte order mark, and whether it holds NUL bytes. */
async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function run(context: CheckContext): Promise<CheckResult> {
  const redacting = context.options.mode === 'redact';
  // Refused before anything is scanned: a redact-dir that overlaps the scanned paths.
  const destination =
    redacting && context.options['redact-in-place'] !== true ? copyDestination(context) : undefined;
  const { findings, metrics, scannedText, settings, markerFiles } = await scanPaths(context);
  const artifacts = [];
  if (redacting) {
    const result = await redact(context, destination, scannedText, findings, settings);
    Object.assign(metrics, { filesRedacted: result.files, valuesRedacted: result.values });
    artifacts.push({ kind: 'redacted', path: result.target });
  }
  return {
    check: 'scan-pii',
    rules: allRules(),
    findings,
    metrics: { ...metrics },
    artifacts,
    inlineMarkerFiles: markerFiles.sort(),
    inlineCommentSyntax: Object.fromEntries(
      markerFiles.map((file) => [file, commentSyntax(detectFormat(file).format)!]),
    ),
  };
}
