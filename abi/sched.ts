// abi/sched.ts — clone/clone3/unshare flags and scheduling policies of x86-64 Linux, named as in
// include/uapi/linux/sched.h (and the namespace flags setns(2) takes). ABI facts only; checked
// against the host's headers by test/abi/constants.host.test.ts. Add values here (with their
// uapi name), change none.

/** The low byte of clone(2)'s flags: the signal sent to the parent when the child exits. */
export const CSIGNAL = 0x000000ff;

export const CLONE_VM = 0x00000100;
export const CLONE_FS = 0x00000200;
export const CLONE_FILES = 0x00000400;
export const CLONE_SIGHAND = 0x00000800;
export const CLONE_PIDFD = 0x00001000;
export const CLONE_PTRACE = 0x00002000;
export const CLONE_VFORK = 0x00004000;
export const CLONE_PARENT = 0x00008000;
export const CLONE_THREAD = 0x00010000;
export const CLONE_NEWNS = 0x00020000;
export const CLONE_SYSVSEM = 0x00040000;
export const CLONE_SETTLS = 0x00080000;
export const CLONE_PARENT_SETTID = 0x00100000;
export const CLONE_CHILD_CLEARTID = 0x00200000;
/** Unused, ignored by the kernel. */
export const CLONE_DETACHED = 0x00400000;
export const CLONE_UNTRACED = 0x00800000;
export const CLONE_CHILD_SETTID = 0x01000000;
export const CLONE_NEWCGROUP = 0x02000000;
export const CLONE_NEWUTS = 0x04000000;
export const CLONE_NEWIPC = 0x08000000;
export const CLONE_NEWUSER = 0x10000000;
export const CLONE_NEWPID = 0x20000000;
export const CLONE_NEWNET = 0x40000000;
export const CLONE_IO = 0x80000000;
/** Shares its bit with CSIGNAL: valid for clone3(2), unshare(2) and setns(2) only. */
export const CLONE_NEWTIME = 0x00000080;

// clone3(2) only: flags above 32 bits (exact as JS numbers).
export const CLONE_CLEAR_SIGHAND = 2 ** 32;
export const CLONE_INTO_CGROUP = 2 ** 33;
/** Linux 7.x clone3 flags (in the newest uapi headers; not in older hosts'). */
export const CLONE_AUTOREAP = 2 ** 34;
export const CLONE_NNP = 2 ** 35;
export const CLONE_PIDFD_AUTOKILL = 2 ** 36;
export const CLONE_EMPTY_MNTNS = 2 ** 37;

/** The eight namespace flags (unshare(2), setns(2), clone(2)). */
export const CLONE_NS_FLAGS: readonly number[] = [
  CLONE_NEWNS, CLONE_NEWCGROUP, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID,
  CLONE_NEWNET, CLONE_NEWTIME,
];

// sizeof(struct clone_args) as published (clone3 accepts any of them).
export const CLONE_ARGS_SIZE_VER0 = 64;
export const CLONE_ARGS_SIZE_VER1 = 80;
export const CLONE_ARGS_SIZE_VER2 = 88;

// Scheduling policies (sched_setscheduler(2)); glibc spells SCHED_NORMAL as SCHED_OTHER.
export const SCHED_NORMAL = 0;
export const SCHED_OTHER = 0;
export const SCHED_FIFO = 1;
export const SCHED_RR = 2;
export const SCHED_BATCH = 3;
export const SCHED_IDLE = 5;
export const SCHED_DEADLINE = 6;
export const SCHED_EXT = 7;
/** OR'd into the policy of sched_setscheduler(2). */
export const SCHED_RESET_ON_FORK = 0x40000000;

// struct sched_attr sched_flags (sched_setattr(2))
export const SCHED_FLAG_RESET_ON_FORK = 0x01;
export const SCHED_FLAG_RECLAIM = 0x02;
export const SCHED_FLAG_DL_OVERRUN = 0x04;
export const SCHED_FLAG_KEEP_POLICY = 0x08;
export const SCHED_FLAG_KEEP_PARAMS = 0x10;
export const SCHED_FLAG_UTIL_CLAMP_MIN = 0x20;
export const SCHED_FLAG_UTIL_CLAMP_MAX = 0x40;
export const SCHED_FLAG_KEEP_ALL = SCHED_FLAG_KEEP_POLICY | SCHED_FLAG_KEEP_PARAMS;
export const SCHED_FLAG_UTIL_CLAMP = SCHED_FLAG_UTIL_CLAMP_MIN | SCHED_FLAG_UTIL_CLAMP_MAX;
export const SCHED_FLAG_ALL =
  SCHED_FLAG_RESET_ON_FORK | SCHED_FLAG_RECLAIM | SCHED_FLAG_DL_OVERRUN | SCHED_FLAG_KEEP_ALL |
  SCHED_FLAG_UTIL_CLAMP;
/** sched_getattr(2) flags. */
export const SCHED_GETATTR_FLAG_DL_DYNAMIC = 0x01;

/** sizeof(struct sched_attr) as first published (SCHED_ATTR_SIZE_VER0) and with util clamps. */
export const SCHED_ATTR_SIZE_VER0 = 48;
export const SCHED_ATTR_SIZE_VER1 = 56;
