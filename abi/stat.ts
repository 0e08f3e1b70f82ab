// abi/stat.ts — file type and mode bits (include/uapi/linux/stat.h), statx masks and attributes.
// ABI facts only.

export const S_IFMT = 0o170000;
export const S_IFSOCK = 0o140000;
export const S_IFLNK = 0o120000;
export const S_IFREG = 0o100000;
export const S_IFBLK = 0o060000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;
export const S_ISUID = 0o4000;
export const S_ISGID = 0o2000;
export const S_ISVTX = 0o1000;
export const S_IRWXU = 0o700;
export const S_IRUSR = 0o400;
export const S_IWUSR = 0o200;
export const S_IXUSR = 0o100;
export const S_IRWXG = 0o70;
export const S_IRGRP = 0o40;
export const S_IWGRP = 0o20;
export const S_IXGRP = 0o10;
export const S_IRWXO = 0o7;
export const S_IROTH = 0o4;
export const S_IWOTH = 0o2;
export const S_IXOTH = 0o1;
/** The permission bits chmod may set: 07777. */
export const S_IALLUGO = 0o7777;

export const S_ISREG = (m: number): boolean => (m & S_IFMT) === S_IFREG;
export const S_ISDIR = (m: number): boolean => (m & S_IFMT) === S_IFDIR;
export const S_ISLNK = (m: number): boolean => (m & S_IFMT) === S_IFLNK;
export const S_ISCHR = (m: number): boolean => (m & S_IFMT) === S_IFCHR;
export const S_ISBLK = (m: number): boolean => (m & S_IFMT) === S_IFBLK;
export const S_ISFIFO = (m: number): boolean => (m & S_IFMT) === S_IFIFO;
export const S_ISSOCK = (m: number): boolean => (m & S_IFMT) === S_IFSOCK;

// statx(2) mask
export const STATX_TYPE = 0x1;
export const STATX_MODE = 0x2;
export const STATX_NLINK = 0x4;
export const STATX_UID = 0x8;
export const STATX_GID = 0x10;
export const STATX_ATIME = 0x20;
export const STATX_MTIME = 0x40;
export const STATX_CTIME = 0x80;
export const STATX_INO = 0x100;
export const STATX_SIZE = 0x200;
export const STATX_BLOCKS = 0x400;
export const STATX_BASIC_STATS = 0x7ff;
export const STATX_BTIME = 0x800;
export const STATX_MNT_ID = 0x1000;
export const STATX_DIOALIGN = 0x2000;
export const STATX_MNT_ID_UNIQUE = 0x4000;
export const STATX_SUBVOL = 0x8000;
export const STATX_WRITE_ATOMIC = 0x10000;
export const STATX_DIO_READ_ALIGN = 0x20000;
export const STATX__RESERVED = 0x80000000;
export const STATX_ALL = 0xfff;

// statx attributes
export const STATX_ATTR_COMPRESSED = 0x4;
export const STATX_ATTR_IMMUTABLE = 0x10;
export const STATX_ATTR_APPEND = 0x20;
export const STATX_ATTR_NODUMP = 0x40;
export const STATX_ATTR_ENCRYPTED = 0x800;
export const STATX_ATTR_AUTOMOUNT = 0x1000;
export const STATX_ATTR_MOUNT_ROOT = 0x2000;
export const STATX_ATTR_VERITY = 0x100000;
export const STATX_ATTR_DAX = 0x200000;
export const STATX_ATTR_WRITE_ATOMIC = 0x400000;

// utimensat(2)
export const UTIME_NOW = (1 << 30) - 1;
export const UTIME_OMIT = (1 << 30) - 2;

// Device numbers: glibc's encoding of dev_t (major 12 bits + minor 20 bits fit in 32 bits here).
export function makedev(major: number, minor: number): number {
  return ((minor & 0xff) | ((major & 0xfff) << 8) | ((minor & 0xfff00) << 12)) >>> 0;
}
export function major(dev: number): number {
  return (dev >>> 8) & 0xfff;
}
export function minor(dev: number): number {
  return (dev & 0xff) | ((dev >>> 12) & 0xfff00);
}
