// index.ts — the package's public API (what `import … from 'linuxsim'` gives): booting a
// kernel or a whole system, the typed and raw syscall doors, the ABI as data, tracing and
// strace formatting, scheduling policies and the invariant checker. Documented in README.md.

export * from './abi/index';
export { createKernel, Kernel, ProcessHandle, WOULD_BLOCK, type KernelOptions, type ProcessOptions } from './kernel/kernel';
export { FIFO, randomPolicy, type SchedPolicy, type IdleReason } from './kernel/sched';
export { Tracer, type SyscallEnterEvent, type SyscallExitEvent, type SignalEvent, type ExitEvent } from './kernel/trace';
export { checkInvariants } from './kernel/invariants';
export { compatibilityMarkdown, compatibilityRows } from './kernel/compat';
export { Out } from './mm/usercopy';
export { createSystem, System, type SystemOptions, type SyncProcess, type SpawnOptions } from './userland/system';
export { ErrnoError } from './userland/errors';
export { ProgramRegistry, type Program } from './userland/runtime';
export type { Sys, SyncSys, SysApi } from './userland/sys';
export { Strace } from './userland/strace/strace';
