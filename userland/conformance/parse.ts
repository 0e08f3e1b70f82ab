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

import { syscallByName } from '../../abi/syscalls';
import { LAYOUTS } from '../../abi/structs';
import { makedev } from '../../abi/stat';
import type { ArgSpec } from '../../abi/types';
import { constantValue, errnoNumber } from './constants';
import type { ArgValue, Expectation, Printed, ProcSpec, Scenario, Step } from './model';

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
  /** After "=": a number, an error, "?" (never returns), or nothing. */
  ret?: { value: bigint } | { errno: number; name: string } | { noreturn: true };
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
  c.ws();
  if (!c.eat(')')) {
    for (;;) {
      c.ws();
      const named = /^([a-z_][a-z0-9_]*)=(?!=)/.exec(c.s.slice(c.i));
      if (named && !/^[A-Z]/.test(named[1]!)) c.i += named[0].length;
      args.push(parseValue(c));
      if (c.eat(')')) break;
      c.expect(',');
    }
  }
  c.ws();
  if (!c.eat('=')) return { name, args };
  c.ws();
  const rest = text.slice(c.i).trim();
  if (rest.startsWith('?')) return { name, args, ret: { noreturn: true } };
  const err = /^-1 ([A-Z][A-Z0-9_]*)\b/.exec(rest);
  if (err) {
    const n = errnoNumber(err[1]!);
    if (n === undefined) fail(`unknown errno ${err[1]}`);
    return { name, args, ret: { errno: n, name: err[1]! } };
  }
  const num = /^(-?(?:0x[0-9a-fA-F]+|\d+))/.exec(rest);
  if (!num) fail(`cannot read the result: ${rest}`);
  return { name, args, ret: { value: parseNumber(num[1]!) } };
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
  if (p.t !== 'struct') fail(`expected {…} for struct ${layoutName}`);
  const value: Record<string, unknown> = {};
  p.fields.forEach((f, i) => {
    const name = f.name ?? layout.fields.filter((d) => d.name !== '_')[i]?.name;
    if (!name) fail(`struct ${layoutName} has no field #${i}`);
    value[name] = f.v.t === 'struct' ? Object.fromEntries(f.v.fields.map((g) => [g.name, Number(symValue(g.v, fail))])) : Number(symValue(f.v, fail));
  });
  return layout.toBytes(value);
}

/** The size of the buffer an output argument needs: its struct, or the call's length argument. */
function outSize(spec: ArgSpec, specs: readonly ArgSpec[], values: readonly (bigint | undefined)[]): number {
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

/** Turns one line's printed arguments into kernel arguments and expectations. */
export function encodeCall(call: ParsedCall, fail: (msg: string) => never): { nr: number; args: ArgValue[]; specs: readonly ArgSpec[]; outputs: Map<number, Printed> } {
  const spec = syscallByName(call.name);
  if (!spec) fail(`unknown syscall ${call.name}`);
  const specs = spec.args;
  if (call.args.length > specs.length) fail(`${call.name} takes ${specs.length} arguments, not ${call.args.length}`);
  // Integers first (output sizes depend on them).
  const ints: (bigint | undefined)[] = specs.map((s, i) => {
    const p = call.args[i];
    if (p === undefined) return 0n;
    if (p.t === 'str') return undefined;
    if (s.kind === 'path' || s.kind === 'str' || s.kind === 'buf' || s.kind === 'struct' || s.kind === 'array' ||
      s.kind === 'intarray' || s.kind === 'strout' || s.kind === 'strarray' || s.kind === 'envp') return undefined;
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
      s.kind === 'intarray' || s.kind === 'strout' || s.kind === 'strarray' || s.kind === 'envp';
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
        args.push({ kind: s.dir === 'inout' ? 'inout' : 'in', bytes: encodeStruct(s.struct!, p, fail) });
        return;
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

/** Parses a scenario file into its scenarios. */
export function parseScenarios(text: string, file = '<scenario>'): Scenario[] {
  const out: Scenario[] = [];
  let name: string | null = null;
  let processes: ProcSpec[] = [];
  let steps: Step[] = [];
  let current = 0;
  let pendingAny: number[] | undefined;
  let started = false;
  let count = 0;
  const flush = () => {
    if (started) out.push({ name: name ?? `${file} #${++count}`, file, processes, steps });
    name = null;
    processes = [{ uid: 0, gid: 0, groups: [], umask: 0o022 }];
    steps = [];
    current = 0;
    pendingAny = undefined;
    started = false;
  };
  flush();
  text.split('\n').forEach((raw, idx) => {
    const lineNo = idx + 1;
    const line = raw.replace(/\r$/, '');
    const fail = (msg: string): never => { throw new ScenarioSyntaxError(file, lineNo, msg); };
    const t = line.trim();
    if (t === '' || t.startsWith('+++') || t.startsWith('---')) return;
    if (t.startsWith('#')) {
      const d = t.slice(1).trim();
      let m: RegExpExecArray | null;
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
    const call = parseCallLine(t.replace(/^\[pid\s+\d+\]\s*/, ''), fail);
    const enc = encodeCall(call, fail);
    const expect: Expectation = {};
    if (call.ret) {
      if ('value' in call.ret) expect.ret = call.ret.value;
      else if ('errno' in call.ret) expect.ret = -BigInt(call.ret.errno);
      else expect.ret = 'noreturn';
    }
    if (pendingAny) expect.anyErrno = pendingAny;
    if (enc.outputs.size > 0) expect.outputs = enc.outputs;
    pendingAny = undefined;
    steps.push({ line: lineNo, text: t, proc: current, nr: enc.nr, name: call.name, args: enc.args, specs: enc.specs, expect });
  });
  flush();
  return out;
}
