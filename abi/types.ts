// abi/types.ts — the vocabulary the syscall table (abi/syscalls.ts) uses to describe arguments:
// enough to decode each argument the way strace prints it, and to know which pointer
// arguments the kernel reads (in) or writes (out). The strace formatter
// (userland/strace/) has one decoder per ArgKind; the conformance parser uses the same specs.
// Change a kind here only together with both of them.

/**
 * How one argument is decoded.
 *
 * Integers (no pointer): int (signed 32), uint (unsigned 32), long (signed 64), ulong
 * (unsigned 64, size_t), hex (unsigned, printed 0x…), oct (octal, 0644), ptr (address:
 * NULL or 0x…), fd (an int file descriptor), dirfd (AT_FDCWD or an fd), signo (SIGINT…),
 * mode (octal permission bits, 0644), fmode (S_IFREG|0644: mknod), flags (a bit set named
 * by `set`), enum (one value named by `set`), pid, uid, gid (uid/gid print -1 as -1).
 *
 * Memory (through a pointer): path (NUL-terminated, never truncated), str (NUL-terminated,
 * truncated by -s), buf (bytes; length from the argument `len` or the return value),
 * strout (NUL-terminated string written by the kernel, e.g. getcwd), strarray (argv: a
 * NULL-terminated array of string pointers), envp (the same, strace prints it as a count),
 * struct (one struct named by `struct`), array (`count` structs), intarray (ints, e.g. pipe's
 * fds), longarray (64-bit integers, printed like intarray: sendfile's loff_t *offset `[0]`,
 * time's time_t *tloc, listmount's u64 ids).
 */
export type ArgKind =
  | 'int' | 'uint' | 'long' | 'ulong' | 'hex' | 'oct' | 'ptr'
  | 'fd' | 'dirfd' | 'signo' | 'mode' | 'fmode' | 'flags' | 'enum' | 'pid' | 'uid' | 'gid'
  | 'path' | 'str' | 'buf' | 'strout' | 'strarray' | 'envp'
  | 'struct' | 'array' | 'intarray' | 'longarray';

/** Who moves the bytes behind a pointer: the program (in), the kernel (out), or both. */
export type ArgDir = 'in' | 'out' | 'inout';

/** Where a buffer or array takes its length from. */
export type LenFrom =
  | { readonly arg: number } // the value of argument #arg (0-based)
  | { readonly argPtr: number } // the int that argument #arg points to (socklen_t *)
  | { readonly ret: true } // the syscall's return value (read, getdents64)
  | { readonly fixed: number }; // a fixed count (pipe's int[2])

export interface ArgSpec {
  /** The parameter's name in the man page / kernel prototype: 'dirfd', 'pathname', 'flags'. */
  readonly name: string;
  readonly kind: ArgKind;
  /** For pointer kinds; integers are always 'in'. */
  readonly dir: ArgDir;
  /** For flags/enum: the name of a value table in abi/xlat.ts ('open', 'at', 'clockid'). */
  readonly set?: string;
  /** For struct/array: the name of a layout in abi/structs.ts ('stat', 'timespec'). */
  readonly struct?: string;
  /** For buf/array/intarray/longarray/strout: where the length comes from. */
  readonly len?: LenFrom;
}

/** How the return value prints: decimal, an fd, hex (mmap, brk), octal (umask), or never returns. */
export type RetKind = 'int' | 'fd' | 'hex' | 'oct' | 'pid' | 'uid' | 'gid' | 'none';

/**
 * strace's trace classes (`-e trace=%file` …), as in strace's sysent flags: file desc network
 * process signal memory ipc creds clock pure, plus the stat-family classes.
 */
export type TraceClass =
  | 'file' | 'desc' | 'network' | 'process' | 'signal' | 'memory' | 'ipc' | 'creds' | 'clock'
  | 'pure' | 'stat' | 'lstat' | 'fstat' | 'statlike' | 'statfs' | 'fstatfs' | 'statfslike';

export interface SyscallSpec {
  /** The x86-64 number (arch/x86/entry/syscalls/syscall_64.tbl). */
  readonly nr: number;
  /** The name strace prints: 'openat', 'newfstatat', 'pread64'. */
  readonly name: string;
  readonly args: readonly ArgSpec[];
  readonly ret: RetKind;
  readonly classes: readonly TraceClass[];
  /** strace's SYSCALL_NEVER_FAILS: the call cannot return an error (getpid, umask). */
  readonly neverFails: boolean;
}

/**
 * Parses the table's compact argument notation into an ArgSpec. One spec, one string:
 *
 *   'fd'                     kind fd, named 'fd'
 *   'name:kind'              e.g. 'count:ulong', 'dirfd:dirfd', 'pathname:path'
 *   'flags:flags=open'       a flag set / enum value table: 'whence:enum=whence'
 *   'statbuf:struct=stat>'   a struct; '<' in, '>' out, '<>' inout (default in)
 *   'buf:buf<@2'             a buffer read by the kernel, length from argument 2
 *   'buf:buf>@ret'           a buffer written by the kernel, length = return value
 *   'addrlen:...@*2'         length is the int that argument 2 points to
 *   'fds:intarray>#2'        fixed count 2
 *   'iov:array=iovec<@2'     an array of structs, count from argument 2
 */
export function parseArg(text: string): ArgSpec {
  const colon = text.indexOf(':');
  const name = colon < 0 ? text : text.slice(0, colon);
  let rest = colon < 0 ? text : text.slice(colon + 1);
  let len: LenFrom | undefined;
  const at = rest.search(/[@#]/);
  if (at >= 0) {
    const l = rest.slice(at);
    rest = rest.slice(0, at);
    if (l === '@ret') len = { ret: true };
    else if (l.startsWith('@*')) len = { argPtr: Number(l.slice(2)) };
    else if (l.startsWith('@')) len = { arg: Number(l.slice(1)) };
    else len = { fixed: Number(l.slice(1)) };
  }
  let dir: ArgDir = 'in';
  if (rest.endsWith('<>')) { dir = 'inout'; rest = rest.slice(0, -2); }
  else if (rest.endsWith('>')) { dir = 'out'; rest = rest.slice(0, -1); }
  else if (rest.endsWith('<')) { rest = rest.slice(0, -1); }
  const eq = rest.indexOf('=');
  const kind = (eq < 0 ? rest : rest.slice(0, eq)) as ArgKind;
  const param = eq < 0 ? undefined : rest.slice(eq + 1);
  if (!ARG_KINDS.has(kind)) throw new Error(`abi: unknown argument kind '${kind}' in '${text}'`);
  const spec: { -readonly [K in keyof ArgSpec]: ArgSpec[K] } = { name, kind, dir };
  if (param !== undefined) {
    if (kind === 'struct' || kind === 'array') spec.struct = param;
    else spec.set = param;
  }
  if (len) spec.len = len;
  return Object.freeze(spec);
}

const ARG_KINDS: ReadonlySet<string> = new Set<ArgKind>([
  'int', 'uint', 'long', 'ulong', 'hex', 'oct', 'ptr', 'fd', 'dirfd', 'signo', 'mode', 'fmode',
  'flags', 'enum', 'pid', 'uid', 'gid', 'path', 'str', 'buf', 'strout', 'strarray', 'envp',
  'struct', 'array', 'intarray', 'longarray',
]);

/** Kinds whose value is an address in the process's memory. */
export const POINTER_KINDS: ReadonlySet<ArgKind> = new Set<ArgKind>([
  'ptr', 'path', 'str', 'buf', 'strout', 'strarray', 'envp', 'struct', 'array', 'intarray',
  'longarray',
]);
