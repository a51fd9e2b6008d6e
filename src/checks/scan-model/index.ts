import { lstat, open } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { CheckContext } from '../../core/check.js';
import { fileErrorReason, UsageError } from '../../core/errors.js';
import { printable } from '../../core/escape.js';
import { type CheckResult, type Finding } from '../../core/findings.js';
import { isModelFileName } from '../../core/model-files.js';
import { detectModelFormat } from './formats.js';
import { parseSize } from '../../core/size.js';
import { plainFingerprint } from '../../core/redaction.js';
import { createTreeWalk } from '../../core/paths.js';
import type { ModelIssue } from './model-issue.js';
import { resolveExternalLocation } from './onnx.js';
import { allModelRules } from './rules.js';
import { DEFAULT_SCAN_SETTINGS, isSavedModelText, scanModelSource, type ScanSettings } from './scan-file.js';
import { fileSource } from './source.js';

/** Installed dependencies and version control hold no model of the repository's own. */
const DEFAULT_EXCLUDES = ['.git/**', '**/.git/**', 'node_modules/**', '**/node_modules/**'];

interface Metrics {
  filesScanned: number;
  filesNotScanned: number;
  picklesWalked: number;
  archiveMembersRead: number;
  filesByFormat: Record<string, number>;
}

const DETECTION_HEAD = 4096;

function memberText(issue: ModelIssue): string | undefined {
  return issue.member && issue.member.length > 0 ? issue.member.map(printable).join('!') : undefined;
}

function toFinding(relative: string, issue: ModelIssue): Finding {
  const member = memberText(issue);
  const identity = [member ?? '', String(issue.offset ?? ''), issue.message].join('\u0000');
  // The member goes in the location: renderers show it, SARIF puts it in `properties.member`.
  const properties: Record<string, string | number | boolean> = { ...issue.properties };
  if (issue.offset !== undefined) properties.offset = issue.offset;
  return {
    ruleId: issue.ruleId,
    level: issue.level,
    message: issue.message,
    location: member === undefined ? { path: relative } : { path: relative, member },
    fingerprint: plainFingerprint(issue.ruleId, relative, identity),
    ...(Object.keys(properties).length === 0 ? {} : { properties }),
  };
}

function notScanned(relative: string, reason: string, level: 'warning' | 'note' = 'warning'): Finding {
  return toFinding(relative, { ruleId: 'model/not-scanned', level, message: `Not scanned: ${reason}.` });
}

export async function run(context: CheckContext): Promise<CheckResult> {
  const maxFileSize = parseSize(String(context.options['max-file-size']), 'max-file-size');
  const settings: ScanSettings = {
    ...DEFAULT_SCAN_SETTINGS,
    // Checked against the option's format where it was given (input, option or config key).
    allowGlobals: (context.options['allow-globals'] as string[] | undefined) ?? [],
    maxFileSize,
  };
  // The walk is shared with the run's other checks; this check's own excludes apply to its result.
  const walkTree = context.walkTree ?? createTreeWalk(context.root);
  const excluded = picomatch(DEFAULT_EXCLUDES, { dot: true });
  const findings: Finding[] = [];
  const metrics: Metrics = {
    filesScanned: 0,
    filesNotScanned: 0,
    picklesWalked: 0,
    archiveMembersRead: 0,
    filesByFormat: {},
  };
  const seen = new Set<string>();
  for (const start of context.paths) {
    const { files, skipped } = await walkTree(path.resolve(context.root, start), context.exclude);
    for (const entry of skipped) {
      if (excluded(entry.relative)) continue;
      // Links and odd names are reported only where they may be models: a repository has many.
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
        handle = await open(file.absolute, 'r');
      } catch (error) {
        findings.push(notScanned(file.relative, `cannot be read (${fileErrorReason(error)})`));
        metrics.filesNotScanned += 1;
        continue;
      }
      try {
        const stats = await handle.stat();
        const source = fileSource(handle, stats.size);
        const head = await source.read(0, DETECTION_HEAD);
        // Every file is told by its content; one in no model format matters only when its name says model.
        const unknown = detectModelFormat(head, file.relative).format === 'unknown';
        if (unknown && !isModelFileName(file.relative) && !isSavedModelText(file.relative)) continue;
        if (stats.size > maxFileSize) {
          findings.push(
            notScanned(file.relative, `${stats.size} bytes is over max-file-size (${maxFileSize} bytes)`),
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
                ruleId: 'model/unsafe-construct',
                level: problem.level,
                message: `External data ${JSON.stringify(printable(location).slice(0, 120))} ${problem.reason}.`,
              }),
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
    check: 'scan-model',
    rules: allModelRules(),
    findings,
    metrics: metrics as unknown as Record<string, unknown>,
    artifacts: [],
  };
}

function isFileError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
}

/**
 * ONNX external data the analyzer did not already refuse (absolute or escaping paths are its
 * findings): a link inside the folder may still lead anywhere (CVE-2026-27489), and a missing file
 * makes the model unloadable.
 */
async function externalDataProblem(
  root: string,
  modelPath: string,
  location: string,
): Promise<{ level: 'error' | 'warning'; reason: string } | undefined> {
  const resolved = resolveExternalLocation(modelPath, location);
  if (!('path' in resolved)) return undefined;
  try {
    const stats = await lstat(path.resolve(root, resolved.path));
    if (stats.isSymbolicLink()) {
      return { level: 'error', reason: 'is a symbolic link, which a loader follows wherever it points' };
    }
    if (!stats.isFile()) return { level: 'warning', reason: 'is not a regular file' };
    return undefined;
  } catch {
    return {
      level: 'warning',
      reason: 'does not exist beside the model, so the model cannot be loaded as it is',
    };
  }
}
