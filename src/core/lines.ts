import { createReadStream } from 'node:fs';
import path from 'node:path';

/**
 * Reads just the requested physical lines (split on LF, a trailing CR dropped) of files, one
 * streaming pass per file, so inline suppressions work on multi-gigabyte data files too.
 */
export async function readRequestedLines(
  root: string,
  wanted: ReadonlyMap<string, ReadonlySet<number>>,
  maxLineBytes = 64 * 1024,
): Promise<Map<string, Map<number, string>>> {
  const found = new Map<string, Map<number, string>>();
  for (const [relative, lines] of wanted) {
    const result = new Map<number, string>();
    found.set(relative, result);
    // A loop, not Math.max(...lines): spreading 100k+ arguments overflows the stack.
    let last = 0;
    for (const line of lines) if (line > last) last = line;
    try {
      await scanLines(path.join(root, relative), maxLineBytes, (lineNumber, bytes) => {
        if (lines.has(lineNumber)) {
          result.set(lineNumber, bytes.subarray(0, maxLineBytes).toString('utf8').replace(/\r$/, ''));
        }
        return lineNumber < last;
      });
    } catch {
      // A file that cannot be read again simply has no inline suppressions.
    }
  }
  return found;
}

async function scanLines(
  file: string,
  keepBytes: number,
  visit: (line: number, bytes: Buffer) => boolean,
): Promise<void> {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  let line = 1;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (let newline = chunk.indexOf(10, start); newline !== -1; newline = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, newline);
        const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
        pending = [];
        pendingBytes = 0;
        if (!visit(line, bytes)) return;
        line += 1;
        start = newline + 1;
      }
      // Keep only a bounded prefix of an over-long line; the rest cannot hold a comment we show.
      if (pendingBytes < keepBytes) {
        const rest = chunk.subarray(start);
        pending.push(rest);
        pendingBytes += rest.length;
      }
    }
    if (pendingBytes > 0) visit(line, Buffer.concat(pending));
  } finally {
    stream.destroy();
  }
}
