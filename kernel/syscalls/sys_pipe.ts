// kernel/syscalls/sys_pipe.ts — pipe and pipe2: a pipefs inode (S_IFIFO|0600, owned by the
// caller) with a read end and a write end, installed at the two lowest free fds.

import { EFAULT, EINVAL, ENOPKG } from '../../abi/errno';
import { O_CLOEXEC, O_DIRECT, O_EXCL, O_NONBLOCK, O_RDONLY, O_WRONLY } from '../../abi/fcntl';
import { RLIMIT_NOFILE } from '../../abi/resource';
import { S_IFIFO } from '../../abi/stat';
import { copyIntsToUser, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import { OpenFile } from '../../vfs/file';
import { Pipe, pipeFileOps } from '../../vfs/fs/pipefs';
import type { SpecialInode } from '../../vfs/inode';
import type { Kernel } from '../kernel';
import { full, partial, type Handler } from '../table';
import { int, ptr } from './args';

function pipe2(k: Kernel, t: Task, fds: UPtr, flags: number): number | typeof EINVAL {
  // O_EXCL is O_NOTIFICATION_PIPE (watch queues), which this kernel does not build: ENOPKG,
  // as Linux without CONFIG_WATCH_QUEUE (before any fd is taken).
  if (flags & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT | O_EXCL)) return EINVAL;
  if (flags & O_EXCL) return ENOPKG;
  const limit = t.process.rlimits[RLIMIT_NOFILE]![0];
  const rfdPeek = t.files.peek(0, limit);
  if (typeof rfdPeek !== 'number') return rfdPeek;
  const vfs = k.vfs;
  const inode = vfs.pipefs.newInode(S_IFIFO | 0o600, t.cred.fsuid, t.cred.fsgid, t.now()) as SpecialInode;
  inode.nlink = 1;
  const pipe = new Pipe();
  inode.pipe = pipe;
  const mnt = t.mntns.root; // pipefs is internal; its files report the root mount
  // create_pipe_files(): O_DIRECT (packet mode) is the write end's only; the read end is cloned
  // with O_RDONLY | O_NONBLOCK at most.
  const r = vfs.register(new OpenFile(vfs.allocFileId(), mnt, inode, O_RDONLY | (flags & O_NONBLOCK), pipeFileOps));
  const w = vfs.register(new OpenFile(vfs.allocFileId(), mnt, inode, O_WRONLY | (flags & (O_NONBLOCK | O_DIRECT)), pipeFileOps));
  r.priv = { pipe };
  w.priv = { pipe };
  pipe.readers = 1;
  pipe.writers = 1;
  const cloexec = (flags & O_CLOEXEC) !== 0;
  const rfd = t.files.alloc(r, cloexec, 0, limit);
  if (typeof rfd !== 'number') {
    vfs.fput(r);
    vfs.fput(w);
    return rfd;
  }
  const wfd = t.files.alloc(w, cloexec, 0, limit);
  if (typeof wfd !== 'number') {
    t.files.remove(rfd);
    vfs.fput(r);
    vfs.fput(w);
    return wfd;
  }
  if (copyIntsToUser(t.mm, fds, [rfd, wfd])) {
    t.files.remove(rfd);
    t.files.remove(wfd);
    vfs.fput(r);
    vfs.fput(w);
    return EFAULT;
  }
  return 0;
}

/** pipe(2) */
const sysPipe: Handler = (k, t, fds) => pipe2(k, t, ptr(fds), 0);
/** pipe2(2) */
const sysPipe2: Handler = (k, t, fds, flags) => pipe2(k, t, ptr(fds), int(flags));

export const pipeSyscalls = {
  pipe: full(sysPipe),
  pipe2: partial(sysPipe2, 'O_NOTIFICATION_PIPE gives ENOPKG (no watch queues); the capacity is 64 KiB of bytes, not 16 page slots.'),
};
