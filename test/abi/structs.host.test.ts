// test/abi/structs.host.test.ts — every layout in abi/structs.ts LAYOUTS checked against the
// host's C headers (sizeof, and offsetof + sizeof of every field, nested fields included), plus
// encode/decode properties with fast-check. The C side is generated from the layouts; the
// table below only says which C type (and header set) each layout is. Skipped without gcc.
// Add a row here with every new layout: a layout without one fails the test.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSockaddr, LAYOUTS, sockaddr, sockaddr_in, sockaddr_in6, sockaddr_un, type Sockaddr } from '../../abi/structs';
import { htonl, htons, INADDR_LOOPBACK } from '../../abi/socket';
import type { FieldDef, FieldType, Layout, Scalar } from '../../abi/struct';
import { STRUCT_NAMES_USED } from '../../abi/syscalls';
import { compileProbes, hasGcc, runBinary } from '../helpers/host';

/**
 * Two translation units, because the kernel's uapi headers and glibc's cannot all be included
 * together: `kernel` (uapi headers only: the structs the syscalls really take) and `glibc`
 * (for the structs the kernel has no uapi definition of: msghdr, ucred, …).
 */
const HEADERS = {
  kernel: `
#include <stddef.h>
#include <stdio.h>
#include <linux/types.h>
#include <asm/stat.h>
#include <linux/stat.h>
#include <asm/statfs.h>
#include <linux/time.h>
#include <linux/time_types.h>
#include <linux/resource.h>
#include <linux/sysinfo.h>
#include <linux/times.h>
#include <linux/utsname.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/un.h>
#include <linux/uio.h>
#include <linux/eventpoll.h>
#include <linux/poll.h>
#include <linux/signal.h>
#include <asm/fcntl.h>
#include <linux/sched/types.h>
#include <linux/openat2.h>
#include <linux/sched.h>
#include <linux/utime.h>
#include <linux/timex.h>
#include <linux/mqueue.h>
#include <linux/capability.h>
#include <linux/rseq.h>
#include <linux/futex.h>
#include <linux/posix_types.h>
#include <asm/ldt.h>
#include <linux/aio_abi.h>
#include <linux/mount.h>
#include <linux/sem.h>
#include <linux/msg.h>
#include <linux/shm.h>
#include <asm/termios.h>
#include <linux/kexec.h>
#include <linux/perf_event.h>
/* Not in any uapi header: declared by hand, as getdents(2) documents them. */
struct linux_dirent64 { __u64 d_ino; __s64 d_off; unsigned short d_reclen; unsigned char d_type; char d_name[]; };
struct linux_dirent { unsigned long d_ino; unsigned long d_off; unsigned short d_reclen; char d_name[]; };
/* The kernel's sigset_t (x86-64 uapi: one unsigned long) wrapped to name its one member. */
struct linuxsim_sigset { sigset_t sig; };
`,
  glibc: `
#define _GNU_SOURCE
#include <stddef.h>
#include <stdio.h>
#include <fcntl.h>
#include <sys/socket.h>
`,
} as const;

type Group = keyof typeof HEADERS;

interface CSpec {
  readonly group: Group;
  /** The C type: 'struct stat', 'siginfo_t'. */
  readonly type: string;
  /** TS field path → C member designator, or null: not checkable (bitfields, our own split). */
  readonly fields?: Readonly<Record<string, string | null>>;
  /** A C expression for the size we declare, when it is not sizeof (flexible-array headers). */
  readonly size?: string;
}

const C: Readonly<Record<string, CSpec>> = {
  timespec: { group: 'kernel', type: 'struct __kernel_timespec' },
  timeval: { group: 'kernel', type: 'struct timeval' },
  stat: { group: 'kernel', type: 'struct stat' },
  utsname: { group: 'kernel', type: 'struct new_utsname' },
  statx: { group: 'kernel', type: 'struct statx' },
  statx_timestamp: { group: 'kernel', type: 'struct statx_timestamp' },
  statfs: { group: 'kernel', type: 'struct statfs' },
  timezone: { group: 'kernel', type: 'struct timezone' },
  itimerval: { group: 'kernel', type: 'struct itimerval' },
  itimerspec: { group: 'kernel', type: 'struct itimerspec' },
  rlimit: { group: 'kernel', type: 'struct rlimit' },
  rusage: { group: 'kernel', type: 'struct rusage' },
  sysinfo: { group: 'kernel', type: 'struct sysinfo' },
  tms: { group: 'kernel', type: 'struct tms' },
  // The generic address is a sockaddr_storage; sa_data is our name for the bytes after the family.
  sockaddr: { group: 'glibc', type: 'struct sockaddr_storage', fields: { sa_family: 'ss_family', sa_data: null } },
  sockaddr_in: { group: 'kernel', type: 'struct sockaddr_in' },
  sockaddr_in6: { group: 'kernel', type: 'struct sockaddr_in6' },
  sockaddr_un: { group: 'kernel', type: 'struct sockaddr_un' },
  sockaddr_storage: { group: 'glibc', type: 'struct sockaddr_storage' },
  in_addr: { group: 'kernel', type: 'struct in_addr' },
  in6_addr: { group: 'kernel', type: 'struct in6_addr' },
  msghdr: { group: 'glibc', type: 'struct msghdr' },
  mmsghdr: { group: 'glibc', type: 'struct mmsghdr' },
  cmsghdr: { group: 'glibc', type: 'struct cmsghdr' },
  iovec: { group: 'kernel', type: 'struct iovec' },
  pollfd: { group: 'kernel', type: 'struct pollfd' },
  epoll_event: { group: 'kernel', type: 'struct epoll_event' },
  // x86-64's uapi struct sigaction is the kernel's (handler, flags, restorer, mask); our sa_mask
  // is a sigset of two u32 words where C has one unsigned long.
  sigaction: { group: 'kernel', type: 'struct sigaction', fields: { 'sa_mask.sig': 'sa_mask' } },
  sigset: { group: 'kernel', type: 'struct linuxsim_sigset' },
  siginfo: { group: 'kernel', type: 'siginfo_t' },
  stack_t: { group: 'kernel', type: 'stack_t' },
  linux_dirent64: { group: 'kernel', type: 'struct linux_dirent64', size: 'offsetof(struct linux_dirent64, d_name)' },
  linux_dirent: { group: 'kernel', type: 'struct linux_dirent', size: 'offsetof(struct linux_dirent, d_name)' },
  flock: { group: 'kernel', type: 'struct flock' },
  f_owner_ex: { group: 'kernel', type: 'struct f_owner_ex' },
  sched_param: { group: 'kernel', type: 'struct sched_param' },
  sched_attr: { group: 'kernel', type: 'struct sched_attr' },
  open_how: { group: 'kernel', type: 'struct open_how' },
  clone_args: { group: 'kernel', type: 'struct clone_args' },
  utimbuf: { group: 'kernel', type: 'struct utimbuf' },
  timex: { group: 'kernel', type: 'struct timex' },
  sigevent: { group: 'kernel', type: 'struct sigevent' },
  mq_attr: { group: 'kernel', type: 'struct mq_attr' },
  cap_header: { group: 'kernel', type: 'struct __user_cap_header_struct' },
  cap_data: { group: 'kernel', type: 'struct __user_cap_data_struct' },
  // Newer headers (Linux 6.19+) grow struct rseq past the original 32 bytes we declare.
  rseq: { group: 'kernel', type: 'struct rseq' },
  robust_list_head: { group: 'kernel', type: 'struct robust_list_head' },
  fd_set: { group: 'kernel', type: '__kernel_fd_set' },
  user_desc: { group: 'kernel', type: 'struct user_desc', fields: { flags: null } },
  io_event: { group: 'kernel', type: 'struct io_event' },
  iocb: { group: 'kernel', type: 'struct iocb' },
  file_handle: { group: 'glibc', type: 'struct file_handle' },
  mount_attr: { group: 'kernel', type: 'struct mount_attr' },
  sembuf: { group: 'kernel', type: 'struct sembuf' },
  ipc64_perm: { group: 'kernel', type: 'struct ipc64_perm' },
  msqid_ds: { group: 'kernel', type: 'struct msqid64_ds' },
  shmid_ds: { group: 'kernel', type: 'struct shmid64_ds' },
  semid_ds: { group: 'kernel', type: 'struct semid64_ds' },
  winsize: { group: 'kernel', type: 'struct winsize' },
  termios: { group: 'kernel', type: 'struct termios' },
  ucred: { group: 'glibc', type: 'struct ucred' },
  linger: { group: 'glibc', type: 'struct linger' },
  kexec_segment: { group: 'kernel', type: 'struct kexec_segment' },
  perf_event_attr: { group: 'kernel', type: 'struct perf_event_attr', fields: { flags: null } },
};

/** Every named field, nested structs flattened to 'a.b' paths, with absolute offsets. */
function flatFields(layout: Layout<unknown>, prefix = '', base = 0): Array<{ path: string; def: FieldDef; offset: number }> {
  const out: Array<{ path: string; def: FieldDef; offset: number }> = [];
  for (const f of layout.fields) {
    if (f.name === '_') continue;
    const path = prefix + f.name;
    out.push({ path, def: f, offset: base + f.offset });
    const t = f.type;
    if (typeof t !== 'string' && 'struct' in t) out.push(...flatFields(t.struct, `${path}.`, base + f.offset));
  }
  return out;
}

/** The C designator of a TS path: the longest mapped prefix wins; null when not checkable. */
function cPath(spec: CSpec, path: string): string | null {
  const map = spec.fields ?? {};
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    if (key in map) {
      const mapped = map[key];
      if (mapped === null || mapped === undefined) return null;
      if (n < parts.length) return null; // a nested field under a remapped member: C has no such member
      return mapped;
    }
  }
  return path;
}

interface HostLayout {
  size?: number;
  fields: Map<string, { offset: number; size: number }>;
  droppedFields: string[];
}

function probeHost(): Map<string, HostLayout> {
  const result = new Map<string, HostLayout>();
  for (const group of Object.keys(HEADERS) as Group[]) {
    const probes: string[] = [];
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      const spec = C[name];
      if (!spec || spec.group !== group) continue;
      result.set(name, { fields: new Map(), droppedFields: [] });
      probes.push(`printf("S %s %zu\\n", "${name}", (size_t)(${spec.size ?? `sizeof(${spec.type})`}));`);
      for (const { path } of flatFields(layout)) {
        const cp = cPath(spec, path);
        if (cp === null) continue;
        probes.push(
          `printf("F %s %s %zu %zu\\n", "${name}", "${path}", offsetof(${spec.type}, ${cp}), sizeof(((${spec.type} *)0)->${cp}));`,
        );
      }
    }
    const { binary, dropped } = compileProbes(`${HEADERS[group]}\nint main(void) {`, probes, 'return 0;\n}\n');
    for (const d of dropped) {
      const m = /"([^"]+)", "([^"]+)", offsetof/.exec(d);
      if (m) result.get(m[1]!)!.droppedFields.push(m[2]!);
      else throw new Error(`the host has no C type for a layout: ${d}`);
    }
    const run = runBinary(binary);
    expect(run.status).toBe(0);
    for (const line of run.stdout.trim().split('\n')) {
      const w = line.split(' ');
      const h = result.get(w[1]!)!;
      if (w[0] === 'S') h.size = Number(w[2]);
      else h.fields.set(w[2]!, { offset: Number(w[3]), size: Number(w[4]) });
    }
  }
  return result;
}

describe.skipIf(!hasGcc())('struct layouts against the host headers', () => {
  it('has a C type for every layout, and a layout for every struct the syscall table names', () => {
    expect(Object.keys(LAYOUTS).filter((n) => !(n in C))).toEqual([]);
    expect(STRUCT_NAMES_USED.filter((n) => !(n in LAYOUTS))).toEqual([]);
  });

  it('matches sizeof and every field offset and size', () => {
    const host = probeHost();
    const mismatches: string[] = [];
    const notes: string[] = [];
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      const h = host.get(name)!;
      for (const { path, def, offset } of flatFields(layout)) {
        const spec = C[name]!;
        if (cPath(spec, path) === null) continue;
        const hf = h.fields.get(path);
        if (!hf) continue; // dropped: the host's headers predate this field
        if (hf.offset !== offset || hf.size !== def.size) {
          mismatches.push(`${name}.${path}: ours offset ${offset} size ${def.size}, host offset ${hf.offset} size ${hf.size}`);
        }
      }
      if (h.droppedFields.length > 0) {
        notes.push(`${name}: not in the host's headers (older than our layout): ${h.droppedFields.join(', ')}`);
        // An older struct may be shorter than ours, never longer.
        if (h.size === undefined || h.size > layout.size) mismatches.push(`${name}: sizeof ${layout.size}, host ${h.size}`);
        else if (h.size !== layout.size) notes.push(`${name}: sizeof ${layout.size}, host's older struct ${h.size}`);
      } else if (h.size !== layout.size) {
        mismatches.push(`${name}: sizeof ${layout.size}, host ${h.size}`);
      }
    }
    if (notes.length) console.log(`struct fields the host cannot check:\n  ${notes.join('\n  ')}`);
    expect(mismatches).toEqual([]);
  });
});

// --- encode/decode properties ------------------------------------------------------------------

const SCALAR_ARB: Record<Scalar, fc.Arbitrary<number>> = {
  u8: fc.integer({ min: 0, max: 0xff }),
  i8: fc.integer({ min: -0x80, max: 0x7f }),
  u16: fc.integer({ min: 0, max: 0xffff }),
  i16: fc.integer({ min: -0x8000, max: 0x7fff }),
  u32: fc.integer({ min: 0, max: 0xffffffff }),
  i32: fc.integer({ min: -0x80000000, max: 0x7fffffff }),
  // 64-bit fields are JS numbers: exact up to 2^53.
  u64: fc.maxSafeNat(),
  i64: fc.maxSafeInteger(),
};

function fieldArb(t: FieldType): fc.Arbitrary<unknown> {
  if (typeof t === 'string') return SCALAR_ARB[t];
  if ('cstr' in t) {
    return fc.array(fc.integer({ min: 1, max: 255 }), { maxLength: t.cstr }).map((a) => String.fromCharCode(...a));
  }
  if ('bytes' in t) return fc.uint8Array({ minLength: t.bytes, maxLength: t.bytes });
  if ('array' in t) return fc.array(SCALAR_ARB[t.array], { minLength: t.n, maxLength: t.n });
  if ('struct' in t) return layoutArb(t.struct);
  throw new Error('padding has no values');
}

/**
 * Values for a layout. Fields that overlap (a union, flattened) are mutually exclusive: of
 * overlapping fields only the first present one is kept, so the value is one union member.
 */
function layoutArb(layout: Layout<any>): fc.Arbitrary<Record<string, unknown>> {
  const named = layout.fields.filter((f) => f.name !== '_');
  const overlaps = named.some((f, i) =>
    named.some((g, j) => i !== j && f.offset < g.offset + g.size && g.offset < f.offset + f.size));
  const model = Object.fromEntries(named.map((f) => [f.name, fieldArb(f.type)]));
  if (!overlaps) return fc.record(model);
  return fc.record(model, { requiredKeys: [] }).map((v) => {
    const kept: Record<string, unknown> = {};
    const taken: FieldDef[] = [];
    for (const f of named) {
      if (!(f.name in v)) continue;
      if (taken.some((g) => f.offset < g.offset + g.size && g.offset < f.offset + f.size)) continue;
      taken.push(f);
      kept[f.name] = v[f.name];
    }
    return kept;
  });
}

/** `sockaddr` dispatches on the family: generate each family's own shape. */
const sockaddrArb: fc.Arbitrary<Sockaddr> = fc.oneof(
  layoutArb(sockaddr_in).map((v) => ({ ...v, sin_family: 2 }) as Sockaddr),
  layoutArb(sockaddr_in6).map((v) => ({ ...v, sin6_family: 10 }) as Sockaddr),
  layoutArb(sockaddr_un).map((v) => ({ ...v, sun_family: 1 }) as Sockaddr),
  fc.record({
    sa_family: fc.integer({ min: 0, max: 0xffff }).filter((f) => f !== 1 && f !== 2 && f !== 10),
    sa_data: fc.uint8Array({ minLength: 126, maxLength: 126 }),
  }),
);

function arbFor(name: string, layout: Layout<any>): fc.Arbitrary<Record<string, unknown>> {
  return name === 'sockaddr' ? (sockaddrArb as fc.Arbitrary<any>) : layoutArb(layout);
}

/** decode(encode(v)) keeps every field v sets (all of them, for a plain struct). */
function expectRoundTrip(layout: Layout<any>, v: Record<string, unknown>): void {
  const back = layout.fromBytes(layout.toBytes(v)) as Record<string, unknown>;
  for (const [k, x] of Object.entries(v)) expect(back[k]).toEqual(x);
}

describe('struct layouts: encode/decode', () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it(`${name}: decode(encode(v)) = v`, () => {
      fc.assert(fc.property(arbFor(name, layout), (v) => expectRoundTrip(layout, v)), { numRuns: 50 });
    });

    it(`${name}: encode writes exactly its ${layout.size} bytes, padding zeroed`, () => {
      fc.assert(
        fc.property(arbFor(name, layout), fc.integer({ min: 0, max: 16 }), (v, at) => {
          const buf = new Uint8Array(at + layout.size + 16).fill(0xaa);
          layout.encode(v, new DataView(buf.buffer), at);
          expect(buf.subarray(0, at).every((b) => b === 0xaa)).toBe(true);
          expect(buf.subarray(at + layout.size).every((b) => b === 0xaa)).toBe(true);
          expect(layout.fromBytes(buf, at)).toEqual(layout.fromBytes(layout.toBytes(v)));
        }),
        { numRuns: 20 },
      );
      expect(layout.toBytes({}).every((b) => b === 0)).toBe(true);
    });
  }

  it('sockaddr decodes by family, and decodeSockaddr honours addrlen', () => {
    const sin = sockaddr.toBytes({ sin_family: 2, sin_port: htons(8080), sin_addr: { s_addr: htonl(INADDR_LOOPBACK) } });
    expect([...sin.subarray(0, 8)]).toEqual([2, 0, 0x1f, 0x90, 127, 0, 0, 1]);
    expect(decodeSockaddr(sin, 16)).toEqual({ sin_family: 2, sin_port: htons(8080), sin_addr: { s_addr: htonl(INADDR_LOOPBACK) } });
    const un = (path: number[]): Uint8Array => new Uint8Array([1, 0, ...path]);
    // A pathname stops at its NUL; an abstract name (leading NUL) is exactly addrlen - 2 bytes.
    expect(decodeSockaddr(un([0x2f, 0x61, 0, 0x78]), 6)).toEqual({ sun_family: 1, sun_path: new Uint8Array([0x2f, 0x61]) });
    expect(decodeSockaddr(un([0, 0x61, 0, 0x62]), 6)).toEqual({ sun_family: 1, sun_path: new Uint8Array([0, 0x61, 0, 0x62]) });
    expect(decodeSockaddr(un([0x2f]), 2)).toEqual({ sun_family: 1, sun_path: new Uint8Array([]) });
  });

  it('RLIM_INFINITY (2**64) round-trips through a u64 as all ones', () => {
    const rl = LAYOUTS.rlimit!;
    const bytes = rl.toBytes({ rlim_cur: 2 ** 64, rlim_max: 2 ** 64 });
    expect([...bytes].every((b) => b === 0xff)).toBe(true);
    expect(rl.fromBytes(bytes)).toEqual({ rlim_cur: 2 ** 64, rlim_max: 2 ** 64 });
  });
});
