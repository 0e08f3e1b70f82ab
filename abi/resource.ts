// abi/resource.ts — resource limits, rusage and priorities of x86-64 Linux, named as in
// include/uapi/asm-generic/resource.h, include/uapi/linux/resource.h and linux/fs.h (default
// fd limits). ABI facts only; checked against the host's headers by
// test/abi/constants.host.test.ts. Add values here (with their uapi name), change none.

export const RLIMIT_CPU = 0;
export const RLIMIT_FSIZE = 1;
export const RLIMIT_DATA = 2;
export const RLIMIT_STACK = 3;
export const RLIMIT_CORE = 4;
export const RLIMIT_RSS = 5;
export const RLIMIT_NPROC = 6;
export const RLIMIT_NOFILE = 7;
export const RLIMIT_MEMLOCK = 8;
export const RLIMIT_AS = 9;
export const RLIMIT_LOCKS = 10;
export const RLIMIT_SIGPENDING = 11;
export const RLIMIT_MSGQUEUE = 12;
export const RLIMIT_NICE = 13;
export const RLIMIT_RTPRIO = 14;
export const RLIMIT_RTTIME = 15;
export const RLIM_NLIMITS = 16;

/**
 * (~0UL): "no limit". As a JS number it is 2**64 — the nearest double to 2^64-1, and what
 * abi/struct.ts encodes as all ones (and decodes all ones back to), so it round-trips.
 */
export const RLIM_INFINITY = 2 ** 64;
export const RLIM64_INFINITY = RLIM_INFINITY;

/** The names getrlimit(2)'s resources have in /proc/<pid>/limits, by RLIMIT_* number. */
export const RLIMIT_NAMES: readonly string[] = [
  'RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_DATA', 'RLIMIT_STACK', 'RLIMIT_CORE', 'RLIMIT_RSS',
  'RLIMIT_NPROC', 'RLIMIT_NOFILE', 'RLIMIT_MEMLOCK', 'RLIMIT_AS', 'RLIMIT_LOCKS',
  'RLIMIT_SIGPENDING', 'RLIMIT_MSGQUEUE', 'RLIMIT_NICE', 'RLIMIT_RTPRIO', 'RLIMIT_RTTIME',
];

// getrusage(2) who
export const RUSAGE_SELF = 0;
export const RUSAGE_CHILDREN = -1;
/** Kernel-internal (wait4 accounting). */
export const RUSAGE_BOTH = -2;
export const RUSAGE_THREAD = 1;

// getpriority(2)/setpriority(2)
export const PRIO_MIN = -20;
export const PRIO_MAX = 20;
export const PRIO_PROCESS = 0;
export const PRIO_PGRP = 1;
export const PRIO_USER = 2;

// Defaults the kernel starts init with
/** Default RLIMIT_STACK soft limit: 8 MiB. */
export const _STK_LIM = 8 * 1024 * 1024;
/** Default RLIMIT_MEMLOCK: 8 MiB (since Linux 5.16). */
export const MLOCK_LIMIT = 8 * 1024 * 1024;
/** Default RLIMIT_NOFILE soft and hard limits (include/uapi/linux/fs.h). */
export const INR_OPEN_CUR = 1024;
export const INR_OPEN_MAX = 4096;
