// kernel/syscalls/sys_process.ts — process and thread lifecycle: getpid, getppid, gettid,
// clone (with a function: threads and processes), execve, exit, exit_group, wait4, waitid,
// set_tid_address, prctl (names, child subreaper), sessions and process groups (setsid,
// setpgid, getpgid, getsid, getpgrp), pidfds (pidfd_open, pidfd_send_signal, waitid
// P_PIDFD). Creation and image replacement are done here on top of proc/ (tasks, fd tables,
// signals) and mm/; ending, re-parenting and reaping are proc/exit.ts.

import { EACCES, EAGAIN, EBADF, EFAULT, EINVAL, ENOEXEC, ENOSYS, EPERM, ESRCH, type Errno } from '../../abi/errno';
import { O_NONBLOCK, O_RDWR } from '../../abi/fcntl';
import { S_IFCHR } from '../../abi/stat';
import { CAP_KILL, CAP_SYS_ADMIN, CAP_SYS_RESOURCE, MS_NOSUID, PER_QUERY, PIDFD_NONBLOCK, PIDFD_SIGNAL_PROCESS_GROUP,
  PIDFD_SIGNAL_THREAD, PIDFD_SIGNAL_THREAD_GROUP, PIDFD_THREAD } from '../../abi/misc';
import { PR_GET_CHILD_SUBREAPER, PR_GET_NAME, PR_SET_CHILD_SUBREAPER, PR_SET_NAME } from '../../abi/prctl';
import { RLIMIT_NOFILE, RLIMIT_NPROC } from '../../abi/resource';
import {
  CLONE_CHILD_CLEARTID, CLONE_CHILD_SETTID, CLONE_FILES, CLONE_FS, CLONE_NEWCGROUP, CLONE_NEWIPC, CLONE_NEWNET,
  CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWTIME, CLONE_NEWUSER, CLONE_NEWUTS, CLONE_PARENT, CLONE_PARENT_SETTID,
  CLONE_PIDFD, CLONE_SIGHAND, CLONE_THREAD, CLONE_VFORK, CLONE_VM, CSIGNAL,
  SCHED_FIFO, SCHED_OTHER, SCHED_RR,
} from '../../abi/sched';
import { rusage as rusageLayout, siginfo as siginfoLayout } from '../../abi/structs';
import { P_ALL, P_PGID, P_PID, P_PIDFD, WEXITED, WNOHANG, WNOWAIT, WSTOPPED, WCONTINUED, WUNTRACED, __WALL, __WCLONE, __WNOTHREAD,
  wExitStatus, WIFEXITED, WEXITSTATUS, WTERMSIG, WCOREDUMP, WIFSTOPPED, WSTOPSIG, WIFCONTINUED } from '../../abi/wait';
import { CLD_CONTINUED, CLD_DUMPED, CLD_EXITED, CLD_KILLED, CLD_STOPPED, SIGCHLD, SIGCONT, SI_TKILL, SI_USER } from '../../abi/signal';
import { copyIntsToUser, copyStructFromUser, copyStructToUser, copyToUser, isNull, userBytes, userStringArray, type UPtr } from '../../mm/usercopy';
import { checkArgSize, resolveExecutable } from '../../proc/exec';
import { doWait, exitGroup, exitThread, wait4, type WaitResult } from '../../proc/exit';
import { Process } from '../../proc/process';
import { SigHand, sendSignal, type SigInfo } from '../../proc/signal';
import { Task } from '../../proc/task';
import { execCred } from '../../proc/cred';
import { BLOCK, capable } from '../../vfs/ctx';
import { OpenFile, type FileOps } from '../../vfs/file';
import type { Superblock } from '../../vfs/inode';
import type { Vfs } from '../../vfs/vfs';
import { copyFsContext } from '../../vfs/fs_struct';
import { pathOf } from '../../vfs/path_walk';
import type { Kernel } from '../kernel';
import type { TaskEntry } from '../program';
import { full, partial, type Handler } from '../table';
import { int, ptr, uint } from './args';
import { fdget, getPath } from './common';
import { credPrctl } from './sys_cred';

const sysGetpid: Handler = (_k, t) => t.tgid;
const sysGettid: Handler = (_k, t) => t.tid;
const sysGetppid: Handler = (_k, t) => t.process.parent?.pid ?? 0;

/** set_tid_address(2): remembers where to clear the tid at exit; returns the tid. */
const sysSetTidAddress: Handler = (_k, t, tidptr) => {
  const p = ptr(tidptr);
  t.clearChildTid = typeof p === 'number' ? p : 0;
  return t.tid;
};

// ---------------------------------------------------------------------------------------------
// clone

const NS_FLAGS = CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET |
  CLONE_NEWCGROUP | CLONE_NEWTIME;

/** Counts the processes of real user `uid` (RLIMIT_NPROC). */
function processesOf(k: Kernel, uid: number): number {
  let n = 0;
  for (const p of k.pidns.processes.values()) if (p.state === 'alive' && p.threads[0]?.cred.uid === uid) n++;
  return n;
}

/**
 * copy_process(): a new task sharing or copying the caller's resources as `flags` say. The
 * child runs `entry` (the typed door's function); it is created runnable.
 */
function copyProcess(k: Kernel, t: Task, flags: number, entry: TaskEntry): Task | Errno {
  if ((flags & (CLONE_NEWNS | CLONE_FS)) === (CLONE_NEWNS | CLONE_FS)) return EINVAL;
  if ((flags & (CLONE_NEWUSER | CLONE_FS)) === (CLONE_NEWUSER | CLONE_FS)) return EINVAL;
  if (flags & CLONE_THREAD && !(flags & CLONE_SIGHAND)) return EINVAL;
  if (flags & CLONE_SIGHAND && !(flags & CLONE_VM)) return EINVAL;
  if (flags & (CLONE_PARENT | CLONE_THREAD) && t.process === k.init) return EINVAL;
  if (flags & CLONE_THREAD && flags & (CLONE_NEWUSER | CLONE_NEWPID)) return EINVAL;
  if (flags & NS_FLAGS) return !capable(t.cred, CAP_SYS_ADMIN) ? EPERM : ENOSYS;
  if (flags & CLONE_PIDFD) return ENOSYS;
  // RLIMIT_NPROC spares the root user (INIT_USER) and CAP_SYS_RESOURCE or CAP_SYS_ADMIN.
  if (!(flags & CLONE_THREAD) && t.cred.uid !== 0 && !capable(t.cred, CAP_SYS_RESOURCE) && !capable(t.cred, CAP_SYS_ADMIN) &&
    processesOf(k, t.cred.uid) >= t.process.rlimits[RLIMIT_NPROC]![0]) {
    return EAGAIN;
  }
  const tid = k.pidns.allocPid();
  if (tid === undefined) return EAGAIN;
  const mm = flags & CLONE_VM ? t.mm.get() : t.mm.fork();
  let files = t.files;
  if (flags & CLONE_FILES) files.users++;
  else files = t.files.fork(k.vfs);
  let fs = t.fs;
  if (flags & CLONE_FS) fs.users++;
  else fs = copyFsContext(t.fs);
  let proc: Process;
  if (flags & CLONE_THREAD) {
    proc = t.process;
  } else {
    const parent = flags & CLONE_PARENT ? (t.process.parent ?? k.init) : t.process;
    let sighand: SigHand;
    if (flags & CLONE_SIGHAND) {
      sighand = t.process.sighand;
      sighand.users++;
    } else {
      sighand = new SigHand(t.process.sighand);
    }
    proc = new Process(tid, parent, {
      pgid: t.process.pgid, sid: t.process.sid, sighand,
      rlimits: t.process.rlimits.map(([c, m]) => [c, m] as [number, number]),
      exitSignal: flags & CSIGNAL, startNs: k.clock.monoNs,
    });
    proc.exe = t.process.exe;
    proc.personality = t.process.personality;
    proc.argv = t.process.argv;
    proc.envp = t.process.envp;
    parent.children.push(proc);
    k.pidns.processes.set(tid, proc);
  }
  const child = new Task(k, tid, proc, t.cred, fs, files, mm, t.mntns, t.uts);
  child.comm = t.comm;
  child.sigBlocked = t.sigBlocked;
  // sigaltstack(2): inherited, but disabled for a CLONE_VM child that does not vfork.
  if (!(flags & CLONE_VM) || flags & CLONE_VFORK) child.altStack = { ...t.altStack };
  // sched_fork(): the scheduling attributes; SCHED_RESET_ON_FORK gives the child SCHED_OTHER
  // (if real-time) and a nice value of at least 0.
  child.cpusAllowed = t.cpusAllowed;
  if (t.resetOnFork) {
    child.policy = t.policy === SCHED_FIFO || t.policy === SCHED_RR ? SCHED_OTHER : t.policy;
    child.rtPriority = child.policy === t.policy ? t.rtPriority : 0;
    child.nice = Math.max(0, t.nice);
  } else {
    child.policy = t.policy;
    child.rtPriority = t.rtPriority;
    child.nice = t.nice;
  }
  if (!(flags & CLONE_THREAD)) proc.hasChildSubreaper = t.process.hasChildSubreaper || t.process.childSubreaper;
  child.entry = entry;
  proc.threads.push(child);
  k.pidns.tasks.set(tid, child);
  if (flags & CLONE_CHILD_CLEARTID) child.clearChildTid = 0; // set by the caller below
  if (k.trace.active) k.trace.emit('fork', { pid: child.tgid, tid, parentTid: t.tid, timeNs: k.clock.monoNs });
  return child;
}

/**
 * clone(2) (x86-64 order: flags, stack, parent_tid, child_tid, tls). The typed door supplies
 * the child's function in t.cloneEntry (as glibc's clone puts fn on the child's stack);
 * without one the child would have to continue from this very point, which needs
 * fork-by-replay (the processes issue): ENOSYS until then.
 */
const sysClone: Handler = (k, t, flagsArg, _stack, ptidArg, ctidArg) => {
  // A vfork parent sleeping until its child execs or exits comes back here.
  if (t.progress > 0) return vforkWait(k, t, t.progress);
  const flags = uint(flagsArg); // the low 32 bits, exactly (ulong(-1) % 2^32 would be 0)
  const entry = t.cloneEntry as TaskEntry | null;
  t.cloneEntry = null;
  // The legacy clone ignores unknown flags; the exit signal must be a valid signal.
  if ((flags & CSIGNAL) > 64) return EINVAL;
  if (!entry) return ENOSYS;
  const child = copyProcess(k, t, flags, entry);
  if (!(child instanceof Task)) return child;
  const ptid = ptr(ptidArg);
  const ctid = ptr(ctidArg);
  if (flags & CLONE_PARENT_SETTID && !isNull(ptid)) copyIntsToUser(t.mm, ptid, [child.tid]);
  if (flags & CLONE_CHILD_SETTID && !isNull(ctid)) copyIntsToUser(child.mm, ctid, [child.tid]);
  if (flags & CLONE_CHILD_CLEARTID && typeof ctid === 'number') child.clearChildTid = ctid;
  k.sched.enqueue(child);
  if (flags & CLONE_VFORK) {
    t.progress = child.tid;
    return vforkWait(k, t, child.tid);
  }
  return child.tid;
};

/** CLONE_VFORK: the parent sleeps until the child has exec'd or exited. */
function vforkWait(k: Kernel, t: Task, tid: number): number | typeof BLOCK {
  const child = k.pidns.tasks.get(tid);
  if (!child || child.state === 'dead' || child.vforkDone) return tid;
  t.waitOn(child.vforkWait);
  return BLOCK;
}

// ---------------------------------------------------------------------------------------------
// execve

/**
 * execve(2): checks, then replaces the image; the new program starts when this call returns.
 * Linux's order: the file is opened and checked first (ENOENT, EACCES, ETXTBSY), then argv
 * and envp are copied (EFAULT, E2BIG), then its format is looked at (ENOEXEC).
 */
function execve(k: Kernel, t: Task, pathArg: UPtr, argvArg: UPtr, envpArg: UPtr): number | Errno {
  const path = getPath(t, pathArg);
  if (typeof path !== 'string') return path;
  const exe = resolveExecutable(t, t.fs.cwd, path, (inode) => {
    for (const f of k.vfs.files.values()) if (f.inode === inode && f.writable) return true;
    return false;
  });
  if (!('program' in exe) && exe !== ENOEXEC) return exe;
  const argv = userStringArray(t.mm, argvArg, 131072, 1 << 20);
  if (!Array.isArray(argv)) return argv;
  const envp = userStringArray(t.mm, envpArg, 131072, 1 << 20);
  if (!Array.isArray(envp)) return envp;
  const big = checkArgSize(argv, envp);
  if (big) return big;
  if (!('program' in exe)) return exe;
  if (!k.runtime?.has(exe.program)) return ENOEXEC;

  // Point of no return: flush the old image (de_thread, exec_mmap, close-on-exec, signals).
  const p = t.process;
  for (const th of p.threads) if (th !== t && th.state !== 'dead') exitThread(k, th, 0);
  t.mm.put();
  t.mm = k.newMm(p);
  if (t.files.users > 1) {
    t.files.users--;
    t.files = t.files.fork(k.vfs);
  }
  t.files.closeOnExec(k.vfs);
  if (p.sighand.users > 1) {
    p.sighand.users--;
    p.sighand = new SigHand(p.sighand);
  }
  p.sighand.resetForExec();
  t.altStack = { sp: 0, size: 0, flags: 0, onStack: 0 }; // execve clears the alternate stack
  p.didExec = true; // PF_FORKNOEXEC cleared: the parent's setpgid on it is now EACCES
  t.cred = execCred(t.cred, { mode: exe.ref.inode.mode, uid: exe.ref.inode.uid, gid: exe.ref.inode.gid, nosuid: (exe.ref.mnt.flags & MS_NOSUID) !== 0 });
  const slash = path.lastIndexOf('/');
  t.comm = path.slice(slash + 1).slice(0, 15);
  const dir = pathOf(t.fs.root, t.fs.cwd) ?? '/';
  p.exe = path.startsWith('/') ? path : (dir === '/' ? '' : dir) + '/' + path.replace(/^\.\//, '');
  p.argv = argv;
  p.envp = envp;
  t.vforkDone = true;
  t.vforkWait.wakeAll();
  t.entry = { kind: 'program', name: exe.program, path, argv, envp } satisfies TaskEntry;
  return 0;
}

const sysExecve: Handler = (k, t, path, argv, envp) => execve(k, t, ptr(path), ptr(argv), ptr(envp));

// ---------------------------------------------------------------------------------------------
// exit and wait

/** exit(2): ends the calling thread. */
const sysExit: Handler = (k, t, code) => {
  exitThread(k, t, wExitStatus(int(code) & 0xff));
  return 0;
};

/** exit_group(2): ends every thread of the process. */
const sysExitGroup: Handler = (k, t, code) => {
  exitGroup(k, t, wExitStatus(int(code) & 0xff));
  return 0;
};

function rusageOf(r: WaitResult) {
  const tv = (ns: number) => ({ tv_sec: Math.floor(ns / 1e9), tv_usec: Math.floor((ns % 1e9) / 1000) });
  return {
    ru_utime: tv(r.utimeNs), ru_stime: tv(r.stimeNs), ru_maxrss: 0, ru_ixrss: 0, ru_idrss: 0, ru_isrss: 0,
    ru_minflt: 0, ru_majflt: 0, ru_nswap: 0, ru_inblock: 0, ru_oublock: 0, ru_msgsnd: 0, ru_msgrcv: 0,
    ru_nsignals: 0, ru_nvcsw: 0, ru_nivcsw: 0,
  };
}

/** wait4(2): bad options are EINVAL before pid INT_MIN is ESRCH. */
const sysWait4: Handler = (k, t, pidArg, status, options, ru) => {
  const pid = int(pidArg);
  if (pid === -2147483648 && !(int(options) & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL))) return ESRCH;
  const r = wait4(k, t, pid, int(options));
  if (typeof r !== 'object' || !('pid' in r)) return r;
  const st = ptr(status);
  if (!isNull(st) && copyIntsToUser(t.mm, st, [r.status])) return EFAULT;
  const rp = ptr(ru);
  if (!isNull(rp) && copyStructToUser(t.mm, rp, rusageLayout, rusageOf(r) as never)) return EFAULT;
  return r.pid;
};

/** The wait part of waitid(2): a child's state change, 0 (WNOHANG, none ready), an error, or BLOCK. */
function waitidWait(k: Kernel, t: Task, which: number, id: number, opts: number): WaitResult | 0 | Errno | typeof BLOCK {
  if (opts & ~(WNOHANG | WNOWAIT | WEXITED | WSTOPPED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL)) return EINVAL;
  if (!(opts & (WEXITED | WSTOPPED | WCONTINUED))) return EINVAL;
  let select: (c: Process) => boolean;
  let nonblock = false;
  switch (which) {
    case P_ALL: select = () => true; break;
    case P_PID: if (id <= 0) return EINVAL; select = (c) => c.pid === id; break;
    case P_PGID: if (id < 0) return EINVAL; select = (c) => c.pgid === (id === 0 ? t.process.pgid : id); break;
    case P_PIDFD: {
      if (id < 0) return EINVAL;
      const pf = pidfdGet(t, id);
      if (!(pf instanceof OpenFile)) return pf;
      const target = pidfdTarget(pf);
      select = (c) => c === target;
      nonblock = (pf.flags & O_NONBLOCK) !== 0;
      break;
    }
    default: return EINVAL;
  }
  // A PIDFD_NONBLOCK pidfd: nothing to report is EAGAIN (unless the caller said WNOHANG).
  const r = doWait(k, t, select, nonblock ? opts | WNOHANG : opts);
  return r === 0 && nonblock && !(opts & WNOHANG) ? EAGAIN : r;
}

/**
 * waitid(2): P_ALL, P_PID, P_PGID, P_PIDFD; the siginfo of the child's exit, stop or
 * continue. Whatever the outcome — an error, or WNOHANG with nothing ready — infop's fields
 * are written (zero): a bad infop is EFAULT even then.
 */
const sysWaitid: Handler = (k, t, whichArg, idArg, infop, options, ru) => {
  const r = waitidWait(k, t, int(whichArg), int(idArg), int(options));
  if (r === BLOCK) return r;
  const ip = ptr(infop);
  if (r === 0 || !('pid' in r)) {
    if (!isNull(ip) && copyStructToUser(t.mm, ip, siginfoLayout, { si_signo: 0, si_errno: 0, si_code: 0 } as never)) return EFAULT;
    return r;
  }
  if (!isNull(ip)) {
    const st = r.status;
    let code: number;
    let status: number;
    if (WIFEXITED(st)) { code = CLD_EXITED; status = WEXITSTATUS(st); }
    else if (WIFCONTINUED(st)) { code = CLD_CONTINUED; status = SIGCONT; }
    else if (WIFSTOPPED(st)) { code = CLD_STOPPED; status = WSTOPSIG(st); }
    else { code = WCOREDUMP(st) ? CLD_DUMPED : CLD_KILLED; status = WTERMSIG(st); }
    const info = { si_signo: SIGCHLD, si_errno: 0, si_code: code, si_pid: r.pid, si_uid: r.uid, si_status: status };
    if (copyStructToUser(t.mm, ip, siginfoLayout, info as never)) return EFAULT;
  }
  const rp = ptr(ru);
  if (!isNull(rp) && copyStructToUser(t.mm, rp, rusageLayout, rusageOf(r) as never)) return EFAULT;
  return 0;
};

// ---------------------------------------------------------------------------------------------
// pidfds: an fd naming a process (Linux 6.18's pidfs: "anon_inode:[pidfd]", mode 0700). It cannot be read or written; it is waited on (waitid P_PIDFD) and
// signalled (pidfd_send_signal).

interface PidfdPriv { pidfd: Process; task: Task | null }

const pidfdOps: FileOps = { stream: true }; // no offset: lseek is ESPIPE
const pidfsOf = new WeakMap<Vfs, Superblock>();

/** The pidfd open on fd `fd`, EBADF if the fd is not open or is not a pidfd. */
function pidfdGet(t: Task, fd: number): OpenFile | Errno {
  const f = fdget(t, fd);
  if (!(f instanceof OpenFile)) return EBADF;
  return f.ops === pidfdOps ? f : EBADF;
}

function pidfdTarget(f: OpenFile): Process {
  return (f.priv as PidfdPriv).pidfd;
}

/** pidfd_open(2): a tgid (or, with PIDFD_THREAD, any tid) as an O_RDWR|O_CLOEXEC fd. */
const sysPidfdOpen: Handler = (k, t, pidArg, flagsArg) => {
  const pid = int(pidArg);
  const flags = uint(flagsArg);
  if (flags & ~(PIDFD_NONBLOCK | PIDFD_THREAD)) return EINVAL;
  if (pid <= 0) return EINVAL;
  const task = k.pidns.findTask(pid);
  if (!task || task.process.state === 'reaped') return ESRCH;
  const thread = (flags & PIDFD_THREAD) !== 0;
  if (!thread && task.tid !== task.tgid) return EINVAL; // pid_has_task(PIDTYPE_TGID)
  const p = task.process;
  let sb = pidfsOf.get(k.vfs);
  if (!sb) {
    sb = k.vfs.newSuperblock('anon_inode:[pidfd]', 0o700);
    pidfsOf.set(k.vfs, sb);
  }
  // Linux's pidfs inode has mode 0700 and no file type; kernel/invariants.ts requires a type,
  // so it is S_IFCHR (device 0:0) here: inert like Linux's (not a regular file that ftruncate
  // or fallocate could change). Unlinked (nlink 0): it goes with its last fd.
  const leader = p.leader;
  const inode = sb.newInode(S_IFCHR | 0o700, leader?.cred.uid ?? 0, leader?.cred.gid ?? 0, t.now());
  inode.nlink = 0;
  const limit = t.process.rlimits[RLIMIT_NOFILE]![0];
  const f = k.vfs.register(new OpenFile(k.vfs.allocFileId(), t.mntns.root, inode, O_RDWR | (flags & (PIDFD_NONBLOCK | PIDFD_THREAD)), pidfdOps));
  f.priv = { pidfd: p, task: thread ? task : null } satisfies PidfdPriv;
  const fd = t.files.alloc(f, true, 0, limit);
  if (typeof fd !== 'number') k.vfs.fput(f);
  return fd;
};

/** kill_ok_by_cred() and the SIGCONT-in-session exception (as kill(2) applies them). */
function mayKill(t: Task, target: Task, sig: number): boolean {
  const c = t.cred;
  const tc = target.cred;
  if (c.euid === tc.suid || c.euid === tc.uid || c.uid === tc.suid || c.uid === tc.uid) return true;
  if (capable(c, CAP_KILL)) return true;
  return sig === SIGCONT && t.process.sid === target.process.sid;
}

/**
 * pidfd_send_signal(2): the flags, the fd, the signal's range, the siginfo (its si_signo must
 * be the signal; another process may only be given a negative si_code other than SI_TKILL),
 * then the permission check of kill(2). The default scope is the pidfd's: a thread pidfd
 * signals its thread, a process pidfd its process; PIDFD_SIGNAL_* override it.
 */
const sysPidfdSendSignal: Handler = (k, t, fdArg, sigArg, infoArg, flagsArg) => {
  const flags = uint(flagsArg);
  if (flags & ~(PIDFD_SIGNAL_THREAD | PIDFD_SIGNAL_THREAD_GROUP | PIDFD_SIGNAL_PROCESS_GROUP)) return EINVAL;
  if (flags && (flags & (flags - 1))) return EINVAL; // at most one scope
  const f = pidfdGet(t, int(fdArg));
  if (!(f instanceof OpenFile)) return f;
  const priv = f.priv as PidfdPriv;
  const sig = int(sigArg);
  const p = priv.pidfd;
  const scope = flags || (priv.task ? PIDFD_SIGNAL_THREAD : PIDFD_SIGNAL_THREAD_GROUP);
  // The target must still be attached to its pid (a reaped process is ESRCH).
  if (p.state === 'reaped' || (scope === PIDFD_SIGNAL_THREAD && priv.task && priv.task.state === 'dead')) return ESRCH;
  if (sig < 0 || sig > 64) return EINVAL;
  let info: SigInfo = { signo: sig, code: SI_USER, pid: t.tgid, uid: t.cred.uid };
  const ip = ptr(infoArg);
  if (!isNull(ip)) {
    const si = copyStructFromUser(t.mm, ip, siginfoLayout);
    if (!('si_signo' in si)) return si;
    if (si.si_signo !== sig) return EINVAL;
    if (p !== t.process && (si.si_code >= 0 || si.si_code === SI_TKILL)) return EPERM;
    info = { signo: sig, code: si.si_code, pid: si.si_pid, uid: si.si_uid, value: si.si_value };
  }
  const send = (target: Process): Errno | undefined => {
    const leader = scope === PIDFD_SIGNAL_THREAD && priv.task ? priv.task : target.leader;
    if (!leader || target.state === 'reaped') return ESRCH;
    if (target !== t.process && !mayKill(t, leader, sig)) return EPERM;
    if (sig !== 0 && target.state === 'alive') sendSignal(leader, info, scope !== PIDFD_SIGNAL_THREAD);
    return undefined;
  };
  if (scope !== PIDFD_SIGNAL_PROCESS_GROUP) return send(p) ?? 0;
  // The whole process group (__kill_pgrp_info): 0 if one member took it, else the last error.
  let ret: Errno | 0 = ESRCH;
  for (const m of [...k.pidns.processes.values()]) {
    if (m.state === 'reaped' || m.pgid !== p.pgid) continue;
    const err = send(m);
    if (ret !== 0) ret = err ?? 0;
  }
  return ret;
};

// ---------------------------------------------------------------------------------------------
// sessions and process groups

/** find_task_by_vpid() for the session calls: a live thread or an unreaped leader. */
function processById(k: Kernel, t: Task, pid: number): Process | undefined {
  if (pid === 0) return t.process;
  const task = k.pidns.findTask(pid);
  return task && task.process.state !== 'reaped' ? task.process : undefined;
}

/** Is some process in group `pgid`? (pid_task(pgid, PIDTYPE_PGID)) */
function groupMember(k: Kernel, pgid: number): Process | undefined {
  for (const p of k.pidns.processes.values()) if (p.state !== 'reaped' && p.pgid === pgid) return p;
  return undefined;
}

/** setsid(2): EPERM if a group with the caller's pid exists (a group leader); else a new session. */
const sysSetsid: Handler = (k, t) => {
  const p = t.process;
  if (groupMember(k, p.pid)) return EPERM;
  p.sid = p.pid;
  p.pgid = p.pid;
  return p.pid;
};

/**
 * setpgid(2), in Linux's order: pgid < 0 EINVAL; no such process ESRCH; not a thread-group
 * leader EINVAL; a child in another session EPERM, one that has exec'd EACCES; anyone else
 * but the caller ESRCH; a session leader EPERM; a target group in another session (or none,
 * unless it is the process's own pid) EPERM.
 */
const sysSetpgid: Handler = (k, t, pidArg, pgidArg) => {
  const me = t.process;
  let pid = int(pidArg);
  let pgid = int(pgidArg);
  if (pid === 0) pid = me.pid;
  if (pgid === 0) pgid = pid;
  if (pgid < 0) return EINVAL;
  const task = k.pidns.findTask(pid);
  if (!task || task.process.state === 'reaped') return ESRCH;
  if (task.tid !== task.tgid) return EINVAL;
  const p = task.process;
  if (p.parent === me) {
    if (p.sid !== me.sid) return EPERM;
    if (p.didExec) return EACCES;
  } else if (p !== me) {
    return ESRCH;
  }
  if (p.sid === p.pid) return EPERM;
  if (pgid !== pid) {
    const g = groupMember(k, pgid);
    if (!g || g.sid !== me.sid) return EPERM;
  }
  p.pgid = pgid;
  return 0;
};

/** getpgid(2) */
const sysGetpgid: Handler = (k, t, pidArg) => processById(k, t, int(pidArg))?.pgid ?? ESRCH;
/** getsid(2) */
const sysGetsid: Handler = (k, t, pidArg) => processById(k, t, int(pidArg))?.sid ?? ESRCH;
/** getpgrp(2) */
const sysGetpgrp: Handler = (_k, t) => t.process.pgid;

// ---------------------------------------------------------------------------------------------
// prctl

const TASK_COMM_LEN = 16;

/** Marks every descendant of `p` as having a subreaper above it (propagate_has_child_subreaper). */
function propagateSubreaper(p: Process): void {
  for (const c of p.children) {
    if (c.hasChildSubreaper) continue; // its subtree is marked already
    c.hasChildSubreaper = true;
    propagateSubreaper(c);
  }
}

/** prctl(2): PR_SET_NAME and PR_GET_NAME, PR_SET/GET_CHILD_SUBREAPER, the credential options
 *  (sys_cred.ts); other options give EINVAL until their issues. */
const sysPrctl: Handler = (_k, t, optionArg, arg2, arg3, arg4, arg5) => {
  const option = int(optionArg);
  const cred = credPrctl(t, option, arg2, arg3, arg4, arg5);
  if (cred !== undefined) return cred;
  switch (option) {
    case PR_SET_NAME: {
      // strncpy_from_user of TASK_COMM_LEN - 1 bytes: longer names are cut at 15.
      const p = ptr(arg2);
      const name = typeof p === 'string' ? p.split('\0')[0]!.slice(0, TASK_COMM_LEN - 1) : readPrefix(t, p, TASK_COMM_LEN - 1);
      if (name === null) return EFAULT;
      t.comm = name;
      return 0;
    }
    case PR_SET_CHILD_SUBREAPER:
      t.process.childSubreaper = ulongNonZero(arg2);
      if (t.process.childSubreaper) propagateSubreaper(t.process);
      return 0;
    case PR_GET_CHILD_SUBREAPER:
      return copyIntsToUser(t.mm, ptr(arg2), [t.process.childSubreaper ? 1 : 0]) ?? 0;
    case PR_GET_NAME: {
      const b = new Uint8Array(TASK_COMM_LEN);
      for (let i = 0; i < t.comm.length && i < TASK_COMM_LEN - 1; i++) b[i] = t.comm.charCodeAt(i) & 0xff;
      return copyToUser(t.mm, ptr(arg2), b) === TASK_COMM_LEN ? 0 : EFAULT;
    }
    default:
      return EINVAL;
  }
};

/** Is an unsigned long argument non-zero (an address or a number)? */
function ulongNonZero(a: unknown): boolean {
  return typeof a === 'number' || typeof a === 'bigint' ? Number(a) !== 0 : a !== null && a !== undefined;
}

/** At most `n` bytes at `p` (an address or a byte buffer) up to a NUL; null on a fault. */
function readPrefix(t: Task, p: UPtr, n: number): string | null {
  const b = userBytes(t.mm, p, n); // an address or a byte buffer (either door)
  if (!(b instanceof Uint8Array) || (b.length === 0 && n > 0)) return null;
  let s = '';
  for (let i = 0; i < b.length && b[i] !== 0; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** personality(2): returns the old persona; 0xffffffff only asks. ADDR_NO_RANDOMIZE takes
 *  effect at the next execve (the layout of the current image is already chosen). */
const sysPersonality: Handler = (_k, t, persona) => {
  const p = t.process;
  const old = p.personality;
  const v = uint(persona);
  if (v !== PER_QUERY) p.personality = v;
  return old;
};

export const processSyscalls = {
  personality: full(sysPersonality),
  getpid: full(sysGetpid),
  gettid: full(sysGettid),
  getppid: full(sysGetppid),
  set_tid_address: full(sysSetTidAddress),
  clone: partial(sysClone, 'Threads and processes that run a function (the typed door\'s clone(flags, fn)); namespaces and CLONE_PIDFD give ENOSYS; a raw clone without a function (fork semantics) gives ENOSYS until fork-by-replay.'),
  execve: partial(sysExecve, 'Registered programs (linuxsim executables); #! scripts give ENOEXEC until the processes issue.'),
  exit: full(sysExit, { noReturn: true }),
  exit_group: full(sysExitGroup, { noReturn: true }),
  wait4: partial(sysWait4, 'rusage carries CPU times only.'),
  waitid: full(sysWaitid),
  pidfd_open: partial(sysPidfdOpen, 'A pidfd is not pollable yet (no poll/epoll); each pidfd has its own inode (pidfs shares one per process) and fstat shows S_IFCHR|0700 (Linux: 0700 without a file type) and ftruncate is EINVAL (Linux: EOPNOTSUPP).'),
  pidfd_send_signal: partial(sysPidfdSendSignal, 'A siginfo argument gives its si_code, si_pid, si_uid and si_value only.'),
  setsid: partial(sysSetsid, 'No controlling terminals: the new session has none, as Linux\'s after setsid.'),
  setpgid: full(sysSetpgid),
  getpgid: full(sysGetpgid),
  getsid: full(sysGetsid),
  getpgrp: full(sysGetpgrp),
  prctl: partial(sysPrctl, 'PR_SET_NAME, PR_GET_NAME, PR_SET/GET_CHILD_SUBREAPER and the credential options (PR_GET/SET_KEEPCAPS, PR_CAPBSET_READ/DROP, PR_GET/SET_SECUREBITS, PR_GET/SET_NO_NEW_PRIVS, PR_CAP_AMBIENT); other options return EINVAL.'),
};
