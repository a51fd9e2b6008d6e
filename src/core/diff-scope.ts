/**
 * Diff scope: which files and lines a pull request changed. Findings outside it are dropped when
 * `scope: changed`, so reviewers see what their change introduced.
 */

/** Lines added or modified on the new side of a file, or `all` for a whole file. */
export type ChangedLines = ReadonlySet<number> | 'all';
export type ChangedFiles = ReadonlyMap<string, ChangedLines>;

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Lines of the new file that a unified-diff patch adds (what GitHub can annotate). Context lines
 * advance the counter, removed lines do not; `\ No newline at end of file` is not a line.
 * Throws on a patch it cannot follow, so a caller can fall back to the whole file.
 */
export function addedLines(patch: string): Set<number> {
  const added = new Set<number>();
  let next = 0;
  let remainingNew = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      next = Number(header[1]);
      remainingNew = header[2] === undefined ? 1 : Number(header[2]);
      inHunk = true;
      continue;
    }
    if (!inHunk || line.startsWith('\\')) continue;
    const marker = line[0];
    if (marker === '+') {
      added.add(next);
      next += 1;
      remainingNew -= 1;
    } else if (marker === ' ' || (marker === undefined && remainingNew > 0)) {
      // GitHub trims trailing spaces of blank context lines, leaving an empty line.
      next += 1;
      remainingNew -= 1;
    } else if (marker === '-' || marker === undefined) {
      // removed lines take no place in the new file; trailing empty string after the last newline
    } else {
      throw new SyntaxError(`unexpected line in patch: ${JSON.stringify(line.slice(0, 40))}`);
    }
  }
  return added;
}

export interface PullRequestFile {
  filename: string;
  status: string;
  patch?: string;
}

/** Files the pull request leaves in the tree, with their changed lines. */
export function changedFilesFromPullRequest(files: readonly PullRequestFile[]): Map<string, ChangedLines> {
  const changed = new Map<string, ChangedLines>();
  for (const file of files) {
    if (file.status === 'removed') continue;
    if (file.patch === undefined || file.patch === '') {
      // No patch: binary, too large, or a pure rename. The whole file counts as changed.
      changed.set(file.filename, 'all');
      continue;
    }
    try {
      changed.set(file.filename, addedLines(file.patch));
    } catch {
      changed.set(file.filename, 'all');
    }
  }
  return changed;
}

/**
 * Whether a finding at (path, line..endLine) is inside the diff: any added line of its range
 * counts, since editing one line of a multi-line finding is changing it. A finding with no line
 * counts on any change of its file.
 */
export function inScope(
  changed: ChangedFiles,
  path: string,
  line: number | undefined,
  endLine?: number,
): boolean {
  const lines = changed.get(path);
  if (lines === undefined) return false;
  if (lines === 'all' || line === undefined) return true;
  const last = endLine !== undefined && endLine > line ? endLine : line;
  // Walk whichever is shorter: the finding's range or the file's added lines.
  if (last - line + 1 <= lines.size) {
    for (let candidate = line; candidate <= last; candidate++) if (lines.has(candidate)) return true;
    return false;
  }
  for (const added of lines) if (added >= line && added <= last) return true;
  return false;
}
