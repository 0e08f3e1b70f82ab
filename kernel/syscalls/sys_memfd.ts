// kernel/syscalls/sys_memfd.ts — memfd_create(2): decoding and the order of its checks (the
// flags, then the name, then a free fd); the file itself and its seals are vfs/memfd.ts and
// vfs/seals.ts (fcntl's F_ADD_SEALS/F_GET_SEALS are in sys_lock.ts).

import { EINVAL, ENAMETOOLONG } from '../../abi/errno';
import { MFD_CLOEXEC } from '../../abi/misc';
import { userString } from '../../mm/usercopy';
import { memfdCreate, memfdFlagsError, MFD_NAME_MAX_LEN } from '../../vfs/memfd';
import { partial, type Handler } from '../table';
import { ptr, uint } from './args';
import { nofile } from './sys_file';

/** memfd_create(2) */
const sysMemfdCreate: Handler = (k, t, nameArg, flagsArg) => {
  const flags = uint(flagsArg);
  const bad = memfdFlagsError(flags);
  if (bad) return bad;
  const name = userString(t.mm, ptr(nameArg), MFD_NAME_MAX_LEN + 1);
  if (name === ENAMETOOLONG) return EINVAL;
  if (typeof name !== 'string') return name;
  const limit = nofile(t);
  const fd = t.files.peek(0, limit);
  if (typeof fd !== 'number') return fd;
  const f = memfdCreate(k.vfs, t, name, flags);
  if (!('id' in f)) return f;
  return t.files.alloc(f, (flags & MFD_CLOEXEC) !== 0, 0, limit);
};

export const memfdSyscalls = {
  memfd_create: partial(sysMemfdCreate, 'No hugetlbfs: MFD_HUGETLB is ENOSYS (as on a kernel built without it). vm.memfd_noexec is 0: a memfd made without MFD_EXEC or MFD_NOEXEC_SEAL is executable.'),
};
