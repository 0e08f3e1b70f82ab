// proc/cred.ts — credentials (Linux's struct cred): real, effective, saved and filesystem
// uids/gids, supplementary groups, the five capability sets (effective, permitted,
// inheritable, bounding, ambient), the securebits and no_new_privs. Immutable: a change makes a
// new Cred (prepare_creds/commit_creds), so a Cred may be shared between tasks safely.
// The rules that change credentials live here as pure functions (sys_cred.ts decodes the
// arguments and installs the result): Linux's kernel/sys.c setuid family, security/commoncap.c
// (cap_task_fix_setuid, cap_capset, the prctl options, the exec transformation).
// Owned by the credentials work (issue 6); procfs reads the fields through ProcCredView.

import {
  CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER, CAP_FSETID, CAP_LINUX_IMMUTABLE,
  CAP_MAC_OVERRIDE, CAP_MKNOD, CAP_SETGID, CAP_SETPCAP, CAP_SETUID, SECBIT_KEEP_CAPS, SECBIT_NO_SETUID_FIXUP, SECBIT_NOROOT,
} from '../abi/misc';
import { capable, type VfsCred } from '../vfs/ctx';

/** All capabilities 0..40 (CAP_LAST_CAP = CAP_CHECKPOINT_RESTORE = 40): CAP_VALID_MASK. */
export const CAP_FULL = 2 ** 41 - 1;

/** Bit mask of one capability. */
export function capBit(cap: number): number {
  return 2 ** cap;
}

/** a & b for capability masks (up to 41 bits: beyond 32-bit bitwise operators). */
export function capAnd(a: number, b: number): number {
  return ((a % 2 ** 32 & b % 2 ** 32) >>> 0) + hi(a, b, (x, y) => x & y);
}
/** a | b for capability masks. */
export function capOr(a: number, b: number): number {
  return ((a % 2 ** 32 | b % 2 ** 32) >>> 0) + hi(a, b, (x, y) => x | y);
}
/** a & ~b for capability masks. */
export function capAndNot(a: number, b: number): number {
  return ((a % 2 ** 32 & ~(b % 2 ** 32)) >>> 0) + hi(a, b, (x, y) => x & ~y);
}
/** Is every capability of `a` in `b`? */
export function capSubset(a: number, b: number): boolean {
  return capAndNot(a, b) === 0;
}
function hi(a: number, b: number, op: (x: number, y: number) => number): number {
  return ((op(Math.floor(a / 2 ** 32), Math.floor(b / 2 ** 32)) & 0x1ff) >>> 0) * 2 ** 32;
}

/** CAP_FS_SET: what a change of fsuid to or from 0 drops or raises (include/linux/capability.h). */
export const CAP_FS_SET = [CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER, CAP_FSETID,
  CAP_LINUX_IMMUTABLE, CAP_MKNOD, CAP_MAC_OVERRIDE].reduce((m, c) => m + capBit(c), 0);

export class Cred implements VfsCred {
  constructor(
    readonly uid: number,
    readonly gid: number,
    readonly euid: number,
    readonly egid: number,
    readonly suid: number,
    readonly sgid: number,
    readonly fsuid: number,
    readonly fsgid: number,
    readonly groups: readonly number[],
    readonly capEffective: number,
    readonly capPermitted: number,
    readonly capInheritable: number = 0,
    readonly capBounding: number = CAP_FULL,
    readonly capAmbient: number = 0,
    /** SECBIT_* (abi/misc.ts); SECBIT_KEEP_CAPS is PR_SET_KEEPCAPS. */
    readonly securebits: number = 0,
    /** PR_SET_NO_NEW_PRIVS (a task flag in Linux; kept with the credential here, inherited alike). */
    readonly noNewPrivs: boolean = false,
  ) {
    Object.freeze(this);
  }

  /** A credential where every id is `uid`/`gid` (a login as that user: root has every capability). */
  static of(uid: number, gid: number, groups: readonly number[] = []): Cred {
    const caps = uid === 0 ? CAP_FULL : 0;
    return new Cred(uid, gid, uid, gid, uid, gid, uid, gid, sortedGroups(groups), caps, caps);
  }

  /** A copy with some fields changed as they are (no capability rule applied: see the set* functions). */
  with(ch: Partial<CredFields>): Cred {
    const v = { ...this.fields(), ...ch };
    return new Cred(v.uid, v.gid, v.euid, v.egid, v.suid, v.sgid, v.fsuid, v.fsgid,
      ch.groups ? sortedGroups(ch.groups) : this.groups, v.capEffective, v.capPermitted, v.capInheritable,
      v.capBounding, v.capAmbient, v.securebits, v.noNewPrivs);
  }

  fields(): CredFields {
    return {
      uid: this.uid, gid: this.gid, euid: this.euid, egid: this.egid, suid: this.suid, sgid: this.sgid,
      fsuid: this.fsuid, fsgid: this.fsgid, groups: this.groups, capEffective: this.capEffective,
      capPermitted: this.capPermitted, capInheritable: this.capInheritable, capBounding: this.capBounding,
      capAmbient: this.capAmbient, securebits: this.securebits, noNewPrivs: this.noNewPrivs,
    };
  }

  /** Capability sets as 64-bit masks (what /proc/[pid]/status prints as 16 hex digits). */
  get capSets(): { inheritable: bigint; permitted: bigint; effective: bigint; bounding: bigint; ambient: bigint } {
    return {
      inheritable: BigInt(this.capInheritable), permitted: BigInt(this.capPermitted), effective: BigInt(this.capEffective),
      bounding: BigInt(this.capBounding), ambient: BigInt(this.capAmbient),
    };
  }
}

export type CredFields = {
  -readonly [K in 'uid' | 'gid' | 'euid' | 'egid' | 'suid' | 'sgid' | 'fsuid' | 'fsgid' | 'groups' | 'capEffective' |
    'capPermitted' | 'capInheritable' | 'capBounding' | 'capAmbient' | 'securebits' | 'noNewPrivs']: Cred[K];
};

/** The kernel keeps supplementary groups sorted (groups_sort() in setgroups): getgroups shows them so. */
function sortedGroups(groups: readonly number[]): readonly number[] {
  return Object.freeze([...groups].sort((a, b) => a - b));
}

// ---------------------------------------------------------------------------------------------
// The uid/gid changes (kernel/sys.c). Each returns the new credential, or 'EPERM'; the caller
// has already rejected an invalid id ((uid_t)-1 where it is not "unchanged") with EINVAL.

export type CredResult = Cred | 'EPERM';

/** cap_task_fix_setuid() for LSM_SETID_ID/RE/RES: capabilities follow the uid changes. */
function fixSetuid(next: Cred, old: Cred): Cred {
  if (old.securebits & SECBIT_NO_SETUID_FIXUP) return next;
  let { capEffective: eff, capPermitted: prm, capAmbient: amb } = next;
  const wasRoot = old.uid === 0 || old.euid === 0 || old.suid === 0;
  const isRoot = next.uid === 0 || next.euid === 0 || next.suid === 0;
  if (wasRoot && !isRoot) {
    if (!(old.securebits & SECBIT_KEEP_CAPS)) {
      prm = 0;
      eff = 0;
    }
    amb = 0;
  }
  if (old.euid === 0 && next.euid !== 0) eff = 0;
  if (old.euid !== 0 && next.euid === 0) eff = prm;
  return next.with({ capEffective: eff, capPermitted: prm, capAmbient: amb });
}

/** cap_task_fix_setuid() for LSM_SETID_FS: the fs capabilities follow fsuid to and from 0. */
function fixSetfsuid(next: Cred, old: Cred): Cred {
  if (old.securebits & SECBIT_NO_SETUID_FIXUP) return next;
  let eff = next.capEffective;
  if (old.fsuid === 0 && next.fsuid !== 0) eff = capAndNot(eff, CAP_FS_SET);
  if (old.fsuid !== 0 && next.fsuid === 0) eff = capOr(eff, capAnd(next.capPermitted, CAP_FS_SET));
  return next.with({ capEffective: eff });
}

/** setuid(2). */
export function setuid(c: Cred, uid: number): CredResult {
  let n: Cred;
  if (capable(c, CAP_SETUID)) n = c.with({ uid, euid: uid, suid: uid, fsuid: uid });
  else if (uid === c.uid || uid === c.suid) n = c.with({ euid: uid, fsuid: uid });
  else return 'EPERM';
  return fixSetuid(n, c);
}

/** setgid(2). */
export function setgid(c: Cred, gid: number): CredResult {
  if (capable(c, CAP_SETGID)) return c.with({ gid, egid: gid, sgid: gid, fsgid: gid });
  if (gid === c.gid || gid === c.sgid) return c.with({ egid: gid, fsgid: gid });
  return 'EPERM';
}

/** setreuid(2): -1 leaves an id unchanged. */
export function setreuid(c: Cred, ruid: number, euid: number): CredResult {
  const priv = capable(c, CAP_SETUID);
  let { uid: r, euid: e, suid: s } = c;
  if (ruid !== -1) {
    if (ruid !== c.uid && ruid !== c.euid && !priv) return 'EPERM';
    r = ruid;
  }
  if (euid !== -1) {
    if (euid !== c.uid && euid !== c.euid && euid !== c.suid && !priv) return 'EPERM';
    e = euid;
  }
  if (ruid !== -1 || (euid !== -1 && euid !== c.uid)) s = e;
  return fixSetuid(c.with({ uid: r, euid: e, suid: s, fsuid: e }), c);
}

/** setregid(2). */
export function setregid(c: Cred, rgid: number, egid: number): CredResult {
  const priv = capable(c, CAP_SETGID);
  let { gid: r, egid: e, sgid: s } = c;
  if (rgid !== -1) {
    if (rgid !== c.gid && rgid !== c.egid && !priv) return 'EPERM';
    r = rgid;
  }
  if (egid !== -1) {
    if (egid !== c.gid && egid !== c.egid && egid !== c.sgid && !priv) return 'EPERM';
    e = egid;
  }
  if (rgid !== -1 || (egid !== -1 && egid !== c.gid)) s = e;
  return c.with({ gid: r, egid: e, sgid: s, fsgid: e });
}

/** setresuid(2): each of the three may be -1 (unchanged); nothing to change is a no-op. */
export function setresuid(c: Cred, ruid: number, euid: number, suid: number): CredResult {
  if ((ruid === -1 || ruid === c.uid) && (euid === -1 || (euid === c.euid && euid === c.fsuid)) && (suid === -1 || suid === c.suid)) return c;
  const isNew = (id: number) => id !== -1 && id !== c.uid && id !== c.euid && id !== c.suid;
  if ((isNew(ruid) || isNew(euid) || isNew(suid)) && !capable(c, CAP_SETUID)) return 'EPERM';
  const e = euid === -1 ? c.euid : euid;
  const n = c.with({ uid: ruid === -1 ? c.uid : ruid, euid: e, suid: suid === -1 ? c.suid : suid, fsuid: e });
  return fixSetuid(n, c);
}

/** setresgid(2). */
export function setresgid(c: Cred, rgid: number, egid: number, sgid: number): CredResult {
  if ((rgid === -1 || rgid === c.gid) && (egid === -1 || (egid === c.egid && egid === c.fsgid)) && (sgid === -1 || sgid === c.sgid)) return c;
  const isNew = (id: number) => id !== -1 && id !== c.gid && id !== c.egid && id !== c.sgid;
  if ((isNew(rgid) || isNew(egid) || isNew(sgid)) && !capable(c, CAP_SETGID)) return 'EPERM';
  const e = egid === -1 ? c.egid : egid;
  return c.with({ gid: rgid === -1 ? c.gid : rgid, egid: e, sgid: sgid === -1 ? c.sgid : sgid, fsgid: e });
}

/**
 * setfsuid(2): the new credential (the same one when refused or unchanged); the call returns
 * the previous fsuid whatever happens. `uid` -1 (invalid) changes nothing.
 */
export function setfsuid(c: Cred, uid: number): Cred {
  if (uid === -1) return c;
  if (uid !== c.uid && uid !== c.euid && uid !== c.suid && uid !== c.fsuid && !capable(c, CAP_SETUID)) return c;
  if (uid === c.fsuid) return c;
  return fixSetfsuid(c.with({ fsuid: uid }), c);
}

/** setfsgid(2). */
export function setfsgid(c: Cred, gid: number): Cred {
  if (gid === -1) return c;
  if (gid !== c.gid && gid !== c.egid && gid !== c.sgid && gid !== c.fsgid && !capable(c, CAP_SETGID)) return c;
  if (gid === c.fsgid) return c;
  return c.with({ fsgid: gid });
}

// ---------------------------------------------------------------------------------------------
// Capabilities

/**
 * cap_capset(): the new sets, or 'EPERM' when they ask for more than the caller may have: a
 * new inheritable capability beyond permitted ∪ inheritable (without CAP_SETPCAP) or beyond the
 * bounding set, a permitted one not already permitted, an effective one not permitted.
 * Ambient capabilities no longer both permitted and inheritable are dropped.
 */
export function capset(c: Cred, effective: number, permitted: number, inheritable: number): CredResult {
  if (!capable(c, CAP_SETPCAP) && !capSubset(inheritable, capOr(c.capInheritable, c.capPermitted))) return 'EPERM';
  if (!capSubset(inheritable, capOr(c.capInheritable, c.capBounding))) return 'EPERM';
  if (!capSubset(permitted, c.capPermitted)) return 'EPERM';
  if (!capSubset(effective, permitted)) return 'EPERM';
  return c.with({
    capEffective: effective, capPermitted: permitted, capInheritable: inheritable,
    capAmbient: capAnd(c.capAmbient, capAnd(permitted, inheritable)),
  });
}

/** Is `cap` a capability this kernel knows (cap_valid())? */
export function capValid(cap: number): boolean {
  return Number.isInteger(cap) && cap >= 0 && cap <= 40;
}

export function hasCap(mask: number, cap: number): boolean {
  return Math.floor(mask / 2 ** cap) % 2 === 1;
}

// ---------------------------------------------------------------------------------------------
// execve (security/commoncap.c: cap_bprm_creds_from_file; fs/exec.c: bprm_fill_uid)

/** What exec needs to know of the file it runs. */
export interface ExecFile {
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** The file is on a mount with MS_NOSUID. */
  readonly nosuid: boolean;
}

const S_ISUID = 0o4000;
const S_ISGID = 0o2000;
const S_IXGRP = 0o010;

/**
 * The credential a process runs its new image with. A set-user-ID file makes its owner the
 * effective (and saved) uid, a set-group-ID (and group-executable) file its group the effective
 * gid, unless the mount is nosuid or no_new_privs is set. Files carry no capabilities here, so
 * the new permitted set is the bounding ∪ inheritable sets for root (real or new effective uid 0,
 * unless SECBIT_NOROOT) and else empty, plus the ambient set (cleared by a set-id exec); the
 * effective set is all of permitted when the new euid is 0, the ambient set otherwise.
 */
export function execCred(c: Cred, file: ExecFile): Cred {
  let euid = c.euid;
  let egid = c.egid;
  if (!file.nosuid && !c.noNewPrivs) {
    if (file.mode & S_ISUID) euid = file.uid;
    if ((file.mode & (S_ISGID | S_IXGRP)) === (S_ISGID | S_IXGRP)) egid = file.gid;
  }
  let permitted = 0;
  let effectiveFlag = false;
  if (!(c.securebits & SECBIT_NOROOT)) {
    if (euid === 0 || c.uid === 0) permitted = capOr(c.capBounding, c.capInheritable);
    if (euid === 0) effectiveFlag = true;
  }
  const isSetid = euid !== c.uid || egid !== c.gid;
  const gained = !capSubset(permitted, c.capPermitted);
  if ((isSetid || gained) && c.noNewPrivs) {
    euid = c.uid;
    egid = c.gid;
    permitted = capAnd(permitted, c.capPermitted);
  }
  const ambient = isSetid ? 0 : c.capAmbient;
  permitted = capOr(permitted, ambient);
  return c.with({
    euid, suid: euid, fsuid: euid, egid, sgid: egid, fsgid: egid,
    capPermitted: permitted, capEffective: effectiveFlag ? permitted : ambient, capAmbient: ambient,
    securebits: c.securebits & ~SECBIT_KEEP_CAPS,
  });
}
