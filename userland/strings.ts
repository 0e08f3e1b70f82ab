// userland/strings.ts — the kernel speaks bytes: paths and names are binary strings (one
// char per byte). Programs speak JS strings. These convert at the typed-door boundary:
// UTF-8 out, UTF-8 in, with an ASCII fast path that allocates nothing.

const enc = new TextEncoder();
const dec = new TextDecoder();

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** A JS string as the binary string of its UTF-8 bytes (ASCII strings are returned as is). */
export function toBinary(s: string): string {
  if (isAscii(s)) return s;
  const b = enc.encode(s);
  let out = '';
  for (let i = 0; i < b.length; i++) out += String.fromCharCode(b[i]!);
  return out;
}

/** A binary string (bytes) decoded as UTF-8. */
export function fromBinary(s: string): string {
  if (isAscii(s)) return s;
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return dec.decode(b);
}

/** UTF-8 bytes of a JS string. */
export function utf8(s: string): Uint8Array {
  return enc.encode(s);
}

/** A byte array decoded as UTF-8. */
export function text(b: Uint8Array): string {
  return dec.decode(b);
}
