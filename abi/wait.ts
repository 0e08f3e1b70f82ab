// abi/wait.ts — wait4/waitid options and idtypes (include/uapi/linux/wait.h), and the wait
// status word as pure functions: how the kernel encodes an exit, a death by signal, a stop or
// a continue into the int that wait4(2) stores, and glibc's W* macros that decode it.
// ABI facts only; the constants are checked against the host's headers by
// test/abi/constants.host.test.ts. Add values here (with their uapi name), change none.

export const WNOHANG = 0x00000001;
export const WUNTRACED = 0x00000002;
export const WSTOPPED = WUNTRACED;
export const WEXITED = 0x00000004;
export const WCONTINUED = 0x00000008;
/** Don't reap, just poll status. */
export const WNOWAIT = 0x01000000;
/** Don't wait on children of other threads in this group. */
export const __WNOTHREAD = 0x20000000;
/** Wait on all children, regardless of type. */
export const __WALL = 0x40000000;
/** Wait only on non-SIGCHLD children. */
export const __WCLONE = 0x80000000;

// waitid(2) idtype
export const P_ALL = 0;
export const P_PID = 1;
export const P_PGID = 2;
export const P_PIDFD = 3;

/** The status of a stopped child that was continued (WIFCONTINUED). */
export const W_CONTINUED = 0xffff;
/** The bit set in a death-by-signal status when a core was dumped. */
export const WCOREFLAG = 0x80;

// Encoding (what the kernel stores)

/** exit(code): (code & 0xff) << 8. */
export function wExitStatus(code: number): number {
  return (code & 0xff) << 8;
}

/** Killed by signal `sig`, with a core dump if `core`. */
export function wTermSig(sig: number, core = false): number {
  return (sig & 0x7f) | (core ? WCOREFLAG : 0);
}

/** Stopped by signal `sig` (also ptrace stops, whose event goes in bits 16..23). */
export function wStopSig(sig: number, ptraceEvent = 0): number {
  return ((ptraceEvent & 0xff) << 16) | ((sig & 0xff) << 8) | 0x7f;
}

// Decoding (glibc's <sys/wait.h> macros, as functions of the status int)

export function WEXITSTATUS(status: number): number {
  return (status & 0xff00) >> 8;
}
export function WTERMSIG(status: number): number {
  return status & 0x7f;
}
export function WSTOPSIG(status: number): number {
  return WEXITSTATUS(status);
}
export function WIFEXITED(status: number): boolean {
  return WTERMSIG(status) === 0;
}
export function WIFSIGNALED(status: number): boolean {
  return ((((status & 0x7f) + 1) << 24) >> 25) > 0;
}
export function WIFSTOPPED(status: number): boolean {
  return (status & 0xff) === 0x7f;
}
export function WIFCONTINUED(status: number): boolean {
  return status === W_CONTINUED;
}
export function WCOREDUMP(status: number): boolean {
  return (status & WCOREFLAG) !== 0;
}
