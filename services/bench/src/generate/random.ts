/**
 * Deterministic randomness: every value of the dataset is a pure function of (seed, stream,
 * key), so that any row can be rebuilt without generating the rows before it (resumable,
 * order-independent, the same on every machine).
 */

/** 32-bit hash of integers and strings (murmur3-style mixing). */
export function hash32(...parts: (number | string)[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    if (typeof part === "number") h = mix(h, part >>> 0, Math.floor(part / 2 ** 32) >>> 0);
    else for (let i = 0; i < part.length; i += 1) h = mix(h, part.charCodeAt(i), 0);
  }
  return fmix(h);
}

function mix(h: number, low: number, high: number): number {
  for (const k0 of [low, high]) {
    let k = Math.imul(k0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  return h;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A small fast generator (mulberry32) keyed by `hash32(seed, stream, key…)`. */
export class Rng {
  private state: number;

  constructor(seed: number, ...key: (number | string)[]) {
    this.state = hash32(seed, ...key);
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)]!;
  }

  /** One of the keys of `weights`, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let left = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) {
      left -= weight;
      if (left < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
}

/**
 * Draws from a fixed discrete distribution in O(log n): used to give each action its
 * organisme with a Zipf law (a few large OF — GRETA, AFPA — and a long tail of small ones).
 */
export class DiscreteSampler {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i += 1) this.cumulative[i] = sum += weights[i]!;
  }

  /** Index drawn for u uniform in [0, 1). */
  index(u: number): number {
    const target = u * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

export function zipfWeights(n: number, exponent: number): Float64Array {
  const weights = new Float64Array(n);
  for (let rank = 1; rank <= n; rank += 1) weights[rank - 1] = 1 / rank ** exponent;
  return weights;
}
