// abi/mman.ts — memory-mapping constants of x86-64 Linux: mmap/mprotect/mremap/msync/madvise/
// mlock, named as in include/uapi/asm-generic/mman{,-common}.h, include/uapi/linux/mman.h and
// arch/x86/include/uapi/asm/mman.h. ABI facts only; checked against the host's headers by
// test/abi/constants.host.test.ts. Add values here (with their uapi name), change none.

/** The page size of x86-64 (base pages). */
export const PAGE_SIZE = 4096;
export const PAGE_SHIFT = 12;

// mmap/mprotect prot
export const PROT_NONE = 0x0;
export const PROT_READ = 0x1;
export const PROT_WRITE = 0x2;
export const PROT_EXEC = 0x4;
export const PROT_SEM = 0x8;
export const PROT_GROWSDOWN = 0x01000000;
export const PROT_GROWSUP = 0x02000000;

// mmap flags: the mapping type (low 4 bits)
export const MAP_TYPE = 0x0f;
export const MAP_SHARED = 0x01;
export const MAP_PRIVATE = 0x02;
export const MAP_SHARED_VALIDATE = 0x03;
/** Linux 6.11: zero-fill pages the kernel may drop under memory pressure. */
export const MAP_DROPPABLE = 0x08;

// mmap flags (asm-generic/mman-common.h, asm-generic/mman.h, x86 asm/mman.h)
export const MAP_FIXED = 0x10;
export const MAP_ANONYMOUS = 0x20;
export const MAP_ANON = MAP_ANONYMOUS;
export const MAP_FILE = 0;
export const MAP_32BIT = 0x40;
/** x86 only (Linux 6.4): place the mapping above 4 GiB. */
export const MAP_ABOVE4G = 0x80;
export const MAP_GROWSDOWN = 0x0100;
export const MAP_DENYWRITE = 0x0800;
export const MAP_EXECUTABLE = 0x1000;
export const MAP_LOCKED = 0x2000;
export const MAP_NORESERVE = 0x4000;
export const MAP_POPULATE = 0x008000;
export const MAP_NONBLOCK = 0x010000;
export const MAP_STACK = 0x020000;
export const MAP_HUGETLB = 0x040000;
export const MAP_SYNC = 0x080000;
export const MAP_FIXED_NOREPLACE = 0x100000;
export const MAP_UNINITIALIZED = 0x4000000;

// Huge page size encoding in mmap flags (asm-generic/hugetlb_encode.h): log2(size) << 26.
export const MAP_HUGE_SHIFT = 26;
export const MAP_HUGE_MASK = 0x3f;
export const MAP_HUGE_16KB = 14 << 26;
export const MAP_HUGE_64KB = 16 << 26;
export const MAP_HUGE_512KB = 19 << 26;
export const MAP_HUGE_1MB = 20 << 26;
export const MAP_HUGE_2MB = 21 << 26;
export const MAP_HUGE_8MB = 23 << 26;
export const MAP_HUGE_16MB = 24 << 26;
export const MAP_HUGE_32MB = 25 << 26;
export const MAP_HUGE_256MB = 28 << 26;
export const MAP_HUGE_512MB = 29 << 26;
export const MAP_HUGE_1GB = 30 << 26;
export const MAP_HUGE_2GB = 31 << 26;
export const MAP_HUGE_16GB = 34 * 2 ** 26; // 34 << 26 overflows int32; the C value is unsigned

/** glibc's mmap() error return, (void *) -1, as a JS number: -1. (The syscall returns -errno.) */
export const MAP_FAILED = -1;

// mremap(2)
export const MREMAP_MAYMOVE = 1;
export const MREMAP_FIXED = 2;
export const MREMAP_DONTUNMAP = 4;

// msync(2)
export const MS_ASYNC = 1;
export const MS_INVALIDATE = 2;
export const MS_SYNC = 4;

// mlock2(2), mlockall(2)
export const MLOCK_ONFAULT = 0x01;
export const MCL_CURRENT = 1;
export const MCL_FUTURE = 2;
export const MCL_ONFAULT = 4;

// madvise(2)
export const MADV_NORMAL = 0;
export const MADV_RANDOM = 1;
export const MADV_SEQUENTIAL = 2;
export const MADV_WILLNEED = 3;
export const MADV_DONTNEED = 4;
export const MADV_FREE = 8;
export const MADV_REMOVE = 9;
export const MADV_DONTFORK = 10;
export const MADV_DOFORK = 11;
export const MADV_MERGEABLE = 12;
export const MADV_UNMERGEABLE = 13;
export const MADV_HUGEPAGE = 14;
export const MADV_NOHUGEPAGE = 15;
export const MADV_DONTDUMP = 16;
export const MADV_DODUMP = 17;
export const MADV_WIPEONFORK = 18;
export const MADV_KEEPONFORK = 19;
export const MADV_COLD = 20;
export const MADV_PAGEOUT = 21;
export const MADV_POPULATE_READ = 22;
export const MADV_POPULATE_WRITE = 23;
export const MADV_DONTNEED_LOCKED = 24;
export const MADV_COLLAPSE = 25;
export const MADV_HWPOISON = 100;
export const MADV_SOFT_OFFLINE = 101;
/** Linux 6.13: guard regions. */
export const MADV_GUARD_INSTALL = 102;
export const MADV_GUARD_REMOVE = 103;

// Memory protection keys (pkey_alloc access rights)
export const PKEY_DISABLE_ACCESS = 0x1;
export const PKEY_DISABLE_WRITE = 0x2;
export const PKEY_ACCESS_MASK = PKEY_DISABLE_ACCESS | PKEY_DISABLE_WRITE;

// /proc/sys/vm/overcommit_memory
export const OVERCOMMIT_GUESS = 0;
export const OVERCOMMIT_ALWAYS = 1;
export const OVERCOMMIT_NEVER = 2;
