// test/abi/encoders.test.ts — the compiled struct encoders (abi/struct.ts compiledEncoder,
// generated for structs of scalar fields) write exactly the bytes the generic field loop
// writes, for every layout in abi/structs.ts and any values: small, negative, past 2^32,
// past 2^53, 2^64 and beyond (all ones), fractions, and missing fields (zero).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledEncoder, genericEncoder } from '../../abi/struct';
import { LAYOUTS } from '../../abi/structs';

// Laid out by struct(): fields in order without overlap (overlay() unions encode their own way).
const sequential = (l: (typeof LAYOUTS)[string]): boolean => l.fields.every((f, i) => i === 0 || f.offset >= l.fields[i - 1]!.offset + l.fields[i - 1]!.size);
const scalarLayouts = Object.entries(LAYOUTS).filter(([, l]) => sequential(l) && l.fields.every((f) => f.name === '_' || typeof f.type === 'string'));

const value = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 32 + 5 }),
  fc.constantFrom(0, -1, 2 ** 32, 2 ** 32 - 1, 2 ** 53 - 1, 2 ** 63, 2 ** 64, 2 ** 65, -(2 ** 40), 0.5, 1e300),
  fc.double({ min: -(2 ** 60), max: 2 ** 60, noNaN: true }),
  fc.constant(undefined),
);

describe('compiled struct encoders', () => {
  it('exist for the scalar-only layouts (struct stat among them)', () => {
    expect(scalarLayouts.map(([n]) => n)).toContain('stat');
    for (const [, l] of scalarLayouts) expect(compiledEncoder(l.fields.filter((f) => f.name !== '_'), l.size)).not.toBeNull();
  });

  it.each(scalarLayouts.map(([n, l]) => [n, l] as const))('%s: same bytes as the generic loop', (_n, layout) => {
    const named = layout.fields.filter((f) => f.name !== '_');
    const fast = compiledEncoder(named, layout.size)!;
    const slow = genericEncoder(named, layout.size);
    fc.assert(fc.property(fc.array(value, { minLength: named.length, maxLength: named.length }), fc.nat(7), (vals, off) => {
      const obj: Record<string, number | undefined> = {};
      named.forEach((f, i) => { obj[f.name] = vals[i]; });
      const a = new Uint8Array(layout.size + 8).fill(0xaa);
      const b = new Uint8Array(layout.size + 8).fill(0xaa);
      fast(obj, new DataView(a.buffer), off);
      slow(obj, new DataView(b.buffer), off);
      expect(a).toEqual(b);
    }), { numRuns: 200 });
  });
});
