import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MLSEC_VERSION } from '../src/core/version.js';

const root = path.resolve(import.meta.dirname, '..');

describe('the test environment', () => {
  it('runs on Node 24, the runtime of the actions (brought in by the `node` dev dependency)', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });

  it('the bundled version is package.json’s', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(MLSEC_VERSION).toBe(pkg.version);
  });
});
