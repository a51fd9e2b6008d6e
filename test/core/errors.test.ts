import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileErrorReason } from '../../src/core/errors.js';

async function thrownBy(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('fileErrorReason', () => {
  it('names a file system error by its code and never by the path in its message', async () => {
    const missing = '/nonexistent/mlsec-secret-dir/file.csv';
    const error = await thrownBy(() => readFile(missing));
    expect((error as Error).message).toContain(missing);
    expect(fileErrorReason(error)).toBe('no such file (ENOENT)');
    expect(fileErrorReason(Object.assign(new Error("EACCES: open '/x'"), { code: 'EACCES' }))).toBe(
      'permission denied (EACCES)',
    );
    expect(fileErrorReason(Object.assign(new Error("ESTALE: '/x'"), { code: 'ESTALE' }))).toBe('ESTALE');
  });

  it("keeps zlib's fixed texts, and says nothing of an error without a code", async () => {
    const error = await thrownBy(() => gunzipSync(Buffer.from('not gzip')));
    expect(fileErrorReason(error)).toBe('incorrect header check (Z_DATA_ERROR)');
    expect(fileErrorReason(new Error('/home/runner/secret'))).toBe('unexpected error');
    expect(fileErrorReason('text')).toBe('unexpected error');
    expect(fileErrorReason(undefined)).toBe('unexpected error');
  });
});
