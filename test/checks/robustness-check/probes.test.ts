import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { probeInputValidation } from '../../../src/checks/robustness-check/probes.js';
import { makeRng, randomMlp } from './certify-graphs.js';

const mlp = randomMlp(makeRng(5), { inputSize: 6, hidden: [5], classes: 3 });

describe('input-validation probes', () => {
  it('report what the model does with each invalid input', async () => {
    const results = await probeInputValidation(ort, mlp, [6], 1, 100, 'logits');
    expect(results.map((result) => [result.probe, result.outcome])).toEqual([
      ['NaN in one value', 'non-finite'],
      ['+Infinity in one value', 'non-finite'],
      // Through this network's weights -Infinity only reaches ReLUs that cut it to 0.
      ['-Infinity in one value', 'finite'],
      ['every value 1e6', 'finite'],
      ['every value -1e6', 'finite'],
      ['every value 1e30', 'finite'],
      ['one value too few (last axis)', 'rejected'],
      ['flattened (wrong rank)', 'rejected'],
    ]);
    expect(results[6]!.detail).toMatch(/\S/);
  });

  it('feed a fixed batch in full, so the model does not refuse every probe for its size', async () => {
    const fixed = {
      ...mlp,
      inputs: [{ ...mlp.inputs[0]!, shape: [4, 6] }],
      outputs: [{ ...mlp.outputs[0]!, shape: [4, 3] }],
    };
    const results = await probeInputValidation(ort, fixed, [6], 1, 100, 'logits');
    expect(results.slice(0, 6).map((result) => result.outcome)).toEqual([
      'non-finite',
      'non-finite',
      'finite',
      'finite',
      'finite',
      'finite',
    ]);
  });

  it('do not run shape probes on a model that declares no input shape, and say so', async () => {
    const shapeless = { ...mlp, inputs: [{ ...mlp.inputs[0]!, shape: undefined }] };
    const results = await probeInputValidation(ort, shapeless, [6], 1, 100, 'logits');
    expect(results.slice(6)).toEqual([
      {
        probe: 'one value too few (last axis)',
        outcome: 'not-run',
        detail: 'the model declares no input shape',
      },
      { probe: 'flattened (wrong rank)', outcome: 'not-run', detail: 'the model declares no input shape' },
    ]);
  });

  it('do not run at all when the fixed batch would not fit in memory', async () => {
    const huge = { ...mlp, inputs: [{ ...mlp.inputs[0]!, shape: [1_000_000, 6] }] };
    const results = await probeInputValidation(ort, huge, [6], 1, 1000, 'logits');
    expect(new Set(results.map((result) => result.outcome))).toEqual(new Set(['not-run']));
    expect(results[0]!.detail).toBe("the model's fixed batch of 1000000 is too large to probe");
  });
});
