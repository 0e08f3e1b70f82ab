// test/lint/architecture.test.ts — the rules of DESIGN.md that a reader can check mechanically:
// imports run one way (abi ← mm ← vfs ← proc ← kernel ← userland ← examples/bin); code that
// runs in the simulation (everything but bin/ and test/) imports no Node built-in and uses no
// real time, real randomness or host timers (determinism); every source file starts with a
// header saying what it is; every folder has a README.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** What each folder may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  abi: [],
  mm: ['abi'],
  vfs: ['abi', 'mm'],
  net: ['abi', 'mm', 'vfs'],
  proc: ['abi', 'mm', 'vfs'],
  kernel: ['abi', 'mm', 'vfs', 'net', 'proc', 'eventemitter3', 'immer'],
  userland: ['abi', 'mm', 'vfs', 'net', 'proc', 'kernel'],
  examples: ['abi', 'mm', 'vfs', 'net', 'proc', 'kernel', 'userland'],
};
const SIMULATED = Object.keys(ALLOWED);

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => m[1]!);
}

/** The top-level folder (or package) an import names, seen from `file`. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec.startsWith('node:') ? 'node:' : spec.split('/')[0]!;
  const abs = join(file, '..', spec);
  return relative(root, abs).split('/')[0]!;
}

describe('the architecture', () => {
  for (const folder of SIMULATED) {
    const files = existsSync(join(root, folder)) ? sources(join(root, folder)) : [];

    it(`${folder}/ imports only ${ALLOWED[folder]!.join(', ') || 'itself'}`, () => {
      const bad: string[] = [];
      for (const f of files) {
        for (const spec of imports(f)) {
          const t = target(f, spec);
          if (t !== folder && !ALLOWED[folder]!.includes(t)) bad.push(`${relative(root, f)} imports ${spec}`);
        }
      }
      expect(bad).toEqual([]);
    });

    it(`${folder}/ uses no host time, randomness, timers or Node globals`, () => {
      const forbidden = /\bDate\.now\(|new Date\(\s*\)|\bMath\.random\(|\bsetTimeout\(|\bsetInterval\(|\bsetImmediate\(|\bperformance\.now\(|(?<![.\w])process\.(?:env|hrtime|stdout|stderr|stdin|argv|exit)\b|\brequire\(/;
      const bad = files.filter((f) => forbidden.test(readFileSync(f, 'utf8').replace(/^\s*\/\/.*$/gm, '')));
      expect(bad.map((f) => relative(root, f))).toEqual([]);
    });
  }

  it('every source file starts with a header naming itself', () => {
    const bad: string[] = [];
    for (const folder of [...SIMULATED, 'bin', 'test']) {
      if (!existsSync(join(root, folder))) continue;
      for (const f of sources(join(root, folder))) {
        const rel = relative(root, f);
        if (rel.startsWith('test/reference/')) continue;
        const first = readFileSync(f, 'utf8').split('\n', 1)[0]!;
        if (!first.startsWith(`// ${rel} — `) && !first.startsWith(`// ${rel.replace(/\.ts$/, '')} — `)) bad.push(`${rel}: ${first.slice(0, 60)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every top-level folder has a README', () => {
    const missing = ['abi', 'kernel', 'vfs', 'mm', 'proc', 'net', 'userland', 'examples', 'bin', 'test']
      .filter((d) => !existsSync(join(root, d, 'README.md')));
    expect(missing).toEqual([]);
  });
});
