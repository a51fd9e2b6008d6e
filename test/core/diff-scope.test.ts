import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addedLines,
  type ChangedFiles,
  changedFilesFromPullRequest,
  inScope,
} from '../../src/core/diff-scope.js';

const sorted = (lines: Set<number>): number[] => [...lines].sort((a, b) => a - b);

describe('addedLines', () => {
  it('follows several hunks with context, removed and added lines', () => {
    // As GitHub's pull request files API returns it: no file headers, hunks only, no final newline.
    const patch = [
      '@@ -1,6 +1,7 @@',
      ' import os',
      '-import sys',
      '+import sys, json',
      '+import re',
      ' ',
      ' def main():',
      '-    pass',
      '+    return 0',
      ' ',
      '@@ -20,5 +21,6 @@ def helper():',
      '     x = 1',
      '     y = 2',
      '+    z = 3',
      '-    w = 4',
      '+    w = 5',
      '     return x',
      ' # end',
    ].join('\n');
    // New side: 1 import os, 2 import sys, json (+), 3 import re (+), 4 blank, 5 def main, 6 return 0 (+), 7 blank.
    // Second hunk: 21 x, 22 y, 23 z (+), 24 w = 5 (+), 25 return, 26 # end.
    expect(sorted(addedLines(patch))).toEqual([2, 3, 6, 23, 24]);
  });

  it('does not count `\\ No newline at end of file` as a line', () => {
    const patch = [
      '@@ -1,2 +1,3 @@',
      ' first',
      '-second',
      '\\ No newline at end of file',
      '+second',
      '+third',
      '\\ No newline at end of file',
    ].join('\n');
    expect(sorted(addedLines(patch))).toEqual([2, 3]);
  });

  it('reads hunk headers without counts as a count of one', () => {
    expect(sorted(addedLines('@@ -1 +1 @@\n-old\n+new'))).toEqual([1]);
    expect(sorted(addedLines('@@ -5 +5,2 @@\n-old\n+new\n+newer'))).toEqual([5, 6]);
    // One-line context hunk followed by a second hunk: the omitted count is one line, not more.
    expect(sorted(addedLines('@@ -3 +3 @@\n same\n@@ -10,0 +11,1 @@\n+added'))).toEqual([11]);
  });

  it('counts a blank context line whose single space GitHub trimmed', () => {
    const patch = ['@@ -1,4 +1,5 @@', ' a', '', ' b', '+c', ' d'].join('\n');
    // 1 a, 2 (blank), 3 b, 4 c (+), 5 d
    expect(sorted(addedLines(patch))).toEqual([4]);
    // Several trimmed blank lines in a row, and a trimmed blank line as the hunk's last line.
    const trailing = ['@@ -1,3 +1,4 @@', '', '', '+x', ''].join('\n');
    expect(sorted(addedLines(trailing))).toEqual([3]);
  });

  it('ignores the empty string after a final newline', () => {
    expect(sorted(addedLines('@@ -1,1 +1,2 @@\n a\n+b\n'))).toEqual([2]);
    expect(sorted(addedLines('@@ -1,1 +1,2 @@\n a\n+b\n\n\n'))).toEqual([2]);
  });

  it('handles a new file and a deleted file', () => {
    expect(sorted(addedLines('@@ -0,0 +1,3 @@\n+a\n+b\n+c'))).toEqual([1, 2, 3]);
    expect(sorted(addedLines('@@ -1,3 +0,0 @@\n-a\n-b\n-c'))).toEqual([]);
  });

  it('treats lines whose content looks like a header or a file header as content', () => {
    const patch = ['@@ -1,3 +1,3 @@', ' @@ -9 +9 @@', '++++ b/x', '---- a/x', ' end'].join('\n');
    // 1 "@@ -9 +9 @@", 2 "+++ b/x" (+), 3 end
    expect(sorted(addedLines(patch))).toEqual([2]);
  });

  it('skips text before the first hunk header (git file headers)', () => {
    const patch = [
      'diff --git a/f b/f',
      'index 1..2 100644',
      '--- a/f',
      '+++ b/f',
      '@@ -1 +1 @@',
      '-x',
      '+y',
    ].join('\n');
    expect(sorted(addedLines(patch))).toEqual([1]);
  });

  it('keeps carriage returns of CRLF files inside line content', () => {
    expect(sorted(addedLines('@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r'))).toEqual([2]);
  });

  it('returns nothing for an empty patch or one without a hunk', () => {
    expect(addedLines('').size).toBe(0);
    expect(addedLines('Binary files differ').size).toBe(0);
  });

  it('throws a SyntaxError naming the line it cannot follow', () => {
    expect(() => addedLines('@@ -1,2 +1,2 @@\n a\n?b')).toThrow(
      new SyntaxError('unexpected line in patch: "?b"'),
    );
    expect(() => addedLines('@@ -1 +1 @@\n@@ malformed')).toThrow(SyntaxError);
    // Long lines are cut to 40 characters in the message.
    expect(() => addedLines(`@@ -1 +1 @@\n${'x'.repeat(100)}`)).toThrow(
      `unexpected line in patch: ${JSON.stringify('x'.repeat(40))}`,
    );
  });

  it('treats an empty line after the new-side count is used up as no line', () => {
    // `-b` and an empty line after the last new line: nothing is counted for the empty line.
    expect(sorted(addedLines('@@ -1,2 +1,1 @@\n+a\n-b\n\n@@ -9 +9 @@\n+z'))).toEqual([1, 9]);
  });
});

type Op = { kind: ' ' | '-' | '+'; text: string; omit: boolean; trimBlank: boolean };

/** Builds a unified diff from an edit script: hunks are maximal runs of ops not omitted. */
function buildPatch(ops: readonly Op[], omitCounts: boolean, section: string, noNewline: boolean) {
  const out: string[] = [];
  const expected = new Set<number>();
  let oldLine = 1;
  let newLine = 1;
  let index = 0;
  while (index < ops.length) {
    if (ops[index]!.omit) {
      // Only context lines are omitted between hunks; they advance both sides.
      oldLine += 1;
      newLine += 1;
      index += 1;
      continue;
    }
    const hunk: string[] = [];
    const oldStart = oldLine;
    const newStart = newLine;
    let oldCount = 0;
    let newCount = 0;
    while (index < ops.length && !ops[index]!.omit) {
      const op = ops[index]!;
      if (op.kind === ' ') {
        hunk.push(op.text === '' && op.trimBlank ? '' : ` ${op.text}`);
        oldLine += 1;
        newLine += 1;
        oldCount += 1;
        newCount += 1;
      } else if (op.kind === '-') {
        hunk.push(`-${op.text}`);
        oldLine += 1;
        oldCount += 1;
      } else {
        hunk.push(`+${op.text}`);
        expected.add(newLine);
        newLine += 1;
        newCount += 1;
      }
      index += 1;
    }
    const range = (start: number, count: number) =>
      count === 0 ? `${start - 1},0` : count === 1 && omitCounts ? `${start}` : `${start},${count}`;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@${section}`, ...hunk);
  }
  if (noNewline && out.length > 0) out.push('\\ No newline at end of file');
  return { patch: out.join('\n'), expected };
}

const lineText = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  {
    weight: 4,
    arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, '')),
  },
);

const opArb: fc.Arbitrary<Op> = fc
  .record({
    kind: fc.constantFrom<' ' | '-' | '+'>(' ', '-', '+'),
    text: lineText,
    omit: fc.boolean(),
    trimBlank: fc.boolean(),
  })
  // Only context lines can lie between hunks.
  .map((op) => ({ ...op, omit: op.omit && op.kind === ' ' }));

describe('addedLines (properties)', () => {
  it('one hunk over a whole file: exactly the new-file line numbers of `+` lines', () => {
    fc.assert(
      fc.property(
        fc.array(lineText, { maxLength: 30 }),
        fc.array(
          fc.tuple(
            fc.constantFrom<'keep' | 'remove' | 'replace'>('keep', 'remove', 'replace'),
            fc.array(lineText, { maxLength: 3 }),
          ),
          { maxLength: 30 },
        ),
        fc.array(lineText, { maxLength: 3 }),
        (oldFile, script, appended) => {
          const ops: Op[] = [];
          oldFile.forEach((text, i) => {
            const [action, inserted] = script[i] ?? ['keep', []];
            for (const added of inserted) ops.push({ kind: '+', text: added, omit: false, trimBlank: false });
            if (action === 'keep') ops.push({ kind: ' ', text, omit: false, trimBlank: true });
            else ops.push({ kind: '-', text, omit: false, trimBlank: false });
            if (action === 'replace')
              ops.push({ kind: '+', text: `${text}!`, omit: false, trimBlank: false });
          });
          for (const added of appended) ops.push({ kind: '+', text: added, omit: false, trimBlank: false });
          const { patch, expected } = buildPatch(ops, false, '', false);
          expect(sorted(addedLines(patch))).toEqual(sorted(expected));
        },
      ),
    );
  });

  it('several hunks with gaps, optional counts, section headings and no-newline markers', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 60 }),
        fc.boolean(),
        fc.constantFrom('', ' def main():', ' class A {'),
        fc.boolean(),
        (ops, omitCounts, section, noNewline) => {
          const { patch, expected } = buildPatch(ops, omitCounts, section, noNewline);
          expect(sorted(addedLines(patch))).toEqual(sorted(expected));
        },
      ),
    );
  });

  it('never throws anything but a SyntaxError after a valid hunk header', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1000 }),
        fc.option(fc.nat({ max: 50 }), { nil: undefined }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        (start, count, rest) => {
          const header = `@@ -1,3 +${start}${count === undefined ? '' : `,${count}`} @@`;
          try {
            const lines = addedLines(`${header}\n${rest}`);
            for (const line of lines) expect(Number.isInteger(line) && line >= 0).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(SyntaxError);
          }
        },
      ),
    );
  });

  it('never throws when every line starts with a diff marker', () => {
    const diffLine = fc
      .tuple(fc.constantFrom(' ', '+', '-', '\\', ''), fc.string({ maxLength: 10 }))
      .map(([marker, text]) => (marker === '' ? '' : `${marker}${text.replace(/\n/g, '')}`));
    fc.assert(
      fc.property(fc.array(diffLine, { maxLength: 40 }), (lines) => {
        const added = addedLines(['@@ -1,40 +1,40 @@', ...lines].join('\n'));
        const plusCount = lines.filter((line) => line.startsWith('+')).length;
        expect(added.size).toBe(plusCount);
      }),
    );
  });
});

describe('changedFilesFromPullRequest', () => {
  it('maps kept files to their added lines, skips removed files, and counts files without a patch as all', () => {
    const changed = changedFilesFromPullRequest([
      { filename: 'src/a.py', status: 'modified', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' },
      { filename: 'old.py', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-a\n-b' },
      { filename: 'model.bin', status: 'added' },
      { filename: 'renamed/new.py', status: 'renamed' },
      { filename: 'renamed/edited.py', status: 'renamed', patch: '@@ -3 +3 @@\n-x\n+y' },
      { filename: 'empty.txt', status: 'added', patch: '' },
      { filename: 'broken.py', status: 'modified', patch: '@@ -1 +1 @@\n?what' },
      { filename: 'copied.py', status: 'copied', patch: '@@ -0,0 +1 @@\n+z' },
    ]);
    expect([...changed.keys()]).toEqual([
      'src/a.py',
      'model.bin',
      'renamed/new.py',
      'renamed/edited.py',
      'empty.txt',
      'broken.py',
      'copied.py',
    ]);
    expect(changed.get('src/a.py')).toEqual(new Set([2]));
    expect(changed.get('model.bin')).toBe('all');
    expect(changed.get('renamed/new.py')).toBe('all');
    expect(changed.get('renamed/edited.py')).toEqual(new Set([3]));
    expect(changed.get('empty.txt')).toBe('all');
    // A patch the parser cannot follow falls back to the whole file.
    expect(changed.get('broken.py')).toBe('all');
    expect(changed.get('copied.py')).toEqual(new Set([1]));
    expect(changed.has('old.py')).toBe(false);
  });

  it('returns an empty map for no files', () => {
    expect(changedFilesFromPullRequest([]).size).toBe(0);
  });

  it('keeps a modified file whose patch only removes lines, with no changed lines', () => {
    const changed = changedFilesFromPullRequest([
      { filename: 'a.py', status: 'modified', patch: '@@ -1,2 +1,1 @@\n a\n-b' },
    ]);
    expect(changed.get('a.py')).toEqual(new Set());
  });
});

describe('inScope', () => {
  const changed: ChangedFiles = new Map<string, ReadonlySet<number> | 'all'>([
    ['a.py', new Set([3, 7])],
    ['b.bin', 'all'],
    ['c.py', new Set<number>()],
  ]);

  it('is true only for changed lines of changed files', () => {
    expect(inScope(changed, 'a.py', 3)).toBe(true);
    expect(inScope(changed, 'a.py', 7)).toBe(true);
    expect(inScope(changed, 'a.py', 4)).toBe(false);
    expect(inScope(changed, 'c.py', 1)).toBe(false);
  });

  it('counts any line of a whole-file change', () => {
    expect(inScope(changed, 'b.bin', 1)).toBe(true);
    expect(inScope(changed, 'b.bin', 100000)).toBe(true);
    expect(inScope(changed, 'b.bin', undefined)).toBe(true);
  });

  it('counts a finding without a line when its file changed, even with no added lines', () => {
    expect(inScope(changed, 'a.py', undefined)).toBe(true);
    expect(inScope(changed, 'c.py', undefined)).toBe(true);
  });

  it('counts a multi-line finding when any line of line..endLine was added', () => {
    expect(inScope(changed, 'a.py', 4, 6)).toBe(false);
    expect(inScope(changed, 'a.py', 4, 7)).toBe(true);
    expect(inScope(changed, 'a.py', 1, 3)).toBe(true);
    expect(inScope(changed, 'a.py', 5, 100_000)).toBe(true);
    expect(inScope(changed, 'a.py', 8, 100_000)).toBe(false);
    // An endLine before the line is the line alone.
    expect(inScope(changed, 'a.py', 7, 1)).toBe(true);
    expect(inScope(changed, 'a.py', 6, 3)).toBe(false);
    expect(inScope(changed, 'c.py', 1, 50)).toBe(false);
  });

  it('is false for files the pull request did not touch', () => {
    expect(inScope(changed, 'd.py', undefined)).toBe(false);
    expect(inScope(changed, 'd.py', 3)).toBe(false);
    expect(inScope(changed, 'A.py', 3)).toBe(false);
    expect(inScope(new Map(), 'a.py', 3)).toBe(false);
  });
});
