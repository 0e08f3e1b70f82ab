// abi/struct.ts — a tiny layout language for C structs on x86-64 (LP64, little-endian) with
// encode/decode to bytes: struct() lays fields out by C's alignment rules (or packed),
// overlay() places them at explicit offsets (unions). The layouts themselves live in
// abi/structs.ts; this file only knows how to lay fields out and move values in and out.
//
// Values are plain JS objects. 64-bit fields are numbers: exact below 2^53; on encode a value
// of 2^64 or more becomes all ones, so Number(0xffff_ffff_ffff_ffffn) (= 2^64, e.g.
// RLIM_INFINITY) round-trips. Char arrays ('cstr') are binary strings (one char per byte),
// NUL-terminated when shorter than the array.

export type Scalar = 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'u64' | 'i64';

export type FieldType =
  | Scalar
  | { readonly cstr: number } // char[n], a NUL-terminated binary string
  | { readonly bytes: number } // unsigned char[n] as a Uint8Array
  | { readonly array: Scalar; readonly n: number } // scalar[n] as number[]
  | { readonly struct: Layout<any> } // a nested struct
  | { readonly pad: number }; // unnamed padding bytes (name the field '_')

export interface FieldDef {
  readonly name: string;
  readonly type: FieldType;
  readonly offset: number;
  readonly size: number;
}

export interface Layout<T> {
  readonly name: string;
  readonly size: number;
  readonly align: number;
  readonly fields: readonly FieldDef[];
  /** Writes `value` at `offset`; missing fields are written as zero. */
  encode(value: Partial<T>, view: DataView, offset: number): void;
  decode(view: DataView, offset: number): T;
  /** Convenience: a fresh byte array holding `value`. */
  toBytes(value: Partial<T>): Uint8Array;
  /**
   * `value` encoded in a byte array the layout owns and reuses: valid until the next call, for
   * copying out at once (a fresh ArrayBuffer per stat(2) costs more than the rest of the call).
   */
  scratchBytes(value: Partial<T>): Uint8Array;
  fromBytes(bytes: Uint8Array, offset?: number): T;
  /** The offset of a field, for tests and for kernels that patch one field. */
  offsetOf(field: keyof T & string): number;
}

const SCALAR_SIZE: Record<Scalar, number> = { u8: 1, i8: 1, u16: 2, i16: 2, u32: 4, i32: 4, u64: 8, i64: 8 };
const TWO64 = 18446744073709551616;

function sizeAlign(t: FieldType): [size: number, align: number] {
  if (typeof t === 'string') return [SCALAR_SIZE[t], SCALAR_SIZE[t]];
  if ('cstr' in t) return [t.cstr, 1];
  if ('bytes' in t) return [t.bytes, 1];
  if ('pad' in t) return [t.pad, 1];
  if ('array' in t) return [SCALAR_SIZE[t.array] * t.n, SCALAR_SIZE[t.array]];
  return [t.struct.size, t.struct.align];
}

function getScalar(view: DataView, off: number, t: Scalar): number {
  switch (t) {
    case 'u8': return view.getUint8(off);
    case 'i8': return view.getInt8(off);
    case 'u16': return view.getUint16(off, true);
    case 'i16': return view.getInt16(off, true);
    case 'u32': return view.getUint32(off, true);
    case 'i32': return view.getInt32(off, true);
    case 'u64': return view.getUint32(off, true) + view.getUint32(off + 4, true) * 4294967296;
    case 'i64': return Number(view.getBigInt64(off, true));
  }
}

function setScalar(view: DataView, off: number, t: Scalar, v: number): void {
  switch (t) {
    case 'u8': case 'i8': view.setUint8(off, v & 0xff); return;
    case 'u16': case 'i16': view.setUint16(off, v & 0xffff, true); return;
    case 'u32': case 'i32': view.setUint32(off, v >>> 0, true); return;
    case 'u64': case 'i64': {
      if (v >= TWO64) { view.setUint32(off, 0xffffffff, true); view.setUint32(off + 4, 0xffffffff, true); return; }
      if (v >= 0 && v <= Number.MAX_SAFE_INTEGER) {
        view.setUint32(off, v % 4294967296, true);
        view.setUint32(off + 4, Math.floor(v / 4294967296), true);
        return;
      }
      view.setBigUint64(off, BigInt.asUintN(64, BigInt(Math.trunc(v))), true);
      return;
    }
  }
}

/** The encoder for any struct: a loop over the fields (see compiledEncoder for the fast one). */
export function genericEncoder(named: readonly FieldDef[], size: number): Layout<unknown>['encode'] {
  return function encode(value, view, offset) {
    let i = offset;
    for (const end = offset + size - 3; i < end; i += 4) view.setUint32(i, 0);
    for (; i < offset + size; i++) view.setUint8(i, 0);
    const v = value as Record<string, unknown>;
    for (const f of named) {
      const x = v[f.name];
      if (x === undefined) continue;
      const o = offset + f.offset;
      const t = f.type;
      if (typeof t === 'string') setScalar(view, o, t, x as number);
      else if ('cstr' in t) {
        const s = x as string;
        const n = Math.min(s.length, t.cstr);
        for (let i = 0; i < n; i++) view.setUint8(o + i, s.charCodeAt(i) & 0xff);
      } else if ('bytes' in t) {
        const b = x as Uint8Array;
        for (let i = 0; i < Math.min(b.length, t.bytes); i++) view.setUint8(o + i, b[i]!);
      } else if ('array' in t) {
        const a = x as readonly number[];
        const es = SCALAR_SIZE[t.array];
        for (let i = 0; i < Math.min(a.length, t.n); i++) setScalar(view, o + i * es, t.array, a[i]!);
      } else if ('struct' in t) t.struct.encode(x as object, view, o);
    }
  };
}

/**
 * For a struct of scalar fields only (struct stat, timespec, pollfd…), an encoder compiled to
 * straight-line code: one constant-named property load and one DataView store per field, where
 * the generic loop below makes a keyed load by a computed name (megamorphic) per field. It is a
 * third of a stat(2) otherwise. Null where code cannot be generated (other field kinds, or an
 * environment whose content security policy forbids `new Function`): the generic loop serves.
 */
export function compiledEncoder(named: readonly FieldDef[], size: number): Layout<unknown>['encode'] | null {
  if (!named.every((f) => typeof f.type === 'string')) return null;
  const lines = ['let i = offset;', `for (const end = offset + ${size - 3}; i < end; i += 4) view.setUint32(i, 0);`,
    `for (; i < offset + ${size}; i++) view.setUint8(i, 0);`, 'let x;'];
  for (const f of named) {
    const o = `offset + ${f.offset}`;
    const store: Record<Scalar, string> = {
      u8: `view.setUint8(${o}, x & 0xff)`, i8: `view.setUint8(${o}, x & 0xff)`,
      u16: `view.setUint16(${o}, x & 0xffff, true)`, i16: `view.setUint16(${o}, x & 0xffff, true)`,
      u32: `view.setUint32(${o}, x >>> 0, true)`, i32: `view.setUint32(${o}, x >>> 0, true)`,
      // Small non-negative values (almost all of them) need one store; the rest take setScalar's path.
      u64: `if (x >= 0 && x <= 0xffffffff) view.setUint32(${o}, x, true); else setScalar(view, ${o}, 'u64', x)`,
      i64: `if (x >= 0 && x <= 0xffffffff) view.setUint32(${o}, x, true); else setScalar(view, ${o}, 'i64', x)`,
    };
    lines.push(`x = v[${JSON.stringify(f.name)}];`, `if (x !== undefined) ${store[f.type as Scalar]};`);
  }
  try {
    const make = new Function('setScalar', `return function encode(v, view, offset) {\n${lines.join('\n')}\n};`);
    return make(setScalar) as Layout<unknown>['encode'];
  } catch {
    return null;
  }
}

/**
 * Declares a struct. Fields are laid out in order with C's natural alignment (or none when
 * `packed`); the size is rounded up to the largest alignment. `size`, when given, is checked
 * against the computed size, so a layout that drifts from the kernel's fails at load.
 */
export function struct<T>(
  name: string,
  fields: ReadonlyArray<readonly [string, FieldType]>,
  opts: { packed?: boolean; size?: number } = {},
): Layout<T> {
  let off = 0;
  let maxAlign = 1;
  const defs: FieldDef[] = [];
  for (const [fname, type] of fields) {
    const [size, align0] = sizeAlign(type);
    const align = opts.packed ? 1 : align0;
    off = Math.ceil(off / align) * align;
    defs.push(Object.freeze({ name: fname, type, offset: off, size }));
    off += size;
    maxAlign = Math.max(maxAlign, align);
  }
  const size = Math.ceil(off / maxAlign) * maxAlign;
  if (opts.size !== undefined && opts.size !== size) {
    throw new Error(`abi: struct ${name} is ${size} bytes, expected ${opts.size}`);
  }
  const named = defs.filter((f) => f.name !== '_');
  const layout = withBytes<T>({
    name,
    size,
    align: maxAlign,
    fields: Object.freeze(defs),
    encode: compiledEncoder(named, size) ?? genericEncoder(named, size),
    decode(view, offset) {
      const out: Record<string, unknown> = {};
      for (const f of named) {
        const o = offset + f.offset;
        const t = f.type;
        if (typeof t === 'string') out[f.name] = getScalar(view, o, t);
        else if ('cstr' in t) {
          let s = '';
          for (let i = 0; i < t.cstr; i++) {
            const c = view.getUint8(o + i);
            if (c === 0) break;
            s += String.fromCharCode(c);
          }
          out[f.name] = s;
        } else if ('bytes' in t) {
          out[f.name] = new Uint8Array(view.buffer.slice(view.byteOffset + o, view.byteOffset + o + t.bytes));
        } else if ('array' in t) {
          const es = SCALAR_SIZE[t.array];
          const a: number[] = [];
          for (let i = 0; i < t.n; i++) a.push(getScalar(view, o + i * es, t.array));
          out[f.name] = a;
        } else if ('struct' in t) out[f.name] = t.struct.decode(view, o);
      }
      return out as T;
    },
    offsetOf(field) {
      const f = defs.find((d) => d.name === field);
      if (!f) throw new Error(`abi: struct ${name} has no field ${field}`);
      return f.offset;
    },
  });
  return layout;
}

/** Completes a layout with the byte-array conveniences every layout has. */
function withBytes<T>(core: Omit<Layout<T>, 'toBytes' | 'fromBytes' | 'scratchBytes'>): Layout<T> {
  let scratch: Uint8Array | null = null;
  let scratchView: DataView | null = null;
  const layout: Layout<T> = {
    ...core,
    scratchBytes(value) {
      if (scratch === null) {
        scratch = new Uint8Array(core.size);
        scratchView = new DataView(scratch.buffer);
      }
      core.encode(value, scratchView!, 0);
      return scratch;
    },
    toBytes(value) {
      const b = new Uint8Array(core.size);
      core.encode(value, new DataView(b.buffer), 0);
      return b;
    },
    fromBytes(bytes, offset = 0) {
      return core.decode(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset);
    },
  };
  return Object.freeze(layout);
}

/**
 * A union-like layout: fields at explicit, possibly overlapping offsets. encode zeroes the
 * whole struct, then writes the fields present in the value (so write one union member);
 * decode reads every field (each union view of the same bytes).
 */
export function overlay<T>(
  name: string,
  size: number,
  fields: ReadonlyArray<readonly [string, FieldType, number]>,
): Layout<T> {
  const parts = fields.map(([fname, type, off]) => {
    const one = struct<Record<string, unknown>>(`${name}.${fname}`, [[fname, type]]);
    const def = one.fields[0]!;
    if (off + def.size > size) throw new Error(`abi: ${name}.${fname} overflows the struct`);
    return { fname, off, one, def: Object.freeze({ name: fname, type, offset: off, size: def.size }) };
  });
  const align = Math.max(1, ...parts.map((p) => p.one.align));
  if (size % align !== 0) throw new Error(`abi: ${name}: size ${size} is not a multiple of ${align}`);
  return withBytes<T>({
    name,
    size,
    align,
    fields: Object.freeze(parts.map((p) => p.def)),
    encode(value, view, offset) {
      let i = offset;
      for (const end = offset + size - 3; i < end; i += 4) view.setUint32(i, 0);
      for (; i < offset + size; i++) view.setUint8(i, 0);
      const v = value as Record<string, unknown>;
      for (const p of parts) {
        if (v[p.fname] !== undefined) p.one.encode({ [p.fname]: v[p.fname] }, view, offset + p.off);
      }
    },
    decode(view, offset) {
      const out: Record<string, unknown> = {};
      for (const p of parts) out[p.fname] = p.one.decode(view, offset + p.off)[p.fname];
      return out as T;
    },
    offsetOf(field) {
      const p = parts.find((q) => q.fname === field);
      if (!p) throw new Error(`abi: struct ${name} has no field ${field}`);
      return p.off;
    },
  });
}
