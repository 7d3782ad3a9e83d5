// A port of the parts of CPython's `random.Random` (MT19937) that the article generator uses, bit for bit:
// seeding with a non-negative integer, random(), getrandbits(k <= 32), randrange, randint, choice, shuffle, sample
// and uniform. With it, tests/bench/realistic-articles.mjs writes the same articles as gen-articles.py (Python 3.11).

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class PythonRandom {
  /** @param {number} seed a non-negative safe integer, as `random.Random(seed)` takes it */
  constructor(seed) {
    if (!Number.isSafeInteger(seed) || seed < 0)
      throw new RangeError(`seed must be a non-negative safe integer, got ${seed}`);
    this.mt = new Uint32Array(N);
    this.mti = N + 1;
    // CPython splits the integer into 32-bit words, least significant first (at least one word).
    const key = [];
    let rest = seed;
    do {
      key.push(rest % 0x100000000);
      rest = Math.floor(rest / 0x100000000);
    } while (rest > 0);
    this.#initByArray(key);
  }

  #initGenrand(s) {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 * prev + i, in 32-bit arithmetic
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  #initByArray(key) {
    const mt = this.mt;
    this.#initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** The next 32-bit output of MT19937. */
  uint32() {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) with 53 random bits, like `random.random()`. */
  random() {
    const a = this.uint32() >>> 5;
    const b = this.uint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** @param {number} k 0..32 */
  getrandbits(k) {
    if (k === 0) return 0;
    if (k > 32) throw new RangeError('getrandbits above 32 bits is not needed here');
    return this.uint32() >>> (32 - k);
  }

  /** An integer in [0, n), by rejection sampling like `_randbelow_with_getrandbits`. */
  randbelow(n) {
    const k = n === 0 ? 0 : 32 - Math.clz32(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** `randrange(stop)` or `randrange(start, stop)`. */
  randrange(start, stop) {
    if (stop === undefined) {
      if (start <= 0) throw new RangeError('empty range for randrange()');
      return this.randbelow(start);
    }
    const width = stop - start;
    if (width <= 0) throw new RangeError('empty range for randrange()');
    return start + this.randbelow(width);
  }

  /** An integer in [a, b], both included. */
  randint(a, b) {
    return this.randrange(a, b + 1);
  }

  /** @template T @param {readonly T[]} seq @returns {T} */
  choice(seq) {
    if (seq.length === 0) throw new RangeError('cannot choose from an empty sequence');
    return seq[this.randbelow(seq.length)];
  }

  /** Shuffles in place like `random.shuffle`. @template T @param {T[]} list */
  shuffle(list) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1);
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  }

  /** `sample(range(n), k)`: k distinct integers of [0, n), in CPython's order. */
  sampleRange(n, k) {
    if (k < 0 || k > n) throw new RangeError('sample larger than population or is negative');
    const result = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /** `uniform(a, b)`. */
  uniform(a, b) {
    return a + (b - a) * this.random();
  }
}

/** `sum()` of floats as CPython 3.12+ computes it (compensated); equal to plain addition for CPython 3.11. */
export function pythonSum(values, compensated = false) {
  let total = 0;
  if (!compensated) {
    for (const v of values) total += v;
    return total;
  }
  let c = 0;
  for (const x of values) {
    const t = total + x;
    if (Math.abs(total) >= Math.abs(x)) c += total - t + x;
    else c += x - t + total;
    total = t;
  }
  return c !== 0 && Number.isFinite(c) ? total + c : total;
}
