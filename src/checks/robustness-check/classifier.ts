/**
 * What the attacks see of a model: a batched function from inputs (in input space, before any
 * preprocessing, which the graph already contains) to logits, and, when the graph allows it, the
 * exact gradient of a loss with respect to the inputs. Implemented over onnxruntime sessions in
 * `runtime.ts`, and by small pure-JS models in the tests.
 */

export type LossKind = 'ce' | 'margin';

export interface LossGradient {
  /** n x classes logits, row-major, of the inputs given. */
  readonly logits: Float32Array;
  /** n x inputSize: d loss_i / d x_i for each sample i (the loss of a sample depends only on it). */
  readonly gradient: Float32Array;
}

export interface Classifier {
  /** Shape of one sample (without the batch dimension); inputSize is its product. */
  readonly sampleShape: readonly number[];
  readonly inputSize: number;
  readonly classes: number;
  /**
   * `exact`: gradients from a backward graph; `estimated`: from SPSA, because the graph has an op
   * without a backward rule (named in `gradientNote`); `none`: label-only access.
   */
  readonly gradients: 'exact' | 'estimated' | 'none';
  readonly gradientNote?: string;
  /** Logits of n samples laid out back to back in `inputs` (n x inputSize). */
  logits(inputs: Float32Array, n: number): Promise<Float32Array>;
  /**
   * Loss and its input gradient per sample. `ce`: cross-entropy of softmax(logits) against the
   * label. `margin`: max_{j != y} z_j - z_y (the attacker maximises both).
   */
  lossGradient(inputs: Float32Array, labels: Int32Array, n: number, loss: LossKind): Promise<LossGradient>;
}
