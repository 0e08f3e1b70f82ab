// userland/system.ts — a booted system: a kernel with the program runtime, /bin populated
// with the standard programs, and the conveniences an embedder or test needs: spawn a
// program as a user in a directory, drive a process synchronously through the typed API,
// feed the console and read what was written to it. This is the library API the README
// documents; keep it stable.

import { createKernel, type Kernel, type KernelOptions, type ProcessHandle, type ProcessOptions } from '../kernel/kernel';
import type { IdleReason } from '../kernel/sched';
import { SyncDoor } from './door';
import { BIN_PROGRAMS } from './programs/index';
import { ProgramRegistry, type Program } from './runtime';
import { text, utf8 } from './strings';
import { SysImpl, type SyncSys } from './sys';

export interface SystemOptions extends Omit<KernelOptions, 'runtime'> {
  /** More programs, by name; install them with `installed` (path → name). */
  programs?: Readonly<Record<string, Program>>;
  /** Extra executables to create: absolute path → registered program name. */
  installed?: Readonly<Record<string, string>>;
}

/** A process driven synchronously from outside (tests, embedders). */
export interface SyncProcess {
  readonly pid: number;
  /** The typed API; throws ErrnoError. */
  readonly sys: SyncSys;
  /** The raw door: result or -errno (or 'would-block'). */
  readonly syscall: ProcessHandle['syscall'];
  readonly handle: ProcessHandle;
}

export interface SpawnOptions extends ProcessOptions {
  /** The environment (default: a login environment for the user and directory). */
  env?: readonly string[];
  /** Called with the new pid before execve (attach a tracer here to see the execve line). */
  beforeExec?: (pid: number) => void;
}

export class System {
  readonly kernel: Kernel;
  readonly registry = new ProgramRegistry();

  constructor(opts: SystemOptions = {}) {
    for (const [name, p] of Object.entries(BIN_PROGRAMS)) this.registry.register(name, p);
    for (const [name, p] of Object.entries(opts.programs ?? {})) this.registry.register(name, p);
    const userInit = opts.initialFs;
    this.kernel = createKernel({
      ...opts,
      runtime: this.registry,
      initialFs: (fs) => {
        for (const name of Object.keys(BIN_PROGRAMS)) fs.installProgram(`/bin/${name}`, name);
        for (const [path, name] of Object.entries(opts.installed ?? {})) fs.installProgram(path, name);
        userInit?.(fs);
      },
    });
  }

  /** The environment a login gives `uid` working in `cwd` (Debian's login.defs paths). */
  loginEnv(uid: number, cwd: string): string[] {
    const a = this.kernel.accounts.find((x) => x.uid === uid);
    const name = a?.name ?? String(uid);
    return [
      `PATH=${uid === 0 ? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' : '/usr/local/bin:/usr/bin:/bin'}`,
      `HOME=${a?.home ?? '/'}`,
      `USER=${name}`,
      `LOGNAME=${name}`,
      `SHELL=${a?.shell ?? '/bin/sh'}`,
      `PWD=${cwd}`,
      'TERM=linux',
      'LANG=C.UTF-8',
    ];
  }

  /** Starts `path` in a new process (a child of init); run the kernel to let it go. */
  spawn(path: string, argv: readonly string[], opts: SpawnOptions = {}): ProcessHandle {
    const uid = opts.uid ?? 1000;
    const account = this.kernel.accounts.find((a) => a.uid === uid);
    const cwd = opts.cwd ?? account?.home ?? '/';
    const h = this.kernel.createProcess({ ...opts, uid, cwd });
    opts.beforeExec?.(h.pid);
    const r = h.execve(path, argv, opts.env ?? this.loginEnv(uid, cwd));
    if (typeof r === 'number' && r < 0) {
      // As a shell does when exec fails: the child exits with 127 (126: found but not runnable).
      h.execErrno = -r;
      h.syscall(231 /* exit_group */, r === -2 ? 127 : 126);
    }
    return h;
  }

  /** A process to drive synchronously, with the typed API. */
  process(opts: ProcessOptions = {}): SyncProcess {
    const handle = this.kernel.createProcess(opts);
    const sys = new SysImpl(new SyncDoor(handle)) as unknown as SyncSys;
    return { pid: handle.pid, sys, syscall: handle.syscall.bind(handle), handle };
  }

  /** Runs until every program has finished or waits forever. */
  run(): Promise<IdleReason> {
    return this.kernel.run();
  }

  /** Queues console input (what the programs read from fd 0). */
  input(s: string | Uint8Array): void {
    this.kernel.vfs.console.feed(typeof s === 'string' ? utf8(s) : s);
  }

  /** The console input is over: readers get end-of-file. */
  endInput(): void {
    this.kernel.vfs.console.end();
  }

  /** Everything programs have written to the console, decoded as UTF-8. */
  output(): string {
    const parts = this.kernel.vfs.console.written;
    const n = parts.reduce((s, p) => s + p.length, 0);
    const all = new Uint8Array(n);
    let o = 0;
    for (const p of parts) { all.set(p, o); o += p.length; }
    return text(all);
  }
}

export function createSystem(opts: SystemOptions = {}): System {
  return new System(opts);
}
