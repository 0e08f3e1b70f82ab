// abi/structs.ts — the struct layouts of the x86-64 Linux ABI, declared with abi/struct.ts.
// One layout per uapi struct, named as in the headers, with its size asserted at load.
// The JS shape of each struct (the interface) is what the typed syscall API passes around.
// ABI facts only; the kernel fills these objects, the raw door encodes them to bytes.

import { struct, type Layout } from './struct';

/** struct timespec (include/uapi/linux/time_types.h __kernel_timespec): 16 bytes. */
export interface Timespec {
  tv_sec: number;
  tv_nsec: number;
}
export const timespec: Layout<Timespec> = struct<Timespec>('timespec', [
  ['tv_sec', 'i64'],
  ['tv_nsec', 'i64'],
], { size: 16 });

/** struct timeval: 16 bytes. */
export interface Timeval {
  tv_sec: number;
  tv_usec: number;
}
export const timeval: Layout<Timeval> = struct<Timeval>('timeval', [
  ['tv_sec', 'i64'],
  ['tv_usec', 'i64'],
], { size: 16 });

/** struct stat (arch/x86/include/uapi/asm/stat.h, x86-64): 144 bytes. */
export interface Stat {
  st_dev: number;
  st_ino: number;
  st_nlink: number;
  st_mode: number;
  st_uid: number;
  st_gid: number;
  st_rdev: number;
  st_size: number;
  st_blksize: number;
  st_blocks: number;
  st_atime: number;
  st_atime_nsec: number;
  st_mtime: number;
  st_mtime_nsec: number;
  st_ctime: number;
  st_ctime_nsec: number;
}
export const stat: Layout<Stat> = struct<Stat>('stat', [
  ['st_dev', 'u64'],
  ['st_ino', 'u64'],
  ['st_nlink', 'u64'],
  ['st_mode', 'u32'],
  ['st_uid', 'u32'],
  ['st_gid', 'u32'],
  ['_', { pad: 4 }],
  ['st_rdev', 'u64'],
  ['st_size', 'i64'],
  ['st_blksize', 'i64'],
  ['st_blocks', 'i64'],
  ['st_atime', 'u64'],
  ['st_atime_nsec', 'u64'],
  ['st_mtime', 'u64'],
  ['st_mtime_nsec', 'u64'],
  ['st_ctime', 'u64'],
  ['st_ctime_nsec', 'u64'],
  ['_', { pad: 24 }],
], { size: 144 });

/** struct new_utsname: six char[65] fields, 390 bytes. */
export interface Utsname {
  sysname: string;
  nodename: string;
  release: string;
  version: string;
  machine: string;
  domainname: string;
}
export const utsname: Layout<Utsname> = struct<Utsname>('utsname', [
  ['sysname', { cstr: 65 }],
  ['nodename', { cstr: 65 }],
  ['release', { cstr: 65 }],
  ['version', { cstr: 65 }],
  ['machine', { cstr: 65 }],
  ['domainname', { cstr: 65 }],
], { size: 390 });
