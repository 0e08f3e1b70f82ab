// bin/conformance/cc.ts — compile a C source with the host's compiler ($CC, default gcc),
// cached under the OS temp dir by a hash of the compiler, flags and source. The one copy of this
// logic: bin/conformance/host.ts builds the host executor with it, and test/helpers/host.ts
// re-exports it for the test suites. Host code (Node built-ins only); never imported by the
// kernel folders. Keep the API small; extend it, do not fork it.

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
 * compiler, flags and source give the same path without recompiling (safe across parallel
 * processes: the binary is renamed into place). Throws CompileError on failure.
 */
export function compileC(source: string, opts: CompileOptions = {}): string {
  const version = compilerVersion();
  if (version === null) throw new Error(`no C compiler: '${CC}' cannot be run`);
  const flags = ['-O0', '-w', ...(opts.flags ?? [])];
  const key = createHash('sha256').update(`${version}\0${flags.join(' ')}\0${source}`).digest('hex').slice(0, 24);
  mkdirSync(CACHE_DIR, { recursive: true });
  const bin = join(CACHE_DIR, key);
  if (existsSync(bin)) return bin;
  const src = join(CACHE_DIR, `${key}.${process.pid}.c`);
  writeFileSync(src, source);
  const tmp = `${bin}.${process.pid}.tmp`;
  // Flags that name libraries (-l…) must follow the source.
  const r = spawnSync(CC, [src, '-o', tmp, ...flags], { encoding: 'utf8' });
  if (r.status !== 0) throw new CompileError(r.stderr || r.error?.message || 'unknown error', src);
  renameSync(tmp, bin);
  return bin;
}
