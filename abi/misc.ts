// abi/misc.ts — the small rest of the x86-64 Linux ABI: getrandom, eventfd/timerfd/signalfd/
// inotify/memfd/pidfd flags, mount(2)/umount2(2) flags and the new mount API, xattr, fallocate,
// splice, preadv2 flags, futex ops, SysV IPC, personality, UTS lengths and capabilities — named
// as in the uapi headers (include/uapi/linux/*.h). ABI facts only; checked against the host's
// headers by test/abi/constants.host.test.ts. The namespace CLONE_NEW* flags are in sched.ts.

// getrandom(2)
export const GRND_NONBLOCK = 0x0001;
export const GRND_RANDOM = 0x0002;
export const GRND_INSECURE = 0x0004;

// eventfd2(2)
export const EFD_SEMAPHORE = 1 << 0;
export const EFD_CLOEXEC = 0o2000000;
export const EFD_NONBLOCK = 0o4000;

// timerfd_create(2), timerfd_settime(2)
export const TFD_TIMER_ABSTIME = 1 << 0;
export const TFD_TIMER_CANCEL_ON_SET = 1 << 1;
export const TFD_CLOEXEC = 0o2000000;
export const TFD_NONBLOCK = 0o4000;
/** _IOW('T', 0, __u64). */
export const TFD_IOC_SET_TICKS = 0x40085400;

// signalfd4(2)
export const SFD_CLOEXEC = 0o2000000;
export const SFD_NONBLOCK = 0o4000;

// inotify(7)
export const IN_ACCESS = 0x00000001;
export const IN_MODIFY = 0x00000002;
export const IN_ATTRIB = 0x00000004;
export const IN_CLOSE_WRITE = 0x00000008;
export const IN_CLOSE_NOWRITE = 0x00000010;
export const IN_OPEN = 0x00000020;
export const IN_MOVED_FROM = 0x00000040;
export const IN_MOVED_TO = 0x00000080;
export const IN_CREATE = 0x00000100;
export const IN_DELETE = 0x00000200;
export const IN_DELETE_SELF = 0x00000400;
export const IN_MOVE_SELF = 0x00000800;
export const IN_UNMOUNT = 0x00002000;
export const IN_Q_OVERFLOW = 0x00004000;
export const IN_IGNORED = 0x00008000;
export const IN_CLOSE = IN_CLOSE_WRITE | IN_CLOSE_NOWRITE;
export const IN_MOVE = IN_MOVED_FROM | IN_MOVED_TO;
export const IN_ONLYDIR = 0x01000000;
export const IN_DONT_FOLLOW = 0x02000000;
export const IN_EXCL_UNLINK = 0x04000000;
export const IN_MASK_CREATE = 0x10000000;
export const IN_MASK_ADD = 0x20000000;
export const IN_ISDIR = 0x40000000;
export const IN_ONESHOT = 0x80000000;
export const IN_ALL_EVENTS = 0x00000fff;
export const IN_CLOEXEC = 0o2000000;
export const IN_NONBLOCK = 0o4000;

// memfd_create(2) and file seals (fcntl F_ADD_SEALS/F_GET_SEALS)
export const MFD_CLOEXEC = 0x0001;
export const MFD_ALLOW_SEALING = 0x0002;
export const MFD_HUGETLB = 0x0004;
export const MFD_NOEXEC_SEAL = 0x0008;
export const MFD_EXEC = 0x0010;
export const F_SEAL_SEAL = 0x0001;
export const F_SEAL_SHRINK = 0x0002;
export const F_SEAL_GROW = 0x0004;
export const F_SEAL_WRITE = 0x0008;
export const F_SEAL_FUTURE_WRITE = 0x0010;
export const F_SEAL_EXEC = 0x0020;

// pidfd_open(2), pidfd_send_signal(2)
export const PIDFD_NONBLOCK = 0o4000;
/** Linux 6.9: a pidfd for a thread rather than a thread group (= O_EXCL). */
export const PIDFD_THREAD = 0o200;
export const PIDFD_SIGNAL_THREAD = 1 << 0;
export const PIDFD_SIGNAL_THREAD_GROUP = 1 << 1;
export const PIDFD_SIGNAL_PROCESS_GROUP = 1 << 2;

// mount(2) flags (include/uapi/linux/mount.h)
export const MS_RDONLY = 1;
export const MS_NOSUID = 2;
export const MS_NODEV = 4;
export const MS_NOEXEC = 8;
export const MS_SYNCHRONOUS = 16;
export const MS_REMOUNT = 32;
export const MS_MANDLOCK = 64;
export const MS_DIRSYNC = 128;
export const MS_NOSYMFOLLOW = 256;
export const MS_NOATIME = 1024;
export const MS_NODIRATIME = 2048;
export const MS_BIND = 4096;
export const MS_MOVE = 8192;
export const MS_REC = 16384;
export const MS_VERBOSE = 32768;
export const MS_SILENT = 32768;
export const MS_POSIXACL = 1 << 16;
export const MS_UNBINDABLE = 1 << 17;
export const MS_PRIVATE = 1 << 18;
export const MS_SLAVE = 1 << 19;
export const MS_SHARED = 1 << 20;
export const MS_RELATIME = 1 << 21;
export const MS_KERNMOUNT = 1 << 22;
export const MS_I_VERSION = 1 << 23;
export const MS_STRICTATIME = 1 << 24;
export const MS_LAZYTIME = 1 << 25;
/** Flags a remount may change. */
export const MS_RMT_MASK = MS_RDONLY | MS_SYNCHRONOUS | MS_MANDLOCK | MS_I_VERSION | MS_LAZYTIME;
/** The old magic in the top 16 bits of mount(2)'s flags, ignored. */
export const MS_MGC_VAL = 0xc0ed0000;
export const MS_MGC_MSK = 0xffff0000;

// umount2(2)
export const MNT_FORCE = 0x00000001;
export const MNT_DETACH = 0x00000002;
export const MNT_EXPIRE = 0x00000004;
export const UMOUNT_NOFOLLOW = 0x00000008;

// The new mount API (open_tree, move_mount, fsopen, fspick, fsmount, mount_setattr)
export const OPEN_TREE_CLONE = 1 << 0;
export const OPEN_TREE_CLOEXEC = 0o2000000;
export const MOVE_MOUNT_F_SYMLINKS = 0x00000001;
export const MOVE_MOUNT_F_AUTOMOUNTS = 0x00000002;
export const MOVE_MOUNT_F_EMPTY_PATH = 0x00000004;
export const MOVE_MOUNT_T_SYMLINKS = 0x00000010;
export const MOVE_MOUNT_T_AUTOMOUNTS = 0x00000020;
export const MOVE_MOUNT_T_EMPTY_PATH = 0x00000040;
export const MOVE_MOUNT_SET_GROUP = 0x00000100;
export const MOVE_MOUNT_BENEATH = 0x00000200;
export const FSOPEN_CLOEXEC = 0x00000001;
export const FSPICK_CLOEXEC = 0x00000001;
export const FSPICK_SYMLINK_NOFOLLOW = 0x00000002;
export const FSPICK_NO_AUTOMOUNT = 0x00000004;
export const FSPICK_EMPTY_PATH = 0x00000008;
export const FSMOUNT_CLOEXEC = 0x00000001;
export const MOUNT_ATTR_RDONLY = 0x00000001;
export const MOUNT_ATTR_NOSUID = 0x00000002;
export const MOUNT_ATTR_NODEV = 0x00000004;
export const MOUNT_ATTR_NOEXEC = 0x00000008;
export const MOUNT_ATTR__ATIME = 0x00000070;
export const MOUNT_ATTR_RELATIME = 0x00000000;
export const MOUNT_ATTR_NOATIME = 0x00000010;
export const MOUNT_ATTR_STRICTATIME = 0x00000020;
export const MOUNT_ATTR_NODIRATIME = 0x00000080;
export const MOUNT_ATTR_IDMAP = 0x00100000;
export const MOUNT_ATTR_NOSYMFOLLOW = 0x00200000;
export const MOUNT_ATTR_SIZE_VER0 = 32;

// *xattr(2)
export const XATTR_CREATE = 0x1;
export const XATTR_REPLACE = 0x2;
export const XATTR_NAME_MAX = 255;
export const XATTR_SIZE_MAX = 65536;
export const XATTR_LIST_MAX = 65536;

// fallocate(2)
export const FALLOC_FL_ALLOCATE_RANGE = 0x00;
export const FALLOC_FL_KEEP_SIZE = 0x01;
export const FALLOC_FL_PUNCH_HOLE = 0x02;
export const FALLOC_FL_NO_HIDE_STALE = 0x04;
export const FALLOC_FL_COLLAPSE_RANGE = 0x08;
export const FALLOC_FL_ZERO_RANGE = 0x10;
export const FALLOC_FL_INSERT_RANGE = 0x20;
export const FALLOC_FL_UNSHARE_RANGE = 0x40;
/** Linux 6.17. */
export const FALLOC_FL_WRITE_ZEROES = 0x80;

// splice(2), tee(2), vmsplice(2)
export const SPLICE_F_MOVE = 1;
export const SPLICE_F_NONBLOCK = 2;
export const SPLICE_F_MORE = 4;
export const SPLICE_F_GIFT = 8;

// preadv2(2)/pwritev2(2) flags (include/uapi/linux/fs.h)
export const RWF_HIPRI = 0x00000001;
export const RWF_DSYNC = 0x00000002;
export const RWF_SYNC = 0x00000004;
export const RWF_NOWAIT = 0x00000008;
export const RWF_APPEND = 0x00000010;
export const RWF_NOAPPEND = 0x00000020;
export const RWF_ATOMIC = 0x00000040;
export const RWF_DONTCACHE = 0x00000080;
export const RWF_NOSIGNAL = 0x00000100;

// futex(2) (include/uapi/linux/futex.h)
export const FUTEX_WAIT = 0;
export const FUTEX_WAKE = 1;
export const FUTEX_FD = 2;
export const FUTEX_REQUEUE = 3;
export const FUTEX_CMP_REQUEUE = 4;
export const FUTEX_WAKE_OP = 5;
export const FUTEX_LOCK_PI = 6;
export const FUTEX_UNLOCK_PI = 7;
export const FUTEX_TRYLOCK_PI = 8;
export const FUTEX_WAIT_BITSET = 9;
export const FUTEX_WAKE_BITSET = 10;
export const FUTEX_WAIT_REQUEUE_PI = 11;
export const FUTEX_CMP_REQUEUE_PI = 12;
export const FUTEX_LOCK_PI2 = 13;
export const FUTEX_PRIVATE_FLAG = 128;
export const FUTEX_CLOCK_REALTIME = 256;
export const FUTEX_CMD_MASK = ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME);
export const FUTEX_WAIT_PRIVATE = FUTEX_WAIT | FUTEX_PRIVATE_FLAG;
export const FUTEX_WAKE_PRIVATE = FUTEX_WAKE | FUTEX_PRIVATE_FLAG;
export const FUTEX_WAITERS = 0x80000000;
export const FUTEX_OWNER_DIED = 0x40000000;
export const FUTEX_TID_MASK = 0x3fffffff;
export const FUTEX_BITSET_MATCH_ANY = 0xffffffff;
export const FUTEX_32 = 2;
export const FUTEX_WAITV_MAX = 128;
/** The most robust-list entries the kernel walks at exit (include/linux/futex.h ROBUST_LIST_LIMIT). */
export const ROBUST_LIST_LIMIT = 2048;

// System V IPC (include/uapi/linux/ipc.h, sem.h, msg.h, shm.h)
export const IPC_PRIVATE = 0;
export const IPC_CREAT = 0o1000;
export const IPC_EXCL = 0o2000;
export const IPC_NOWAIT = 0o4000;
export const IPC_RMID = 0;
export const IPC_SET = 1;
export const IPC_STAT = 2;
export const IPC_INFO = 3;
/** OR'd into cmd by 32-bit callers; implied on x86-64. */
export const IPC_64 = 0x0100;
export const SEM_UNDO = 0x1000;
export const GETPID = 11;
export const GETVAL = 12;
export const GETALL = 13;
export const GETNCNT = 14;
export const GETZCNT = 15;
export const SETVAL = 16;
export const SETALL = 17;
export const SEM_STAT = 18;
export const SEM_INFO = 19;
export const SEM_STAT_ANY = 20;
export const MSG_STAT = 11;
export const MSG_INFO = 12;
export const MSG_STAT_ANY = 13;
export const MSG_NOERROR = 0o10000;
export const MSG_EXCEPT = 0o20000;
export const MSG_COPY = 0o40000;
export const SHM_HUGETLB = 0o4000;
export const SHM_NORESERVE = 0o10000;
export const SHM_RDONLY = 0o10000;
export const SHM_RND = 0o20000;
export const SHM_REMAP = 0o40000;
export const SHM_EXEC = 0o100000;
export const SHM_LOCK = 11;
export const SHM_UNLOCK = 12;
export const SHM_STAT = 13;
export const SHM_INFO = 14;
export const SHM_STAT_ANY = 15;

// personality(2) (include/uapi/linux/personality.h)
export const UNAME26 = 0x0020000;
export const ADDR_NO_RANDOMIZE = 0x0040000;
export const FDPIC_FUNCPTRS = 0x0080000;
export const MMAP_PAGE_ZERO = 0x0100000;
export const ADDR_COMPAT_LAYOUT = 0x0200000;
export const READ_IMPLIES_EXEC = 0x0400000;
export const ADDR_LIMIT_32BIT = 0x0800000;
export const SHORT_INODE = 0x1000000;
export const WHOLE_SECONDS = 0x2000000;
export const STICKY_TIMEOUTS = 0x4000000;
export const ADDR_LIMIT_3GB = 0x8000000;
export const PER_CLEAR_ON_SETID = READ_IMPLIES_EXEC | ADDR_NO_RANDOMIZE | ADDR_COMPAT_LAYOUT | MMAP_PAGE_ZERO;
export const PER_LINUX = 0x0000;
export const PER_LINUX_32BIT = 0x0000 | ADDR_LIMIT_32BIT;
export const PER_LINUX_FDPIC = 0x0000 | FDPIC_FUNCPTRS;
export const PER_BSD = 0x0006;
export const PER_LINUX32 = 0x0008;
export const PER_LINUX32_3GB = 0x0008 | ADDR_LIMIT_3GB;
export const PER_MASK = 0x00ff;
/** personality(0xffffffff) only queries the current persona. */
export const PER_QUERY = 0xffffffff;

// uname(2) and hostnames
export const __NEW_UTS_LEN = 64;
export const __OLD_UTS_LEN = 8;
/** The size of each struct utsname field (glibc's name): __NEW_UTS_LEN + 1. */
export const _UTSNAME_LENGTH = 65;
export const HOST_NAME_MAX = 64;

// Capabilities (include/uapi/linux/capability.h)
export const _LINUX_CAPABILITY_VERSION_1 = 0x19980330;
export const _LINUX_CAPABILITY_U32S_1 = 1;
export const _LINUX_CAPABILITY_VERSION_2 = 0x20071026;
export const _LINUX_CAPABILITY_U32S_2 = 2;
export const _LINUX_CAPABILITY_VERSION_3 = 0x20080522;
export const _LINUX_CAPABILITY_U32S_3 = 2;

export const CAP_CHOWN = 0;
export const CAP_DAC_OVERRIDE = 1;
export const CAP_DAC_READ_SEARCH = 2;
export const CAP_FOWNER = 3;
export const CAP_FSETID = 4;
export const CAP_KILL = 5;
export const CAP_SETGID = 6;
export const CAP_SETUID = 7;
export const CAP_SETPCAP = 8;
export const CAP_LINUX_IMMUTABLE = 9;
export const CAP_NET_BIND_SERVICE = 10;
export const CAP_NET_BROADCAST = 11;
export const CAP_NET_ADMIN = 12;
export const CAP_NET_RAW = 13;
export const CAP_IPC_LOCK = 14;
export const CAP_IPC_OWNER = 15;
export const CAP_SYS_MODULE = 16;
export const CAP_SYS_RAWIO = 17;
export const CAP_SYS_CHROOT = 18;
export const CAP_SYS_PTRACE = 19;
export const CAP_SYS_PACCT = 20;
export const CAP_SYS_ADMIN = 21;
export const CAP_SYS_BOOT = 22;
export const CAP_SYS_NICE = 23;
export const CAP_SYS_RESOURCE = 24;
export const CAP_SYS_TIME = 25;
export const CAP_SYS_TTY_CONFIG = 26;
export const CAP_MKNOD = 27;
export const CAP_LEASE = 28;
export const CAP_AUDIT_WRITE = 29;
export const CAP_AUDIT_CONTROL = 30;
export const CAP_SETFCAP = 31;
export const CAP_MAC_OVERRIDE = 32;
export const CAP_MAC_ADMIN = 33;
export const CAP_SYSLOG = 34;
export const CAP_WAKE_ALARM = 35;
export const CAP_BLOCK_SUSPEND = 36;
export const CAP_AUDIT_READ = 37;
export const CAP_PERFMON = 38;
export const CAP_BPF = 39;
export const CAP_CHECKPOINT_RESTORE = 40;
export const CAP_LAST_CAP = CAP_CHECKPOINT_RESTORE;

// Securebits (include/uapi/linux/securebits.h): prctl(PR_SET_SECUREBITS)
export const SECBIT_NOROOT = 1 << 0;
export const SECBIT_NOROOT_LOCKED = 1 << 1;
export const SECBIT_NO_SETUID_FIXUP = 1 << 2;
export const SECBIT_NO_SETUID_FIXUP_LOCKED = 1 << 3;
export const SECBIT_KEEP_CAPS = 1 << 4;
export const SECBIT_KEEP_CAPS_LOCKED = 1 << 5;
export const SECBIT_NO_CAP_AMBIENT_RAISE = 1 << 6;
export const SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED = 1 << 7;
export const SECBIT_EXEC_RESTRICT_FILE = 1 << 8;
export const SECBIT_EXEC_RESTRICT_FILE_LOCKED = 1 << 9;
export const SECBIT_EXEC_DENY_INTERACTIVE = 1 << 10;
export const SECBIT_EXEC_DENY_INTERACTIVE_LOCKED = 1 << 11;
/** Every securebit Linux 6.18 knows (SECURE_ALL_BITS | SECURE_ALL_LOCKS). */
export const SECURE_ALL_BITS_AND_LOCKS = 0xfff;

/** NGROUPS_MAX (include/uapi/linux/limits.h): the most supplementary groups setgroups takes. */
export const NGROUPS_MAX = 65536;

/** Capability names by number, lower-case as capabilities(7) and libcap print them. */
export const CAP_NAMES: readonly string[] = [
  'cap_chown', 'cap_dac_override', 'cap_dac_read_search', 'cap_fowner', 'cap_fsetid', 'cap_kill',
  'cap_setgid', 'cap_setuid', 'cap_setpcap', 'cap_linux_immutable', 'cap_net_bind_service',
  'cap_net_broadcast', 'cap_net_admin', 'cap_net_raw', 'cap_ipc_lock', 'cap_ipc_owner',
  'cap_sys_module', 'cap_sys_rawio', 'cap_sys_chroot', 'cap_sys_ptrace', 'cap_sys_pacct',
  'cap_sys_admin', 'cap_sys_boot', 'cap_sys_nice', 'cap_sys_resource', 'cap_sys_time',
  'cap_sys_tty_config', 'cap_mknod', 'cap_lease', 'cap_audit_write', 'cap_audit_control',
  'cap_setfcap', 'cap_mac_override', 'cap_mac_admin', 'cap_syslog', 'cap_wake_alarm',
  'cap_block_suspend', 'cap_audit_read', 'cap_perfmon', 'cap_bpf', 'cap_checkpoint_restore',
];
