#!/usr/bin/env python3
"""Extract a Go program's *own* system calls from strace output.

    owncalls.py EXAMPLE_DIR

reads, when present,
    strace.txt          (strace -f -s 65536)       -> own-calls.txt
    strace-plain.txt    (strace, no -f, no -s)     -> own-calls-plain.txt
    strace-stacks.txt   (strace -f -k -s 65536)    -> own-calls-stacks.txt
    (or strace-stacks.txt.gz)
                                                      own-calls.check.txt

Two independent classifiers are implemented:

* rules  - works on any trace, using only what strace prints (syscall names,
           arguments, return values, thread/process structure). This is what
           produces own-calls.txt and own-calls-plain.txt.
* stacks - works on a `strace -k` trace: a call is the program's own when
           its user-space stack contains Go code outside the runtime
           (main.*, syscall.*, os.*, fmt.*, internal/poll.*, time.*, ...)
           and, between that code and the system call, no runtime
           housekeeping function (allocator, scheduler, thread creation,
           netpoller, signal handling, package initialisation).

own-calls.check.txt runs *both* classifiers on the -k trace and lists every
line on which they disagree (it should say "agree"). See FINDINGS.md and
README.md for what counts as the program's own.

Lines are copied from the trace, except that a call strace split into
"<unfinished ...>" / "<... resumed>" halves (-f traces) is joined back into
one line, padded the way strace pads a complete line.
"""
import gzip
import os
import re
import sys

# --------------------------------------------------------------- parsing --

PID_RE = re.compile(r'^(\d+) +(.*)$')
CALL_RE = re.compile(r'^([a-z_0-9]+)\((.*)$')
RESUMED_RE = re.compile(r'^<\.\.\. ([a-z_0-9]+) resumed>(.*)$')
RESULT_RE = re.compile(r'\) +(= [^"]*)$')
FRAME_RE = re.compile(r'^ > (\S*?)\((.*)\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$')


class Ev:
    __slots__ = ('pid', 'kind', 'name', 'text', 'args', 'ret', 'stack', 'lineno')

    def __init__(self, pid, kind, name, text, lineno):
        self.pid, self.kind, self.name, self.text = pid, kind, name, text
        self.lineno = lineno
        self.stack = []
        self.args = ''
        self.ret = ''
        if kind == 'syscall':
            m = CALL_RE.match(body_of(text))
            rest = m.group(2) if m else ''
            r = rest.rfind(') = ')
            rr = RESULT_RE.search(rest)
            if rr:
                self.args = rest[:rr.start()]
                self.ret = rr.group(1)[2:]
            elif r >= 0:
                self.args, self.ret = rest[:r], rest[r + 4:]
            else:
                self.args = rest

    def __repr__(self):
        return '<%s %s %s>' % (self.pid, self.kind, self.text)


def body_of(line):
    m = PID_RE.match(line)
    return m.group(2) if m else line


def pad(prefix_and_call, result):
    """Pad like strace: the '=' of the result goes to column 40."""
    return prefix_and_call.ljust(39) + ' ' + result


def parse(path):
    """Return a list of Ev, with unfinished/resumed halves joined and -k stack
    frames attached to the event they follow."""
    events = []
    pending = {}  # pid -> (Ev placeholder index, text before <unfinished ...>)
    last = None
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding='utf-8', errors='surrogateescape') as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip('\n')
            if line.startswith(' > ') or line.startswith(' > unexpected'):
                if last is not None:
                    last.stack.append(line)
                continue
            m = PID_RE.match(line)
            pid, body = (int(m.group(1)), m.group(2)) if m else (None, line)
            last = None
            if body.startswith('--- '):
                ev = Ev(pid, 'signal', body.split()[1], line, lineno)
            elif body.startswith('+++ '):
                ev = Ev(pid, 'exit', 'exit', line, lineno)
            elif body.endswith('<unfinished ...>') and not body.startswith('<...'):
                # strace prints "name(args, " then " <unfinished ...>"
                head = line[:-len(' <unfinished ...>')]
                cm = CALL_RE.match(body)
                ev = Ev(pid, 'syscall', cm.group(1) if cm else '?', line, lineno)
                pending[pid] = (len(events), head)
                events.append(ev)
                continue  # no stack on an unfinished half
            elif body.startswith('<... '):
                rm = RESUMED_RE.match(body)
                if rm and pid in pending:
                    idx, head = pending.pop(pid)
                    rest = rm.group(2)
                    if '<unfinished ...>' in rest:
                        text = head + rest
                    else:
                        res = RESULT_RE.search(rest)
                        if res:
                            text = pad(head + rest[:res.start() + 1], res.group(1))
                        else:
                            text = head + rest
                    ev = Ev(pid, 'syscall', rm.group(1), text, events[idx].lineno)
                    events[idx] = ev
                    last = ev
                    continue
                ev = Ev(pid, 'other', '?', line, lineno)
            else:
                cm = CALL_RE.match(body)
                ev = Ev(pid, 'syscall' if cm else 'other', cm.group(1) if cm else '?', line, lineno)
            events.append(ev)
            last = ev
    return events


def first_arg(ev):
    return ev.args.split(',', 1)[0].strip()


def arg_list(ev):
    # good enough for the calls we look at (no nested commas in the args used)
    return [a.strip() for a in ev.args.split(',')]


def ret_int(ev):
    m = re.match(r'(0x[0-9a-f]+|-?\d+)', ev.ret)
    if not m:
        return None
    return int(m.group(1), 0)


# ------------------------------------------------------ common structure --

class Procs:
    """Thread/process bookkeeping shared by both classifiers."""

    def __init__(self, events):
        self.main = events[0].pid if events else None
        self.tgid = {self.main: self.main}
        self.execed = set()       # child processes that have exec'd
        self.main_started = False

    def proc(self, pid):
        return self.tgid.get(pid, self.main if pid is None else pid)

    def note(self, ev):
        """Update bookkeeping after ev. Returns a tag for special events."""
        if ev.kind != 'syscall':
            return None
        if ev.name in ('clone', 'clone3', 'fork', 'vfork'):
            child = ret_int(ev)
            if child and child > 0:
                if 'CLONE_THREAD' in ev.args:
                    self.tgid[child] = self.proc(ev.pid)
                else:
                    self.tgid[child] = child
        if ev.name == 'execve' and ev.ret.startswith('0'):
            p = self.proc(ev.pid)
            if p != self.main:
                self.execed.add(p)
        return None


# ------------------------------------------------------------ rules -------

ALWAYS_DROP = {
    # Go runtime start-up, memory, threads, scheduler, signals
    'arch_prctl', 'sched_getaffinity', 'rt_sigaction', 'rt_sigprocmask',
    'sigaltstack', 'gettid', 'futex', 'nanosleep', 'sched_yield',
    'rt_sigreturn', 'madvise', 'tgkill', 'set_robust_list', 'rseq',
    # the runtime netpoller waiting for events
    'epoll_pwait',
}
# SIGURG: asynchronous goroutine preemption. SIGRT_1: Go's
# sigPerThreadSyscall, used by syscall.AllThreadsSyscall (Setuid, Setgid...)
# to make every thread repeat the call.
RUNTIME_SIGNALS = {'SIGURG', 'SIGRT_1'}
SETID = {'setuid', 'setgid', 'setreuid', 'setregid', 'setresuid', 'setresgid',
         'setgroups', 'setfsuid', 'setfsgid', 'capset', 'prctl'}


def runtime_signal(ev, main):
    """Signals the runtime sends itself (preemption, per-thread syscalls,
    re-raising a fatal signal after restoring SIG_DFL): SI_TKILL from our
    own pid."""
    if ev.name in RUNTIME_SIGNALS:
        return True
    return 'si_code=SI_TKILL' in ev.text and ('si_pid=%s,' % main) in ev.text
HPAGE = '"/sys/kernel/mm/transparent_hugepage/hpage_pmd_size"'


def classify_rules(events):
    """Return the set of indices of events that are the program's own."""
    procs = Procs(events)
    procs.just_execed = set()
    keep = set()
    seen_main_execve = False
    hpage_fd = {}            # tid -> fd of the hpage_pmd_size file
    rt_epfd = None           # runtime netpoller epoll fd
    rt_pipe = set()          # runtime netpoller wake-up pipe fds
    expect_pipe = set()      # tids that just created the runtime epoll fd
    os_init = {}             # tid -> name of the previous os-init call dropped
    started = False          # a main-process call has been kept
    anon_maps = []           # (addr, len, index) of candidate anonymous maps
    kept_maps = []           # (addr, len) of program-owned mappings
    replica = set()          # tids that just got SIGRT_1
    exited = set()           # processes that already called exit_group
    n = len(events)

    # "the next call of this thread", skipping runtime noise other than tgkill
    next_call = {}
    last_seen = {}
    for i in range(n - 1, -1, -1):
        ev = events[i]
        if ev.kind == 'syscall':
            next_call[i] = last_seen.get(ev.pid)
            if ev.name not in ALWAYS_DROP or ev.name == 'tgkill':
                last_seen[ev.pid] = i

    # anonymous RW private mappings that are later munmap'd/mprotect'd at the
    # same address (and, for munmap, the same length) are the program's own
    later_ops = []
    for i, ev in enumerate(events):
        if ev.kind == 'syscall' and ev.name in ('munmap', 'mprotect'):
            a = arg_list(ev)
            later_ops.append((i, ev.name, a[0], a[1] if len(a) > 1 else ''))

    for i, ev in enumerate(events):
        procs.just_execed = {ev.pid} if (ev.kind == 'syscall' and ev.name == 'execve') else set()
        p = procs.proc(ev.pid)
        in_child = p != procs.main
        if p in procs.execed and not (ev.kind == 'syscall' and ev.name == 'execve'):
            continue  # a child after exec: someone else's program
        if ev.kind == 'signal':
            if ev.name == 'SIGRT_1':
                replica.add(ev.pid)
            if not runtime_signal(ev, procs.main):
                keep.add(i)
            continue
        if ev.kind == 'exit':
            if ev.pid == procs.main:
                keep.add(i)
            continue
        if ev.kind != 'syscall':
            continue
        name = ev.name
        drop = False
        if ev.pid in replica and name not in ALWAYS_DROP:
            replica.discard(ev.pid)
            if name in SETID:
                # AllThreadsSyscall: this thread repeats the set*id call
                # that the program made on another thread
                procs.note(ev)
                continue
        if name == 'exit_group':
            if p in exited:
                drop = True  # teardown artifact: a 2nd "exit_group(" on another thread
            exited.add(p)
        elif ev.text.endswith('<unfinished ...>'):
            # Never resumed: the thread was torn down by exit_group. strace
            # -k / -f sometimes shows a bogus "read(0, " or "???(" here.
            drop = True
        elif name == 'getpid' and ev.ret.startswith('?'):
            drop = True  # runtime's getpid() for a tgkill that never came
        elif name == 'execve':
            if not in_child and not seen_main_execve:
                seen_main_execve = True
                drop = True
        elif name in ALWAYS_DROP:
            drop = True
        elif name in ('clone', 'clone3') and 'CLONE_THREAD' in ev.args:
            drop = True
        elif name == 'getpid':
            j = next_call.get(i)
            if j is not None and events[j].name == 'tgkill':
                drop = True  # runtime: tgkill(getpid(), tid, sig)
        elif name == 'openat' and HPAGE in ev.args:
            hpage_fd[ev.pid] = ret_int(ev)
            drop = True
        elif name in ('read', 'close') and ev.pid in hpage_fd and first_arg(ev) == str(hpage_fd[ev.pid]):
            drop = True
            if name == 'close':
                del hpage_fd[ev.pid]
        elif name == 'epoll_create1' and 'EPOLL_CLOEXEC' in ev.args and rt_epfd is None:
            rt_epfd = ret_int(ev)
            expect_pipe.add(ev.pid)
            drop = True
        elif name == 'pipe2' and ev.pid in expect_pipe and 'O_NONBLOCK|O_CLOEXEC' in ev.args:
            expect_pipe.discard(ev.pid)
            m = re.match(r'\[(\d+), (\d+)\]', ev.args)
            if m:
                rt_pipe.update({m.group(1), m.group(2)})
            drop = True
        elif name == 'epoll_ctl' and rt_epfd is not None and first_arg(ev) == str(rt_epfd) \
                and arg_list(ev)[2] in rt_pipe:
            drop = True
        elif name in ('read', 'write') and first_arg(ev) in rt_pipe:
            drop = True  # netpollBreak / drain of the wake-up pipe
        elif name == 'fcntl' and not started and re.match(r'^[012], F_GETFL$', ev.args):
            os_init[ev.pid] = 'fcntl2' if ev.args.startswith('2') else 'fcntl'
            drop = True  # os package init: NewFile(0/1/2) asks for O_NONBLOCK
        elif name == 'getrlimit' and 'RLIMIT_NOFILE' in ev.args and os_init.get(ev.pid) == 'fcntl2':
            os_init[ev.pid] = 'getrlimit'
            drop = True  # os package init (Go 1.19): raise RLIMIT_NOFILE
        elif name in ('setrlimit', 'prlimit64') and 'RLIMIT_NOFILE' in ev.args \
                and os_init.get(ev.pid) == 'getrlimit':
            os_init[ev.pid] = 'setrlimit'
            drop = True
        elif name == 'mmap':
            a = arg_list(ev)
            fd = a[4] if len(a) > 4 else '-1'
            if fd != '-1' or 'MAP_SHARED' in ev.args:
                kept_maps.append((ret_int(ev), int(a[1]), i))
            elif a[0] == 'NULL' and a[2] == 'PROT_READ|PROT_WRITE' \
                    and a[3] == 'MAP_PRIVATE|MAP_ANONYMOUS' and ret_int(ev) is not None:
                addr, length = ret_int(ev), int(a[1])
                owned = False
                for (j, nm, a0, a1) in later_ops:
                    if j <= i:
                        continue
                    if int(a0, 0) == addr and (nm == 'mprotect' or int(a1, 0) == length):
                        owned = True
                        break
                if owned:
                    kept_maps.append((addr, length, i))
                else:
                    drop = True
            else:
                drop = True
        elif name in ('munmap', 'mprotect'):
            a = arg_list(ev)
            addr = int(a[0], 0)
            if not any(base is not None and base <= addr < base + ln for (base, ln, _) in kept_maps):
                drop = True
        if name not in ('fcntl', 'getrlimit', 'setrlimit', 'prlimit64') and ev.pid in os_init and not drop:
            os_init.pop(ev.pid, None)
        if not drop:
            keep.add(i)
            if not in_child:
                started = True
        procs.note(ev)
    return keep


# ------------------------------------------------------------ stacks ------

HOUSEKEEPING = re.compile(
    r'(^runtime\.|\.runtime_)('
    r'mallocgc|newobject|makeslice|growslice|rawstring|rawbyteslice|mcache|\(\*mcache\)|\(\*mheap\)|'
    r'\(\*mcentral\)|\(\*pageAlloc\)|\(\*mspan\)|sysAlloc|sysReserve|sysMap|sysUsed|sysHugePage|'
    r'persistentalloc|gcStart|gcAssistAlloc|gcBgMarkWorker|newproc|wakep|startm|newm|'
    r'notewakeup|notesleep|notetsleep|futexwakeup|futexsleep|usleep|osyield|gopark|mcall|'
    r'park_m|schedule|findrunnable|morestack|newstack|netpollBreak|preemptM|preemptone|'
    r'signalM|stopTheWorld|startTheWorld|sighandler|sigtramp|sigtrampgo|sysmon|handoffp|'
    r'exitsyscall|lock2|unlock2|semacquire|semrelease|ready|goready|injectglist|stackalloc|'
    r'stackcacherefill|timeSleep|resetForSleep|modtimer|addtimer|doaddtimer|wakeNetPoller|'
    r'netpollGenericInit|netpollinit|nonblockingPipe|syscall_runtime_BeforeFork|'
    r'syscall_runtime_AfterFork|syscall_runtime_AfterForkInChild|clearSignalHandlers|'
    r'doAllThreadsSyscall|runPerThreadSyscall|raise|raiseproc|dieFromSignal|doInit|'
    r'sigenable|sigdisable|sigignore|ensureSigM|minit|mstart|BeforeFork|AfterFork|'
    r'AfterForkInChild|doAllThreadsSyscall'
    r')')
# Signal dispositions, masks and alternate stacks are managed only by the
# runtime in these programs (start-up, around fork, signal delivery). The -k
# unwinder often loses the runtime frame for these (inlining), so they are
# judged by name in the stack classifier too.
STACK_NAME_DROP = {'rt_sigaction', 'rt_sigprocmask', 'sigaltstack', 'rt_sigreturn'}
GO_FRAME = re.compile(r'^[A-Za-z_][\w./]*\.')


def frames(ev, prog_paths):
    out = []
    for fr in ev.stack:
        m = FRAME_RE.match(fr)
        if not m:
            out.append(('?', fr))
            continue
        path, fn = m.group(1), m.group(2)
        out.append((path, fn))
    return out


def is_runtime_fn(fn):
    pkg = fn.split('.', 1)[0] if '/' not in fn.split('.', 1)[0] else fn[:fn.find('.', fn.rfind('/'))]
    return pkg == 'runtime' or pkg.startswith('runtime/') or '.runtime_' in fn


def classify_stacks(events):
    """Returns (keep, unknown): unknown are calls without a usable stack
    (cut short by the death of the process, or made after chroot(2), when
    strace can no longer find the binary to symbolise it)."""
    procs = Procs(events)
    procs.just_execed = set()
    keep = set()
    unknown = set()
    exited = set()
    prog = None
    for ev in events:
        if ev.stack:
            m = FRAME_RE.match(ev.stack[0])
            if m:
                prog = m.group(1)
                break
    seen_main_execve = False
    for i, ev in enumerate(events):
        p = procs.proc(ev.pid)
        in_child = p != procs.main
        if p in procs.execed and not (ev.kind == 'syscall' and ev.name == 'execve'):
            continue
        if ev.kind == 'signal':
            if not runtime_signal(ev, procs.main):
                keep.add(i)
            continue
        if ev.kind == 'exit':
            if ev.pid == procs.main:
                keep.add(i)
            continue
        if ev.kind != 'syscall':
            continue
        if ev.name in STACK_NAME_DROP:
            procs.note(ev)
            continue
        if ev.name == 'execve':
            if not in_child and not seen_main_execve:
                seen_main_execve = True
            else:
                keep.add(i)
            procs.note(ev)
            continue
        if ev.name == 'exit_group':
            if p not in exited:
                keep.add(i)  # the process ends, wherever exit was called from
            exited.add(p)
            procs.note(ev)
            continue
        fr = [(path, fn) for (path, fn) in frames(ev, prog) if path == prog]
        if not fr:
            unknown.add(i)
            procs.note(ev)
            continue
        idx = None
        for k, (path, fn) in enumerate(fr):
            if GO_FRAME.match(fn) and not is_runtime_fn(fn):
                idx = k
                break
        ok = idx is not None and not any(HOUSEKEEPING.search(fn) for (_, fn) in fr[:idx])
        if ok and any(fn == 'runtime.doInit' for (_, fn) in fr):
            ok = False  # package initialisation = start-up
        if ok:
            keep.add(i)
        procs.note(ev)
    return keep, unknown


# -------------------------------------------------------------- driver ----

def render(events, idx, with_stacks=False):
    out = []
    for i in sorted(idx):
        out.append(events[i].text)
        if with_stacks:
            out.extend(events[i].stack)
    return '\n'.join(out) + ('\n' if out else '')


def main():
    d = sys.argv[1]
    status = 0
    for src, dst in (('strace.txt', 'own-calls.txt'), ('strace-plain.txt', 'own-calls-plain.txt')):
        sp = os.path.join(d, src)
        if os.path.exists(sp):
            ev = parse(sp)
            with open(os.path.join(d, dst), 'w') as fh:
                fh.write(render(ev, classify_rules(ev)))
    sp = os.path.join(d, 'strace-stacks.txt')
    if not os.path.exists(sp):
        sp += '.gz'
    if os.path.exists(sp):
        ev = parse(sp)
        ks, unk = classify_stacks(ev)
        kr = classify_rules(ev)
        with open(os.path.join(d, 'own-calls-stacks.txt'), 'w') as fh:
            fh.write(render(ev, ks | (kr & unk), with_stacks=True))
        lines = []
        for i in sorted(ks | kr):
            if i in unk:
                continue
            if (i in ks) != (i in kr):
                lines.append('%s %s' % ('stacks-only' if i in ks else 'rules-only ', ev[i].text))
                lines.extend('    ' + s for s in ev[i].stack)
        with open(os.path.join(d, 'own-calls.check.txt'), 'w') as fh:
            if lines:
                fh.write('The two classifiers DISAGREE on these lines of strace-stacks.txt:\n')
                fh.write('\n'.join(lines) + '\n')
                status = 1
            else:
                fh.write('agree: the rule-based and the stack-based classifier select the same '
                         '%d lines of strace-stacks.txt\n' % len(ks))
            u = sorted(unk & kr)
            if u:
                fh.write('\n%d kept line(s) had no usable stack (cut short by the process\'s '
                         'death, or unsymbolised after chroot) and were judged by the rules only:\n'
                         % len(u))
                fh.write(''.join('    %s\n' % ev[i].text for i in u))
    return status


if __name__ == '__main__':
    sys.exit(main())
