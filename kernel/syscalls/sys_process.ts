// kernel/syscalls/sys_process.ts — process and thread lifecycle: getpid, getppid, gettid,
// clone (with a function: threads and processes), execve, exit, exit_group, wait4, waitid,
// set_tid_address, prctl (names). Creation and image replacement are done here on top of
// proc/ (tasks, fd tables, signals) and mm/; ending and reaping are proc/exit.ts.

import { EAGAIN, EBADF, EFAULT, EINVAL, ENOEXEC, ENOSYS, EPERM, ESRCH, type Errno } from '../../abi/errno';
import { CAP_SYS_ADMIN, CAP_SYS_RESOURCE, MS_NOSUID, PER_QUERY } from '../../abi/misc';
import { PR_GET_NAME, PR_SET_NAME } from '../../abi/prctl';
import { RLIMIT_NPROC } from '../../abi/resource';
import {
  CLONE_CHILD_CLEARTID, CLONE_CHILD_SETTID, CLONE_FILES, CLONE_FS, CLONE_NEWCGROUP, CLONE_NEWIPC, CLONE_NEWNET,
  CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWTIME, CLONE_NEWUSER, CLONE_NEWUTS, CLONE_PARENT, CLONE_PARENT_SETTID,
  CLONE_PIDFD, CLONE_SIGHAND, CLONE_THREAD, CLONE_VFORK, CLONE_VM, CSIGNAL,
} from '../../abi/sched';
import { rusage as rusageLayout, siginfo as siginfoLayout } from '../../abi/structs';
import { P_ALL, P_PGID, P_PID, P_PIDFD, WEXITED, WNOHANG, WNOWAIT, WSTOPPED, WCONTINUED, WUNTRACED, __WALL, __WCLONE, __WNOTHREAD,
  wExitStatus, WIFEXITED, WEXITSTATUS, WTERMSIG, WCOREDUMP } from '../../abi/wait';
import { CLD_DUMPED, CLD_EXITED, CLD_KILLED, SIGCHLD } from '../../abi/signal';
import { copyIntsToUser, copyStructToUser, copyToUser, isNull, userBytes, userStringArray, type UPtr } from '../../mm/usercopy';
import { checkArgSize, resolveExecutable } from '../../proc/exec';
import { doWait, exitGroup, exitThread, wait4, type WaitResult } from '../../proc/exit';
import { Process } from '../../proc/process';
import { SigHand } from '../../proc/signal';
import { Task } from '../../proc/task';
import { execCred } from '../../proc/cred';
import { BLOCK, capable } from '../../vfs/ctx';
import { copyFsContext } from '../../vfs/fs_struct';
import { pathOf } from '../../vfs/path_walk';
import type { Kernel } from '../kernel';
import type { TaskEntry } from '../program';
import { full, partial, type Handler } from '../table';
import { int, ptr, uint } from './args';
import { getPath } from './common';
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

/** The wait part of waitid(2): a child's exit, 0 (WNOHANG, none ready), an error, or BLOCK. */
function waitidWait(k: Kernel, t: Task, which: number, id: number, opts: number): WaitResult | 0 | Errno | typeof BLOCK {
  if (opts & ~(WNOHANG | WNOWAIT | WEXITED | WSTOPPED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL)) return EINVAL;
  if (!(opts & (WEXITED | WSTOPPED | WCONTINUED))) return EINVAL;
  let select: (c: Process) => boolean;
  switch (which) {
    case P_ALL: select = () => true; break;
    case P_PID: if (id <= 0) return EINVAL; select = (c) => c.pid === id; break;
    case P_PGID: if (id < 0) return EINVAL; select = (c) => c.pgid === (id === 0 ? t.process.pgid : id); break;
    case P_PIDFD: return id < 0 ? EINVAL : EBADF; // no fd is a pidfd yet (pidfds: the processes issue)
    default: return EINVAL;
  }
  return doWait(k, t, select, opts);
}

/**
 * waitid(2): P_ALL, P_PID, P_PGID; the siginfo of the child's exit. Whatever the outcome —
 * an error, or WNOHANG with nothing ready — infop's fields are written (zero): a bad infop
 * is EFAULT even then.
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
    const code = WIFEXITED(st) ? CLD_EXITED : WCOREDUMP(st) ? CLD_DUMPED : CLD_KILLED;
    const info = {
      si_signo: SIGCHLD, si_errno: 0, si_code: code, si_pid: r.pid, si_uid: r.uid,
      si_status: WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st),
    };
    if (copyStructToUser(t.mm, ip, siginfoLayout, info as never)) return EFAULT;
  }
  const rp = ptr(ru);
  if (!isNull(rp) && copyStructToUser(t.mm, rp, rusageLayout, rusageOf(r) as never)) return EFAULT;
  return 0;
};

// ---------------------------------------------------------------------------------------------
// prctl

const TASK_COMM_LEN = 16;

/** prctl(2): PR_SET_NAME and PR_GET_NAME, the credential options (sys_cred.ts); other options give EINVAL until their issues. */
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
    case PR_GET_NAME: {
      const b = new Uint8Array(TASK_COMM_LEN);
      for (let i = 0; i < t.comm.length && i < TASK_COMM_LEN - 1; i++) b[i] = t.comm.charCodeAt(i) & 0xff;
      return copyToUser(t.mm, ptr(arg2), b) === TASK_COMM_LEN ? 0 : EFAULT;
    }
    default:
      return EINVAL;
  }
};

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
  wait4: partial(sysWait4, 'Exited children; stopped/continued children (WUNTRACED/WCONTINUED) with job control later. rusage carries CPU times only.'),
  waitid: partial(sysWaitid, 'P_ALL, P_PID, P_PGID for exited children; P_PIDFD and stopped/continued children later.'),
  prctl: partial(sysPrctl, 'PR_SET_NAME, PR_GET_NAME and the credential options (PR_GET/SET_KEEPCAPS, PR_CAPBSET_READ/DROP, PR_GET/SET_SECUREBITS, PR_GET/SET_NO_NEW_PRIVS, PR_CAP_AMBIENT); other options return EINVAL.'),
};
