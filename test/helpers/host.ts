// test/helpers/host.ts — run small C programs on the host, the oracle of the conformance and ABI
// tests: find gcc, compile a source (cached under the OS temp dir, keyed by a hash of the
// compiler, flags and source: bin/conformance/cc.ts, re-exported here), run the binary. Tests
// only: nothing under abi/ or the kernel may import this. Shared by several test suites: keep
// the API small; extend it, do not fork it.

import { spawnSync } from 'node:child_process';
import { compileC, CompileError, type CompileOptions } from '../../bin/conformance/cc';

// Finding gcc and compiling with a cache live in bin/conformance/cc.ts (the conformance
// executor needs them too, and bin/ may not import test/): one implementation, re-exported.
export { compileC, CompileError, hasGcc, type CompileOptions } from '../../bin/conformance/cc';

export interface RunResult {
  /** The exit status, or null when the program was killed by a signal. */
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a binary to completion (UTF-8 output; 60 s limit) and returns what it did. */
export function runBinary(path: string, args: readonly string[] = [], stdin?: string | Uint8Array): RunResult {
  const r = spawnSync(path, [...args], {
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Compiles a program made of independent probe lines — `head`, then one statement per probe,
 * then `tail` — dropping every probe the compiler rejects (an undeclared name, a struct member
 * the host's headers lack) and compiling again. Returns the binary and the dropped probes.
 * Each probe must be a single line. A failure outside the probes throws CompileError.
 */
export function compileProbes(
  head: string,
  probes: readonly string[],
  tail: string,
  opts: CompileOptions = {},
): { binary: string; dropped: string[] } {
  const kept = [...probes];
  const dropped: string[] = [];
  const headLines = head.split('\n').length; // probes start on line headLines + 1
  for (;;) {
    const source = `${head}\n${kept.join('\n')}\n${tail}`;
    try {
      return { binary: compileC(source, opts), dropped };
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      const bad = new Set<number>();
      for (const m of e.stderr.matchAll(/\.c:(\d+):\d+: /g)) {
        const i = Number(m[1]) - headLines - 1;
        if (i >= 0 && i < kept.length) bad.add(i);
      }
      if (bad.size === 0) throw e;
      for (const i of [...bad].sort((a, b) => b - a)) dropped.push(...kept.splice(i, 1));
    }
  }
}
