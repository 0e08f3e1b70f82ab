// abi/statfs.ts — statfs(2)/fstatfs(2): the filesystem magic numbers linuxsim's filesystems
// report in f_type (include/uapi/linux/magic.h) and the ST_* bits of f_flags
// (include/linux/statfs.h). ABI facts only.

export const TMPFS_MAGIC = 0x01021994;
export const RAMFS_MAGIC = 0x858458f6;
export const PROC_SUPER_MAGIC = 0x9fa0;
export const SYSFS_MAGIC = 0x62656572;
export const CGROUP2_SUPER_MAGIC = 0x63677270;
export const DEVPTS_SUPER_MAGIC = 0x1cd1;
export const PIPEFS_MAGIC = 0x50495045;
export const SOCKFS_MAGIC = 0x534f434b;
export const ANON_INODE_FS_MAGIC = 0x09041934;

// f_flags: ST_VALID says the other bits are meaningful; the rest mirror the mount's flags.
export const ST_RDONLY = 0x0001;
export const ST_NOSUID = 0x0002;
export const ST_NODEV = 0x0004;
export const ST_NOEXEC = 0x0008;
export const ST_SYNCHRONOUS = 0x0010;
export const ST_VALID = 0x0020;
export const ST_MANDLOCK = 0x0040;
export const ST_NOATIME = 0x0400;
export const ST_NODIRATIME = 0x0800;
export const ST_RELATIME = 0x1000;
export const ST_NOSYMFOLLOW = 0x2000;

