/**
 * The attacks' view of channels-last data. Square draws its windows per channel over [C, H, W]
 * samples; given [H, W, C] it would take rows for channels and perturb the wrong shapes. For data
 * declared `layout: nhwc` the attacks get the same function over the same perturbations with the
 * coordinates permuted to [C, H, W]: inputs are permuted back before every model call, gradients
 * forward after it. The threat model is unchanged (a permutation keeps every norm and the box).
 */
import type { Classifier, LossGradient, LossKind } from './classifier.js';

/** [n, H, W, C] -> [n, C, H, W] when `toChannelsFirst`, else the inverse. */
export function permuteChannels(
  values: Float32Array,
  n: number,
  shape: { height: number; width: number; channels: number },
  toChannelsFirst: boolean,
): Float32Array {
  const { height, width, channels } = shape;
  const plane = height * width;
  const size = plane * channels;
  const out = new Float32Array(n * size);
  for (let s = 0; s < n; s++) {
    const base = s * size;
    for (let p = 0; p < plane; p++) {
      for (let c = 0; c < channels; c++) {
        const last = base + p * channels + c;
        const first = base + c * plane + p;
        if (toChannelsFirst) out[first] = values[last]!;
        else out[last] = values[first]!;
      }
    }
  }
  return out;
}

/** A classifier over [H, W, C] samples seen as [C, H, W]; `sampleShape` of the inner one must be [H, W, C]. */
export function channelsFirstView(inner: Classifier): Classifier {
  const [height, width, channels] = inner.sampleShape as [number, number, number];
  if (inner.sampleShape.length !== 3) throw new Error('channelsFirstView: the sample shape is not [H, W, C]');
  const shape = { height, width, channels };
  return {
    sampleShape: [channels, height, width],
    inputSize: inner.inputSize,
    classes: inner.classes,
    // Read through: the runtime may fall back to estimated gradients when a backward graph fails.
    get gradients() {
      return inner.gradients;
    },
    get gradientNote() {
      return inner.gradientNote;
    },
    logits: (inputs, n) => inner.logits(permuteChannels(inputs, n, shape, false), n),
    async lossGradient(
      inputs: Float32Array,
      labels: Int32Array,
      n: number,
      loss: LossKind,
    ): Promise<LossGradient> {
      const result = await inner.lossGradient(permuteChannels(inputs, n, shape, false), labels, n, loss);
      return { logits: result.logits, gradient: permuteChannels(result.gradient, n, shape, true) };
    },
  };
}
