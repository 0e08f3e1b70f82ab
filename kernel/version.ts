// kernel/version.ts — who this kernel says it is (uname(2), /proc/version) and the machine it
// models. linuxsim follows the semantics of Linux 6.18 on x86-64; the machine has one CPU
// and 2 GiB of memory (which fixes RLIMIT_NPROC, sysinfo and /proc/meminfo).

export const UTS_SYSNAME = 'Linux';
export const UTS_RELEASE = '6.18.0-linuxsim';
export const UTS_VERSION = '#1 SMP PREEMPT_DYNAMIC Thu Jan  1 00:00:00 UTC 2026';
export const UTS_MACHINE = 'x86_64';

export const MACHINE_CPUS = 1;
export const MACHINE_RAM_BYTES = 2 * 1024 * 1024 * 1024;
