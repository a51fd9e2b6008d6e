import type { CheckDefinition } from '../../core/check.js';
import { NotImplementedError } from '../../core/errors.js';

export const robustnessCheck: CheckDefinition = {
  name: 'robustness-check',
  summary: 'Measure adversarial robustness of an ONNX classifier between a certified bound and attacks.',
  positional: { name: 'paths', description: 'Not used; name the model with --model.', default: [] },
  options: [
    { name: 'model', type: 'path', description: 'The ONNX classifier.' },
    { name: 'inputs', type: 'path', description: 'Evaluation inputs (.npy).' },
    { name: 'labels', type: 'path', description: 'Evaluation labels (.npy).' },
    { name: 'epsilons', type: 'list', description: 'Perturbation budgets.', default: '0.02,0.05' },
    {
      name: 'norm',
      type: 'string',
      description: 'Perturbation norm.',
      default: 'linf',
      choices: ['linf', 'l2'],
    },
    {
      name: 'attacks',
      type: 'list',
      description: 'Attacks to run.',
      default: 'fgsm,pgd',
      choices: ['fgsm', 'pgd', 'square', 'hsj'],
    },
    {
      name: 'certify',
      type: 'string',
      description: 'Certified lower bound method.',
      default: 'ibp',
      choices: ['ibp', 'crown'],
    },
    { name: 'samples', type: 'number', description: 'Number of evaluation samples.', default: '100' },
    { name: 'seed', type: 'number', description: 'Random seed.', default: '0' },
  ],
  run() {
    return Promise.reject(new NotImplementedError('robustness-check'));
  },
};
