// kernel/syscalls/sys_cred.ts — reading credentials: getuid, geteuid, getgid, getegid,
// getresuid, getresgid, getgroups. (Changing them — setuid and friends, capabilities — is the
// credentials part of the processes issue; those calls are unimplemented until then.)

import { EFAULT, EINVAL } from '../../abi/errno';
import { copyIntsToUser, isNull } from '../../mm/usercopy';
import { full, type Handler } from '../table';
import { int, ptr } from './args';

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

export const credSyscalls = {
  getuid: full(sysGetuid),
  geteuid: full(sysGeteuid),
  getgid: full(sysGetgid),
  getegid: full(sysGetegid),
  getresuid: full(sysGetresuid),
  getresgid: full(sysGetresgid),
  getgroups: full(sysGetgroups),
};
