import { statSync } from 'node:fs';
import path from 'node:path';

/** Together at most this many bytes: a scan whose memory cannot grow (see runtime/bounded.ts). */
export const SMALL_RUN_BYTES = 16 * 1024 * 1024;

/**
 * Whether `mlsec <check> …` is small enough to run in the main thread: help or usage, or it names at least one
 * existing file, no directory, and its files hold at most SMALL_RUN_BYTES together. A directory,
 * or no path at all (a check's default is the repository), goes to the bounded worker. Arguments
 * that name no existing path (option values such as `json`) do not count either way.
 */
export function isSmallRun(args: readonly string[], cwd: string): boolean {
  // Usage and help read no file at all.
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) return true;
  const [command, ...rest] = args;
  if (command === undefined || command === 'check' || command.startsWith('-')) return false;
  let files = 0;
  let bytes = 0;
  for (const arg of rest) {
    if (arg.startsWith('-') || arg === '') continue;
    let stats;
    try {
      stats = statSync(path.resolve(cwd, arg));
    } catch {
      continue;
    }
    if (!stats.isFile()) return false;
    files += 1;
    bytes += stats.size;
    if (bytes > SMALL_RUN_BYTES) return false;
  }
  return files > 0;
}
