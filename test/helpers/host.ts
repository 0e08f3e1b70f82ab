// test/helpers/host.ts — run small C programs on the host, the oracle of the conformance and ABI
// tests: find gcc, compile a source (cached under the OS temp dir, keyed by a hash of the
// compiler, flags and source), run the binary. Tests only: nothing under abi/ or the kernel may
// import this. Shared by several test suites: keep the API small; extend it, do not fork it.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CC = process.env.CC ?? 'gcc';
const CACHE_DIR = join(tmpdir(), 'linuxsim-host-cc');

let gccVersion: string | null | undefined;

/** The first line of `gcc --version`, or null when there is no working gcc. */
function compilerVersion(): string | null {
  if (gccVersion === undefined) {
    const r = spawnSync(CC, ['--version'], { encoding: 'utf8' });
    gccVersion = r.status === 0 ? (r.stdout.split('\n')[0] ?? CC) : null;
  }
  return gccVersion;
}

/** True when a C compiler ($CC, default gcc) can be run. */
export function hasGcc(): boolean {
  return compilerVersion() !== null;
}

/** A failed compilation; `stderr` holds the compiler's diagnostics. */
export class CompileError extends Error {
  constructor(
    readonly stderr: string,
    /** The path of the source file that failed (as named in the diagnostics). */
    readonly sourcePath: string,
  ) {
    super(`C compilation failed:\n${stderr.slice(0, 4000)}`);
    this.name = 'CompileError';
  }
}

export interface CompileOptions {
  /** Extra compiler flags, e.g. ['-D_GNU_SOURCE', '-lm']. Default flags: -O0 -w. */
  readonly flags?: readonly string[];
}

/**
 * Compiles `source` and returns the path of the executable. The result is cached: the same
 * compiler, flags and source give the same path without recompiling (safe across parallel test
 * workers: the binary is renamed into place). Throws CompileError on failure.
 */
export function compileC(source: string, opts: CompileOptions = {}): string {
  const version = compilerVersion();
  if (version === null) throw new Error(`no C compiler: '${CC}' cannot be run`);
  const flags = ['-O0', '-w', ...(opts.flags ?? [])];
  const key = createHash('sha256').update(`${version}\0${flags.join(' ')}\0${source}`).digest('hex').slice(0, 24);
  mkdirSync(CACHE_DIR, { recursive: true });
  const bin = join(CACHE_DIR, key);
  if (existsSync(bin)) return bin;
  const src = join(CACHE_DIR, `${key}.c`);
  writeFileSync(src, source);
  const tmp = `${bin}.${process.pid}.tmp`;
  // Flags that name libraries (-l…) must follow the source.
  const r = spawnSync(CC, [src, '-o', tmp, ...flags], { encoding: 'utf8' });
  if (r.status !== 0) throw new CompileError(r.stderr || r.error?.message || 'unknown error', src);
  renameSync(tmp, bin);
  return bin;
}

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
