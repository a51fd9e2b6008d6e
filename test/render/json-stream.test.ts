import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeJsonCommands } from '../../src/core/escape.js';
import { jsonChunks } from '../../src/core/render/json-stream.js';

describe('jsonChunks', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, ##[ neutralised (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonChunks(value)].join('')).toBe(neutralizeJsonCommands(JSON.stringify(value, null, 2)));
      }),
      { numRuns: 500 },
    );
  });

  it('drops undefined properties and writes null for undefined array items, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1], c: { d: '##[add-mask]x' } };
    const text = [...jsonChunks(value)].join('');
    expect(text).toBe(neutralizeJsonCommands(JSON.stringify(value, null, 2)));
    expect(text).not.toContain('##[');
    expect(JSON.parse(text)).toEqual({ b: [null, 1], c: { d: '##[add-mask]x' } });
  });
});
