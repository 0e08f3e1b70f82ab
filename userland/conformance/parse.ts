// userland/conformance/parse.ts — scenarios written in strace's own syntax, parsed into
// Scenarios (./model.ts). One parser, driven by the abi/ table's argument specs: for each
// argument it knows whether the kernel reads it (encode the printed value: a string, a struct,
// flags) or writes it (allocate a buffer; the printed value becomes an expectation).
//
// A scenario file:
//   # scenario: NAME                 starts a scenario (a file may hold several; the first
//                                    syscall line starts one implicitly)
//   # process N uid=U gid=G groups=A,B umask=022   declares process N (0 is root, umask 022)
//   # as N                           the following calls are made by process N
//   # expect-any: EACCES|EPERM       the next call must fail with one of these
//   # …                              any other comment
//   openat(AT_FDCWD, "a", O_WRONLY|O_CREAT|O_EXCL, 0644) = 3
//   read(3, "hello", 5) = 5          output arguments as printed are expectations
//   fstat(3, {st_mode=S_IFREG|0644, st_size=5, ...}) = 0
//   rename("a", "b/c") = -1 ENOTDIR (Not a directory)
//   close(3)                         no "=": the result is compared between kernels only
// Pointer arguments printed as addresses: below 0x10000 they are passed as they are (unmapped
// on both kernels: EFAULT); 0x10000 and above mean "a valid buffer" of the natural size.
// iovec arrays as strace prints them: [{iov_base="ab", iov_len=2}, {iov_base=0x1, iov_len=3}]
// (writev: the strings are the data; readv: each segment is a buffer of iov_len bytes and the
// strings are what the kernel must write there, cut at the return value as strace cuts them).
// In/out integers as strace prints them: sendfile(4, 3, [0] => [5], 5) passes 0 and expects 5.
// preadv2/pwritev2 are written as strace prints them, without the offset's high half.
// Memory (docs/CONFORMANCE.md has the details):
//   mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
//                                    binds the address to $a (each kernel its own value)
//   munmap($a+4096, 4096) = 0        $a, $a+N, $a-N in an argument or an iov_base
//   mremap($a, 4096, 4096, 0) = $a   a bound name as the result: equal to that side's value
//   # poke $a "bytes" [= ok|SIGSEGV|SIGBUS]        the program's own store
//   # peek $a N [= "bytes"|SIGSEGV|SIGBUS]         its own load (bare: must not fault)
//   # maps [FROM TO]                 /proc/PID/maps, cut to the scenario's regions, named;
//   #| $a-$a+8192 rw-p 00000000 00:00 0           the expected lines (#| (none): none)

import { syscallByName } from '../../abi/syscalls';
import { LAYOUTS } from '../../abi/structs';
import { makedev } from '../../abi/stat';
import type { ArgSpec } from '../../abi/types';
import { constantValue, errnoNumber } from './constants';
import { DIRECTIVE_MAPS, DIRECTIVE_NAMES, DIRECTIVE_PEEK, DIRECTIVE_POKE, type ArgValue, type Expectation, type IovSeg, type Printed, type ProcSpec, type Scenario, type Step } from './model';

/** A mistake in a scenario file, with where it is. */
export class ScenarioSyntaxError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'ScenarioSyntaxError';
  }
}

/** Pointers below this are unmapped on every x86-64 Linux (vm.mmap_min_addr). */
const LOW_ADDRESS = 0x10000n;

// ---------------------------------------------------------------------------------------------
// Values (the strace syntax of one argument)

class Cursor {
  i = 0;
  constructor(readonly s: string, readonly fail: (msg: string) => never) {}
  peek(): string {
    return this.s[this.i] ?? '';
  }
  ws(): void {
    for (;;) {
      while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
      if (this.s.startsWith('/*', this.i)) {
        const end = this.s.indexOf('*/', this.i + 2);
        if (end < 0) this.fail('unterminated /* comment');
        this.i = end + 2;
        continue;
      }
      return;
    }
  }
  eat(t: string): boolean {
    this.ws();
    if (this.s.startsWith(t, this.i)) {
      this.i += t.length;
      return true;
    }
    return false;
  }
  expect(t: string): void {
    if (!this.eat(t)) this.fail(`expected '${t}' at column ${this.i + 1}: ${this.s.slice(this.i, this.i + 20)}`);
  }
}

function parseString(c: Cursor): Printed {
  const out: number[] = [];
  c.i++; // opening quote
  const s = c.s;
  for (;;) {
    const ch = s[c.i];
    if (ch === undefined) c.fail('unterminated string');
    c.i++;
    if (ch === '"') break;
    if (ch !== '\\') {
      // The scenario text is UTF-8: non-ASCII characters are their UTF-8 bytes.
      for (const b of new TextEncoder().encode(ch)) out.push(b);
      continue;
    }
    const e = s[c.i++];
    switch (e) {
      case 'n': out.push(10); break;
      case 't': out.push(9); break;
      case 'r': out.push(13); break;
      case 'f': out.push(12); break;
      case 'v': out.push(11); break;
      case '\\': out.push(92); break;
      case '"': out.push(34); break;
      case 'x': {
        const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(c.i));
        if (!m) c.fail('bad \\x escape');
        out.push(parseInt(m[0], 16));
        c.i += m[0].length;
        break;
      }
      default: {
        const m = /^[0-7]{1,3}/.exec(s.slice(c.i - 1));
        if (!m) c.fail(`bad escape \\${e ?? ''}`);
        out.push(parseInt(m[0], 8) & 0xff);
        c.i += m[0].length - 1;
      }
    }
  }
  const more = c.s.startsWith('...', c.i);
  if (more) c.i += 3;
  return { t: 'str', bytes: new Uint8Array(out), more };
}

/** `$name`, `$name+N`, `$name-N` (N decimal, 0x hex or 0 octal) at the start of `s`. */
export function parseRef(s: string): { name: string; offset: bigint; length: number } | null {
  const m = /^\$([A-Za-z_][A-Za-z0-9_]*)(?:\s*([+-])\s*(0x[0-9a-fA-F]+|\d+))?/.exec(s);
  if (!m) return null;
  const off = m[3] === undefined ? 0n : parseNumber(m[3]);
  return { name: m[1]!, offset: m[2] === '-' ? -off : off, length: m[0].length };
}

function parseNumber(text: string): bigint {
  const neg = text.startsWith('-');
  const body = neg ? text.slice(1) : text;
  let v: bigint;
  if (/^0x[0-9a-f]+$/i.test(body)) v = BigInt(body);
  else if (/^0[0-7]+$/.test(body)) v = BigInt('0o' + body.slice(1));
  else v = BigInt(body);
  return neg ? -v : v;
}

function parseAtom(c: Cursor): Printed {
  c.ws();
  const ch = c.peek();
  if (ch === '"') return parseString(c);
  if (ch === '{') {
    c.i++;
    const fields: { name: string | null; v: Printed }[] = [];
    let more = false;
    c.ws();
    if (c.eat('}')) return { t: 'struct', fields, more };
    for (;;) {
      c.ws();
      if (c.eat('...')) {
        more = true;
      } else {
        const m = /^([A-Za-z_][A-Za-z0-9_.]*)=/.exec(c.s.slice(c.i));
        let name: string | null = null;
        if (m) {
          name = m[1]!;
          c.i += m[0].length;
        }
        fields.push({ name, v: parseValue(c) });
      }
      if (c.eat('}')) return { t: 'struct', fields, more };
      c.expect(',');
    }
  }
  if (ch === '[' || (ch === '~' && c.s[c.i + 1] === '[')) {
    const not = ch === '~';
    c.i += not ? 2 : 1;
    const items: Printed[] = [];
    let more = false;
    c.ws();
    if (!c.eat(']')) {
      for (;;) {
        c.ws();
        if (c.eat('...')) more = true;
        else items.push(parseValue(c));
        if (c.eat(']')) break;
        if (!c.eat(',')) c.ws(); // signal sets separate items with spaces
      }
    }
    const arr: Printed = { t: 'array', items, more };
    return not ? { t: 'not', v: arr } : arr;
  }
  if (c.s.startsWith('...', c.i)) {
    c.i += 3;
    return { t: 'more' };
  }
  if (ch === '$') {
    const r = parseRef(c.s.slice(c.i));
    if (!r) c.fail(`cannot read an address name at column ${c.i + 1}: ${c.s.slice(c.i, c.i + 20)}`);
    c.i += r.length;
    return { t: 'ref', name: r.name, offset: r.offset };
  }
  const m = /^(-?(?:0x[0-9a-fA-F]+|\d+)|[A-Za-z_][A-Za-z0-9_]*)/.exec(c.s.slice(c.i));
  if (!m) c.fail(`cannot read a value at column ${c.i + 1}: ${c.s.slice(c.i, c.i + 20)}`);
  const tok = m[0];
  c.i += tok.length;
  if (/^-?(0x|\d)/.test(tok)) return { t: 'num', v: parseNumber(tok) };
  if (tok === 'NULL') return { t: 'null' };
  if (c.peek() === '(') {
    c.i++;
    const args: Printed[] = [];
    if (!c.eat(')')) {
      for (;;) {
        args.push(parseValue(c));
        if (c.eat(')')) break;
        c.expect(',');
      }
    }
    return { t: 'call', fn: tok, args };
  }
  return { t: 'sym', parts: [tok] };
}

/** A value, with `|`-joined flag parts. */
function parseValue(c: Cursor): Printed {
  const first = parseAtom(c);
  c.ws();
  if (c.peek() !== '|' || c.s[c.i + 1] === '|') return first;
  const parts: (string | bigint)[] = [];
  const add = (p: Printed) => {
    if (p.t === 'num') parts.push(p.v);
    else if (p.t === 'sym') parts.push(...p.parts);
    else c.fail('only names and numbers may be joined with |');
  };
  add(first);
  while (c.eat('|')) add(parseAtom(c));
  return { t: 'sym', parts };
}

// ---------------------------------------------------------------------------------------------
// A syscall line

export interface ParsedCall {
  name: string;
  /** Top-level arguments (clone's "flags=…" names dropped). */
  args: Printed[];
  /** Arguments printed as `before => after`: index → the value after the call. */
  after?: Map<number, Printed>;
  /** After "=": a number, an error, "?" (never returns), an address name, or nothing. */
  ret?: { value: bigint } | { errno: number; name: string } | { noreturn: true } | { ref: string; offset: bigint };
}

/** Parses one line of strace output (without a pid prefix). */
export function parseCallLine(text: string, fail: (msg: string) => never): ParsedCall {
  const c = new Cursor(text, fail);
  c.ws();
  const m = /^([a-z_][a-z0-9_]*)\(/.exec(text.slice(c.i));
  if (!m) fail(`not a syscall line: ${text}`);
  const name = m[1]!;
  c.i += m[0].length;
  const args: Printed[] = [];
  const after = new Map<number, Printed>();
  c.ws();
  if (!c.eat(')')) {
    for (;;) {
      c.ws();
      const named = /^([a-z_][a-z0-9_]*)=(?!=)/.exec(c.s.slice(c.i));
      if (named && !/^[A-Z]/.test(named[1]!)) c.i += named[0].length;
      args.push(parseValue(c));
      if (c.eat('=>')) after.set(args.length - 1, parseValue(c));
      if (c.eat(')')) break;
      c.expect(',');
    }
  }
  // strace does not print the high half of preadv2/pwritev2's offset (always 0 on 64-bit).
  if ((name === 'preadv2' || name === 'pwritev2') && args.length === 5) {
    args.splice(4, 0, { t: 'num', v: 0n });
    if (after.size) fail('preadv2/pwritev2 take no "=>" arguments');
  }
  c.ws();
  const base = after.size ? { name, args, after } : { name, args };
  if (!c.eat('=')) return base;
  c.ws();
  const rest = text.slice(c.i).trim();
  if (rest.startsWith('?')) return { ...base, ret: { noreturn: true } };
  const err = /^-1 ([A-Z][A-Z0-9_]*)\b/.exec(rest);
  if (err) {
    const n = errnoNumber(err[1]!);
    if (n === undefined) fail(`unknown errno ${err[1]}`);
    return { ...base, ret: { errno: n, name: err[1]! } };
  }
  const ref = parseRef(rest);
  if (ref) return { ...base, ret: { ref: ref.name, offset: ref.offset } };
  const num = /^(-?(?:0x[0-9a-fA-F]+|\d+))/.exec(rest);
  if (!num) fail(`cannot read the result: ${rest}`);
  return { ...base, ret: { value: parseNumber(num[1]!) } };
}

// ---------------------------------------------------------------------------------------------
// Encoding the printed arguments for the kernel

function symValue(p: Printed, fail: (msg: string) => never): bigint {
  switch (p.t) {
    case 'num': return p.v;
    case 'null': return 0n;
    case 'sym': {
      let v = 0n;
      for (const part of p.parts) {
        if (typeof part === 'bigint') { v |= part; continue; }
        const c = constantValue(part);
        if (c === undefined) fail(`unknown constant ${part}`);
        v |= c;
      }
      return v;
    }
    case 'call': {
      const a = p.args.map((x) => symValue(x, fail));
      if (p.fn === 'makedev' && a.length === 2) return BigInt(makedev(Number(a[0]), Number(a[1])));
      if (p.fn === 'htons' && a.length === 1) return ((a[0]! & 0xffn) << 8n) | ((a[0]! >> 8n) & 0xffn);
      return fail(`cannot evaluate ${p.fn}(…)`);
    }
    default: return fail(`expected a number or constant, got ${p.t}`);
  }
}

function withNul(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length + 1);
  out.set(b);
  return out;
}

/** Encodes a printed struct for the kernel to read, with the layout's field names. */
function encodeStruct(layoutName: string, p: Printed, fail: (msg: string) => never): Uint8Array {
  const layout = LAYOUTS[layoutName];
  if (!layout) fail(`no struct layout ${layoutName}`);
  if (layoutName === 'sigset' && (p.t === 'array' || p.t === 'not')) return layout.toBytes(sigsetValue(p, fail));
  if (p.t === 'array') {
    // An array of structs where the call takes one (capset's version-3 data: two cap_data).
    const items = p.items.map((x) => encodeStruct(layoutName, x, fail));
    const all = new Uint8Array(items.reduce((n, b) => n + b.length, 0));
    items.reduce((at, b) => (all.set(b, at), at + b.length), 0);
    return all;
  }
  if (p.t !== 'struct') fail(`expected {…} for struct ${layoutName}`);
  const value: Record<string, unknown> = {};
  p.fields.forEach((f, i) => {
    const name = f.name ?? layout.fields.filter((d) => d.name !== '_')[i]?.name;
    if (!name) fail(`struct ${layoutName} has no field #${i}`);
    value[name] = f.v.t === 'struct' ? Object.fromEntries(f.v.fields.map((g) => [g.name, Number(symValue(g.v, fail))]))
      : f.v.t === 'array' || f.v.t === 'not' ? sigsetValue(f.v, fail) : Number(symValue(f.v, fail));
  });
  const bytes = layout.toBytes(value);
  // 64-bit fields beyond 2^53 (struct flock's l_start = 2^63-1): exact, not through a double.
  p.fields.forEach((f, i) => {
    if (f.v.t !== 'num' && f.v.t !== 'sym') return;
    const name = f.name ?? layout.fields.filter((d) => d.name !== '_')[i]?.name;
    const def = layout.fields.find((d) => d.name === name);
    const v = symValue(f.v, fail);
    // (Values past 64 bits — RLIM64_INFINITY read back from a double — keep the saturating encoding.)
    if (!def || (def.type !== 'i64' && def.type !== 'u64') || (v >= -(2n ** 53n) && v <= 2n ** 53n) || v >= 2n ** 64n || v < -(2n ** 63n)) return;
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setBigUint64(def.offset, BigInt.asUintN(64, v), true);
  });
  return bytes;
}

/** A signal set as strace prints it ([INT TERM], ~[KILL STOP], []) as the sigset layout's words. */
function sigsetValue(p: Printed, fail: (msg: string) => never): { sig: number[] } {
  const not = p.t === 'not';
  const arr = not ? p.v : p;
  if (arr.t !== 'array') return fail('a signal set is [SIG …]');
  let bits = 0n;
  for (const item of arr.items) {
    let n: bigint;
    if (item.t === 'sym' && item.parts.length === 1 && typeof item.parts[0] === 'string') {
      const name = item.parts[0];
      const v = constantValue(name.startsWith('SIG') ? name : `SIG${name}`) ?? (/^RT_(\d+)$/.test(name) ? 34n + BigInt(name.slice(3)) : undefined);
      if (v === undefined) fail(`unknown signal ${name}`);
      n = v;
    } else n = symValue(item, fail);
    bits |= 1n << (n - 1n);
  }
  if (not) bits = ~bits & 0xffffffffffffffffn;
  return { sig: [Number(bits & 0xffffffffn), Number(bits >> 32n)] };
}

/** The size of the buffer an output argument needs: its struct, or the call's length argument. */
function outSize(spec: ArgSpec, specs: readonly ArgSpec[], values: readonly (bigint | undefined)[]): number {
  // capget's data: room for the two elements of versions 2 and 3 (version 1 uses the first).
  if (spec.kind === 'struct' && spec.struct === 'cap_data') return 2 * LAYOUTS.cap_data!.size;
  if (spec.kind === 'struct' && spec.struct) return LAYOUTS[spec.struct]?.size ?? 4096;
  if (spec.kind === 'intarray' && spec.len && 'fixed' in spec.len) return 4 * spec.len.fixed;
  const lenIdx = specs.findIndex((s) => /^(count|size|bufsiz|len|length|nbytes|buflen)$/.test(s.name));
  const v = lenIdx >= 0 ? values[lenIdx] : undefined;
  if (v === undefined) return spec.kind === 'intarray' ? 4 : 4096;
  const n = Number(v > 1048576n ? 1048576n : v < 0n ? 0n : v);
  return spec.kind === 'intarray' ? 4 * n : n; // getgroups(size, list): size counts ints
}

/**
 * Integer slots that strace prints as a string for some commands (abi/syscalls.ts: calls whose
 * arguments depend on a command use ulong there). A string printed in an integer slot is a
 * pointer to it (NUL-terminated), except where this says the kernel writes one: then it is an
 * output buffer of `size` bytes and the printed string is expected.
 */
function stringOutSlot(name: string, index: number, values: readonly (bigint | undefined)[]): number | undefined {
  if (name === 'prctl' && index === 1 && values[0] === 16n /* PR_GET_NAME */) return 16;
  return undefined;
}

/** The most bytes an iovec segment's buffer gets (a larger iov_len is passed as it is). */
const IOV_SEG_MAX = 1 << 20;

/**
 * An iovec array: each {iov_base=…, iov_len=N}. A string is the data (writev) or the buffer
 * the kernel fills (readv: iov_len bytes); NULL or an address below 0x10000 is passed as it is;
 * a higher address is a valid buffer of iov_len bytes.
 */
function encodeIovec(p: Printed & { t: 'array' }, out: boolean, fail: (msg: string) => never): ArgValue {
  const segs: IovSeg[] = p.items.map((item) => {
    if (item.t !== 'struct') return fail('iovec items are {iov_base=…, iov_len=…}');
    const field = (name: string, k: number) => item.fields.find((f) => f.name === name)?.v ?? (item.fields[k]?.name === null ? item.fields[k]!.v : undefined);
    const base = field('iov_base', 0);
    const lenP = field('iov_len', 1);
    if (!base || !lenP) return fail('an iovec item needs iov_base and iov_len');
    const len = symValue(lenP, fail);
    const size = len < 0n ? 0 : len > BigInt(IOV_SEG_MAX) ? IOV_SEG_MAX : Number(len);
    if (base.t === 'null') return { base: { kind: 'null' }, len };
    if (base.t === 'ref') return { base: { kind: 'ref', name: base.name, offset: base.offset }, len };
    if (base.t === 'num' && base.v < LOW_ADDRESS) return { base: { kind: 'int', value: base.v }, len };
    if (base.t === 'num' || base.t === 'more') return { base: out ? { kind: 'out', size } : { kind: 'in', bytes: new Uint8Array(size) }, len };
    if (base.t !== 'str') return fail('iov_base is a string, NULL or an address');
    if (out) return { base: { kind: 'out', size }, len };
    if (base.more) fail('give the whole iov_base (no "..." cut)');
    return { base: { kind: 'in', bytes: base.bytes }, len };
  });
  return { kind: 'iovec', segs };
}

/**
 * Integer slots that strace prints as `[N]` (a pointer to an int) for some commands: the
 * direction of that int, or undefined. ioctl: FIONREAD and FIGETBSZ write it; FIONBIO,
 * FIOASYNC and FS_IOC_SETFLAGS (the inode flags, as an int) read it.
 */
function intPointerSlot(name: string, index: number, values: readonly (bigint | undefined)[]): 'in' | 'out' | undefined {
  if (name === 'ioctl' && index === 2) {
    const cmd = values[1] === undefined ? undefined : BigInt.asUintN(32, values[1]);
    if (cmd === 0x541bn /* FIONREAD */ || cmd === 2n /* FIGETBSZ */) return 'out';
    if (cmd === 0x5421n /* FIONBIO */ || cmd === 0x5452n /* FIOASYNC */ || cmd === 0x40086602n /* FS_IOC_SETFLAGS */) return 'in';
  }
  return undefined;
}

/**
 * Integer slots that strace prints as a struct for some commands: the struct and whether the
 * printed value is also what the kernel writes back. fcntl: struct flock for the lock commands
 * (the printed struct is what the call reads; what F_GETLK/F_OFD_GETLK write back is compared
 * between the kernels only), struct f_owner_ex for F_SETOWN_EX and
 * F_GETOWN_EX (the printed value is what F_GETOWN_EX writes).
 */
function structSlot(name: string, index: number, values: readonly (bigint | undefined)[]): { struct: string; expect: boolean } | undefined {
  if (name === 'fcntl' && index === 2) {
    const cmd = values[1] === undefined ? undefined : Number(BigInt.asUintN(32, values[1]));
    if (cmd === 5 || cmd === 6 || cmd === 7 || cmd === 36 || cmd === 37 || cmd === 38) return { struct: 'flock', expect: false }; // F_GETLK … F_OFD_SETLKW
    if (cmd === 15 || cmd === 16) return { struct: 'f_owner_ex', expect: cmd === 16 }; // F_SETOWN_EX, F_GETOWN_EX
  }
  return undefined;
}

/** Turns one line's printed arguments into kernel arguments and expectations. */
export function encodeCall(call: ParsedCall, fail: (msg: string) => never): { nr: number; args: ArgValue[]; specs: readonly ArgSpec[]; outputs: Map<number, Printed> } {
  const spec = syscallByName(call.name);
  if (!spec) fail(`unknown syscall ${call.name}`);
  let specs = spec.args;
  if (call.args.length > specs.length) fail(`${call.name} takes ${specs.length} arguments, not ${call.args.length}`);
  // Integers first (output sizes depend on them).
  const ints: (bigint | undefined)[] = specs.map((s, i) => {
    const p = call.args[i];
    if (p === undefined) return 0n;
    if (p.t === 'str') return undefined;
    if (s.kind === 'path' || s.kind === 'str' || s.kind === 'buf' || s.kind === 'struct' || s.kind === 'array' ||
      s.kind === 'intarray' || s.kind === 'longarray' || s.kind === 'strout' || s.kind === 'strarray' || s.kind === 'envp') return undefined;
    if (p.t === 'array') return undefined; // an int pointer (intPointerSlot)
    if (p.t === 'ref') return undefined; // an address bound earlier
    if (p.t === 'struct') return undefined; // a struct pointer (structSlot)
    return symValue(p, fail);
  });
  const args: ArgValue[] = [];
  const outputs = new Map<number, Printed>();
  specs.forEach((s, i) => {
    const p = call.args[i] ?? { t: 'num', v: 0n };
    const literal = (): ArgValue | null => {
      if (p.t === 'null') return { kind: 'null' };
      if (p.t === 'num' && p.v < LOW_ADDRESS) return { kind: 'int', value: p.v };
      return null;
    };
    const pointerish = s.kind === 'path' || s.kind === 'str' || s.kind === 'buf' || s.kind === 'struct' || s.kind === 'array' ||
      s.kind === 'intarray' || s.kind === 'longarray' || s.kind === 'strout' || s.kind === 'strarray' || s.kind === 'envp';
    if (p.t === 'ref') {
      // An address bound earlier: passed as it is (a pointer into mapped memory, or an integer).
      args.push({ kind: 'ref', name: p.name, offset: p.offset });
      return;
    }
    if (!pointerish && p.t === 'array') {
      const dir = intPointerSlot(call.name, i, ints);
      if (!dir) fail(`${call.name}: argument ${i + 1} (${s.name}) is an integer, not [${'…'}]`);
      const b = new Uint8Array(4);
      if (dir === 'in') new DataView(b.buffer).setInt32(0, Number(BigInt.asIntN(32, symValue(p.items[0] ?? { t: 'num', v: 0n }, fail))), true);
      args.push(dir === 'in' ? { kind: 'in', bytes: b } : { kind: 'out', size: 4 });
      if (dir === 'out') {
        specs = specs.slice();
        (specs as ArgSpec[])[i] = { name: s.name, kind: 'intarray', dir: 'out', len: { fixed: 1 } };
        outputs.set(i, p);
      }
      return;
    }
    if (!pointerish && p.t === 'struct') {
      const slot = structSlot(call.name, i, ints);
      if (!slot) fail(`${call.name}: argument ${i + 1} (${s.name}) is an integer, not {${'…'}}`);
      args.push({ kind: 'inout', bytes: encodeStruct(slot.struct, p, fail) });
      specs = specs.slice();
      (specs as ArgSpec[])[i] = { name: s.name, kind: 'struct', dir: 'inout', struct: slot.struct };
      if (slot.expect) outputs.set(i, p);
      return;
    }
    if (!pointerish && p.t === 'str') {
      const size = stringOutSlot(call.name, i, ints);
      if (size === undefined) {
        args.push({ kind: 'in', bytes: withNul(p.bytes) });
      } else {
        args.push({ kind: 'out', size });
        outputs.set(i, p);
      }
      return;
    }
    if (!pointerish) {
      args.push({ kind: 'int', value: ints[i]! });
      return;
    }
    const lit = literal();
    if (lit) {
      args.push(lit);
      return;
    }
    if (s.kind === 'array' && s.struct === 'iovec' && p.t === 'array') {
      args.push(encodeIovec(p, s.dir === 'out', fail));
      if (s.dir === 'out' && p.items.some((x) => x.t === 'struct' && x.fields.some((f) => f.v.t === 'str'))) outputs.set(i, p);
      return;
    }
    if (s.kind === 'longarray' && p.t === 'array') {
      // loff_t *offset (sendfile, splice, copy_file_range): `[5]`, or `[5] => [10]` to expect 10.
      const b = new Uint8Array(8 * Math.max(1, p.items.length));
      const dv = new DataView(b.buffer);
      p.items.forEach((x, k) => dv.setBigInt64(8 * k, BigInt.asIntN(64, symValue(x, fail)), true));
      args.push({ kind: s.dir === 'in' ? 'in' : 'inout', bytes: b });
      const later = call.after?.get(i);
      if (later && s.dir !== 'in') outputs.set(i, later);
      return;
    }
    const out = s.dir === 'out';
    if (out || (p.t === 'num' && p.v >= LOW_ADDRESS)) {
      // The kernel writes it (or it is a plain valid buffer): allocate; what was printed is expected.
      if (s.dir === 'inout' && s.kind === 'struct' && p.t === 'struct') {
        args.push({ kind: 'inout', bytes: encodeStruct(s.struct!, p, fail) });
      } else {
        args.push({ kind: 'out', size: outSize(s, specs, ints) });
      }
      if (p.t !== 'num' && p.t !== 'more') outputs.set(i, p);
      return;
    }
    switch (s.kind) {
      case 'path':
      case 'str':
        if (p.t !== 'str') fail(`${call.name}: argument ${i + 1} (${s.name}) should be a string`);
        args.push({ kind: 'in', bytes: withNul(p.bytes) });
        return;
      case 'buf':
        if (p.t !== 'str') fail(`${call.name}: argument ${i + 1} (${s.name}) should be a string`);
        if (p.more) fail(`${call.name}: give the whole buffer (no "..." cut)`);
        args.push({ kind: 'in', bytes: p.bytes });
        return;
      case 'struct':
        // A string in an input struct's slot is its raw bytes (openat2's open_how with a tail).
        if (p.t === 'str' && s.dir === 'in') {
          args.push({ kind: 'in', bytes: p.bytes });
          return;
        }
        args.push({ kind: s.dir === 'inout' ? 'inout' : 'in', bytes: encodeStruct(s.struct!, p, fail) });
        return;
      case 'array': {
        // An input array of structs (utimensat's [{tv_sec=0, tv_nsec=UTIME_NOW}, …]): back to back.
        if (p.t !== 'array' || s.dir !== 'in' || !s.struct || !LAYOUTS[s.struct]) fail(`${call.name}: cannot pass argument ${i + 1} (array) yet`);
        const items = p.items.map((x) => encodeStruct(s.struct!, x, fail));
        const bytes = new Uint8Array(items.reduce((n, b) => n + b.length, 0));
        items.reduce((at, b) => (bytes.set(b, at), at + b.length), 0);
        args.push({ kind: 'in', bytes });
        return;
      }
      case 'intarray': {
        // An input array of ints (setgroups' list): 4 bytes each, back to back.
        if (p.t !== 'array') fail(`${call.name}: argument ${i + 1} (${s.name}) should be [${'…'}]`);
        const bytes = new Uint8Array(4 * p.items.length);
        const dv = new DataView(bytes.buffer);
        p.items.forEach((x, k) => dv.setInt32(4 * k, Number(BigInt.asIntN(32, symValue(x, fail))), true));
        args.push({ kind: 'in', bytes });
        return;
      }
      case 'strarray':
      case 'envp':
        if (p.t !== 'array') {
          args.push({ kind: 'strarray', strings: [] }); // strace prints envp as an address: no variables
          return;
        }
        args.push({
          kind: 'strarray',
          strings: p.items.map((x) => (x.t === 'str' ? x.bytes : fail('argv items are strings'))),
        });
        return;
      default:
        fail(`${call.name}: cannot pass argument ${i + 1} (${s.kind}) yet`);
    }
  });
  return { nr: spec.nr, args, specs, outputs };
}

// ---------------------------------------------------------------------------------------------
// Files

function parseProcLine(rest: string, fail: (msg: string) => never): ProcSpec {
  const p: ProcSpec = { uid: 0, gid: 0, groups: [], umask: 0o022 };
  for (const kv of rest.trim().split(/\s+/).filter(Boolean)) {
    const [k, v] = kv.split('=');
    if (v === undefined) fail(`expected key=value, got ${kv}`);
    if (k === 'uid') p.uid = Number(v);
    else if (k === 'gid') p.gid = Number(v);
    else if (k === 'groups') p.groups = v === '' ? [] : v.split(',').map(Number);
    else if (k === 'umask') p.umask = parseInt(v, 8);
    else fail(`unknown process attribute ${k}`);
    if (k === 'uid' && !rest.includes('gid=')) p.gid = Number(v);
  }
  return p;
}

const ADDR_SPEC: ArgSpec = { name: 'addr', kind: 'ptr', dir: 'in' };
/** The argument specs of the directives (how their outputs are decoded). */
export const DIRECTIVE_SPECS: Readonly<Record<number, readonly ArgSpec[]>> = {
  [DIRECTIVE_POKE]: [ADDR_SPEC, { name: 'bytes', kind: 'buf', dir: 'in' }],
  [DIRECTIVE_PEEK]: [ADDR_SPEC, { name: 'bytes', kind: 'buf', dir: 'out' }],
  [DIRECTIVE_MAPS]: [ADDR_SPEC, ADDR_SPEC],
};

/** The most bytes one # peek may read. */
const PEEK_MAX = 1 << 20;

/** An address in a directive: $name±N, or a number (NULL: 0). */
function directiveAddr(c: Cursor): ArgValue {
  const p = parseAtom(c);
  if (p.t === 'ref') return { kind: 'ref', name: p.name, offset: p.offset };
  if (p.t === 'num') return { kind: 'int', value: p.v };
  if (p.t === 'null') return { kind: 'int', value: 0n };
  return c.fail('an address is $name, $name+N, $name-N or a number');
}

/** `= SIGSEGV` / `= SIGBUS` / `= ok` after a poke or peek (no "=": it must not fault). */
function directiveFault(c: Cursor, allowBytes: boolean): { fault?: 'SIGSEGV' | 'SIGBUS' | null; bytes?: Printed } {
  if (!c.eat('=')) {
    c.ws();
    if (c.i < c.s.length) c.fail(`unexpected text: ${c.s.slice(c.i)}`);
    return { fault: null }; // a bare poke or peek must not fault
  }
  c.ws();
  const p = parseAtom(c);
  c.ws();
  if (c.i < c.s.length) c.fail(`unexpected text after the result: ${c.s.slice(c.i)}`);
  if (p.t === 'sym' && p.parts.length === 1 && (p.parts[0] === 'SIGSEGV' || p.parts[0] === 'SIGBUS')) return { fault: p.parts[0] };
  if (p.t === 'sym' && p.parts.length === 1 && p.parts[0] === 'ok') return { fault: null };
  if (allowBytes && p.t === 'str') return { fault: null, bytes: p };
  return c.fail(allowBytes ? 'a peek is = "bytes", = SIGSEGV or = SIGBUS' : 'a poke is = ok, = SIGSEGV or = SIGBUS');
}

/**
 * A directive line (without "#"): # poke ADDR "bytes" [= ok|SIGSEGV|SIGBUS],
 * # peek ADDR N [= "bytes"|SIGSEGV|SIGBUS], # maps [FROM TO]; null when it is none of them.
 */
export function parseDirective(d: string, fail: (msg: string) => never): { nr: number; args: ArgValue[]; expect: Expectation } | null {
  const m = /^(poke|peek|maps)(?:\s+|$)/.exec(d);
  if (!m) return null;
  const c = new Cursor(d, fail);
  c.i = m[0].length;
  const expect: Expectation = {};
  if (m[1] === 'poke') {
    const addr = directiveAddr(c);
    c.ws();
    const data = parseAtom(c);
    if (data.t !== 'str' || data.more) fail('# poke ADDR "bytes": the bytes are a whole string');
    const r = directiveFault(c, false);
    if (r.fault !== undefined) expect.fault = r.fault;
    return { nr: DIRECTIVE_POKE, args: [addr, { kind: 'in', bytes: data.bytes }], expect };
  }
  if (m[1] === 'peek') {
    const addr = directiveAddr(c);
    c.ws();
    const n = parseAtom(c);
    if (n.t !== 'num' || n.v < 0n || n.v > BigInt(PEEK_MAX)) fail(`# peek ADDR N: N is a length (at most ${PEEK_MAX})`);
    const r = directiveFault(c, true);
    if (r.fault !== undefined) expect.fault = r.fault;
    if (r.bytes?.t === 'str') {
      if (!r.bytes.more && r.bytes.bytes.length !== Number(n.v)) fail(`# peek reads ${n.v} bytes; the string has ${r.bytes.bytes.length} (end it with "..." to give only the start)`);
      if (r.bytes.bytes.length > Number(n.v)) fail(`# peek reads ${n.v} bytes; the string has ${r.bytes.bytes.length}`);
      expect.peek = r.bytes.bytes;
    }
    return { nr: DIRECTIVE_PEEK, args: [addr, { kind: 'out', size: Number(n.v) }], expect };
  }
  c.ws();
  if (c.i >= c.s.length) return { nr: DIRECTIVE_MAPS, args: [], expect };
  const from = directiveAddr(c);
  const to = directiveAddr(c);
  c.ws();
  if (c.i < c.s.length) fail(`# maps [FROM TO]: unexpected ${c.s.slice(c.i)}`);
  return { nr: DIRECTIVE_MAPS, args: [from, to], expect };
}

/** The names an argument list refers to ($a in an argument or an iovec's iov_base). */
function refNames(args: readonly ArgValue[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (a.kind === 'ref') out.push(a.name);
    if (a.kind === 'iovec') for (const g of a.segs) if (g.base.kind === 'ref') out.push(g.base.name);
  }
  return out;
}

/** Parses a scenario file into its scenarios. */
export function parseScenarios(text: string, file = '<scenario>'): Scenario[] {
  const out: Scenario[] = [];
  let name: string | null = null;
  let processes: ProcSpec[] = [];
  let steps: Step[] = [];
  let bindings: string[] = [];
  let current = 0;
  let pendingAny: number[] | undefined;
  let started = false;
  let count = 0;
  /** The last step's expectation, when it is a # maps that `#|` lines may still add to. */
  let openMaps: Expectation | null = null;
  const flush = () => {
    if (started) out.push({ name: name ?? `${file} #${++count}`, file, processes, steps, ...(bindings.length ? { bindings } : {}) });
    name = null;
    processes = [{ uid: 0, gid: 0, groups: [], umask: 0o022 }];
    steps = [];
    bindings = [];
    current = 0;
    pendingAny = undefined;
    started = false;
    openMaps = null;
  };
  const checkRefs = (args: readonly ArgValue[], fail: (msg: string) => never) => {
    for (const n of refNames(args)) if (!bindings.includes(n)) fail(`$${n} is not bound (bind it with "= $${n}" on an earlier call)`);
  };
  flush();
  text.split('\n').forEach((raw, idx) => {
    const lineNo = idx + 1;
    const line = raw.replace(/\r$/, '');
    const fail = (msg: string): never => { throw new ScenarioSyntaxError(file, lineNo, msg); };
    const t = line.trim();
    if (t === '' || t.startsWith('+++') || t.startsWith('---')) return;
    if (t.startsWith('#|')) {
      const e = openMaps as Expectation | null;
      if (!e) return fail('"#|" lines follow a # maps directive');
      const l = t.slice(2).trim().replace(/\s+/g, ' ');
      const lines = (e.maps ?? []) as string[];
      if (l === '(none)') {
        if (lines.length) fail('"#| (none)" is the whole expectation');
      } else lines.push(l);
      e.maps = lines;
      return;
    }
    if (t.startsWith('#')) {
      openMaps = null;
      const d = t.slice(1).trim();
      let m: RegExpExecArray | null;
      const dir = parseDirective(d, fail);
      if (dir) {
        if (pendingAny) fail('# expect-any applies to a syscall, not a directive');
        checkRefs(dir.args, fail);
        started = true;
        if (dir.nr === DIRECTIVE_MAPS) openMaps = dir.expect;
        steps.push({ line: lineNo, text: t, proc: current, nr: dir.nr, name: DIRECTIVE_NAMES[dir.nr]!, args: dir.args, specs: DIRECTIVE_SPECS[dir.nr]!, expect: dir.expect });
        return;
      }
      if ((m = /^scenario:\s*(.+)$/.exec(d))) {
        flush();
        name = m[1]!.trim();
        started = true;
      } else if ((m = /^process\s+(\d+)\s*:?(.*)$/.exec(d))) {
        const n = Number(m[1]);
        if (n > processes.length) fail(`declare process ${processes.length} before process ${n}`);
        processes[n] = parseProcLine(m[2]!, fail);
        started = true;
      } else if ((m = /^(?:as|in process)\s+(\d+)$/.exec(d))) {
        const n = Number(m[1]);
        if (n >= processes.length) fail(`process ${n} is not declared`);
        current = n;
      } else if ((m = /^expect-any:\s*(.+)$/.exec(d))) {
        pendingAny = m[1]!.split('|').map((e) => errnoNumber(e.trim()) ?? fail(`unknown errno ${e}`));
      } else if ((m = /^umask\s+([0-7]+)$/.exec(d))) {
        processes[current]!.umask = parseInt(m[1]!, 8);
      }
      return;
    }
    started = true;
    openMaps = null;
    const call = parseCallLine(t.replace(/^\[pid\s+\d+\]\s*/, ''), fail);
    const enc = encodeCall(call, fail);
    checkRefs(enc.args, fail);
    const expect: Expectation = {};
    if (call.ret) {
      if ('value' in call.ret) expect.ret = call.ret.value;
      else if ('errno' in call.ret) expect.ret = -BigInt(call.ret.errno);
      else if ('ref' in call.ret) {
        if (bindings.includes(call.ret.ref)) expect.same = { name: call.ret.ref, offset: call.ret.offset };
        else if (call.ret.offset !== 0n) fail(`$${call.ret.ref} is not bound: a new name is bound bare ("= $${call.ret.ref}")`);
        else {
          expect.bind = call.ret.ref;
          bindings.push(call.ret.ref);
        }
      } else expect.ret = 'noreturn';
    }
    if (pendingAny) expect.anyErrno = pendingAny;
    if (enc.outputs.size > 0) expect.outputs = enc.outputs;
    pendingAny = undefined;
    steps.push({ line: lineNo, text: t, proc: current, nr: enc.nr, name: call.name, args: enc.args, specs: enc.specs, expect });
  });
  flush();
  return out;
}
