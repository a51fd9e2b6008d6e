import { open } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads just the requested physical lines (split on LF, a trailing CR dropped) of files, one
 * streaming pass per file, so inline suppressions work on multi-gigabyte data files too.
 */
export async function readRequestedLines(
  root: string,
  wanted: ReadonlyMap<string, ReadonlySet<number>>,
  maxLineBytes = 64 * 1024,
  /** Keep only lines this accepts (the others are not stored: memory stays small on big files). */
  keep: (bytes: Buffer) => boolean = () => true,
): Promise<Map<string, Map<number, string>>> {
  const found = new Map<string, Map<number, string>>();
  for (const [relative, lines] of wanted) {
    const result = new Map<number, string>();
    found.set(relative, result);
    // A loop, not Math.max(...lines): spreading 100k+ arguments overflows the stack.
    let last = 0;
    for (const line of lines) if (line > last) last = line;
    try {
      await scanLines(
        // A display path: root-relative, or absolute outside the root.
        path.resolve(root, relative),
        maxLineBytes,
        (lineNumber) => lines.has(lineNumber),
        last,
        (lineNumber, bytes) => {
          if (keep(bytes))
            result.set(lineNumber, bytes.subarray(0, maxLineBytes).toString('utf8').replace(/\r$/, ''));
        },
      );
    } catch {
      // A file that cannot be read again simply has no inline suppressions.
    }
  }
  return found;
}

/**
 * Walks the lines of a file and hands `visit` only the lines `wants` asks for: the others cost a
 * native newline search and nothing else (no allocation per line, so multi-gigabyte files keep
 * memory flat). Stops after `last`.
 */
async function scanLines(
  file: string,
  keepBytes: number,
  wants: (line: number) => boolean,
  last: number,
  visit: (line: number, bytes: Buffer) => void,
): Promise<void> {
  // One buffer for the whole file: a stream would allocate a buffer per read, which the
  // garbage collector frees late, and on a multi-gigabyte file that is where memory goes.
  const handle = await open(file, 'r');
  const buf = Buffer.allocUnsafe(Math.max(1 << 20, keepBytes * 2));
  let line = 1;
  let filled = 0;
  let overflow = false;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, null);
      const total = filled + bytesRead;
      let start = 0;
      for (
        let newline = buf.indexOf(10, start);
        newline !== -1 && newline < total;
        newline = buf.indexOf(10, start)
      ) {
        // The head of an over-long line was visited when the buffer filled up.
        if (wants(line) && !overflow)
          visit(line, Buffer.from(buf.subarray(start, Math.min(newline, start + keepBytes))));
        if (line >= last) return;
        line += 1;
        start = newline + 1;
        overflow = false;
      }
      if (bytesRead === 0) {
        if (total > start && wants(line))
          visit(line, Buffer.from(buf.subarray(start, Math.min(total, start + keepBytes))));
        return;
      }
      if (start === 0 && total === buf.length) {
        // A line longer than the buffer: keep its first bytes (all a comment can be in) and skip on.
        if (!overflow && wants(line)) visit(line, Buffer.from(buf.subarray(0, Math.min(total, keepBytes))));
        overflow = true;
        filled = 0;
        continue;
      }
      buf.copyWithin(0, start, total);
      filled = total - start;
    }
  } finally {
    await handle.close();
  }
}
