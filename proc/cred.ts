// proc/cred.ts — credentials (Linux's struct cred): real, effective, saved and filesystem
// uids/gids, supplementary groups and capability sets. Immutable in spirit: a change makes
// a new Cred (prepare_creds/commit_creds), so a Cred may be shared between tasks safely.
// The foundation keeps capabilities simple: a process with euid 0 has all of them, any other
// none (the credentials issue brings capset/capget and the uid-change rules).

import type { VfsCred } from '../vfs/ctx';

/** All capabilities 0..40 (CAP_LAST_CAP = CAP_CHECKPOINT_RESTORE = 40). */
export const CAP_FULL = 2 ** 41 - 1;

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
  ) {
    Object.freeze(this);
  }

  /** A credential where every id is `uid`/`gid` (a login as that user). */
  static of(uid: number, gid: number, groups: readonly number[] = []): Cred {
    const caps = uid === 0 ? CAP_FULL : 0;
    return new Cred(uid, gid, uid, gid, uid, gid, uid, gid, sortedGroups(groups), caps, caps);
  }

  /** A copy with some fields changed; capabilities follow the effective uid. */
  with(ch: Partial<Pick<Cred, 'uid' | 'gid' | 'euid' | 'egid' | 'suid' | 'sgid' | 'fsuid' | 'fsgid' | 'groups'>>): Cred {
    const euid = ch.euid ?? this.euid;
    const caps = euid === 0 ? CAP_FULL : 0;
    return new Cred(
      ch.uid ?? this.uid, ch.gid ?? this.gid, euid, ch.egid ?? this.egid, ch.suid ?? this.suid,
      ch.sgid ?? this.sgid, ch.fsuid ?? this.fsuid, ch.fsgid ?? this.fsgid,
      ch.groups ? sortedGroups(ch.groups) : this.groups, caps, caps,
    );
  }
}

/** The kernel keeps supplementary groups sorted (groups_sort() in setgroups): getgroups shows them so. */
function sortedGroups(groups: readonly number[]): readonly number[] {
  return Object.freeze([...groups].sort((a, b) => a - b));
}
