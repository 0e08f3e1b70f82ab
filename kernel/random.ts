// kernel/random.ts — the kernel's only source of randomness: xoshiro128** seeded through
// splitmix32 from the kernel's seed. /dev/urandom, getrandom(2), AT_RANDOM, ASLR and port
// numbers all draw from it, so a seed fixes every "random" byte of a run.

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  next32(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.b << 9) >>> 0;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return r;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor((this.next32() / 4294967296) * n);
  }

  /** Fills `b` with random bytes. */
  fill(b: Uint8Array): void {
    let i = 0;
    for (; i + 4 <= b.length; i += 4) {
      const r = this.next32();
      b[i] = r & 0xff;
      b[i + 1] = (r >>> 8) & 0xff;
      b[i + 2] = (r >>> 16) & 0xff;
      b[i + 3] = r >>> 24;
    }
    if (i < b.length) {
      let r = this.next32();
      for (; i < b.length; i++, r >>>= 8) b[i] = r & 0xff;
    }
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
