// userland/go/fmt.ts — the part of Go's fmt package the chapter's ports use: Sprintf with
// Go's verbs (%v %+v %d %s %q %x %X %o %b %c %t %f %%, width, precision, the - 0 + flags),
// and Printf/Println/Print, each of which is one write(2) to stdout, as in Go (os.Stdout is
// unbuffered). Values format as Go would format the Go value the port stands for: numbers,
// strings, booleans, byte arrays, slices ([a b]), structs ({a b} / {Name:a Name:b}) and
// anything with a goString() method (Go's Stringer).

import type { Sys } from '../sys';

/** A value that formats itself, like a Go type with a String() method. */
export interface GoStringer {
  goString(): string;
}

function isStringer(v: unknown): v is GoStringer {
  return typeof v === 'object' && v !== null && typeof (v as GoStringer).goString === 'function';
}

/** %v of one value. */
function formatV(v: unknown, plus: boolean): string {
  if (isStringer(v)) return v.goString();
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatFloatV(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null || v === undefined) return '<nil>';
  if (v instanceof Error) return v.message;
  if (v instanceof Uint8Array) return '[' + Array.from(v).join(' ') + ']';
  if (Array.isArray(v)) return '[' + v.map((x) => formatV(x, plus)).join(' ') + ']';
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    return '{' + entries.map(([k, x]) => (plus ? `${k}:` : '') + formatV(x, plus)).join(' ') + '}';
  }
  return String(v);
}

/** Go's %v for float64: strconv.FormatFloat(f, 'g', -1, 64) with Go's exponent form. */
function formatFloatV(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  const abs = Math.abs(f);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e21)) {
    const [m, e] = f.toExponential().split('e');
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(f);
}

function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  if (width <= s.length) return s;
  if (left) return s + ' '.repeat(width - s.length);
  if (zero) {
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    return sign + '0'.repeat(width - s.length) + s.slice(sign.length);
  }
  return ' '.repeat(width - s.length) + s;
}

function integer(v: unknown): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  return null;
}

/** Go's fmt.Sprintf. */
export function sprintf(format: string, ...args: unknown[]): string {
  let out = '';
  let ai = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') { out += c; continue; }
    let j = i + 1;
    let left = false;
    let zero = false;
    let plus = false;
    let space = false;
    for (; j < format.length; j++) {
      const f = format[j];
      if (f === '-') left = true;
      else if (f === '0') zero = true;
      else if (f === '+') plus = true;
      else if (f === ' ') space = true;
      else if (f === '#') continue;
      else break;
    }
    let width = 0;
    while (j < format.length && /[0-9]/.test(format[j]!)) width = width * 10 + Number(format[j++]);
    let prec = -1;
    if (format[j] === '.') {
      j++;
      prec = 0;
      while (j < format.length && /[0-9]/.test(format[j]!)) prec = prec * 10 + Number(format[j++]);
    }
    const verb = format[j];
    i = j;
    if (verb === undefined) { out += '%!(NOVERB)'; break; }
    if (verb === '%') { out += '%'; continue; }
    if (ai >= args.length) { out += `%!${verb}(MISSING)`; continue; }
    const v = args[ai++];
    let s: string;
    const n = integer(v);
    switch (verb) {
      case 'v': s = formatV(v, plus); plus = false; break;
      case 'd': s = n !== null ? n.toString() : `%!d(${typeof v}=${formatV(v, false)})`; break;
      case 'o': s = n !== null ? n.toString(8) : `%!o(${formatV(v, false)})`; break;
      case 'x': s = n !== null ? n.toString(16) : typeof v === 'string' ? Array.from(new TextEncoder().encode(v), (b) => b.toString(16).padStart(2, '0')).join('') : formatV(v, false); break;
      case 'X': s = n !== null ? n.toString(16).toUpperCase() : formatV(v, false).toUpperCase(); break;
      case 'b': s = n !== null ? n.toString(2) : formatV(v, false); break;
      case 'c': s = typeof v === 'number' ? String.fromCodePoint(v) : formatV(v, false); break;
      case 's': s = v instanceof Uint8Array ? new TextDecoder().decode(v) : formatV(v, false); if (prec >= 0) s = s.slice(0, prec); break;
      case 'q': s = quote(typeof v === 'string' ? v : v instanceof Uint8Array ? new TextDecoder().decode(v) : formatV(v, false)); break;
      case 't': s = v ? 'true' : 'false'; break;
      case 'f': case 'F': s = typeof v === 'number' ? v.toFixed(prec < 0 ? 6 : prec) : formatV(v, false); break;
      case 'T': s = typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float64') : typeof v; break;
      default: s = `%!${verb}(${formatV(v, false)})`;
    }
    if ((verb === 'd' || verb === 'f') && n !== null && n >= 0n && (plus || space)) s = (plus ? '+' : ' ') + s;
    out += pad(s, width, left, zero && !left);
  }
  if (ai < args.length) out += '%!(EXTRA ' + args.slice(ai).map((a) => `${typeof a}=${formatV(a, false)}`).join(', ') + ')';
  return out;
}

/** Go's fmt.Sprintln: operands separated by spaces, then a newline. */
export function sprintln(...args: unknown[]): string {
  return args.map((a) => formatV(a, false)).join(' ') + '\n';
}

/** Go's fmt.Sprint: spaces only between operands when neither side is a string. */
export function sprint(...args: unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatV(a, false);
  });
  return out;
}

/** fmt.Printf: one write(1, …). */
export function Printf(sys: Sys, format: string, ...args: unknown[]): Promise<number> {
  return sys.write(1, sprintf(format, ...args));
}

/** fmt.Println: one write(1, …). */
export function Println(sys: Sys, ...args: unknown[]): Promise<number> {
  return sys.write(1, sprintln(...args));
}

/** fmt.Print: one write(1, …). */
export function Print(sys: Sys, ...args: unknown[]): Promise<number> {
  return sys.write(1, sprint(...args));
}
