import { mkdtemp, realpath, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { scanModel } from '../../../src/checks/scan-model/definition.js';
import type { OptionValues } from '../../../src/core/check.js';
import { EMPTY_CONFIG } from '../../../src/core/config.js';
import { resolveOptions, runEngine } from '../../../src/core/engine.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_SETTINGS, scanModelSource } from '../../../src/checks/scan-model/scan-file.js';
import { bufferSource } from '../../../src/checks/scan-model/source.js';
import { bytes, str, STACK_GLOBAL, TUPLE1, REDUCE, STOP, callGlobal } from './pickle-bytes.js';
import { zipBytes } from './zip-bytes.js';
import { tarBytes, tarEntry } from './tar-bytes.js';

/**
 * Hostile files that a loader would execute and that must never come out of the scanner clean:
 * each is built here byte by byte, the way an attacker would shape it around the dispatcher.
 */

const settings = { ...DEFAULT_SCAN_SETTINGS, allowGlobals: [], maxFileSize: 64 * 1024 * 1024 };

async function errors(data: Uint8Array, name: string) {
  const result = await scanModelSource(bufferSource(data), name, name, settings);
  return result.issues
    .filter((issue) => issue.level === 'error')
    .map((issue) => `${issue.ruleId} ${issue.message}`);
}

/** os.system('id') in protocol 0 INST form: MARK, argument, INST, STOP. */
const INST_PAYLOAD = bytes("(S'id'\nios\nsystem\n.");

describe('pickles without the opening the detector expects', () => {
  it('PROTO 1 (which pickle.load accepts) before a protocol 0 payload', async () => {
    const payload = bytes([0x80, 1], "cos\nsystem\n(S'id'\ntR.");
    expect(await errors(payload, 'model.pt')).toContainEqual(expect.stringContaining('os.system'));
  });

  it('a stream that opens with SHORT_BINUNICODE, no PROTO', async () => {
    const payload = bytes(str('os'), str('system'), STACK_GLOBAL, str('id'), TUPLE1, REDUCE, STOP);
    expect(await errors(payload, 'pytorch_model.bin')).toContainEqual(expect.stringContaining('os.system'));
  });

  it('a joblib-compressed pickle whose name keeps no model extension', async () => {
    const payload = bytes(str('os'), str('system'), STACK_GLOBAL, str('id'), TUPLE1, REDUCE, STOP);
    expect(await errors(deflateSync(payload), 'model.z')).toContainEqual(
      expect.stringContaining('os.system'),
    );
  });

  it('a protocol 0 pickle whose first two bytes pass for a zlib header', async () => {
    // `(S` is 0x28 0x53: deflate, 32 KiB window, header checksum divisible by 31.
    expect(await errors(INST_PAYLOAD, 'checkpoint')).toContainEqual(expect.stringContaining('os.system'));
  });
});

describe('zip members', () => {
  it('an object array under a torch storage name in an archive numpy.load opens', async () => {
    const npyHeader = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }";
    const padded = npyHeader.padEnd(117, ' ') + '\n';
    const npy = bytes([0x93], 'NUMPY', [1, 0, padded.length, 0], padded, callGlobal('os', 'system'));
    const archive = zipBytes({
      members: [
        { name: 'archive/data.pkl', data: bytes([0x80, 2], ']', '.') },
        { name: 'archive/data/0', data: npy },
      ],
    });
    expect(await errors(archive, 'weights.npz')).toContainEqual(expect.stringContaining('os.system'));
  });
});

describe('tar members', () => {
  it("a legacy tar checkpoint's pickle member in a protocol the detector misses", async () => {
    const tar = tarBytes(
      tarEntry({ name: 'sys_info', data: bytes([0x80, 2], '}.') }),
      tarEntry({ name: 'pickle', data: bytes([0x80, 1], "cos\nsystem\n(S'id'\ntR.") }),
    );
    expect(await errors(tar, 'model.pth.tar')).toContainEqual(expect.stringContaining('os.system'));
  });
});

describe('polyglots', () => {
  it('a pickle with the HDF5 signature at byte 512', async () => {
    const filler = 'A'.repeat(512 - 2 - 5);
    const hdf = bytes([0x89], 'HDF\r\n', [0x1a, 0x0a], 'x'.repeat(64));
    const head = bytes([0x80, 2, 0x42], u32le(filler.length + hdf.length), filler, hdf, '0');
    const pickle = bytes(head, "cos\nsystem\n(S'id'\ntR.");
    expect(pickle.indexOf(0x89)).toBe(512);
    expect(await errors(pickle, 'model.pkl')).toContainEqual(expect.stringContaining('os.system'));
  });
});

function u32le(value: number): Uint8Array {
  const out = Buffer.alloc(4);
  out.writeUInt32LE(value);
  return out;
}

describe('the check over a repository', () => {
  it('scans a PROTO 1 pickle whose name says nothing', async () => {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-review-')));
    await writeFile(path.join(root, 'checkpoint'), bytes([0x80, 1], "cos\nsystem\n(S'id'\ntR."));
    const { result } = await runEngine({
      check: scanModel,
      root,
      paths: [],
      options: resolveOptions(scanModel.options, {}, undefined, 'option') as OptionValues,
      config: EMPTY_CONFIG,
      failOn: 'error',
      fingerprintKey: fingerprintKeyFrom(undefined),
      environment: {},
    });
    expect(result.findings.map((finding) => `${finding.level} ${finding.ruleId}`)).toContain(
      'error model/pickle-unsafe-global',
    );
  });
});
