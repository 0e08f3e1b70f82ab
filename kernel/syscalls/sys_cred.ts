// kernel/syscalls/sys_cred.ts — credentials: getuid, geteuid, getgid, getegid, getresuid,
// getresgid, getgroups; setuid, setgid, setreuid, setregid, setresuid, setresgid, setfsuid,
// setfsgid, setgroups; capget, capset; and the prctl options about credentials
// (credPrctl: PR_GET/SET_KEEPCAPS, PR_CAPBSET_READ/DROP, PR_GET/SET_SECUREBITS,
// PR_GET/SET_NO_NEW_PRIVS, PR_CAP_AMBIENT), which sys_process.ts's prctl hands over. The rules
// themselves are proc/cred.ts; these decode arguments and install the new credential on the
// calling thread (as the raw syscalls do in Linux: glibc broadcasts to the other threads).

import { EFAULT, EINVAL, EPERM, ESRCH, type Errno } from '../../abi/errno';
import {
  _LINUX_CAPABILITY_VERSION_1, _LINUX_CAPABILITY_VERSION_2, _LINUX_CAPABILITY_VERSION_3, CAP_SETGID, CAP_SETPCAP,
  NGROUPS_MAX, SECBIT_KEEP_CAPS, SECBIT_KEEP_CAPS_LOCKED, SECBIT_NO_CAP_AMBIENT_RAISE, SECURE_ALL_BITS_AND_LOCKS,
} from '../../abi/misc';
import {
  PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, PR_CAP_AMBIENT_IS_SET, PR_CAP_AMBIENT_LOWER, PR_CAP_AMBIENT_RAISE,
  PR_CAPBSET_DROP, PR_CAPBSET_READ, PR_GET_KEEPCAPS, PR_GET_NO_NEW_PRIVS, PR_GET_SECUREBITS, PR_SET_KEEPCAPS,
  PR_SET_NO_NEW_PRIVS, PR_SET_SECUREBITS,
} from '../../abi/prctl';
import { cap_data as capDataLayout, cap_header as capHeaderLayout } from '../../abi/structs';
import { copyIntsToUser, copyStructFromUser, copyStructToUser, copyToUser, isNull, Out, userBytes, type UPtr } from '../../mm/usercopy';
import {
  capAndNot, capBit, capValid, capset as credCapset, hasCap, setfsgid, setfsuid, setgid, setregid, setresgid, setresuid, setreuid,
  setuid, type Cred, type CredResult,
} from '../../proc/cred';
import type { Task } from '../../proc/task';
import { capable } from '../../vfs/ctx';
import type { Kernel } from '../kernel';
import { full, type Arg, type Handler } from '../table';
import { int, ptr, uint, ulong } from './args';

const sysGetuid: Handler = (_k, t) => t.cred.uid;
const sysGeteuid: Handler = (_k, t) => t.cred.euid;
const sysGetgid: Handler = (_k, t) => t.cred.gid;
const sysGetegid: Handler = (_k, t) => t.cred.egid;

/** getresuid(2) */
const sysGetresuid: Handler = (_k, t, r, e, s) => {
  for (const [p, v] of [[r, t.cred.uid], [e, t.cred.euid], [s, t.cred.suid]] as const) {
    if (copyIntsToUser(t.mm, ptr(p), [v])) return EFAULT;
  }
  return 0;
};

/** getresgid(2) */
const sysGetresgid: Handler = (_k, t, r, e, s) => {
  for (const [p, v] of [[r, t.cred.gid], [e, t.cred.egid], [s, t.cred.sgid]] as const) {
    if (copyIntsToUser(t.mm, ptr(p), [v])) return EFAULT;
  }
  return 0;
};

/** getgroups(2): size 0 asks for the count; a smaller buffer is EINVAL. */
const sysGetgroups: Handler = (_k, t, sizeArg, list) => {
  const size = int(sizeArg);
  const groups = t.cred.groups;
  if (size < 0) return EINVAL;
  if (size === 0) return groups.length;
  if (size < groups.length) return EINVAL;
  const p = ptr(list);
  if (groups.length > 0 && (isNull(p) || copyIntsToUser(t.mm, p, groups))) return EFAULT;
  return groups.length;
};

// ---------------------------------------------------------------------------------------------
// Changing ids

/** A uid_t/gid_t argument: (uid_t)-1 is -1 ("unchanged", or invalid where it cannot be). */
function id(a: Arg): number {
  const v = uint(a);
  return v === 0xffffffff ? -1 : v;
}

function install(t: Task, r: CredResult): number | Errno {
  if (r === 'EPERM') return EPERM;
  t.cred = r;
  return 0;
}

/** setuid(2): (uid_t)-1 is EINVAL. */
const sysSetuid: Handler = (_k, t, u) => (id(u) === -1 ? EINVAL : install(t, setuid(t.cred, id(u))));
/** setgid(2) */
const sysSetgid: Handler = (_k, t, g) => (id(g) === -1 ? EINVAL : install(t, setgid(t.cred, id(g))));
/** setreuid(2) */
const sysSetreuid: Handler = (_k, t, r, e) => install(t, setreuid(t.cred, id(r), id(e)));
/** setregid(2) */
const sysSetregid: Handler = (_k, t, r, e) => install(t, setregid(t.cred, id(r), id(e)));
/** setresuid(2) */
const sysSetresuid: Handler = (_k, t, r, e, s) => install(t, setresuid(t.cred, id(r), id(e), id(s)));
/** setresgid(2) */
const sysSetresgid: Handler = (_k, t, r, e, s) => install(t, setresgid(t.cred, id(r), id(e), id(s)));

/** setfsuid(2): always the previous fsuid, changed or not. */
const sysSetfsuid: Handler = (_k, t, u) => {
  const old = t.cred.fsuid;
  t.cred = setfsuid(t.cred, id(u));
  return old;
};

/** setfsgid(2) */
const sysSetfsgid: Handler = (_k, t, g) => {
  const old = t.cred.fsgid;
  t.cred = setfsgid(t.cred, id(g));
  return old;
};

/**
 * setgroups(2), in Linux's order: CAP_SETGID (EPERM), then the size (more than NGROUPS_MAX,
 * negative included: EINVAL), then the list (EFAULT; a (gid_t)-1 in it is EINVAL).
 */
const sysSetgroups: Handler = (_k, t, sizeArg, list) => {
  if (!capable(t.cred, CAP_SETGID)) return EPERM;
  const size = uint(sizeArg);
  if (size > NGROUPS_MAX) return EINVAL;
  const p = ptr(list);
  let groups: number[];
  if (Array.isArray(p)) {
    groups = (p as unknown[]).slice(0, size).map((g) => (typeof g === 'number' ? g >>> 0 : NaN));
    if (groups.length < size || groups.some((g) => Number.isNaN(g))) return EFAULT;
  } else {
    const b = size === 0 ? new Uint8Array(0) : userBytes(t.mm, p, 4 * size);
    if (!(b instanceof Uint8Array) || b.length < 4 * size) return EFAULT;
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    groups = [];
    for (let i = 0; i < size; i++) groups.push(dv.getUint32(4 * i, true));
  }
  if (groups.includes(0xffffffff)) return EINVAL;
  t.cred = t.cred.with({ groups });
  return 0;
};

// ---------------------------------------------------------------------------------------------
// capget, capset

/**
 * cap_validate_magic(): how many 32-bit words of each set the header's version passes (1 or 2),
 * or EINVAL after writing the kernel's preferred version (3) into the header, or EFAULT.
 */
function capVersion(t: Task, hdr: UPtr): number | Errno {
  const h = copyStructFromUser(t.mm, hdr, capHeaderLayout);
  if (!('version' in h)) return h;
  const v = h.version >>> 0;
  if (v === _LINUX_CAPABILITY_VERSION_1) return 1;
  if (v === _LINUX_CAPABILITY_VERSION_2 || v === _LINUX_CAPABILITY_VERSION_3) return 2;
  if (hdr instanceof Out) hdr.value = { version: _LINUX_CAPABILITY_VERSION_3, pid: h.pid };
  else if (typeof hdr === 'object' && hdr !== null && !(hdr instanceof Uint8Array)) (hdr as { version: number }).version = _LINUX_CAPABILITY_VERSION_3;
  else if (copyStructToUser(t.mm, hdr, capHeaderLayout, { version: _LINUX_CAPABILITY_VERSION_3, pid: h.pid })) return EFAULT;
  return EINVAL;
}

function capHeaderPid(t: Task, hdr: UPtr): number | Errno {
  const h = copyStructFromUser(t.mm, hdr, capHeaderLayout);
  return 'pid' in h ? h.pid : h;
}

const lo = (m: number) => m % 2 ** 32;
const hi32 = (m: number) => Math.floor(m / 2 ** 32);

/**
 * capget(2): the sets of the caller (pid 0 or its own id) or of any thread. A NULL data pointer
 * only asks which version the kernel prefers: 0 even for an unknown version (whose header then
 * says _LINUX_CAPABILITY_VERSION_3). Version 1 sees the low 32 capabilities only.
 */
const sysCapget: Handler = (k: Kernel, t, hdrArg, dataArg) => {
  const hdr = ptr(hdrArg);
  const data = ptr(dataArg);
  const words = capVersion(t, hdr);
  if (isNull(data) || typeof words !== 'number') return isNull(data) && words === EINVAL ? 0 : typeof words === 'number' ? 0 : words;
  const pid = capHeaderPid(t, hdr);
  if (typeof pid !== 'number') return pid;
  if (pid < 0) return EINVAL;
  let c: Cred = t.cred;
  if (pid !== 0 && pid !== t.tid) {
    const target = k.pidns.findTask(pid);
    if (!target) return ESRCH;
    c = target.cred;
  }
  const recs = [0, 1].slice(0, words).map((i) => {
    const pick = i === 0 ? lo : hi32;
    return { effective: pick(c.capEffective), permitted: pick(c.capPermitted), inheritable: pick(c.capInheritable) };
  });
  if (data instanceof Out) {
    data.value = words === 1 ? recs[0] : recs;
    return 0;
  }
  const b = new Uint8Array(capDataLayout.size * words);
  recs.forEach((r, i) => b.set(capDataLayout.toBytes(r), i * capDataLayout.size));
  return copyToUser(t.mm, data, b) === b.length ? 0 : EFAULT;
};

/** Reads capset's data: `words` cap_data records (typed door: an object, or an array of them). */
function readCapData(t: Task, data: UPtr, words: number): { effective: number; permitted: number; inheritable: number } | Errno {
  const recs: { effective: number; permitted: number; inheritable: number }[] = [];
  if (Array.isArray(data)) {
    for (let i = 0; i < words; i++) {
      const r = copyStructFromUser(t.mm, (data as object[])[i] ?? null, capDataLayout);
      if (!('effective' in r)) return r;
      recs.push(r);
    }
  } else if (typeof data === 'object' && data !== null && !(data instanceof Uint8Array) && !(data instanceof Out)) {
    const r = copyStructFromUser(t.mm, data, capDataLayout);
    if (!('effective' in r)) return r;
    recs.push(r, { effective: 0, permitted: 0, inheritable: 0 });
  } else {
    const b = userBytes(t.mm, data, capDataLayout.size * words);
    if (!(b instanceof Uint8Array) || b.length < capDataLayout.size * words) return EFAULT;
    for (let i = 0; i < words; i++) recs.push(capDataLayout.fromBytes(b.subarray(i * capDataLayout.size, (i + 1) * capDataLayout.size)));
  }
  const high = (f: 'effective' | 'permitted' | 'inheritable') => (words > 1 ? (recs[1]![f] >>> 0) & 0x1ff : 0) * 2 ** 32;
  const mk = (f: 'effective' | 'permitted' | 'inheritable') => (recs[0]![f] >>> 0) + high(f); // masked to CAP_VALID_MASK
  return { effective: mk('effective'), permitted: mk('permitted'), inheritable: mk('inheritable') };
}

/** capset(2): only the caller's own sets (pid 0 or its id; any other: EPERM). */
const sysCapset: Handler = (_k, t, hdrArg, dataArg) => {
  const hdr = ptr(hdrArg);
  const words = capVersion(t, hdr);
  if (typeof words !== 'number') return words;
  const pid = capHeaderPid(t, hdr);
  if (typeof pid !== 'number') return pid;
  if (pid !== 0 && pid !== t.tid) return EPERM;
  const d = readCapData(t, ptr(dataArg), words);
  if (!('effective' in d)) return d;
  return install(t, credCapset(t.cred, d.effective, d.permitted, d.inheritable));
};

// ---------------------------------------------------------------------------------------------
// prctl options about credentials (security/commoncap.c cap_task_prctl; kernel/sys.c)

/**
 * The credential options of prctl(2); undefined for any other option (the caller goes on).
 * Arguments are the raw unsigned longs.
 */
export function credPrctl(t: Task, option: number, a2: Arg, a3: Arg, a4: Arg, a5: Arg): number | Errno | undefined {
  const arg2 = ulong(a2);
  const arg3 = ulong(a3);
  const rest = ulong(a4) !== 0 || ulong(a5) !== 0;
  const c = t.cred;
  switch (option) {
    case PR_CAPBSET_READ:
      if (!capValid(arg2)) return EINVAL;
      return hasCap(c.capBounding, arg2) ? 1 : 0;
    case PR_CAPBSET_DROP:
      if (!capable(c, CAP_SETPCAP)) return EPERM;
      if (!capValid(arg2)) return EINVAL;
      t.cred = c.with({ capBounding: capAndNot(c.capBounding, capBit(arg2)) });
      return 0;
    case PR_GET_KEEPCAPS:
      return c.securebits & SECBIT_KEEP_CAPS ? 1 : 0;
    case PR_SET_KEEPCAPS:
      if (arg2 > 1) return EINVAL;
      if (c.securebits & SECBIT_KEEP_CAPS_LOCKED) return EPERM;
      t.cred = c.with({ securebits: arg2 ? c.securebits | SECBIT_KEEP_CAPS : c.securebits & ~SECBIT_KEEP_CAPS });
      return 0;
    case PR_GET_SECUREBITS:
      return c.securebits;
    case PR_SET_SECUREBITS: {
      const old = c.securebits;
      const locks = old & 0xaaa; // the *_LOCKED bits
      if (arg2 > SECURE_ALL_BITS_AND_LOCKS) return EPERM;
      if (((locks >> 1) & (old ^ arg2)) !== 0 || (locks & ~arg2) !== 0 || arg2 > SECURE_ALL_BITS_AND_LOCKS || !capable(c, CAP_SETPCAP)) return EPERM;
      t.cred = c.with({ securebits: arg2 });
      return 0;
    }
    case PR_SET_NO_NEW_PRIVS:
      if (arg2 !== 1 || arg3 !== 0 || rest) return EINVAL;
      t.cred = c.with({ noNewPrivs: true });
      return 0;
    case PR_GET_NO_NEW_PRIVS:
      if (arg2 !== 0 || arg3 !== 0 || rest) return EINVAL;
      return c.noNewPrivs ? 1 : 0;
    case PR_CAP_AMBIENT: {
      if (arg2 === PR_CAP_AMBIENT_CLEAR_ALL) {
        if (arg3 !== 0 || rest) return EINVAL;
        t.cred = c.with({ capAmbient: 0 });
        return 0;
      }
      if (!capValid(arg3) || rest) return EINVAL;
      if (arg2 === PR_CAP_AMBIENT_IS_SET) return hasCap(c.capAmbient, arg3) ? 1 : 0;
      if (arg2 === PR_CAP_AMBIENT_RAISE) {
        if (!hasCap(c.capPermitted, arg3) || !hasCap(c.capInheritable, arg3) || c.securebits & SECBIT_NO_CAP_AMBIENT_RAISE) return EPERM;
        t.cred = c.with({ capAmbient: c.capAmbient - (hasCap(c.capAmbient, arg3) ? capBit(arg3) : 0) + capBit(arg3) });
        return 0;
      }
      if (arg2 === PR_CAP_AMBIENT_LOWER) {
        t.cred = c.with({ capAmbient: capAndNot(c.capAmbient, capBit(arg3)) });
        return 0;
      }
      return EINVAL;
    }
    default:
      return undefined;
  }
}

export const credSyscalls = {
  getuid: full(sysGetuid),
  geteuid: full(sysGeteuid),
  getgid: full(sysGetgid),
  getegid: full(sysGetegid),
  getresuid: full(sysGetresuid),
  getresgid: full(sysGetresgid),
  getgroups: full(sysGetgroups),
  setuid: full(sysSetuid),
  setgid: full(sysSetgid),
  setreuid: full(sysSetreuid),
  setregid: full(sysSetregid),
  setresuid: full(sysSetresuid),
  setresgid: full(sysSetresgid),
  setfsuid: full(sysSetfsuid),
  setfsgid: full(sysSetfsgid),
  setgroups: full(sysSetgroups),
  capget: full(sysCapget),
  capset: full(sysCapset),
};
