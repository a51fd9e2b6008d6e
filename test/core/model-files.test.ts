import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { isModelFileName, looksLikeModelFile, MODEL_FILE_EXTENSIONS } from '../../src/core/model-files.js';

const FIXTURES = path.resolve('test/fixtures/scan-model/benign');

/** The glob verify-provenance used before the shared list: isModelFileName must agree with it. */
const previousVerifyProvenanceGlob = picomatch(
  '**/*.{safetensors,bin,pt,pth,pt2,ptl,ckpt,onnx,gguf,ggml,pkl,pickle,dill,joblib,sav,h5,hdf5,keras,pb,tflite,mlmodel,msgpack,npy,npz,nemo,mar,llamafile,pdparams,pdmodel,caffemodel,pth.tar,pt.tar}',
  { dot: true, nocase: true },
);

describe('isModelFileName', () => {
  it.each([
    ['model.safetensors', true],
    ['models/llama/pytorch_model.bin', true],
    ['ckpt/Model.PT', true],
    ['old/checkpoint.pth.tar', true],
    ['weights.pt.tar', true],
    ['.pt', true],
    ['graph/saved_model.pb', true],
    ['data/train.csv', false],
    ['archive.tar', false],
    ['model.pkl.gz', false],
    ['pt', false],
    ['models/model.pt/', false],
    ['notes.ptx', false],
  ])('%s -> %s', (name, expected) => {
    expect(isModelFileName(name)).toBe(expected);
  });

  it('agrees with the glob verify-provenance used, for every listed extension and random names', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_.-]{0,8}$/);
    const names = fc
      .tuple(
        fc.array(segment, { maxLength: 3 }),
        segment,
        fc.constantFrom(...MODEL_FILE_EXTENSIONS, 'tar', 'gz', 'txt', ''),
        fc.boolean(),
      )
      .map(([folders, stem, extension, upper]) => {
        const base = extension ? `${stem}.${upper ? extension.toUpperCase() : extension}` : stem;
        return [...folders.filter((folder) => folder && folder !== '.' && folder !== '..'), base].join('/');
      })
      .filter(
        (name) =>
          name.length > 0 && !name.split('/').some((part) => part === '' || part === '.' || part === '..'),
      );
    fc.assert(
      fc.property(names, (name) => {
        expect(isModelFileName(name)).toBe(previousVerifyProvenanceGlob(name));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('looksLikeModelFile', () => {
  it('a model format is a model file under any name', async () => {
    const pickle = await readFile(path.join(FIXTURES, 'logreg.pkl'));
    expect(looksLikeModelFile(pickle, 'notes.txt')).toBe(true);
    expect(looksLikeModelFile(await readFile(path.join(FIXTURES, 'model.safetensors')), 'blob')).toBe(true);
  });

  it('a compressed stream or a plain zip counts only under a model name', async () => {
    const gzip = await readFile(path.join(FIXTURES, 'logreg.joblib.gz'));
    expect(looksLikeModelFile(gzip, 'logreg.joblib.gz')).toBe(true);
    expect(looksLikeModelFile(gzip, 'model.pkl.gz')).toBe(true);
    expect(looksLikeModelFile(gzip, 'docs.tar.gz')).toBe(false);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0)]);
    expect(looksLikeModelFile(zip, 'handler.mar')).toBe(true);
    expect(looksLikeModelFile(zip, 'site.zip')).toBe(false);
  });

  it('unknown content is not a model file, whatever its name', () => {
    expect(looksLikeModelFile(new TextEncoder().encode('hello world\n'), 'model.pt')).toBe(false);
    expect(looksLikeModelFile(new Uint8Array(0), 'model.onnx')).toBe(false);
  });
});
