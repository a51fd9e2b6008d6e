import { lazyRun, type CheckDefinition } from '../../core/check.js';

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const SIGNED_DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

export const robustnessCheck: CheckDefinition = {
  name: 'robustness-check',
  summary: 'Measure adversarial robustness of an ONNX classifier between a certified bound and attacks.',
  positional: { name: 'paths', description: 'Not used; name the model with --model.', default: [] },
  options: [
    {
      name: 'model',
      type: 'path',
      description: 'The ONNX classifier (logits, probabilities or one sigmoid output).',
    },
    {
      name: 'inputs',
      type: 'path',
      description:
        'Evaluation inputs: .npy, .npz (arrays x and y, or name one as file.npz:array) or .csv (feature columns and a label column).',
    },
    {
      name: 'labels',
      type: 'path',
      description: 'Integer class labels (.npy, .npz:array or .csv), unless the inputs hold them.',
    },
    { name: 'label-column', type: 'string', description: 'The label column of a CSV.', default: 'label' },
    {
      name: 'input-range',
      type: 'list',
      description: 'Lowest and highest valid input value (attacks stay inside), as `low,high`.',
      default: '0,1',
      format: { pattern: SIGNED_DECIMAL, expected: 'a number' },
    },
    {
      name: 'scale',
      type: 'number',
      description: 'Preprocessing inside the evaluated function: the model sees (x * scale - mean) / std.',
    },
    {
      name: 'mean',
      type: 'list',
      description: 'Per-channel (or one) mean of the preprocessing.',
      format: { pattern: SIGNED_DECIMAL, expected: 'a number' },
    },
    {
      name: 'std',
      type: 'list',
      description: 'Per-channel (or one) standard deviation of the preprocessing.',
      format: { pattern: DECIMAL, expected: 'a positive number' },
    },
    {
      name: 'layout',
      type: 'string',
      description: 'Layout of image data in the inputs file; the model is given its own layout.',
      choices: ['nchw', 'nhwc'],
    },
    {
      name: 'output-kind',
      type: 'string',
      description:
        'What the model outputs; auto tells logits, softmax probabilities and a sigmoid apart from the graph.',
      default: 'auto',
      choices: ['auto', 'logits', 'probabilities', 'sigmoid'],
    },
    {
      name: 'epsilons',
      type: 'list',
      description: 'Perturbation budgets, in input units.',
      default: '0.02,0.05',
      format: { pattern: DECIMAL, expected: 'a non-negative number' },
    },
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
      description: 'Attacks to run; robust accuracy is the per-sample worst case over all of them.',
      default: 'fgsm,pgd,square',
      choices: ['fgsm', 'pgd', 'square', 'hsj', 'noise'],
    },
    {
      name: 'certify',
      type: 'string',
      description: 'Certified lower bound method (none to skip).',
      default: 'ibp',
      choices: ['ibp', 'crown', 'none'],
    },
    {
      name: 'samples',
      type: 'number',
      description: 'Evaluation samples (the first N of the data).',
      default: '100',
    },
    { name: 'seed', type: 'number', description: 'Random seed of the attacks.', default: '0' },
    { name: 'pgd-steps', type: 'number', description: 'PGD iterations.', default: '20' },
    { name: 'pgd-restarts', type: 'number', description: 'PGD random restarts (per loss).', default: '1' },
    {
      name: 'square-queries',
      type: 'number',
      description: 'Query budget of the Square attack per sample.',
      default: '1000',
    },
    {
      name: 'hsj-queries',
      type: 'number',
      description: 'Query budget of HopSkipJump per sample.',
      default: '1000',
    },
    {
      name: 'min-robust-accuracy',
      type: 'list',
      description:
        'Minimum robust accuracy: one value for every epsilon, or `epsilon:minimum` pairs (0.02:0.8,0.05:0.6).',
      format: {
        pattern: /^(?:(?:\d+(?:\.\d*)?|\.\d+):)?(?:\d+(?:\.\d*)?|\.\d+)$/,
        expected: 'a number or epsilon:number',
      },
    },
    {
      name: 'max-drop',
      type: 'number',
      description:
        'Largest drop of robust accuracy (0.02 = 2 points) allowed against the base branch, at any epsilon.',
    },
    {
      name: 'significance',
      type: 'number',
      description: 'A drop fails the gate only when the paired McNemar test gives p below this.',
      default: '0.05',
    },
    {
      name: 'compare-to',
      type: 'path',
      description: 'A results file of the base (written by save-result) to compare with.',
    },
    {
      name: 'save-result',
      type: 'path',
      description: 'Write this run\u2019s per-sample results here, for compare-to.',
    },
    { name: 'train-inputs', type: 'path', description: 'Training samples, for membership inference.' },
    { name: 'train-labels', type: 'path', description: 'Labels of train-inputs.' },
    {
      name: 'holdout-inputs',
      type: 'path',
      description: 'Samples never trained on, for membership inference.',
    },
    { name: 'holdout-labels', type: 'path', description: 'Labels of holdout-inputs.' },
    {
      name: 'max-membership-auc',
      type: 'number',
      description: 'Membership-inference AUC above which the run fails.',
      default: '0.6',
    },
    { name: 'batch-size', type: 'number', description: 'Samples per onnxruntime call.', default: '256' },
    { name: 'threads', type: 'number', description: 'onnxruntime intra-op threads.', default: '1' },
  ],
  outputs: {
    'clean-accuracy': 'Accuracy on the evaluation samples without attack.',
    'robust-accuracy': 'Worst-case robust accuracy at each epsilon, as JSON {"<epsilon>": accuracy}.',
  },
  run: lazyRun(() => import('./index.js')),
};
