// kernel/syscalls/sys_mem.ts — memory: brk. The mmap family arrives with the page-table
// model (the memory issue) and is unimplemented (ENOSYS) until then.

import { full, type Handler } from '../table';
import { ulong } from './args';

/** brk(2): returns the new break, or the current one when the request cannot be met. */
const sysBrk: Handler = (_k, t, addr) => t.mm.brk(ulong(addr));

export const memSyscalls = {
  brk: full(sysBrk),
};
