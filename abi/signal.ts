// abi/signal.ts — signals of x86-64 Linux: numbers (arch/x86/include/uapi/asm/signal.h), the
// sigaction flags (asm-generic/signal-defs.h), si_code values (asm-generic/siginfo.h), and a
// table of every signal with its default action (signal(7)), its glibc strsignal() text and the
// name strace prints. Numbers are the kernel's: SIGRTMIN is 32 (glibc reserves 32 and 33 and
// reports 34). ABI facts only; checked against the host by test/abi/constants.host.test.ts.

export const SIGHUP = 1;
export const SIGINT = 2;
export const SIGQUIT = 3;
export const SIGILL = 4;
export const SIGTRAP = 5;
export const SIGABRT = 6;
export const SIGIOT = 6;
export const SIGBUS = 7;
export const SIGFPE = 8;
export const SIGKILL = 9;
export const SIGUSR1 = 10;
export const SIGSEGV = 11;
export const SIGUSR2 = 12;
export const SIGPIPE = 13;
export const SIGALRM = 14;
export const SIGTERM = 15;
export const SIGSTKFLT = 16;
export const SIGCHLD = 17;
export const SIGCONT = 18;
export const SIGSTOP = 19;
export const SIGTSTP = 20;
export const SIGTTIN = 21;
export const SIGTTOU = 22;
export const SIGURG = 23;
export const SIGXCPU = 24;
export const SIGXFSZ = 25;
export const SIGVTALRM = 26;
export const SIGPROF = 27;
export const SIGWINCH = 28;
export const SIGIO = 29;
export const SIGPOLL = SIGIO;
export const SIGPWR = 30;
export const SIGSYS = 31;
export const SIGUNUSED = 31;
/** The kernel's first realtime signal (glibc's SIGRTMIN() is 34: it keeps 32 and 33). */
export const SIGRTMIN = 32;
export const SIGRTMAX = 64;
/** The kernel's number of signals (signals are 1.._NSIG). */
export const _NSIG = 64;
/** glibc's NSIG: one more than the largest signal number. */
export const NSIG = 65;

// Signal handlers (sa_handler values)
export const SIG_DFL = 0;
export const SIG_IGN = 1;
/** (__sighandler_t) -1: as a JS number, -1 (the all-ones address). */
export const SIG_ERR = -1;

// sigaction(2) sa_flags
export const SA_NOCLDSTOP = 0x00000001;
export const SA_NOCLDWAIT = 0x00000002;
export const SA_SIGINFO = 0x00000004;
export const SA_UNSUPPORTED = 0x00000400;
export const SA_EXPOSE_TAGBITS = 0x00000800;
export const SA_RESTORER = 0x04000000;
export const SA_ONSTACK = 0x08000000;
export const SA_RESTART = 0x10000000;
export const SA_NODEFER = 0x40000000;
export const SA_RESETHAND = 0x80000000;
export const SA_NOMASK = SA_NODEFER;
export const SA_ONESHOT = SA_RESETHAND;

// sigprocmask(2) how
export const SIG_BLOCK = 0;
export const SIG_UNBLOCK = 1;
export const SIG_SETMASK = 2;

// sigaltstack(2)
export const SS_ONSTACK = 1;
export const SS_DISABLE = 2;
/** Linux 4.7: disable the alternate stack on signal delivery (ORed into ss_flags). */
export const SS_AUTODISARM = 0x80000000;
export const MINSIGSTKSZ = 2048;
export const SIGSTKSZ = 8192;

// si_code: who sent the signal (values <= 0 come from user space)
export const SI_USER = 0;
export const SI_KERNEL = 0x80;
export const SI_QUEUE = -1;
export const SI_TIMER = -2;
export const SI_MESGQ = -3;
export const SI_ASYNCIO = -4;
export const SI_SIGIO = -5;
export const SI_TKILL = -6;
export const SI_DETHREAD = -7;
export const SI_ASYNCNL = -60;

// si_code for SIGILL
export const ILL_ILLOPC = 1;
export const ILL_ILLOPN = 2;
export const ILL_ILLADR = 3;
export const ILL_ILLTRP = 4;
export const ILL_PRVOPC = 5;
export const ILL_PRVREG = 6;
export const ILL_COPROC = 7;
export const ILL_BADSTK = 8;
export const ILL_BADIADDR = 9;
export const NSIGILL = 11;

// si_code for SIGFPE
export const FPE_INTDIV = 1;
export const FPE_INTOVF = 2;
export const FPE_FLTDIV = 3;
export const FPE_FLTOVF = 4;
export const FPE_FLTUND = 5;
export const FPE_FLTRES = 6;
export const FPE_FLTINV = 7;
export const FPE_FLTSUB = 8;
export const FPE_FLTUNK = 14;
export const FPE_CONDTRAP = 15;
export const NSIGFPE = 15;

// si_code for SIGSEGV
export const SEGV_MAPERR = 1;
export const SEGV_ACCERR = 2;
export const SEGV_BNDERR = 3;
export const SEGV_PKUERR = 4;
export const SEGV_ACCADI = 5;
export const SEGV_ADIDERR = 6;
export const SEGV_ADIPERR = 7;
export const SEGV_MTEAERR = 8;
export const SEGV_MTESERR = 9;
/** Linux 6.6: x86 control-protection (shadow stack) fault. */
export const SEGV_CPERR = 10;
export const NSIGSEGV = 10;

// si_code for SIGBUS
export const BUS_ADRALN = 1;
export const BUS_ADRERR = 2;
export const BUS_OBJERR = 3;
export const BUS_MCEERR_AR = 4;
export const BUS_MCEERR_AO = 5;
export const NSIGBUS = 5;

// si_code for SIGTRAP
export const TRAP_BRKPT = 1;
export const TRAP_TRACE = 2;
export const TRAP_BRANCH = 3;
export const TRAP_HWBKPT = 4;
export const TRAP_UNK = 5;
export const TRAP_PERF = 6;
export const NSIGTRAP = 6;

// si_code for SIGCHLD
export const CLD_EXITED = 1;
export const CLD_KILLED = 2;
export const CLD_DUMPED = 3;
export const CLD_TRAPPED = 4;
export const CLD_STOPPED = 5;
export const CLD_CONTINUED = 6;
export const NSIGCHLD = 6;

// si_code for SIGIO/SIGPOLL
export const POLL_IN = 1;
export const POLL_OUT = 2;
export const POLL_MSG = 3;
export const POLL_ERR = 4;
export const POLL_PRI = 5;
export const POLL_HUP = 6;
export const NSIGPOLL = 6;

// si_code for SIGSYS
export const SYS_SECCOMP = 1;
export const SYS_USER_DISPATCH = 2;
export const NSIGSYS = 2;

// struct sigevent sigev_notify
export const SIGEV_SIGNAL = 0;
export const SIGEV_NONE = 1;
export const SIGEV_THREAD = 2;
export const SIGEV_THREAD_ID = 4;

/** sizeof(siginfo_t) and sizeof(struct sigevent). */
export const SI_MAX_SIZE = 128;
export const SIGEV_MAX_SIZE = 64;

/** What happens when a signal arrives and its disposition is SIG_DFL (signal(7)). */
export type DefaultAction = 'term' | 'core' | 'stop' | 'cont' | 'ign';

export interface SignalInfo {
  readonly signo: number;
  /** The name strace prints: 'SIGSEGV', 'SIGRTMIN', 'SIGRT_3'. */
  readonly name: string;
  readonly defaultAction: DefaultAction;
  /** glibc's strsignal() text on Linux: 'Segmentation fault', 'Real-time signal 0'. */
  readonly description: string;
}

const STANDARD: ReadonlyArray<readonly [number, string, DefaultAction, string]> = [
  [SIGHUP, 'SIGHUP', 'term', 'Hangup'],
  [SIGINT, 'SIGINT', 'term', 'Interrupt'],
  [SIGQUIT, 'SIGQUIT', 'core', 'Quit'],
  [SIGILL, 'SIGILL', 'core', 'Illegal instruction'],
  [SIGTRAP, 'SIGTRAP', 'core', 'Trace/breakpoint trap'],
  [SIGABRT, 'SIGABRT', 'core', 'Aborted'],
  [SIGBUS, 'SIGBUS', 'core', 'Bus error'],
  [SIGFPE, 'SIGFPE', 'core', 'Floating point exception'],
  [SIGKILL, 'SIGKILL', 'term', 'Killed'],
  [SIGUSR1, 'SIGUSR1', 'term', 'User defined signal 1'],
  [SIGSEGV, 'SIGSEGV', 'core', 'Segmentation fault'],
  [SIGUSR2, 'SIGUSR2', 'term', 'User defined signal 2'],
  [SIGPIPE, 'SIGPIPE', 'term', 'Broken pipe'],
  [SIGALRM, 'SIGALRM', 'term', 'Alarm clock'],
  [SIGTERM, 'SIGTERM', 'term', 'Terminated'],
  [SIGSTKFLT, 'SIGSTKFLT', 'term', 'Stack fault'],
  [SIGCHLD, 'SIGCHLD', 'ign', 'Child exited'],
  [SIGCONT, 'SIGCONT', 'cont', 'Continued'],
  [SIGSTOP, 'SIGSTOP', 'stop', 'Stopped (signal)'],
  [SIGTSTP, 'SIGTSTP', 'stop', 'Stopped'],
  [SIGTTIN, 'SIGTTIN', 'stop', 'Stopped (tty input)'],
  [SIGTTOU, 'SIGTTOU', 'stop', 'Stopped (tty output)'],
  [SIGURG, 'SIGURG', 'ign', 'Urgent I/O condition'],
  [SIGXCPU, 'SIGXCPU', 'core', 'CPU time limit exceeded'],
  [SIGXFSZ, 'SIGXFSZ', 'core', 'File size limit exceeded'],
  [SIGVTALRM, 'SIGVTALRM', 'term', 'Virtual timer expired'],
  [SIGPROF, 'SIGPROF', 'term', 'Profiling timer expired'],
  [SIGWINCH, 'SIGWINCH', 'ign', 'Window changed'],
  [SIGIO, 'SIGIO', 'term', 'I/O possible'],
  [SIGPWR, 'SIGPWR', 'term', 'Power failure'],
  [SIGSYS, 'SIGSYS', 'core', 'Bad system call'],
];

/**
 * strace's name for signal n: the standard names, 'SIGRTMIN' for 32 and 'SIGRT_<n-32>' for
 * 33..64 (strace counts from the kernel's SIGRTMIN, not glibc's). Other numbers print as a
 * plain decimal, as strace does for an unknown signal.
 */
export function signalName(n: number): string {
  const s = byNumber[n];
  return s ? s.name : String(n);
}

/**
 * glibc's strsignal() for realtime signals counts from its own SIGRTMIN (34): 32 and 33 are
 * "Unknown signal 32"/"33", 34 is "Real-time signal 0", 64 is "Real-time signal 30".
 */
function rtDescription(n: number): string {
  return n < 34 ? `Unknown signal ${n}` : `Real-time signal ${n - 34}`;
}

const byNumber: SignalInfo[] = [];
const byName = new Map<string, SignalInfo>();
for (const [signo, name, defaultAction, description] of STANDARD) {
  byNumber[signo] = Object.freeze({ signo, name, defaultAction, description });
}
for (let n = SIGRTMIN; n <= SIGRTMAX; n++) {
  const name = n === SIGRTMIN ? 'SIGRTMIN' : `SIGRT_${n - SIGRTMIN}`;
  byNumber[n] = Object.freeze({ signo: n, name, defaultAction: 'term', description: rtDescription(n) });
}
for (const s of byNumber) if (s) byName.set(s.name, s);
// Aliases accepted by name lookup (not printed).
for (const [alias, n] of [['SIGIOT', SIGABRT], ['SIGPOLL', SIGIO], ['SIGCLD', SIGCHLD], ['SIGRTMAX', SIGRTMAX], ['SIGUNUSED', SIGSYS]] as const) {
  byName.set(alias, byNumber[n]!);
}

/** Every signal 1..64, by number. */
export const SIGNALS: readonly SignalInfo[] = Object.freeze(byNumber.filter((s): s is SignalInfo => s !== undefined));

/** The signal with this number (1..64), or undefined. */
export function signalByNumber(n: number): SignalInfo | undefined {
  return byNumber[n];
}

/**
 * The signal with this name: 'SIGSEGV', 'SEGV', 'SIGRTMIN', 'SIGRT_3', 'SIGRTMIN+3',
 * 'SIGRTMAX-1', or an alias ('SIGIOT', 'SIGPOLL', 'SIGCLD'). Names are case-sensitive.
 */
export function signalByName(name: string): SignalInfo | undefined {
  const full = name.startsWith('SIG') ? name : `SIG${name}`;
  const direct = byName.get(full);
  if (direct) return direct;
  const m = /^SIGRT(MIN|MAX)([+-])(\d+)$/.exec(full);
  if (!m) return undefined;
  const base = m[1] === 'MIN' ? SIGRTMIN : SIGRTMAX;
  const n = base + (m[2] === '+' ? 1 : -1) * Number(m[3]);
  return n >= SIGRTMIN && n <= SIGRTMAX ? byNumber[n] : undefined;
}

/** True for 1..64. */
export function validSignal(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= _NSIG;
}

/** Signals that cannot be caught, blocked or ignored. */
export function sigKernelOnly(n: number): boolean {
  return n === SIGKILL || n === SIGSTOP;
}

// Signal sets as the kernel stores them (one unsigned long on x86-64). A JS number holds only
// 53 exact bits, so sets are kept as two 32-bit words: [signals 1..32, signals 33..64]; this is
// the representation of the `sigset` layout in abi/structs.ts.
export type SigsetWords = [lo: number, hi: number];

/** The mask bit of signal n (1..64) as [word, bit]. */
export function sigmaskBit(n: number): [word: 0 | 1, bit: number] {
  const i = n - 1;
  return [i < 32 ? 0 : 1, (1 << (i & 31)) >>> 0];
}

export function sigsetFromSignals(signals: Iterable<number>): SigsetWords {
  const w: SigsetWords = [0, 0];
  for (const n of signals) {
    if (!validSignal(n)) continue;
    const [i, b] = sigmaskBit(n);
    w[i] = (w[i] | b) >>> 0;
  }
  return w;
}

export function sigsetToSignals(words: readonly number[]): number[] {
  const out: number[] = [];
  for (let n = 1; n <= _NSIG; n++) {
    const [i, b] = sigmaskBit(n);
    if (((words[i] ?? 0) & b) !== 0) out.push(n);
  }
  return out;
}

export function sigsetHas(words: readonly number[], n: number): boolean {
  if (!validSignal(n)) return false;
  const [i, b] = sigmaskBit(n);
  return ((words[i] ?? 0) & b) !== 0;
}
