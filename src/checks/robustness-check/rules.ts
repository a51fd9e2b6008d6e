import type { Rule } from '../../core/findings.js';

/**
 * Rule metadata of robustness-check (public contract: ids never change). Evasion is OWASP ML01
 * (input manipulation) and MITRE ATLAS AML.T0015 (evade ML model) with AML.T0043 (craft
 * adversarial data); membership inference is ML04 and AML.T0024 (exfiltration via ML inference API).
 */
const EVASION = { owaspMl: ['ML01' as const], atlas: ['AML.T0015', 'AML.T0043'] };

export type RobustnessRuleId =
  | 'robustness/below-minimum'
  | 'robustness/regression'
  | 'robustness/regression-not-checked'
  | 'robustness/gradient-masking'
  | 'robustness/estimated-gradients'
  | 'robustness/not-certified'
  | 'robustness/inconsistent-bounds'
  | 'robustness/input-validation'
  | 'robustness/membership-inference';

export const ROBUSTNESS_RULES: Readonly<Record<RobustnessRuleId, Rule>> = {
  'robustness/below-minimum': {
    id: 'robustness/below-minimum',
    title: 'Robust accuracy is below the required minimum',
    help:
      'Under attack within the perturbation budget, the share of evaluation samples the model still ' +
      'classifies correctly (the per-sample worst case over every attack run) is below `min-robust-accuracy`. ' +
      'An attacker who can change inputs by that much can make the model misclassify more often than the ' +
      'policy allows. Train with adversarial examples (PGD adversarial training), add certified training ' +
      '(IBP/CROWN), or lower the budget only if the threat model allows it.',
    defaultLevel: 'error',
    securitySeverity: 7.5,
    ...EVASION,
  },
  'robustness/regression': {
    id: 'robustness/regression',
    title: 'Robust accuracy dropped against the base branch',
    help:
      'On the same samples, attacked with the same seed and settings, this model is robust on fewer samples ' +
      'than the model on the base branch, by more than `max-drop`, and a one-sided exact McNemar test on the ' +
      'paired outcomes says the drop is not noise (p below `significance`). Find the change that weakened ' +
      'the model (training data, regularisation, architecture, a removed defence).',
    defaultLevel: 'error',
    securitySeverity: 6.5,
    ...EVASION,
  },
  'robustness/regression-not-checked': {
    id: 'robustness/regression-not-checked',
    title: 'The regression gate could not compare with the base branch',
    help:
      '`max-drop` is set, but this run had no base result to compare with sample by sample: none is stored for ' +
      'the base branch with these evaluation settings (the base branch\u2019s push run stores one; changing the data, ' +
      '`samples`, the seed, the budgets or the attacks starts afresh), no `compare-to` file was named, or the base ' +
      'result lacks an epsilon or was attacked differently (exact against estimated gradients). The gate did not ' +
      'run: run the base branch with the same settings, or name its result file with `compare-to`.',
    defaultLevel: 'warning',
    securitySeverity: 3.0,
    ...EVASION,
  },
  'robustness/gradient-masking': {
    id: 'robustness/gradient-masking',
    title: 'Gradients look masked: white-box attacks may overstate robustness',
    help:
      'A black-box attack (Square, HopSkipJump or random noise) broke samples that the gradient attacks ' +
      '(FGSM, PGD) could not, or the input gradient is zero for many samples. Both are signs of gradient ' +
      'masking or obfuscation: the robustness the gradient attacks measure is then not real, and an adaptive ' +
      'attacker will do better. Trust the worst case over all attacks, and look for non-differentiable steps ' +
      '(rounding, quantisation, saturating activations) in the model.',
    defaultLevel: 'warning',
    securitySeverity: 5.3,
    ...EVASION,
  },
  'robustness/estimated-gradients': {
    id: 'robustness/estimated-gradients',
    title: 'Gradients were estimated, not computed',
    help:
      'The model has an operator without a backward rule in mlsec, so FGSM and PGD used a gradient-free ' +
      'estimate (SPSA). Estimated gradients are weaker: the attacked accuracy may be higher than what an ' +
      'attacker with the real gradient achieves.',
    defaultLevel: 'note',
    securitySeverity: 2.0,
    ...EVASION,
  },
  'robustness/not-certified': {
    id: 'robustness/not-certified',
    title: 'No certified lower bound could be computed',
    help:
      'The model has an operator the interval bounds (IBP/CROWN) do not cover, so the report has no certified ' +
      'robust accuracy: only the attacks, which are upper bounds, were run.',
    defaultLevel: 'note',
    securitySeverity: 2.0,
    ...EVASION,
  },
  'robustness/inconsistent-bounds': {
    id: 'robustness/inconsistent-bounds',
    title: 'A certified sample was broken by an attack',
    help:
      'A sample proved robust by the certified bound was misclassified by an attack. That cannot happen when ' +
      'both are right: the runtime computes something other than the graph the bound analysed (a custom ' +
      'kernel, a numeric difference at the decision boundary) or mlsec has a bug. Please report it with the model.',
    defaultLevel: 'error',
    securitySeverity: 5.0,
    ...EVASION,
  },
  'robustness/input-validation': {
    id: 'robustness/input-validation',
    title: 'Invalid inputs make the model return non-finite outputs',
    help:
      'Inputs with NaN or infinite values, far out of the valid range, or of the wrong shape reach the model ' +
      'and make it return NaN or infinite scores (or fail in an unexpected way). Code that serves the model ' +
      'must validate inputs (finite, in range, right shape) before inference; a model that fails open on ' +
      'garbage input is an evasion and denial-of-service risk.',
    defaultLevel: 'warning',
    securitySeverity: 4.3,
    ...EVASION,
  },
  'robustness/membership-inference': {
    id: 'robustness/membership-inference',
    title: 'Training samples can be told apart from unseen ones',
    help:
      'A loss-threshold membership-inference attack separates training samples from held-out samples better ' +
      'than `max-membership-auc` allows: the model memorises its training data, and anyone who can query it ' +
      'can learn whether a record was in the training set. Regularise (weight decay, early stopping, data ' +
      'augmentation) or train with differential privacy.',
    defaultLevel: 'error',
    securitySeverity: 6.5,
    owaspMl: ['ML04'],
    atlas: ['AML.T0024.000'],
  },
};
