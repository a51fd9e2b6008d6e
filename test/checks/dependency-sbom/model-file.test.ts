import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeModelFile } from '../../../src/checks/dependency-sbom/model-file.js';
import { bufferSource } from '../../../src/checks/scan-model/source.js';

const FIXTURES = path.resolve('test/fixtures/scan-model');

async function describe_(file: string) {
  return describeModelFile(bufferSource(await readFile(path.join(FIXTURES, file))), path.basename(file));
}

describe('describeModelFile', () => {
  it('gives a safetensors file its tensor count, dtypes and parameters, from the header alone', async () => {
    const facts = await describe_('benign/model.safetensors');
    expect(facts.format).toBe('safetensors');
    expect(facts.pickleBased).toBe(false);
    expect(facts.problems).toEqual([]);
    expect(facts.properties.map((p) => p.name)).toEqual([
      'mlsec:model:dtypes',
      'mlsec:model:format',
      'mlsec:model:parameters',
      'mlsec:model:tensors',
    ]);
    expect(Number(facts.properties.find((p) => p.name === 'mlsec:model:parameters')!.value)).toBeGreaterThan(
      0,
    );
  });

  it('gives a GGUF file its architecture', async () => {
    const facts = await describe_('gguf/chatml.gguf');
    expect(facts.format).toBe('gguf');
    expect(facts.properties.find((p) => p.name === 'mlsec:model:architecture')?.value).toMatch(/\S/);
  });

  it('marks the formats whose loading unpickles', async () => {
    expect((await describe_('benign/state-dict.pt')).pickleBased).toBe(true);
    expect((await describe_('benign/state-dict-legacy.pt')).pickleBased).toBe(true);
    expect((await describe_('benign/array-object.npy')).pickleBased).toBe(true);
    expect((await describe_('benign/array-float32.npy')).pickleBased).toBe(false);
  });

  it('keeps a file whose header is broken as a component of its format, with the reason', async () => {
    const facts = await describe_('safetensors/offsets-past-end.safetensors');
    expect(facts.format).toBe('safetensors');
    expect(facts.properties.find((p) => p.name === 'mlsec:model:tensors')?.value).toBe('2');
    expect(facts.problems).toHaveLength(1);
    expect(facts.problems[0]).toMatch(/past the end|beyond|end of the file/i);
  });
});
