// userland/programs/echo.ts — echo [-n] [-e] [ARG]...: writes its arguments separated by
// spaces, with a newline unless -n; -e interprets \n \t \\ \a \b \c (GNU echo's rules for
// options: leading -n/-e/-E words only, anything else is text).

import type { Program } from '../runtime';

function escapes(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) { out += c; continue; }
    const n = s[++i]!;
    const map: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v', e: '\x1b' };
    if (n === 'c') return { text: out, stop: true };
    out += map[n] ?? '\\' + n;
  }
  return { text: out, stop: false };
}

export const echo: Program = async (sys, argv) => {
  let newline = true;
  let interpret = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (!/^-[neE]+$/.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') interpret = true;
      else interpret = false;
    }
  }
  let text = argv.slice(i).join(' ');
  if (interpret) {
    const r = escapes(text);
    text = r.text;
    if (r.stop) newline = false;
  }
  await sys.write(1, newline ? text + '\n' : text);
  return 0;
};
