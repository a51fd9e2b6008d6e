/**
 * A seedable generator for the attacks: the same seed gives the same random starts, squares and
 * probes on every machine, so results on a pull request and on main are paired sample by sample.
 * xoshiro128** (Blackman and Vigna), seeded through splitmix32 so that nearby seeds diverge.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in 0..n-1. */
  int(n: number): number;
  /** Standard normal. */
  normal(): number;
  sign(): 1 | -1;
}

const TWO_POW_32 = 4294967296;

function splitmix32(state: { value: number }): number {
  state.value = (state.value + 0x9e3779b9) | 0;
  let z = state.value;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`createRng: the seed must be a safe integer, got ${seed}`);
  }
  // Both halves of the seed count, so seeds that differ only above bit 32 still differ.
  const mixer = { value: (seed | 0) ^ Math.imul(Math.floor(seed / TWO_POW_32) | 0, 0x27d4eb2f) };
  let s0 = splitmix32(mixer);
  let s1 = splitmix32(mixer);
  let s2 = splitmix32(mixer);
  let s3 = splitmix32(mixer);
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };

  let spareNormal: number | undefined;
  const next = (): number => nextUint32() / TWO_POW_32;
  return {
    next,
    int(n: number): number {
      if (!(Number.isInteger(n) && n >= 1 && n <= TWO_POW_32)) {
        throw new Error(`Rng.int: n must be an integer in 1..2^32, got ${n}`);
      }
      return Math.floor(next() * n);
    },
    normal(): number {
      if (spareNormal !== undefined) {
        const value = spareNormal;
        spareNormal = undefined;
        return value;
      }
      // Box-Muller; 1 - next() is in (0, 1], so the logarithm is finite.
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      const angle = 2 * Math.PI * next();
      spareNormal = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    sign(): 1 | -1 {
      return nextUint32() >= 0x80000000 ? 1 : -1;
    },
  };
}

/** A stream of its own for each attack, so adding or removing one attack leaves the others' draws alone. */
export function deriveSeed(seed: number, stream: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193);
  return ((seed | 0) ^ Math.imul(Math.floor(seed / TWO_POW_32) | 0, 0x27d4eb2f) ^ h) | 0;
}
