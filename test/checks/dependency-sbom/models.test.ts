import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  huggingFacePurl,
  huggingFaceSnapshot,
  inventoryModels,
} from '../../../src/checks/dependency-sbom/models.js';

const SCAN_MODEL = path.resolve('test/fixtures/scan-model');
const REVISION = '0123456789abcdef0123456789abcdef01234567';

describe('inventoryModels', () => {
  it('hashes every model, tells formats by content, and gives Hugging Face folders their card and purl', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'mlsec-models-'));
    const snapshot = `hub/models--acme--sentiment/snapshots/${REVISION}`;
    await mkdir(path.join(root, snapshot), { recursive: true });
    await cp(
      path.join(SCAN_MODEL, 'benign/model.safetensors'),
      path.join(root, snapshot, 'model.safetensors'),
    );
    await writeFile(
      path.join(root, snapshot, 'config.json'),
      JSON.stringify({ architectures: ['Net'], model_type: 'net' }),
    );
    await writeFile(
      path.join(root, snapshot, 'README.md'),
      '---\npipeline_tag: text-classification\ndatasets: [imdb]\n---\n',
    );
    await cp(path.join(SCAN_MODEL, 'benign/state-dict.pt'), path.join(root, 'weights.dat'));
    await writeFile(path.join(root, 'notes.txt'), 'not a model');
    const files = [
      `${snapshot}/model.safetensors`,
      `${snapshot}/config.json`,
      `${snapshot}/README.md`,
      'weights.dat',
      'notes.txt',
    ].map((relative) => ({ relative, absolute: path.join(root, relative) }));
    const { models, problems } = await inventoryModels(files);
    expect(problems).toEqual([]);
    expect(models.map((model) => model.path)).toEqual([`${snapshot}/model.safetensors`, 'weights.dat']);
    const sha = async (relative: string) =>
      createHash('sha256')
        .update(await readFile(path.join(root, relative)))
        .digest('hex');
    expect(models[0]).toMatchObject({
      sha256: await sha(`${snapshot}/model.safetensors`),
      purl: `pkg:huggingface/acme/sentiment@${REVISION}`,
      card: { task: 'text-classification', datasets: ['imdb'], architectures: ['Net'], modelType: 'net' },
      facts: { format: 'safetensors', pickleBased: false },
    });
    // A pickle-based checkpoint under a name that hides it is still found, and marked.
    expect(models[1]).toMatchObject({
      sha256: await sha('weights.dat'),
      facts: { format: 'torch-zip', pickleBased: true },
    });
    expect(models[1]!.card).toBeUndefined();
  });

  it('reports a model file that cannot be read instead of leaving it out', async () => {
    const { models, problems } = await inventoryModels([
      { relative: 'gone.onnx', absolute: '/nonexistent/gone.onnx' },
    ]);
    expect(models).toEqual([]);
    expect(problems).toEqual([
      { source: { file: 'gone.onnx' }, message: 'not read (no such file (ENOENT))' },
    ]);
  });
});

describe('Hugging Face snapshots', () => {
  it('are told by the cache layout only', () => {
    expect(huggingFaceSnapshot(`x/models--org--name/snapshots/${REVISION}/w.bin`)).toEqual({
      id: 'org/name',
      revision: REVISION,
    });
    expect(huggingFaceSnapshot('models/org/name/w.bin')).toBeUndefined();
    expect(huggingFaceSnapshot('x/models--org--name/snapshots/main/w.bin')).toBeUndefined();
    expect(huggingFacePurl({ id: 'org/name', revision: REVISION })).toBe(
      `pkg:huggingface/org/name@${REVISION}`,
    );
  });
});
