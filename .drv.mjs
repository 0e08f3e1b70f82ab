var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/eventemitter3/index.js
var require_eventemitter3 = __commonJS({
  "node_modules/eventemitter3/index.js"(exports, module) {
    "use strict";
    var has = Object.prototype.hasOwnProperty;
    var prefix = "~";
    function Events() {
    }
    if (Object.create) {
      Events.prototype = /* @__PURE__ */ Object.create(null);
      if (!new Events().__proto__) prefix = false;
    }
    function EE(fn, context, once) {
      this.fn = fn;
      this.context = context;
      this.once = once || false;
    }
    function addListener(emitter, event, fn, context, once) {
      if (typeof fn !== "function") {
        throw new TypeError("The listener must be a function");
      }
      var listener = new EE(fn, context || emitter, once), evt = prefix ? prefix + event : event;
      if (!emitter._events[evt]) emitter._events[evt] = listener, emitter._eventsCount++;
      else if (!emitter._events[evt].fn) emitter._events[evt].push(listener);
      else emitter._events[evt] = [emitter._events[evt], listener];
      return emitter;
    }
    function clearEvent(emitter, evt) {
      if (--emitter._eventsCount === 0) emitter._events = new Events();
      else delete emitter._events[evt];
    }
    function EventEmitter2() {
      this._events = new Events();
      this._eventsCount = 0;
    }
    EventEmitter2.prototype.eventNames = function eventNames() {
      var names = [], events, name;
      if (this._eventsCount === 0) return names;
      for (name in events = this._events) {
        if (has.call(events, name)) names.push(prefix ? name.slice(1) : name);
      }
      if (Object.getOwnPropertySymbols) {
        return names.concat(Object.getOwnPropertySymbols(events));
      }
      return names;
    };
    EventEmitter2.prototype.listeners = function listeners(event) {
      var evt = prefix ? prefix + event : event, handlers = this._events[evt];
      if (!handlers) return [];
      if (handlers.fn) return [handlers.fn];
      for (var i = 0, l = handlers.length, ee = new Array(l); i < l; i++) {
        ee[i] = handlers[i].fn;
      }
      return ee;
    };
    EventEmitter2.prototype.listenerCount = function listenerCount(event) {
      var evt = prefix ? prefix + event : event, listeners = this._events[evt];
      if (!listeners) return 0;
      if (listeners.fn) return 1;
      return listeners.length;
    };
    EventEmitter2.prototype.emit = function emit(event, a1, a2, a3, a4, a5) {
      var evt = prefix ? prefix + event : event;
      if (!this._events[evt]) return false;
      var listeners = this._events[evt], len = arguments.length, args, i;
      if (listeners.fn) {
        if (listeners.once) this.removeListener(event, listeners.fn, void 0, true);
        switch (len) {
          case 1:
            return listeners.fn.call(listeners.context), true;
          case 2:
            return listeners.fn.call(listeners.context, a1), true;
          case 3:
            return listeners.fn.call(listeners.context, a1, a2), true;
          case 4:
            return listeners.fn.call(listeners.context, a1, a2, a3), true;
          case 5:
            return listeners.fn.call(listeners.context, a1, a2, a3, a4), true;
          case 6:
            return listeners.fn.call(listeners.context, a1, a2, a3, a4, a5), true;
        }
        for (i = 1, args = new Array(len - 1); i < len; i++) {
          args[i - 1] = arguments[i];
        }
        listeners.fn.apply(listeners.context, args);
      } else {
        var length = listeners.length, j;
        for (i = 0; i < length; i++) {
          if (listeners[i].once) this.removeListener(event, listeners[i].fn, void 0, true);
          switch (len) {
            case 1:
              listeners[i].fn.call(listeners[i].context);
              break;
            case 2:
              listeners[i].fn.call(listeners[i].context, a1);
              break;
            case 3:
              listeners[i].fn.call(listeners[i].context, a1, a2);
              break;
            case 4:
              listeners[i].fn.call(listeners[i].context, a1, a2, a3);
              break;
            default:
              if (!args) for (j = 1, args = new Array(len - 1); j < len; j++) {
                args[j - 1] = arguments[j];
              }
              listeners[i].fn.apply(listeners[i].context, args);
          }
        }
      }
      return true;
    };
    EventEmitter2.prototype.on = function on(event, fn, context) {
      return addListener(this, event, fn, context, false);
    };
    EventEmitter2.prototype.once = function once(event, fn, context) {
      return addListener(this, event, fn, context, true);
    };
    EventEmitter2.prototype.removeListener = function removeListener(event, fn, context, once) {
      var evt = prefix ? prefix + event : event;
      if (!this._events[evt]) return this;
      if (!fn) {
        clearEvent(this, evt);
        return this;
      }
      var listeners = this._events[evt];
      if (listeners.fn) {
        if (listeners.fn === fn && (!once || listeners.once) && (!context || listeners.context === context)) {
          clearEvent(this, evt);
        }
      } else {
        for (var i = 0, events = [], length = listeners.length; i < length; i++) {
          if (listeners[i].fn !== fn || once && !listeners[i].once || context && listeners[i].context !== context) {
            events.push(listeners[i]);
          }
        }
        if (events.length) this._events[evt] = events.length === 1 ? events[0] : events;
        else clearEvent(this, evt);
      }
      return this;
    };
    EventEmitter2.prototype.removeAllListeners = function removeAllListeners(event) {
      var evt;
      if (event) {
        evt = prefix ? prefix + event : event;
        if (this._events[evt]) clearEvent(this, evt);
      } else {
        this._events = new Events();
        this._eventsCount = 0;
      }
      return this;
    };
    EventEmitter2.prototype.off = EventEmitter2.prototype.removeListener;
    EventEmitter2.prototype.addListener = EventEmitter2.prototype.on;
    EventEmitter2.prefixed = prefix;
    EventEmitter2.EventEmitter = EventEmitter2;
    if ("undefined" !== typeof module) {
      module.exports = EventEmitter2;
    }
  }
});

// abi/fcntl.ts
var O_ACCMODE = 3;
var O_RDONLY = 0;
var O_WRONLY = 1;
var O_RDWR = 2;
var O_CREAT = 64;
var O_EXCL = 128;
var O_TRUNC = 512;
var O_APPEND = 1024;
var O_NONBLOCK = 2048;
var O_DSYNC = 4096;
var FASYNC = 8192;
var O_DIRECT = 16384;
var O_LARGEFILE = 32768;
var O_DIRECTORY = 65536;
var O_NOFOLLOW = 131072;
var O_NOATIME = 262144;
var O_CLOEXEC = 524288;
var __O_SYNC = 1048576;
var O_SYNC = __O_SYNC | O_DSYNC;
var O_PATH = 2097152;
var __O_TMPFILE = 4194304;
var O_TMPFILE = __O_TMPFILE | O_DIRECTORY;
var AT_FDCWD = -100;
var AT_SYMLINK_NOFOLLOW = 256;
var AT_REMOVEDIR = 512;
var AT_NO_AUTOMOUNT = 2048;
var AT_EMPTY_PATH = 4096;
var AT_STATX_SYNC_TYPE = 24576;
var F_DUPFD = 0;
var F_GETFD = 1;
var F_SETFD = 2;
var F_GETFL = 3;
var F_SETFL = 4;
var F_DUPFD_CLOEXEC = 1030;
var FD_CLOEXEC = 1;
var SEEK_SET = 0;
var SEEK_CUR = 1;
var SEEK_END = 2;
var SEEK_DATA = 3;
var SEEK_HOLE = 4;
var RENAME_NOREPLACE = 1 << 0;
var RENAME_EXCHANGE = 1 << 1;
var RENAME_WHITEOUT = 1 << 2;
var CLOSE_RANGE_UNSHARE = 1 << 1;
var CLOSE_RANGE_CLOEXEC = 1 << 2;
var NAME_MAX = 255;
var PATH_MAX = 4096;
var MAXSYMLINKS = 40;

// abi/signal.ts
var SIGHUP = 1;
var SIGINT = 2;
var SIGQUIT = 3;
var SIGILL = 4;
var SIGTRAP = 5;
var SIGABRT = 6;
var SIGBUS = 7;
var SIGFPE = 8;
var SIGKILL = 9;
var SIGUSR1 = 10;
var SIGSEGV = 11;
var SIGUSR2 = 12;
var SIGPIPE = 13;
var SIGALRM = 14;
var SIGTERM = 15;
var SIGSTKFLT = 16;
var SIGCHLD = 17;
var SIGCONT = 18;
var SIGSTOP = 19;
var SIGTSTP = 20;
var SIGTTIN = 21;
var SIGTTOU = 22;
var SIGURG = 23;
var SIGXCPU = 24;
var SIGXFSZ = 25;
var SIGVTALRM = 26;
var SIGPROF = 27;
var SIGWINCH = 28;
var SIGIO = 29;
var SIGPWR = 30;
var SIGSYS = 31;
var SIGRTMIN = 32;
var SIGRTMAX = 64;
var _NSIG = 64;
var SIG_DFL = 0;
var SIG_IGN = 1;
var SA_NOCLDWAIT = 2;
var SI_USER = 0;
var SI_TKILL = -6;
var CLD_EXITED = 1;
var CLD_KILLED = 2;
var CLD_DUMPED = 3;
var STANDARD = [
  [SIGHUP, "SIGHUP", "term", "Hangup"],
  [SIGINT, "SIGINT", "term", "Interrupt"],
  [SIGQUIT, "SIGQUIT", "core", "Quit"],
  [SIGILL, "SIGILL", "core", "Illegal instruction"],
  [SIGTRAP, "SIGTRAP", "core", "Trace/breakpoint trap"],
  [SIGABRT, "SIGABRT", "core", "Aborted"],
  [SIGBUS, "SIGBUS", "core", "Bus error"],
  [SIGFPE, "SIGFPE", "core", "Floating point exception"],
  [SIGKILL, "SIGKILL", "term", "Killed"],
  [SIGUSR1, "SIGUSR1", "term", "User defined signal 1"],
  [SIGSEGV, "SIGSEGV", "core", "Segmentation fault"],
  [SIGUSR2, "SIGUSR2", "term", "User defined signal 2"],
  [SIGPIPE, "SIGPIPE", "term", "Broken pipe"],
  [SIGALRM, "SIGALRM", "term", "Alarm clock"],
  [SIGTERM, "SIGTERM", "term", "Terminated"],
  [SIGSTKFLT, "SIGSTKFLT", "term", "Stack fault"],
  [SIGCHLD, "SIGCHLD", "ign", "Child exited"],
  [SIGCONT, "SIGCONT", "cont", "Continued"],
  [SIGSTOP, "SIGSTOP", "stop", "Stopped (signal)"],
  [SIGTSTP, "SIGTSTP", "stop", "Stopped"],
  [SIGTTIN, "SIGTTIN", "stop", "Stopped (tty input)"],
  [SIGTTOU, "SIGTTOU", "stop", "Stopped (tty output)"],
  [SIGURG, "SIGURG", "ign", "Urgent I/O condition"],
  [SIGXCPU, "SIGXCPU", "core", "CPU time limit exceeded"],
  [SIGXFSZ, "SIGXFSZ", "core", "File size limit exceeded"],
  [SIGVTALRM, "SIGVTALRM", "term", "Virtual timer expired"],
  [SIGPROF, "SIGPROF", "term", "Profiling timer expired"],
  [SIGWINCH, "SIGWINCH", "ign", "Window changed"],
  [SIGIO, "SIGIO", "term", "I/O possible"],
  [SIGPWR, "SIGPWR", "term", "Power failure"],
  [SIGSYS, "SIGSYS", "core", "Bad system call"]
];
function rtDescription(n) {
  return n < 34 ? `Unknown signal ${n}` : `Real-time signal ${n - 34}`;
}
var byNumber = [];
var byName = /* @__PURE__ */ new Map();
for (const [signo, name, defaultAction, description] of STANDARD) {
  byNumber[signo] = Object.freeze({ signo, name, defaultAction, description });
}
for (let n = SIGRTMIN; n <= SIGRTMAX; n++) {
  const name = n === SIGRTMIN ? "SIGRTMIN" : `SIGRT_${n - SIGRTMIN}`;
  byNumber[n] = Object.freeze({ signo: n, name, defaultAction: "term", description: rtDescription(n) });
}
for (const s2 of byNumber) if (s2) byName.set(s2.name, s2);
for (const [alias, n] of [["SIGIOT", SIGABRT], ["SIGPOLL", SIGIO], ["SIGCLD", SIGCHLD], ["SIGRTMAX", SIGRTMAX], ["SIGUNUSED", SIGSYS]]) {
  byName.set(alias, byNumber[n]);
}
var SIGNALS = Object.freeze(byNumber.filter((s2) => s2 !== void 0));
function signalByNumber(n) {
  return byNumber[n];
}
function validSignal(n) {
  return Number.isInteger(n) && n >= 1 && n <= _NSIG;
}

// abi/types.ts
function parseArg(text2) {
  const colon = text2.indexOf(":");
  const name = colon < 0 ? text2 : text2.slice(0, colon);
  let rest = colon < 0 ? text2 : text2.slice(colon + 1);
  let len;
  const at2 = rest.search(/[@#]/);
  if (at2 >= 0) {
    const l = rest.slice(at2);
    rest = rest.slice(0, at2);
    if (l === "@ret") len = { ret: true };
    else if (l.startsWith("@*")) len = { argPtr: Number(l.slice(2)) };
    else if (l.startsWith("@")) len = { arg: Number(l.slice(1)) };
    else len = { fixed: Number(l.slice(1)) };
  }
  let dir = "in";
  if (rest.endsWith("<>")) {
    dir = "inout";
    rest = rest.slice(0, -2);
  } else if (rest.endsWith(">")) {
    dir = "out";
    rest = rest.slice(0, -1);
  } else if (rest.endsWith("<")) {
    rest = rest.slice(0, -1);
  }
  const eq = rest.indexOf("=");
  const kind = eq < 0 ? rest : rest.slice(0, eq);
  const param = eq < 0 ? void 0 : rest.slice(eq + 1);
  if (!ARG_KINDS.has(kind)) throw new Error(`abi: unknown argument kind '${kind}' in '${text2}'`);
  const spec = { name, kind, dir };
  if (param !== void 0) {
    if (kind === "struct" || kind === "array") spec.struct = param;
    else spec.set = param;
  }
  if (len) spec.len = len;
  return Object.freeze(spec);
}
var ARG_KINDS = /* @__PURE__ */ new Set([
  "int",
  "uint",
  "long",
  "ulong",
  "hex",
  "oct",
  "ptr",
  "fd",
  "dirfd",
  "signo",
  "mode",
  "fmode",
  "flags",
  "enum",
  "pid",
  "uid",
  "gid",
  "path",
  "str",
  "buf",
  "strout",
  "strarray",
  "envp",
  "struct",
  "array",
  "intarray",
  "longarray"
]);

// abi/syscalls.ts
function row(nr, name, ret, classes, args) {
  const tokens = classes.split(" ").filter((t) => t !== "");
  const neverFails = tokens.includes("NF");
  const cls = tokens.filter((t) => t !== "NF");
  for (const c of cls) {
    if (!TRACE_CLASSES.has(c)) throw new Error(`abi: unknown trace class '${c}' in ${name}`);
  }
  const parsed = Object.freeze(args.map(parseArg));
  return Object.freeze({
    nr,
    name,
    args: parsed,
    ret,
    classes: Object.freeze(cls),
    neverFails
  });
}
var TRACE_CLASSES = /* @__PURE__ */ new Set([
  "file",
  "desc",
  "network",
  "process",
  "signal",
  "memory",
  "ipc",
  "creds",
  "clock",
  "pure",
  "stat",
  "lstat",
  "fstat",
  "statlike",
  "statfs",
  "fstatfs",
  "statfslike"
]);
var ROWS = [
  row(0, "read", "int", "desc", ["fd:fd", "buf:buf>@ret", "count:ulong"]),
  row(1, "write", "int", "desc", ["fd:fd", "buf:buf<@2", "count:ulong"]),
  row(2, "open", "fd", "desc file", ["pathname:path", "flags:flags=open", "mode:mode"]),
  row(3, "close", "int", "desc", ["fd:fd"]),
  row(4, "stat", "int", "file stat statlike", ["pathname:path", "statbuf:struct=stat>"]),
  row(5, "fstat", "int", "desc fstat statlike", ["fd:fd", "statbuf:struct=stat>"]),
  row(6, "lstat", "int", "file lstat statlike", ["pathname:path", "statbuf:struct=stat>"]),
  row(7, "poll", "int", "desc", ["fds:array=pollfd<>@1", "nfds:uint", "timeout:int"]),
  row(8, "lseek", "int", "desc", ["fd:fd", "offset:long", "whence:enum=whence"]),
  row(9, "mmap", "hex", "desc memory", [
    "addr:ptr",
    "length:ulong",
    "prot:flags=mmap_prot",
    "flags:flags=mmap_flags",
    "fd:fd",
    "offset:hex"
  ]),
  row(10, "mprotect", "int", "memory", ["addr:ptr", "length:ulong", "prot:flags=mmap_prot"]),
  row(11, "munmap", "int", "memory", ["addr:ptr", "length:ulong"]),
  row(12, "brk", "hex", "memory", ["addr:ptr"]),
  row(13, "rt_sigaction", "int", "signal", [
    "signum:signo",
    "act:struct=sigaction<",
    "oldact:struct=sigaction>",
    "sigsetsize:ulong"
  ]),
  row(14, "rt_sigprocmask", "int", "signal", [
    "how:enum=sig_how",
    "set:struct=sigset<",
    "oldset:struct=sigset>",
    "sigsetsize:ulong"
  ]),
  row(15, "rt_sigreturn", "int", "signal", []),
  row(16, "ioctl", "int", "desc", ["fd:fd", "op:uint", "arg:ulong"]),
  row(17, "pread64", "int", "desc", ["fd:fd", "buf:buf>@ret", "count:ulong", "offset:long"]),
  row(18, "pwrite64", "int", "desc", ["fd:fd", "buf:buf<@2", "count:ulong", "offset:long"]),
  row(19, "readv", "int", "desc", ["fd:fd", "iov:array=iovec>@2", "iovcnt:ulong"]),
  row(20, "writev", "int", "desc", ["fd:fd", "iov:array=iovec<@2", "iovcnt:ulong"]),
  row(21, "access", "int", "file", ["pathname:path", "mode:flags=access_mode"]),
  row(22, "pipe", "int", "desc", ["pipefd:intarray>#2"]),
  row(23, "select", "int", "desc", [
    "nfds:int",
    "readfds:struct=fd_set<>",
    "writefds:struct=fd_set<>",
    "exceptfds:struct=fd_set<>",
    "timeout:struct=timeval<>"
  ]),
  row(24, "sched_yield", "int", "", []),
  row(25, "mremap", "hex", "memory", [
    "old_address:ptr",
    "old_size:ulong",
    "new_size:ulong",
    "flags:flags=mremap_flags",
    "new_address:ptr"
  ]),
  row(26, "msync", "int", "memory", ["addr:ptr", "length:ulong", "flags:flags=msync_flags"]),
  row(27, "mincore", "int", "memory", ["addr:ptr", "length:ulong", "vec:ptr>"]),
  row(28, "madvise", "int", "memory", ["addr:ptr", "length:ulong", "advice:enum=madvise"]),
  row(29, "shmget", "int", "ipc", ["key:hex", "size:ulong", "shmflg:flags=ipc_flags"]),
  row(30, "shmat", "hex", "ipc memory", ["shmid:int", "shmaddr:ptr", "shmflg:flags=shm_flags"]),
  row(31, "shmctl", "int", "ipc", ["shmid:int", "op:enum=shmctl_cmd", "buf:struct=shmid_ds<>"]),
  row(32, "dup", "fd", "desc", ["oldfd:fd"]),
  row(33, "dup2", "fd", "desc", ["oldfd:fd", "newfd:fd"]),
  row(34, "pause", "int", "signal", []),
  row(35, "nanosleep", "int", "", ["req:struct=timespec<", "rem:struct=timespec>"]),
  row(36, "getitimer", "int", "", ["which:enum=itimer_which", "curr_value:struct=itimerval>"]),
  row(37, "alarm", "int", "", ["seconds:uint"]),
  row(38, "setitimer", "int", "", [
    "which:enum=itimer_which",
    "new_value:struct=itimerval<",
    "old_value:struct=itimerval>"
  ]),
  row(39, "getpid", "pid", "pure NF", []),
  row(40, "sendfile", "int", "desc network", [
    "out_fd:fd",
    "in_fd:fd",
    "offset:longarray<>#1",
    "count:ulong"
  ]),
  row(41, "socket", "fd", "network", [
    "domain:enum=socket_family",
    "type:flags=socket_type",
    "protocol:int"
  ]),
  row(42, "connect", "int", "network", ["sockfd:fd", "addr:struct=sockaddr<@2", "addrlen:int"]),
  row(43, "accept", "fd", "network", [
    "sockfd:fd",
    "addr:struct=sockaddr>@*2",
    "addrlen:intarray<>#1"
  ]),
  row(44, "sendto", "int", "network", [
    "sockfd:fd",
    "buf:buf<@2",
    "len:ulong",
    "flags:flags=msg_flags",
    "dest_addr:struct=sockaddr<@5",
    "addrlen:int"
  ]),
  row(45, "recvfrom", "int", "network", [
    "sockfd:fd",
    "buf:buf>@ret",
    "len:ulong",
    "flags:flags=msg_flags",
    "src_addr:struct=sockaddr>@*5",
    "addrlen:intarray<>#1"
  ]),
  row(46, "sendmsg", "int", "network", ["sockfd:fd", "msg:struct=msghdr<", "flags:flags=msg_flags"]),
  row(47, "recvmsg", "int", "network", ["sockfd:fd", "msg:struct=msghdr<>", "flags:flags=msg_flags"]),
  row(48, "shutdown", "int", "network", ["sockfd:fd", "how:enum=shutdown_how"]),
  row(49, "bind", "int", "network", ["sockfd:fd", "addr:struct=sockaddr<@2", "addrlen:int"]),
  row(50, "listen", "int", "network", ["sockfd:fd", "backlog:int"]),
  row(51, "getsockname", "int", "network", [
    "sockfd:fd",
    "addr:struct=sockaddr>@*2",
    "addrlen:intarray<>#1"
  ]),
  row(52, "getpeername", "int", "network", [
    "sockfd:fd",
    "addr:struct=sockaddr>@*2",
    "addrlen:intarray<>#1"
  ]),
  row(53, "socketpair", "int", "network", [
    "domain:enum=socket_family",
    "type:flags=socket_type",
    "protocol:int",
    "sv:intarray>#2"
  ]),
  row(54, "setsockopt", "int", "network", [
    "sockfd:fd",
    "level:enum=socket_level",
    "optname:enum=socket_opt",
    "optval:buf<@4",
    "optlen:int"
  ]),
  row(55, "getsockopt", "int", "network", [
    "sockfd:fd",
    "level:enum=socket_level",
    "optname:enum=socket_opt",
    "optval:buf>@*4",
    "optlen:intarray<>#1"
  ]),
  row(56, "clone", "pid", "process", [
    "flags:flags=clone_flags",
    "child_stack:ptr",
    "parent_tid:intarray>#1",
    "child_tidptr:ptr>",
    "tls:ptr"
  ]),
  row(57, "fork", "pid", "process", []),
  row(58, "vfork", "pid", "process", []),
  row(59, "execve", "int", "file process", ["pathname:path", "argv:strarray", "envp:envp"]),
  row(60, "exit", "none", "process", ["status:int"]),
  row(61, "wait4", "pid", "process", [
    "pid:pid",
    "status:intarray>#1",
    "options:flags=wait_options",
    "usage:struct=rusage>"
  ]),
  row(62, "kill", "int", "signal process", ["pid:pid", "signum:signo"]),
  row(63, "uname", "int", "", ["buf:struct=utsname>"]),
  row(64, "semget", "int", "ipc", ["key:hex", "nsems:int", "semflg:flags=ipc_flags"]),
  row(65, "semop", "int", "ipc", ["semid:int", "sops:array=sembuf<@2", "nsops:ulong"]),
  row(66, "semctl", "int", "ipc", ["semid:int", "semnum:int", "op:enum=semctl_cmd", "arg:ptr<>"]),
  row(67, "shmdt", "int", "ipc memory", ["shmaddr:ptr"]),
  row(68, "msgget", "int", "ipc", ["key:hex", "msgflg:flags=ipc_flags"]),
  row(69, "msgsnd", "int", "ipc", ["msqid:int", "msgp:ptr<", "msgsz:ulong", "msgflg:flags=ipc_msg_flags"]),
  row(70, "msgrcv", "int", "ipc", [
    "msqid:int",
    "msgp:ptr>",
    "msgsz:ulong",
    "msgtyp:long",
    "msgflg:flags=ipc_msg_flags"
  ]),
  row(71, "msgctl", "int", "ipc", ["msqid:int", "op:enum=msgctl_cmd", "buf:struct=msqid_ds<>"]),
  row(72, "fcntl", "int", "desc", ["fd:fd", "op:int", "arg:ulong"]),
  row(73, "flock", "int", "desc", ["fd:fd", "op:flags=lock_op"]),
  row(74, "fsync", "int", "desc", ["fd:fd"]),
  row(75, "fdatasync", "int", "desc", ["fd:fd"]),
  row(76, "truncate", "int", "file", ["path:path", "length:long"]),
  row(77, "ftruncate", "int", "desc", ["fd:fd", "length:long"]),
  row(78, "getdents", "int", "desc", ["fd:fd", "dirp:array=linux_dirent>@ret", "count:uint"]),
  row(79, "getcwd", "int", "file", ["buf:strout>@ret", "size:ulong"]),
  row(80, "chdir", "int", "file", ["path:path"]),
  row(81, "fchdir", "int", "desc", ["fd:fd"]),
  row(82, "rename", "int", "file", ["oldpath:path", "newpath:path"]),
  row(83, "mkdir", "int", "file", ["pathname:path", "mode:mode"]),
  row(84, "rmdir", "int", "file", ["pathname:path"]),
  row(85, "creat", "fd", "desc file", ["pathname:path", "mode:mode"]),
  row(86, "link", "int", "file", ["oldpath:path", "newpath:path"]),
  row(87, "unlink", "int", "file", ["pathname:path"]),
  row(88, "symlink", "int", "file", ["target:path", "linkpath:path"]),
  row(89, "readlink", "int", "file", ["pathname:path", "buf:buf>@ret", "bufsiz:int"]),
  row(90, "chmod", "int", "file", ["pathname:path", "mode:mode"]),
  row(91, "fchmod", "int", "desc", ["fd:fd", "mode:mode"]),
  row(92, "chown", "int", "file", ["pathname:path", "owner:uid", "group:gid"]),
  row(93, "fchown", "int", "desc", ["fd:fd", "owner:uid", "group:gid"]),
  row(94, "lchown", "int", "file", ["pathname:path", "owner:uid", "group:gid"]),
  row(95, "umask", "oct", "NF", ["mask:mode"]),
  row(96, "gettimeofday", "int", "clock", ["tv:struct=timeval>", "tz:struct=timezone>"]),
  row(97, "getrlimit", "int", "", ["resource:enum=rlimit_resource", "rlim:struct=rlimit>"]),
  row(98, "getrusage", "int", "", ["who:enum=rusage_who", "usage:struct=rusage>"]),
  row(99, "sysinfo", "int", "", ["info:struct=sysinfo>"]),
  row(100, "times", "int", "", ["buf:struct=tms>"]),
  row(101, "ptrace", "int", "", ["op:enum=ptrace_request", "pid:pid", "addr:ptr", "data:ptr"]),
  row(102, "getuid", "uid", "creds pure NF", []),
  row(103, "syslog", "int", "", ["type:enum=syslog_action", "bufp:buf>@ret", "len:int"]),
  row(104, "getgid", "gid", "creds pure NF", []),
  row(105, "setuid", "int", "creds", ["uid:uid"]),
  row(106, "setgid", "int", "creds", ["gid:gid"]),
  row(107, "geteuid", "uid", "creds pure NF", []),
  row(108, "getegid", "gid", "creds pure NF", []),
  row(109, "setpgid", "int", "", ["pid:pid", "pgid:pid"]),
  row(110, "getppid", "pid", "pure NF", []),
  row(111, "getpgrp", "pid", "pure NF", []),
  row(112, "setsid", "pid", "", []),
  row(113, "setreuid", "int", "creds", ["ruid:uid", "euid:uid"]),
  row(114, "setregid", "int", "creds", ["rgid:gid", "egid:gid"]),
  row(115, "getgroups", "int", "creds", ["size:int", "list:intarray>@ret"]),
  row(116, "setgroups", "int", "creds", ["size:int", "list:intarray<@0"]),
  row(117, "setresuid", "int", "creds", ["ruid:uid", "euid:uid", "suid:uid"]),
  row(118, "getresuid", "int", "creds", ["ruid:intarray>#1", "euid:intarray>#1", "suid:intarray>#1"]),
  row(119, "setresgid", "int", "creds", ["rgid:gid", "egid:gid", "sgid:gid"]),
  row(120, "getresgid", "int", "creds", ["rgid:intarray>#1", "egid:intarray>#1", "sgid:intarray>#1"]),
  row(121, "getpgid", "pid", "", ["pid:pid"]),
  row(122, "setfsuid", "uid", "creds NF", ["fsuid:uid"]),
  row(123, "setfsgid", "gid", "creds NF", ["fsgid:gid"]),
  row(124, "getsid", "pid", "", ["pid:pid"]),
  row(125, "capget", "int", "creds", ["hdrp:struct=cap_header<>", "datap:struct=cap_data>"]),
  row(126, "capset", "int", "creds", ["hdrp:struct=cap_header<", "datap:struct=cap_data<"]),
  row(127, "rt_sigpending", "int", "signal", ["set:struct=sigset>", "sigsetsize:ulong"]),
  row(128, "rt_sigtimedwait", "int", "signal", [
    "set:struct=sigset<",
    "info:struct=siginfo>",
    "timeout:struct=timespec<",
    "sigsetsize:ulong"
  ]),
  row(129, "rt_sigqueueinfo", "int", "signal process", [
    "tgid:pid",
    "signum:signo",
    "info:struct=siginfo<"
  ]),
  row(130, "rt_sigsuspend", "int", "signal", ["set:struct=sigset<", "sigsetsize:ulong"]),
  row(131, "sigaltstack", "int", "signal", ["ss:struct=stack_t<", "old_ss:struct=stack_t>"]),
  row(132, "utime", "int", "file", ["filename:path", "times:struct=utimbuf<"]),
  row(133, "mknod", "int", "file", ["pathname:path", "mode:fmode", "dev:uint"]),
  row(134, "uselib", "int", "file", ["library:path"]),
  row(135, "personality", "int", "NF", ["persona:flags=personality"]),
  row(136, "ustat", "int", "statfslike", ["dev:uint", "ubuf:ptr>"]),
  row(137, "statfs", "int", "file statfs statfslike", ["pathname:path", "buf:struct=statfs>"]),
  row(138, "fstatfs", "int", "desc fstatfs statfslike", ["fd:fd", "buf:struct=statfs>"]),
  row(139, "sysfs", "int", "", ["option:hex", "arg1:hex", "arg2:hex"]),
  row(140, "getpriority", "int", "", ["which:enum=prio_which", "who:int"]),
  row(141, "setpriority", "int", "", ["which:enum=prio_which", "who:int", "prio:int"]),
  row(142, "sched_setparam", "int", "", ["pid:pid", "param:struct=sched_param<"]),
  row(143, "sched_getparam", "int", "", ["pid:pid", "param:struct=sched_param>"]),
  row(144, "sched_setscheduler", "int", "", [
    "pid:pid",
    "policy:enum=sched_policy",
    "param:struct=sched_param<"
  ]),
  row(145, "sched_getscheduler", "int", "", ["pid:pid"]),
  row(146, "sched_get_priority_max", "int", "", ["policy:enum=sched_policy"]),
  row(147, "sched_get_priority_min", "int", "", ["policy:enum=sched_policy"]),
  row(148, "sched_rr_get_interval", "int", "", ["pid:pid", "tp:struct=timespec>"]),
  row(149, "mlock", "int", "memory", ["addr:ptr", "len:ulong"]),
  row(150, "munlock", "int", "memory", ["addr:ptr", "len:ulong"]),
  row(151, "mlockall", "int", "memory", ["flags:flags=mlockall_flags"]),
  row(152, "munlockall", "int", "memory", []),
  row(153, "vhangup", "int", "", []),
  row(154, "modify_ldt", "int", "", ["func:int", "ptr:struct=user_desc<>", "bytecount:ulong"]),
  row(155, "pivot_root", "int", "file", ["new_root:path", "put_old:path"]),
  row(156, "_sysctl", "int", "", ["args:ptr<>"]),
  row(157, "prctl", "int", "creds", ["op:int", "arg2:ulong", "arg3:ulong", "arg4:ulong", "arg5:ulong"]),
  row(158, "arch_prctl", "int", "", ["op:enum=arch_prctl_code", "addr:ulong"]),
  row(159, "adjtimex", "int", "clock", ["buf:struct=timex<>"]),
  row(160, "setrlimit", "int", "", ["resource:enum=rlimit_resource", "rlim:struct=rlimit<"]),
  row(161, "chroot", "int", "file", ["path:path"]),
  row(162, "sync", "int", "", []),
  row(163, "acct", "int", "file", ["filename:path"]),
  row(164, "settimeofday", "int", "clock", ["tv:struct=timeval<", "tz:struct=timezone<"]),
  row(165, "mount", "int", "file", [
    "source:path",
    "target:path",
    "filesystemtype:str",
    "mountflags:flags=mount_flags",
    "data:str"
  ]),
  row(166, "umount2", "int", "file", ["target:path", "flags:flags=umount_flags"]),
  row(167, "swapon", "int", "file", ["path:path", "swapflags:flags=swapon_flags"]),
  row(168, "swapoff", "int", "file", ["path:path"]),
  row(169, "reboot", "int", "", ["magic:hex", "magic2:hex", "op:hex", "arg:ptr<"]),
  row(170, "sethostname", "int", "", ["name:buf<@1", "len:ulong"]),
  row(171, "setdomainname", "int", "", ["name:buf<@1", "len:ulong"]),
  row(172, "iopl", "int", "", ["level:uint"]),
  row(173, "ioperm", "int", "", ["from:ulong", "num:ulong", "turn_on:int"]),
  row(174, "create_module", "int", "", ["name:hex", "size:hex"]),
  row(175, "init_module", "int", "", ["module_image:ptr<", "len:ulong", "param_values:str"]),
  row(176, "delete_module", "int", "", ["name:str", "flags:flags=delete_module_flags"]),
  row(177, "get_kernel_syms", "int", "", ["table:hex"]),
  row(178, "query_module", "int", "", ["name:hex", "which:hex", "buf:hex", "bufsize:hex", "ret:hex"]),
  row(179, "quotactl", "int", "file", ["op:enum=quotactl_cmd", "special:path", "id:int", "addr:ptr<>"]),
  row(180, "nfsservctl", "int", "", ["cmd:hex", "argp:hex", "resp:hex"]),
  row(181, "getpmsg", "int", "network", ["fd:hex", "ctlptr:hex", "dataptr:hex", "bandp:hex", "flagsp:hex"]),
  row(182, "putpmsg", "int", "network", ["fd:hex", "ctlptr:hex", "dataptr:hex", "band:hex", "flags:hex"]),
  row(183, "afs_syscall", "int", "", ["arg1:hex", "arg2:hex", "arg3:hex", "arg4:hex", "arg5:hex"]),
  row(184, "tuxcall", "int", "", ["arg1:hex", "arg2:hex", "arg3:hex"]),
  row(185, "security", "int", "", ["arg1:hex", "arg2:hex", "arg3:hex"]),
  row(186, "gettid", "pid", "pure NF", []),
  row(187, "readahead", "int", "desc", ["fd:fd", "offset:long", "count:ulong"]),
  row(188, "setxattr", "int", "file", [
    "pathname:path",
    "name:str",
    "value:buf<@3",
    "size:ulong",
    "flags:flags=xattr_flags"
  ]),
  row(189, "lsetxattr", "int", "file", [
    "pathname:path",
    "name:str",
    "value:buf<@3",
    "size:ulong",
    "flags:flags=xattr_flags"
  ]),
  row(190, "fsetxattr", "int", "desc", [
    "fd:fd",
    "name:str",
    "value:buf<@3",
    "size:ulong",
    "flags:flags=xattr_flags"
  ]),
  row(191, "getxattr", "int", "file", ["pathname:path", "name:str", "value:buf>@ret", "size:ulong"]),
  row(192, "lgetxattr", "int", "file", ["pathname:path", "name:str", "value:buf>@ret", "size:ulong"]),
  row(193, "fgetxattr", "int", "desc", ["fd:fd", "name:str", "value:buf>@ret", "size:ulong"]),
  row(194, "listxattr", "int", "file", ["pathname:path", "list:buf>@ret", "size:ulong"]),
  row(195, "llistxattr", "int", "file", ["pathname:path", "list:buf>@ret", "size:ulong"]),
  row(196, "flistxattr", "int", "desc", ["fd:fd", "list:buf>@ret", "size:ulong"]),
  row(197, "removexattr", "int", "file", ["pathname:path", "name:str"]),
  row(198, "lremovexattr", "int", "file", ["pathname:path", "name:str"]),
  row(199, "fremovexattr", "int", "desc", ["fd:fd", "name:str"]),
  row(200, "tkill", "int", "signal process", ["tid:pid", "signum:signo"]),
  row(201, "time", "int", "clock", ["tloc:longarray>#1"]),
  row(202, "futex", "int", "", [
    "uaddr:ptr<>",
    "futex_op:int",
    "val:uint",
    "timeout:ptr",
    "uaddr2:ptr<>",
    "val3:uint"
  ]),
  row(203, "sched_setaffinity", "int", "", ["pid:pid", "cpusetsize:uint", "mask:ptr<"]),
  row(204, "sched_getaffinity", "int", "", ["pid:pid", "cpusetsize:uint", "mask:ptr>"]),
  row(205, "set_thread_area", "int", "", ["u_info:struct=user_desc<>"]),
  row(206, "io_setup", "int", "memory", ["nr_events:uint", "ctx_idp:longarray<>#1"]),
  row(207, "io_destroy", "int", "memory", ["ctx_id:ptr"]),
  row(208, "io_getevents", "int", "", [
    "ctx_id:ptr",
    "min_nr:long",
    "nr:long",
    "events:array=io_event>@ret",
    "timeout:struct=timespec<"
  ]),
  row(209, "io_submit", "int", "", ["ctx_id:ptr", "nr:long", "iocbpp:ptr<"]),
  row(210, "io_cancel", "int", "", ["ctx_id:ptr", "iocb:struct=iocb<", "result:struct=io_event>"]),
  row(211, "get_thread_area", "int", "", ["u_info:struct=user_desc<>"]),
  row(212, "lookup_dcookie", "int", "", ["cookie:ulong", "buffer:buf>@ret", "len:ulong"]),
  row(213, "epoll_create", "fd", "desc", ["size:int"]),
  row(214, "epoll_ctl_old", "int", "", ["epfd:hex", "op:hex", "fd:hex", "event:hex"]),
  row(215, "epoll_wait_old", "int", "", ["epfd:hex", "events:hex", "maxevents:hex", "timeout:hex"]),
  row(216, "remap_file_pages", "int", "memory", [
    "addr:ptr",
    "size:ulong",
    "prot:flags=mmap_prot",
    "pgoff:ulong",
    "flags:flags=mmap_flags"
  ]),
  row(217, "getdents64", "int", "desc", ["fd:fd", "dirp:array=linux_dirent64>@ret", "count:uint"]),
  row(218, "set_tid_address", "pid", "", ["tidptr:ptr"]),
  row(219, "restart_syscall", "int", "", []),
  row(220, "semtimedop", "int", "ipc", [
    "semid:int",
    "sops:array=sembuf<@2",
    "nsops:ulong",
    "timeout:struct=timespec<"
  ]),
  row(221, "fadvise64", "int", "desc", ["fd:fd", "offset:long", "len:ulong", "advice:enum=fadvise_advice"]),
  row(222, "timer_create", "int", "", [
    "clockid:enum=clockid",
    "sevp:struct=sigevent<",
    "timerid:intarray>#1"
  ]),
  row(223, "timer_settime", "int", "", [
    "timerid:int",
    "flags:flags=timer_flags",
    "new_value:struct=itimerspec<",
    "old_value:struct=itimerspec>"
  ]),
  row(224, "timer_gettime", "int", "", ["timerid:int", "curr_value:struct=itimerspec>"]),
  row(225, "timer_getoverrun", "int", "", ["timerid:int"]),
  row(226, "timer_delete", "int", "", ["timerid:int"]),
  row(227, "clock_settime", "int", "clock", ["clockid:enum=clockid", "tp:struct=timespec<"]),
  row(228, "clock_gettime", "int", "clock", ["clockid:enum=clockid", "tp:struct=timespec>"]),
  row(229, "clock_getres", "int", "clock", ["clockid:enum=clockid", "res:struct=timespec>"]),
  row(230, "clock_nanosleep", "int", "", [
    "clockid:enum=clockid",
    "flags:flags=timer_flags",
    "request:struct=timespec<",
    "remain:struct=timespec>"
  ]),
  row(231, "exit_group", "none", "process", ["status:int"]),
  row(232, "epoll_wait", "int", "desc", [
    "epfd:fd",
    "events:array=epoll_event>@ret",
    "maxevents:int",
    "timeout:int"
  ]),
  row(233, "epoll_ctl", "int", "desc", [
    "epfd:fd",
    "op:enum=epoll_ctl_op",
    "fd:fd",
    "event:struct=epoll_event<"
  ]),
  row(234, "tgkill", "int", "signal process", ["tgid:pid", "tid:pid", "signum:signo"]),
  row(235, "utimes", "int", "file", ["pathname:path", "times:array=timeval<#2"]),
  row(236, "vserver", "int", "", ["arg1:hex", "arg2:hex", "arg3:hex", "arg4:hex", "arg5:hex"]),
  row(237, "mbind", "int", "memory", [
    "addr:ptr",
    "len:ulong",
    "mode:enum=mpol_mode",
    "nodemask:ptr<",
    "maxnode:ulong",
    "flags:flags=mbind_flags"
  ]),
  row(238, "set_mempolicy", "int", "memory", ["mode:enum=mpol_mode", "nodemask:ptr<", "maxnode:ulong"]),
  row(239, "get_mempolicy", "int", "memory", [
    "mode:intarray>#1",
    "nodemask:ptr>",
    "maxnode:ulong",
    "addr:ptr",
    "flags:flags=get_mempolicy_flags"
  ]),
  row(240, "mq_open", "fd", "desc", ["name:path", "flags:flags=open", "mode:mode", "attr:struct=mq_attr<"]),
  row(241, "mq_unlink", "int", "", ["name:path"]),
  row(242, "mq_timedsend", "int", "desc", [
    "mqdes:fd",
    "msg_ptr:buf<@2",
    "msg_len:ulong",
    "msg_prio:uint",
    "abs_timeout:struct=timespec<"
  ]),
  row(243, "mq_timedreceive", "int", "desc", [
    "mqdes:fd",
    "msg_ptr:buf>@ret",
    "msg_len:ulong",
    "msg_prio:intarray>#1",
    "abs_timeout:struct=timespec<"
  ]),
  row(244, "mq_notify", "int", "desc", ["mqdes:fd", "sevp:struct=sigevent<"]),
  row(245, "mq_getsetattr", "int", "desc", [
    "mqdes:fd",
    "newattr:struct=mq_attr<",
    "oldattr:struct=mq_attr>"
  ]),
  row(246, "kexec_load", "int", "", [
    "entry:ptr",
    "nr_segments:ulong",
    "segments:array=kexec_segment<@1",
    "flags:flags=kexec_load_flags"
  ]),
  row(247, "waitid", "int", "process", [
    "idtype:enum=waitid_which",
    "id:int",
    "siginfo:struct=siginfo>",
    "options:flags=wait_options",
    "usage:struct=rusage>"
  ]),
  row(248, "add_key", "int", "", [
    "type:str",
    "description:str",
    "payload:buf<@3",
    "plen:ulong",
    "keyring:int"
  ]),
  row(249, "request_key", "int", "", ["type:str", "description:str", "callout_info:str", "dest_keyring:int"]),
  row(250, "keyctl", "int", "", [
    "operation:enum=keyctl_cmd",
    "arg2:ulong",
    "arg3:ulong",
    "arg4:ulong",
    "arg5:ulong"
  ]),
  row(251, "ioprio_set", "int", "", ["which:enum=ioprio_which", "who:int", "ioprio:int"]),
  row(252, "ioprio_get", "int", "", ["which:enum=ioprio_which", "who:int"]),
  row(253, "inotify_init", "fd", "desc", []),
  row(254, "inotify_add_watch", "int", "desc file", ["fd:fd", "pathname:path", "mask:flags=inotify_mask"]),
  row(255, "inotify_rm_watch", "int", "desc", ["fd:fd", "wd:int"]),
  row(256, "migrate_pages", "int", "memory", [
    "pid:pid",
    "maxnode:ulong",
    "old_nodes:ptr<",
    "new_nodes:ptr<"
  ]),
  row(257, "openat", "fd", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "flags:flags=open",
    "mode:mode"
  ]),
  row(258, "mkdirat", "int", "desc file", ["dirfd:dirfd", "pathname:path", "mode:mode"]),
  row(259, "mknodat", "int", "desc file", ["dirfd:dirfd", "pathname:path", "mode:fmode", "dev:uint"]),
  row(260, "fchownat", "int", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "owner:uid",
    "group:gid",
    "flags:flags=at"
  ]),
  row(261, "futimesat", "int", "desc file", ["dirfd:dirfd", "pathname:path", "times:array=timeval<#2"]),
  row(262, "newfstatat", "int", "desc file fstat statlike", [
    "dirfd:dirfd",
    "pathname:path",
    "statbuf:struct=stat>",
    "flags:flags=at"
  ]),
  row(263, "unlinkat", "int", "desc file", ["dirfd:dirfd", "pathname:path", "flags:flags=at_removedir"]),
  row(264, "renameat", "int", "desc file", [
    "olddirfd:dirfd",
    "oldpath:path",
    "newdirfd:dirfd",
    "newpath:path"
  ]),
  row(265, "linkat", "int", "desc file", [
    "olddirfd:dirfd",
    "oldpath:path",
    "newdirfd:dirfd",
    "newpath:path",
    "flags:flags=at"
  ]),
  row(266, "symlinkat", "int", "desc file", ["target:path", "newdirfd:dirfd", "linkpath:path"]),
  row(267, "readlinkat", "int", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "buf:buf>@ret",
    "bufsiz:int"
  ]),
  row(268, "fchmodat", "int", "desc file", ["dirfd:dirfd", "pathname:path", "mode:mode"]),
  row(269, "faccessat", "int", "desc file", ["dirfd:dirfd", "pathname:path", "mode:flags=access_mode"]),
  row(270, "pselect6", "int", "desc", [
    "nfds:int",
    "readfds:struct=fd_set<>",
    "writefds:struct=fd_set<>",
    "exceptfds:struct=fd_set<>",
    "timeout:struct=timespec<>",
    "sig:ptr<"
  ]),
  row(271, "ppoll", "int", "desc", [
    "fds:array=pollfd<>@1",
    "nfds:uint",
    "tmo_p:struct=timespec<>",
    "sigmask:struct=sigset<",
    "sigsetsize:ulong"
  ]),
  row(272, "unshare", "int", "", ["flags:flags=unshare_flags"]),
  row(273, "set_robust_list", "int", "", ["head:ptr<", "len:ulong"]),
  row(274, "get_robust_list", "int", "", ["pid:pid", "head_ptr:longarray>#1", "len_ptr:longarray>#1"]),
  row(275, "splice", "int", "desc", [
    "fd_in:fd",
    "off_in:longarray<>#1",
    "fd_out:fd",
    "off_out:longarray<>#1",
    "len:ulong",
    "flags:flags=splice_flags"
  ]),
  row(276, "tee", "int", "desc", ["fd_in:fd", "fd_out:fd", "len:ulong", "flags:flags=splice_flags"]),
  row(277, "sync_file_range", "int", "desc", [
    "fd:fd",
    "offset:long",
    "nbytes:long",
    "flags:flags=sync_file_range_flags"
  ]),
  row(278, "vmsplice", "int", "desc", [
    "fd:fd",
    "iov:array=iovec<@2",
    "nr_segs:ulong",
    "flags:flags=splice_flags"
  ]),
  row(279, "move_pages", "int", "memory", [
    "pid:pid",
    "count:ulong",
    "pages:ptr<",
    "nodes:intarray<@1",
    "status:intarray>@1",
    "flags:flags=mbind_flags"
  ]),
  row(280, "utimensat", "int", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "times:array=timespec<#2",
    "flags:flags=at"
  ]),
  row(281, "epoll_pwait", "int", "desc", [
    "epfd:fd",
    "events:array=epoll_event>@ret",
    "maxevents:int",
    "timeout:int",
    "sigmask:struct=sigset<",
    "sigsetsize:ulong"
  ]),
  row(282, "signalfd", "fd", "desc signal", ["fd:fd", "mask:struct=sigset<", "sizemask:ulong"]),
  row(283, "timerfd_create", "fd", "desc", ["clockid:enum=clockid", "flags:flags=timerfd_flags"]),
  row(284, "eventfd", "fd", "desc", ["initval:uint"]),
  row(285, "fallocate", "int", "desc", ["fd:fd", "mode:flags=fallocate_mode", "offset:long", "len:long"]),
  row(286, "timerfd_settime", "int", "desc", [
    "fd:fd",
    "flags:flags=timerfd_flags",
    "new_value:struct=itimerspec<",
    "old_value:struct=itimerspec>"
  ]),
  row(287, "timerfd_gettime", "int", "desc", ["fd:fd", "curr_value:struct=itimerspec>"]),
  row(288, "accept4", "fd", "network", [
    "sockfd:fd",
    "addr:struct=sockaddr>@*2",
    "addrlen:intarray<>#1",
    "flags:flags=sock_type_flags"
  ]),
  row(289, "signalfd4", "fd", "desc signal", [
    "fd:fd",
    "mask:struct=sigset<",
    "sizemask:ulong",
    "flags:flags=signalfd_flags"
  ]),
  row(290, "eventfd2", "fd", "desc", ["initval:uint", "flags:flags=eventfd_flags"]),
  row(291, "epoll_create1", "fd", "desc", ["flags:flags=epoll_create_flags"]),
  row(292, "dup3", "fd", "desc", ["oldfd:fd", "newfd:fd", "flags:flags=dup3_flags"]),
  row(293, "pipe2", "int", "desc", ["pipefd:intarray>#2", "flags:flags=pipe_flags"]),
  row(294, "inotify_init1", "fd", "desc", ["flags:flags=inotify_init_flags"]),
  row(295, "preadv", "int", "desc", ["fd:fd", "iov:array=iovec>@2", "iovcnt:ulong", "offset:long"]),
  row(296, "pwritev", "int", "desc", ["fd:fd", "iov:array=iovec<@2", "iovcnt:ulong", "offset:long"]),
  row(297, "rt_tgsigqueueinfo", "int", "process signal", [
    "tgid:pid",
    "tid:pid",
    "signum:signo",
    "info:struct=siginfo<"
  ]),
  row(298, "perf_event_open", "fd", "desc", [
    "attr:struct=perf_event_attr<>",
    "pid:pid",
    "cpu:int",
    "group_fd:fd",
    "flags:flags=perf_event_open_flags"
  ]),
  row(299, "recvmmsg", "int", "network", [
    "sockfd:fd",
    "msgvec:array=mmsghdr<>@ret",
    "vlen:uint",
    "flags:flags=msg_flags",
    "timeout:struct=timespec<>"
  ]),
  row(300, "fanotify_init", "fd", "desc", ["flags:flags=fan_init_flags", "event_f_flags:flags=open"]),
  row(301, "fanotify_mark", "int", "desc file", [
    "fanotify_fd:fd",
    "flags:flags=fan_mark_flags",
    "mask:flags=fan_event_flags",
    "dirfd:dirfd",
    "pathname:path"
  ]),
  row(302, "prlimit64", "int", "", [
    "pid:pid",
    "resource:enum=rlimit_resource",
    "new_limit:struct=rlimit<",
    "old_limit:struct=rlimit>"
  ]),
  row(303, "name_to_handle_at", "int", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "handle:struct=file_handle<>",
    "mount_id:intarray>#1",
    "flags:flags=at"
  ]),
  row(304, "open_by_handle_at", "fd", "desc", [
    "mount_fd:fd",
    "handle:struct=file_handle<",
    "flags:flags=open"
  ]),
  row(305, "clock_adjtime", "int", "clock", ["clockid:enum=clockid", "buf:struct=timex<>"]),
  row(306, "syncfs", "int", "desc", ["fd:fd"]),
  row(307, "sendmmsg", "int", "network", [
    "sockfd:fd",
    "msgvec:array=mmsghdr<>@2",
    "vlen:uint",
    "flags:flags=msg_flags"
  ]),
  row(308, "setns", "int", "desc", ["fd:fd", "nstype:flags=setns_type"]),
  row(309, "getcpu", "int", "", ["cpu:intarray>#1", "node:intarray>#1", "tcache:ptr"]),
  row(310, "process_vm_readv", "int", "", [
    "pid:pid",
    "local_iov:array=iovec>@2",
    "liovcnt:ulong",
    "remote_iov:array=iovec<@4",
    "riovcnt:ulong",
    "flags:ulong"
  ]),
  row(311, "process_vm_writev", "int", "", [
    "pid:pid",
    "local_iov:array=iovec<@2",
    "liovcnt:ulong",
    "remote_iov:array=iovec<@4",
    "riovcnt:ulong",
    "flags:ulong"
  ]),
  row(312, "kcmp", "int", "", ["pid1:pid", "pid2:pid", "type:enum=kcmp_type", "idx1:ulong", "idx2:ulong"]),
  row(313, "finit_module", "int", "desc", ["fd:fd", "param_values:str", "flags:flags=module_init_flags"]),
  row(314, "sched_setattr", "int", "", ["pid:pid", "attr:struct=sched_attr<>", "flags:hex"]),
  row(315, "sched_getattr", "int", "", ["pid:pid", "attr:struct=sched_attr>@2", "size:uint", "flags:hex"]),
  row(316, "renameat2", "int", "desc file", [
    "olddirfd:dirfd",
    "oldpath:path",
    "newdirfd:dirfd",
    "newpath:path",
    "flags:flags=rename_flags"
  ]),
  row(317, "seccomp", "int", "", ["operation:enum=seccomp_op", "flags:hex", "args:ptr<>"]),
  row(318, "getrandom", "int", "", ["buf:buf>@ret", "buflen:ulong", "flags:flags=grnd_flags"]),
  row(319, "memfd_create", "fd", "desc", ["name:str", "flags:flags=memfd_flags"]),
  row(320, "kexec_file_load", "int", "desc", [
    "kernel_fd:fd",
    "initrd_fd:fd",
    "cmdline_len:ulong",
    "cmdline:buf<@2",
    "flags:flags=kexec_file_load_flags"
  ]),
  row(321, "bpf", "int", "desc", ["cmd:int", "attr:ptr<>", "size:uint"]),
  row(322, "execveat", "int", "desc file process", [
    "dirfd:dirfd",
    "pathname:path",
    "argv:strarray",
    "envp:envp",
    "flags:flags=at"
  ]),
  row(323, "userfaultfd", "fd", "desc", ["flags:flags=userfaultfd_flags"]),
  row(324, "membarrier", "int", "", ["cmd:enum=membarrier_cmd", "flags:flags=membarrier_flags", "cpu_id:int"]),
  row(325, "mlock2", "int", "memory", ["addr:ptr", "length:ulong", "flags:flags=mlock2_flags"]),
  row(326, "copy_file_range", "int", "desc", [
    "fd_in:fd",
    "off_in:longarray<>#1",
    "fd_out:fd",
    "off_out:longarray<>#1",
    "len:ulong",
    "flags:uint"
  ]),
  row(327, "preadv2", "int", "desc", [
    "fd:fd",
    "iov:array=iovec>@2",
    "iovcnt:ulong",
    "offset:long",
    "offset_high:ulong",
    "flags:flags=rwf_flags"
  ]),
  row(328, "pwritev2", "int", "desc", [
    "fd:fd",
    "iov:array=iovec<@2",
    "iovcnt:ulong",
    "offset:long",
    "offset_high:ulong",
    "flags:flags=rwf_flags"
  ]),
  row(329, "pkey_mprotect", "int", "memory", ["addr:ptr", "length:ulong", "prot:flags=mmap_prot", "pkey:int"]),
  row(330, "pkey_alloc", "int", "", ["flags:hex", "access_rights:flags=pkey_access"]),
  row(331, "pkey_free", "int", "", ["pkey:int"]),
  row(332, "statx", "int", "desc file fstat statlike", [
    "dirfd:dirfd",
    "pathname:path",
    "flags:flags=at",
    "mask:flags=statx_mask",
    "statxbuf:struct=statx>"
  ]),
  row(333, "io_pgetevents", "int", "", [
    "ctx_id:ptr",
    "min_nr:long",
    "nr:long",
    "events:array=io_event>@ret",
    "timeout:struct=timespec<",
    "sig:ptr<"
  ]),
  row(334, "rseq", "int", "", ["rseq:struct=rseq<>", "rseq_len:uint", "flags:flags=rseq_flags", "sig:hex"]),
  row(335, "uretprobe", "int", "", []),
  row(336, "uprobe", "int", "", []),
  // 337–423: unused on x86-64 (reserved to keep the numbers of later calls common to all arches).
  row(424, "pidfd_send_signal", "int", "desc signal process", [
    "pidfd:fd",
    "signum:signo",
    "info:struct=siginfo<",
    "flags:flags=pidfd_send_signal_flags"
  ]),
  row(425, "io_uring_setup", "fd", "desc", ["entries:uint", "params:ptr<>"]),
  row(426, "io_uring_enter", "int", "desc signal", [
    "fd:fd",
    "to_submit:uint",
    "min_complete:uint",
    "flags:hex",
    "sigset:ptr<",
    "sigsetsize:ulong"
  ]),
  row(427, "io_uring_register", "int", "desc memory", ["fd:fd", "opcode:uint", "arg:ptr<>", "nr_args:uint"]),
  row(428, "open_tree", "fd", "desc file", ["dirfd:dirfd", "pathname:path", "flags:flags=open_tree_flags"]),
  row(429, "move_mount", "int", "desc file", [
    "from_dfd:dirfd",
    "from_pathname:path",
    "to_dfd:dirfd",
    "to_pathname:path",
    "flags:flags=move_mount_flags"
  ]),
  row(430, "fsopen", "fd", "desc", ["fsname:str", "flags:flags=fsopen_flags"]),
  row(431, "fsconfig", "int", "desc file", [
    "fd:fd",
    "cmd:enum=fsconfig_cmd",
    "key:ptr<",
    "value:ptr<",
    "aux:int"
  ]),
  row(432, "fsmount", "fd", "desc", ["fd:fd", "flags:flags=fsmount_flags", "attr_flags:flags=mount_attr_flags"]),
  row(433, "fspick", "fd", "desc file", ["dirfd:dirfd", "pathname:path", "flags:flags=fspick_flags"]),
  row(434, "pidfd_open", "fd", "desc", ["pid:pid", "flags:flags=pidfd_open_flags"]),
  row(435, "clone3", "pid", "process", ["cl_args:struct=clone_args<@1", "size:ulong"]),
  row(436, "close_range", "int", "", ["first:uint", "last:uint", "flags:flags=close_range_flags"]),
  row(437, "openat2", "fd", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "how:struct=open_how<@3",
    "size:ulong"
  ]),
  row(438, "pidfd_getfd", "fd", "desc", ["pidfd:fd", "targetfd:int", "flags:hex"]),
  row(439, "faccessat2", "int", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "mode:flags=access_mode",
    "flags:flags=faccessat_flags"
  ]),
  row(440, "process_madvise", "int", "desc", [
    "pidfd:fd",
    "iovec:array=iovec<@2",
    "n:ulong",
    "advice:enum=madvise",
    "flags:hex"
  ]),
  row(441, "epoll_pwait2", "int", "desc", [
    "epfd:fd",
    "events:array=epoll_event>@ret",
    "maxevents:int",
    "timeout:struct=timespec<",
    "sigmask:struct=sigset<",
    "sigsetsize:ulong"
  ]),
  row(442, "mount_setattr", "int", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "flags:flags=at",
    "attr:struct=mount_attr<@4",
    "size:ulong"
  ]),
  row(443, "quotactl_fd", "int", "desc", ["fd:fd", "op:enum=quotactl_cmd", "id:int", "addr:ptr<>"]),
  row(444, "landlock_create_ruleset", "fd", "desc", ["attr:ptr<", "size:ulong", "flags:hex"]),
  row(445, "landlock_add_rule", "int", "desc", [
    "ruleset_fd:fd",
    "rule_type:enum=landlock_rule_type",
    "rule_attr:ptr<",
    "flags:hex"
  ]),
  row(446, "landlock_restrict_self", "int", "desc", ["ruleset_fd:fd", "flags:hex"]),
  row(447, "memfd_secret", "fd", "desc", ["flags:flags=memfd_secret_flags"]),
  row(448, "process_mrelease", "int", "desc", ["pidfd:fd", "flags:hex"]),
  row(449, "futex_waitv", "int", "", [
    "waiters:ptr<",
    "nr_futexes:uint",
    "flags:hex",
    "timeout:struct=timespec<",
    "clockid:enum=clockid"
  ]),
  row(450, "set_mempolicy_home_node", "int", "memory", ["start:ptr", "len:ulong", "home_node:ulong", "flags:hex"]),
  row(451, "cachestat", "int", "desc", ["fd:fd", "cstat_range:ptr<", "cstat:ptr>", "flags:hex"]),
  row(452, "fchmodat2", "int", "desc file", ["dirfd:dirfd", "pathname:path", "mode:mode", "flags:flags=at"]),
  row(453, "map_shadow_stack", "hex", "memory", ["addr:ptr", "len:ulong", "flags:flags=shadow_stack_flags"]),
  row(454, "futex_wake", "int", "", ["uaddr:ptr", "mask:hex", "nr:int", "flags:flags=futex2_flags"]),
  row(455, "futex_wait", "int", "", [
    "uaddr:ptr",
    "val:ulong",
    "mask:hex",
    "flags:flags=futex2_flags",
    "timeout:struct=timespec<",
    "clockid:enum=clockid"
  ]),
  row(456, "futex_requeue", "int", "", ["waiters:ptr<", "flags:hex", "nr_wake:int", "nr_requeue:int"]),
  row(457, "statmount", "int", "", ["req:ptr<", "buf:ptr>", "bufsize:ulong", "flags:flags=statmount_flags"]),
  row(458, "listmount", "int", "", [
    "req:ptr<",
    "mnt_ids:longarray>@ret",
    "nr_mnt_ids:ulong",
    "flags:flags=listmount_flags"
  ]),
  row(459, "lsm_get_self_attr", "int", "", [
    "attr:enum=lsm_attr",
    "ctx:ptr>",
    "size:intarray<>#1",
    "flags:flags=lsm_flags"
  ]),
  row(460, "lsm_set_self_attr", "int", "", ["attr:enum=lsm_attr", "ctx:ptr<", "size:uint", "flags:hex"]),
  row(461, "lsm_list_modules", "int", "", ["ids:longarray>@ret", "size:intarray<>#1", "flags:hex"]),
  row(462, "mseal", "int", "memory", ["addr:ptr", "length:ulong", "flags:hex"]),
  row(463, "setxattrat", "int", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "flags:flags=at",
    "name:str",
    "args:ptr<",
    "size:ulong"
  ]),
  row(464, "getxattrat", "int", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "flags:flags=at",
    "name:str",
    "args:ptr<>",
    "size:ulong"
  ]),
  row(465, "listxattrat", "int", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "flags:flags=at",
    "list:buf>@ret",
    "size:ulong"
  ]),
  row(466, "removexattrat", "int", "desc file", ["dirfd:dirfd", "pathname:path", "flags:flags=at", "name:str"]),
  row(467, "open_tree_attr", "fd", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "flags:flags=open_tree_flags",
    "attr:struct=mount_attr<@4",
    "size:ulong"
  ]),
  row(468, "file_getattr", "int", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "attr:ptr>",
    "size:ulong",
    "flags:flags=at"
  ]),
  row(469, "file_setattr", "int", "desc file", [
    "dirfd:dirfd",
    "pathname:path",
    "attr:ptr<",
    "size:ulong",
    "flags:flags=at"
  ]),
  row(470, "listns", "int", "", ["req:ptr<", "ns_ids:longarray>@ret", "nr_ns_ids:ulong", "flags:hex"]),
  row(471, "rseq_slice_yield", "int", "", [])
];
var SYSCALLS = Object.freeze(ROWS);
var SYSCALL_MAX_NR = Math.max(...ROWS.map((r) => r.nr));
var SYS = Object.freeze(
  Object.fromEntries(ROWS.map((r) => [r.name, r.nr]))
);
var BY_NR = (() => {
  const a = new Array(SYSCALL_MAX_NR + 1).fill(void 0);
  for (const r of ROWS) a[r.nr] = r;
  return Object.freeze(a);
})();
var BY_NAME = new Map(ROWS.map((r) => [r.name, r]));
function syscallByNr(nr) {
  return BY_NR[nr];
}
function syscallByName(name) {
  return BY_NAME.get(name);
}
function collect(pick) {
  const names = /* @__PURE__ */ new Set();
  for (const r of ROWS) {
    for (const a of r.args) {
      const n = pick(a);
      if (n !== void 0) names.add(n);
    }
  }
  return Object.freeze([...names].sort());
}
var SET_NAMES_USED = collect((a) => a.set);
var STRUCT_NAMES_USED = collect((a) => a.struct);

// abi/errno.ts
var Errno = class {
  constructor(errno, code, message, goMessage) {
    this.errno = errno;
    this.code = code;
    this.message = message;
    this.goMessage = goMessage;
    Object.freeze(this);
  }
  errno;
  code;
  message;
  goMessage;
  toString() {
    return this.code;
  }
};
var byNumber2 = [];
function def(errno, code, message, goMessage) {
  const e = new Errno(errno, code, message, goMessage);
  byNumber2[errno] = e;
  return e;
}
var EPERM = def(1, "EPERM", "Operation not permitted", "operation not permitted");
var ENOENT = def(2, "ENOENT", "No such file or directory", "no such file or directory");
var ESRCH = def(3, "ESRCH", "No such process", "no such process");
var EINTR = def(4, "EINTR", "Interrupted system call", "interrupted system call");
var EIO = def(5, "EIO", "Input/output error", "input/output error");
var ENXIO = def(6, "ENXIO", "No such device or address", "no such device or address");
var E2BIG = def(7, "E2BIG", "Argument list too long", "argument list too long");
var ENOEXEC = def(8, "ENOEXEC", "Exec format error", "exec format error");
var EBADF = def(9, "EBADF", "Bad file descriptor", "bad file descriptor");
var ECHILD = def(10, "ECHILD", "No child processes", "no child processes");
var EAGAIN = def(11, "EAGAIN", "Resource temporarily unavailable", "resource temporarily unavailable");
var ENOMEM = def(12, "ENOMEM", "Cannot allocate memory", "cannot allocate memory");
var EACCES = def(13, "EACCES", "Permission denied", "permission denied");
var EFAULT = def(14, "EFAULT", "Bad address", "bad address");
var ENOTBLK = def(15, "ENOTBLK", "Block device required", "block device required");
var EBUSY = def(16, "EBUSY", "Device or resource busy", "device or resource busy");
var EEXIST = def(17, "EEXIST", "File exists", "file exists");
var EXDEV = def(18, "EXDEV", "Invalid cross-device link", "invalid cross-device link");
var ENODEV = def(19, "ENODEV", "No such device", "no such device");
var ENOTDIR = def(20, "ENOTDIR", "Not a directory", "not a directory");
var EISDIR = def(21, "EISDIR", "Is a directory", "is a directory");
var EINVAL = def(22, "EINVAL", "Invalid argument", "invalid argument");
var ENFILE = def(23, "ENFILE", "Too many open files in system", "too many open files in system");
var EMFILE = def(24, "EMFILE", "Too many open files", "too many open files");
var ENOTTY = def(25, "ENOTTY", "Inappropriate ioctl for device", "inappropriate ioctl for device");
var ETXTBSY = def(26, "ETXTBSY", "Text file busy", "text file busy");
var EFBIG = def(27, "EFBIG", "File too large", "file too large");
var ENOSPC = def(28, "ENOSPC", "No space left on device", "no space left on device");
var ESPIPE = def(29, "ESPIPE", "Illegal seek", "illegal seek");
var EROFS = def(30, "EROFS", "Read-only file system", "read-only file system");
var EMLINK = def(31, "EMLINK", "Too many links", "too many links");
var EPIPE = def(32, "EPIPE", "Broken pipe", "broken pipe");
var EDOM = def(33, "EDOM", "Numerical argument out of domain", "numerical argument out of domain");
var ERANGE = def(34, "ERANGE", "Numerical result out of range", "numerical result out of range");
var EDEADLK = def(35, "EDEADLK", "Resource deadlock avoided", "resource deadlock avoided");
var ENAMETOOLONG = def(36, "ENAMETOOLONG", "File name too long", "file name too long");
var ENOLCK = def(37, "ENOLCK", "No locks available", "no locks available");
var ENOSYS = def(38, "ENOSYS", "Function not implemented", "function not implemented");
var ENOTEMPTY = def(39, "ENOTEMPTY", "Directory not empty", "directory not empty");
var ELOOP = def(40, "ELOOP", "Too many levels of symbolic links", "too many levels of symbolic links");
var ENOMSG = def(42, "ENOMSG", "No message of desired type", "no message of desired type");
var EIDRM = def(43, "EIDRM", "Identifier removed", "identifier removed");
var ECHRNG = def(44, "ECHRNG", "Channel number out of range", "channel number out of range");
var EL2NSYNC = def(45, "EL2NSYNC", "Level 2 not synchronized", "level 2 not synchronized");
var EL3HLT = def(46, "EL3HLT", "Level 3 halted", "level 3 halted");
var EL3RST = def(47, "EL3RST", "Level 3 reset", "level 3 reset");
var ELNRNG = def(48, "ELNRNG", "Link number out of range", "link number out of range");
var EUNATCH = def(49, "EUNATCH", "Protocol driver not attached", "protocol driver not attached");
var ENOCSI = def(50, "ENOCSI", "No CSI structure available", "no CSI structure available");
var EL2HLT = def(51, "EL2HLT", "Level 2 halted", "level 2 halted");
var EBADE = def(52, "EBADE", "Invalid exchange", "invalid exchange");
var EBADR = def(53, "EBADR", "Invalid request descriptor", "invalid request descriptor");
var EXFULL = def(54, "EXFULL", "Exchange full", "exchange full");
var ENOANO = def(55, "ENOANO", "No anode", "no anode");
var EBADRQC = def(56, "EBADRQC", "Invalid request code", "invalid request code");
var EBADSLT = def(57, "EBADSLT", "Invalid slot", "invalid slot");
var EBFONT = def(59, "EBFONT", "Bad font file format", "bad font file format");
var ENOSTR = def(60, "ENOSTR", "Device not a stream", "device not a stream");
var ENODATA = def(61, "ENODATA", "No data available", "no data available");
var ETIME = def(62, "ETIME", "Timer expired", "timer expired");
var ENOSR = def(63, "ENOSR", "Out of streams resources", "out of streams resources");
var ENONET = def(64, "ENONET", "Machine is not on the network", "machine is not on the network");
var ENOPKG = def(65, "ENOPKG", "Package not installed", "package not installed");
var EREMOTE = def(66, "EREMOTE", "Object is remote", "object is remote");
var ENOLINK = def(67, "ENOLINK", "Link has been severed", "link has been severed");
var EADV = def(68, "EADV", "Advertise error", "advertise error");
var ESRMNT = def(69, "ESRMNT", "Srmount error", "srmount error");
var ECOMM = def(70, "ECOMM", "Communication error on send", "communication error on send");
var EPROTO = def(71, "EPROTO", "Protocol error", "protocol error");
var EMULTIHOP = def(72, "EMULTIHOP", "Multihop attempted", "multihop attempted");
var EDOTDOT = def(73, "EDOTDOT", "RFS specific error", "RFS specific error");
var EBADMSG = def(74, "EBADMSG", "Bad message", "bad message");
var EOVERFLOW = def(75, "EOVERFLOW", "Value too large for defined data type", "value too large for defined data type");
var ENOTUNIQ = def(76, "ENOTUNIQ", "Name not unique on network", "name not unique on network");
var EBADFD = def(77, "EBADFD", "File descriptor in bad state", "file descriptor in bad state");
var EREMCHG = def(78, "EREMCHG", "Remote address changed", "remote address changed");
var ELIBACC = def(79, "ELIBACC", "Can not access a needed shared library", "can not access a needed shared library");
var ELIBBAD = def(80, "ELIBBAD", "Accessing a corrupted shared library", "accessing a corrupted shared library");
var ELIBSCN = def(81, "ELIBSCN", ".lib section in a.out corrupted", ".lib section in a.out corrupted");
var ELIBMAX = def(82, "ELIBMAX", "Attempting to link in too many shared libraries", "attempting to link in too many shared libraries");
var ELIBEXEC = def(83, "ELIBEXEC", "Cannot exec a shared library directly", "cannot exec a shared library directly");
var EILSEQ = def(84, "EILSEQ", "Invalid or incomplete multibyte or wide character", "invalid or incomplete multibyte or wide character");
var ERESTART = def(85, "ERESTART", "Interrupted system call should be restarted", "interrupted system call should be restarted");
var ESTRPIPE = def(86, "ESTRPIPE", "Streams pipe error", "streams pipe error");
var EUSERS = def(87, "EUSERS", "Too many users", "too many users");
var ENOTSOCK = def(88, "ENOTSOCK", "Socket operation on non-socket", "socket operation on non-socket");
var EDESTADDRREQ = def(89, "EDESTADDRREQ", "Destination address required", "destination address required");
var EMSGSIZE = def(90, "EMSGSIZE", "Message too long", "message too long");
var EPROTOTYPE = def(91, "EPROTOTYPE", "Protocol wrong type for socket", "protocol wrong type for socket");
var ENOPROTOOPT = def(92, "ENOPROTOOPT", "Protocol not available", "protocol not available");
var EPROTONOSUPPORT = def(93, "EPROTONOSUPPORT", "Protocol not supported", "protocol not supported");
var ESOCKTNOSUPPORT = def(94, "ESOCKTNOSUPPORT", "Socket type not supported", "socket type not supported");
var EOPNOTSUPP = def(95, "EOPNOTSUPP", "Operation not supported", "operation not supported");
var EPFNOSUPPORT = def(96, "EPFNOSUPPORT", "Protocol family not supported", "protocol family not supported");
var EAFNOSUPPORT = def(97, "EAFNOSUPPORT", "Address family not supported by protocol", "address family not supported by protocol");
var EADDRINUSE = def(98, "EADDRINUSE", "Address already in use", "address already in use");
var EADDRNOTAVAIL = def(99, "EADDRNOTAVAIL", "Cannot assign requested address", "cannot assign requested address");
var ENETDOWN = def(100, "ENETDOWN", "Network is down", "network is down");
var ENETUNREACH = def(101, "ENETUNREACH", "Network is unreachable", "network is unreachable");
var ENETRESET = def(102, "ENETRESET", "Network dropped connection on reset", "network dropped connection on reset");
var ECONNABORTED = def(103, "ECONNABORTED", "Software caused connection abort", "software caused connection abort");
var ECONNRESET = def(104, "ECONNRESET", "Connection reset by peer", "connection reset by peer");
var ENOBUFS = def(105, "ENOBUFS", "No buffer space available", "no buffer space available");
var EISCONN = def(106, "EISCONN", "Transport endpoint is already connected", "transport endpoint is already connected");
var ENOTCONN = def(107, "ENOTCONN", "Transport endpoint is not connected", "transport endpoint is not connected");
var ESHUTDOWN = def(108, "ESHUTDOWN", "Cannot send after transport endpoint shutdown", "cannot send after transport endpoint shutdown");
var ETOOMANYREFS = def(109, "ETOOMANYREFS", "Too many references: cannot splice", "too many references: cannot splice");
var ETIMEDOUT = def(110, "ETIMEDOUT", "Connection timed out", "connection timed out");
var ECONNREFUSED = def(111, "ECONNREFUSED", "Connection refused", "connection refused");
var EHOSTDOWN = def(112, "EHOSTDOWN", "Host is down", "host is down");
var EHOSTUNREACH = def(113, "EHOSTUNREACH", "No route to host", "no route to host");
var EALREADY = def(114, "EALREADY", "Operation already in progress", "operation already in progress");
var EINPROGRESS = def(115, "EINPROGRESS", "Operation now in progress", "operation now in progress");
var ESTALE = def(116, "ESTALE", "Stale file handle", "stale NFS file handle");
var EUCLEAN = def(117, "EUCLEAN", "Structure needs cleaning", "structure needs cleaning");
var ENOTNAM = def(118, "ENOTNAM", "Not a XENIX named type file", "not a XENIX named type file");
var ENAVAIL = def(119, "ENAVAIL", "No XENIX semaphores available", "no XENIX semaphores available");
var EISNAM = def(120, "EISNAM", "Is a named type file", "is a named type file");
var EREMOTEIO = def(121, "EREMOTEIO", "Remote I/O error", "remote I/O error");
var EDQUOT = def(122, "EDQUOT", "Disk quota exceeded", "disk quota exceeded");
var ENOMEDIUM = def(123, "ENOMEDIUM", "No medium found", "no medium found");
var EMEDIUMTYPE = def(124, "EMEDIUMTYPE", "Wrong medium type", "wrong medium type");
var ECANCELED = def(125, "ECANCELED", "Operation canceled", "operation canceled");
var ENOKEY = def(126, "ENOKEY", "Required key not available", "required key not available");
var EKEYEXPIRED = def(127, "EKEYEXPIRED", "Key has expired", "key has expired");
var EKEYREVOKED = def(128, "EKEYREVOKED", "Key has been revoked", "key has been revoked");
var EKEYREJECTED = def(129, "EKEYREJECTED", "Key was rejected by service", "key was rejected by service");
var EOWNERDEAD = def(130, "EOWNERDEAD", "Owner died", "owner died");
var ENOTRECOVERABLE = def(131, "ENOTRECOVERABLE", "State not recoverable", "state not recoverable");
var ERFKILL = def(132, "ERFKILL", "Operation not possible due to RF-kill", "operation not possible due to RF-kill");
var EHWPOISON = def(133, "EHWPOISON", "Memory page has hardware error", "errno 133");
var ERESTARTSYS = def(512, "ERESTARTSYS", "To be restarted if SA_RESTART is set", "errno 512");
var ERESTARTNOINTR = def(513, "ERESTARTNOINTR", "To be restarted", "errno 513");
var ERESTARTNOHAND = def(514, "ERESTARTNOHAND", "To be restarted if no handler", "errno 514");
var ENOIOCTLCMD = def(515, "ENOIOCTLCMD", "No ioctl command", "errno 515");
var ERESTART_RESTARTBLOCK = def(516, "ERESTART_RESTARTBLOCK", "Interrupted by signal", "errno 516");
var ENOTSUPP = def(524, "ENOTSUPP", "Operation is not supported", "errno 524");
function errnoByNumber(n) {
  return byNumber2[n];
}
function goErrnoText(n) {
  return byNumber2[n]?.goMessage ?? `errno ${n}`;
}

// mm/address_space.ts
var TASK_SIZE = 140737488351232;

// mm/usercopy.ts
var Out = class {
  value = void 0;
};
function isNull(p2) {
  return p2 === 0 || p2 === null || p2 === void 0;
}
function accessOk(p2, len) {
  if (typeof p2 === "number") return p2 >= 0 && len >= 0 && p2 + len <= TASK_SIZE;
  if (p2 instanceof Uint8Array || typeof p2 === "string") return len <= p2.length;
  return p2 === null || p2 === void 0 ? len === 0 : false;
}
function copyToUser(mm, dst, src, n = src.length) {
  if (typeof dst === "number") return mm.copyOut(dst, src, 0, n);
  if (dst instanceof Uint8Array) {
    const k = Math.min(n, dst.length);
    dst.set(k === src.length ? src : src.subarray(0, k));
    return k;
  }
  return 0;
}
function copyToUserAt(mm, dst, off, src, n) {
  if (typeof dst === "number") return mm.copyOut(dst + off, src, 0, n);
  if (dst instanceof Uint8Array) {
    const k = Math.max(0, Math.min(n, dst.length - off));
    dst.set(k === src.length ? src : src.subarray(0, k), off);
    return k;
  }
  return 0;
}
function userBytes(mm, p2, len) {
  if (p2 instanceof Uint8Array) return len === p2.length ? p2 : p2.subarray(0, len);
  if (typeof p2 === "string") {
    const b2 = new Uint8Array(Math.min(len, p2.length));
    for (let i = 0; i < b2.length; i++) b2[i] = p2.charCodeAt(i) & 255;
    return b2;
  }
  if (typeof p2 !== "number") return len === 0 ? new Uint8Array(0) : EFAULT;
  if (len === 0) return new Uint8Array(0);
  const v = mm.view(p2, len);
  if (v) return v;
  const n = mm.mapped(p2, len);
  if (n === 0) return EFAULT;
  const part = mm.view(p2, n);
  if (part) return part;
  const b = new Uint8Array(n);
  const k = mm.copyIn(p2, b, 0, n);
  return k === 0 ? EFAULT : b.subarray(0, k);
}
function userReach(mm, p2, len) {
  if (p2 instanceof Uint8Array) return Math.min(len, p2.length);
  if (typeof p2 === "number") return mm.mapped(p2, len);
  return 0;
}
function userString(mm, p2, max) {
  if (typeof p2 === "string") {
    const z = p2.indexOf("\0");
    const s3 = z < 0 ? p2 : p2.slice(0, z);
    return s3.length >= max ? ENAMETOOLONG : s3;
  }
  if (typeof p2 !== "number") return EFAULT;
  const s2 = mm.readCString(p2, max);
  if (s2 === null) return EFAULT;
  if (s2 === "long") return ENAMETOOLONG;
  return s2;
}
function copyStructToUser(mm, p2, layout, value) {
  if (p2 instanceof Out) {
    p2.value = value;
    return void 0;
  }
  if (typeof p2 === "number" || p2 instanceof Uint8Array) {
    const bytes2 = layout.toBytes(value);
    return copyToUser(mm, p2, bytes2) === bytes2.length ? void 0 : EFAULT;
  }
  return EFAULT;
}
function copyStructFromUser(mm, p2, layout) {
  if (typeof p2 === "number" || p2 instanceof Uint8Array) {
    const b = userBytes(mm, p2, layout.size);
    if (!(b instanceof Uint8Array) || b.length < layout.size) return EFAULT;
    return layout.fromBytes(b);
  }
  if (p2 === null || typeof p2 !== "object" || p2 instanceof Out || Array.isArray(p2)) return EFAULT;
  const rec = p2;
  for (const f of layout.fields) {
    if (typeof f.type !== "string") continue;
    const x = rec[f.name];
    if (x !== void 0 && !(typeof x === "number" && Number.isFinite(x))) return EFAULT;
  }
  try {
    return layout.fromBytes(layout.toBytes(p2));
  } catch {
    return EFAULT;
  }
}
function copyIntsToUser(mm, p2, ints) {
  if (p2 instanceof Out) {
    p2.value = ints.slice();
    return void 0;
  }
  const b = new Uint8Array(ints.length * 4);
  const dv = new DataView(b.buffer);
  ints.forEach((v, i) => dv.setInt32(i * 4, v, true));
  return copyToUser(mm, p2, b) === b.length ? void 0 : EFAULT;
}
function userStringArray(mm, p2, maxStr, maxCount) {
  if (Array.isArray(p2)) return p2.map((s2) => String(s2));
  if (isNull(p2)) return [];
  if (typeof p2 !== "number") return EFAULT;
  const out2 = [];
  const word = new Uint8Array(8);
  for (let i = 0; ; i++) {
    if (i >= maxCount) return EFAULT;
    if (mm.copyIn(p2 + i * 8, word, 0, 8) !== 8) return EFAULT;
    const lo = word[0] | word[1] << 8 | word[2] << 16 | word[3] << 24;
    const hi = word[4] | word[5] << 8 | word[6] << 16 | word[7] << 24;
    const addr = (lo >>> 0) + (hi >>> 0) * 4294967296;
    if (addr === 0) return out2;
    const s2 = userString(mm, addr, maxStr);
    if (typeof s2 !== "string") return s2;
    out2.push(s2);
  }
}

// abi/resource.ts
var RLIMIT_CPU = 0;
var RLIMIT_FSIZE = 1;
var RLIMIT_DATA = 2;
var RLIMIT_STACK = 3;
var RLIMIT_CORE = 4;
var RLIMIT_RSS = 5;
var RLIMIT_NPROC = 6;
var RLIMIT_NOFILE = 7;
var RLIMIT_MEMLOCK = 8;
var RLIMIT_AS = 9;
var RLIMIT_LOCKS = 10;
var RLIMIT_SIGPENDING = 11;
var RLIMIT_MSGQUEUE = 12;
var RLIMIT_NICE = 13;
var RLIMIT_RTPRIO = 14;
var RLIMIT_RTTIME = 15;
var RLIM_NLIMITS = 16;
var RLIM_INFINITY = 2 ** 64;
var RUSAGE_SELF = 0;
var RUSAGE_CHILDREN = -1;
var RUSAGE_THREAD = 1;
var _STK_LIM = 8 * 1024 * 1024;
var MLOCK_LIMIT = 8 * 1024 * 1024;

// mm/flat.ts
var FLAT_BASE = 65536;
var DATA_SIZE = 65536;
var MAX_SIZE = 1 << 30;
var FlatMemory = class _FlatMemory {
  mem;
  /** Bytes currently mapped (the capacity of `mem` may be larger). */
  length;
  brkStart = FLAT_BASE + DATA_SIZE;
  brkCur = FLAT_BASE + DATA_SIZE;
  constructor(from) {
    if (from) {
      this.mem = from.mem.slice(0, Math.max(from.length, 1));
      this.length = from.length;
      this.brkCur = from.brkCur;
    } else {
      this.mem = new Uint8Array(DATA_SIZE);
      this.length = DATA_SIZE;
    }
  }
  /** Bytes of [addr, addr+n) that are mapped, counted from addr (0 if addr is unmapped). */
  avail(addr, n) {
    const off = addr - FLAT_BASE;
    if (!(off >= 0 && off < this.length)) return 0;
    return Math.min(n, this.length - off);
  }
  copyOut(addr, src, srcOff, n) {
    const k = this.avail(addr, n);
    if (k > 0) this.mem.set(src.subarray(srcOff, srcOff + k), addr - FLAT_BASE);
    return k;
  }
  copyIn(addr, dst, dstOff, n) {
    const k = this.avail(addr, n);
    if (k > 0) {
      const off = addr - FLAT_BASE;
      dst.set(this.mem.subarray(off, off + k), dstOff);
    }
    return k;
  }
  view(addr, n) {
    if (this.avail(addr, n) !== n) return null;
    const off = addr - FLAT_BASE;
    return this.mem.subarray(off, off + n);
  }
  mapped(addr, n) {
    return n > 0 ? this.avail(addr, n) : 0;
  }
  readCString(addr, max) {
    const off = addr - FLAT_BASE;
    if (!(off >= 0 && off < this.length)) return null;
    const end = Math.min(this.length, off + max);
    let s2 = "";
    for (let i = off; i < end; i++) {
      const c = this.mem[i];
      if (c === 0) return s2;
      s2 += String.fromCharCode(c);
    }
    return end - off >= max ? "long" : null;
  }
  brk(addr) {
    if (!(addr >= this.brkStart)) return this.brkCur;
    const newLen = Math.ceil((addr - FLAT_BASE) / 4096) * 4096;
    if (newLen > MAX_SIZE) return this.brkCur;
    if (newLen > this.mem.length) {
      let cap = this.mem.length;
      while (cap < newLen) cap *= 2;
      const m = new Uint8Array(cap);
      m.set(this.mem.subarray(0, this.length));
      this.mem = m;
    } else if (newLen < this.length) {
      this.mem.fill(0, newLen, this.length);
    }
    this.length = Math.max(newLen, DATA_SIZE);
    this.brkCur = addr;
    return addr;
  }
  fork() {
    return new _FlatMemory(this);
  }
  residentBytes() {
    return this.length;
  }
};

// proc/cred.ts
var CAP_FULL = 2 ** 41 - 1;
var Cred = class _Cred {
  constructor(uid, gid, euid, egid, suid, sgid, fsuid, fsgid, groups, capEffective, capPermitted) {
    this.uid = uid;
    this.gid = gid;
    this.euid = euid;
    this.egid = egid;
    this.suid = suid;
    this.sgid = sgid;
    this.fsuid = fsuid;
    this.fsgid = fsgid;
    this.groups = groups;
    this.capEffective = capEffective;
    this.capPermitted = capPermitted;
    Object.freeze(this);
  }
  uid;
  gid;
  euid;
  egid;
  suid;
  sgid;
  fsuid;
  fsgid;
  groups;
  capEffective;
  capPermitted;
  /** A credential where every id is `uid`/`gid` (a login as that user). */
  static of(uid, gid, groups = []) {
    const caps = uid === 0 ? CAP_FULL : 0;
    return new _Cred(uid, gid, uid, gid, uid, gid, uid, gid, Object.freeze([...groups]), caps, caps);
  }
  /** A copy with some fields changed; capabilities follow the effective uid. */
  with(ch) {
    const euid = ch.euid ?? this.euid;
    const caps = euid === 0 ? CAP_FULL : 0;
    return new _Cred(
      ch.uid ?? this.uid,
      ch.gid ?? this.gid,
      euid,
      ch.egid ?? this.egid,
      ch.suid ?? this.suid,
      ch.sgid ?? this.sgid,
      ch.fsuid ?? this.fsuid,
      ch.fsgid ?? this.fsgid,
      Object.freeze([...ch.groups ?? this.groups]),
      caps,
      caps
    );
  }
};

// abi/wait.ts
var WNOHANG = 1;
var WUNTRACED = 2;
var WSTOPPED = WUNTRACED;
var WEXITED = 4;
var WCONTINUED = 8;
var WNOWAIT = 16777216;
var __WNOTHREAD = 536870912;
var __WALL = 1073741824;
var __WCLONE = 2147483648;
var P_ALL = 0;
var P_PID = 1;
var P_PGID = 2;
var P_PIDFD = 3;
var WCOREFLAG = 128;
function wExitStatus(code) {
  return (code & 255) << 8;
}
function wTermSig(sig, core = false) {
  return sig & 127 | (core ? WCOREFLAG : 0);
}
function WEXITSTATUS(status) {
  return (status & 65280) >> 8;
}
function WTERMSIG(status) {
  return status & 127;
}
function WIFEXITED(status) {
  return WTERMSIG(status) === 0;
}
function WCOREDUMP(status) {
  return (status & WCOREFLAG) !== 0;
}

// vfs/ctx.ts
var BLOCK = /* @__PURE__ */ Symbol("BLOCK");
function capable(cred, cap) {
  return Math.floor(cred.capEffective / 2 ** cap) % 2 === 1;
}

// vfs/fs_struct.ts
function newFsContext(root, cwd, umask) {
  root.inode.refs++;
  cwd.inode.refs++;
  return { root, cwd, umask, users: 1 };
}
function copyFsContext(fs) {
  return newFsContext(fs.root, fs.cwd, fs.umask);
}
function setCwd(fs, ref) {
  ref.inode.refs++;
  const old = fs.cwd;
  fs.cwd = ref;
  drop(old);
}
function putFsContext(fs) {
  if (--fs.users > 0) return;
  drop(fs.root);
  drop(fs.cwd);
}
function drop(ref) {
  ref.inode.refs--;
  ref.inode.sb.maybeFree(ref.inode);
}

// proc/signal.ts
var sigbit = (sig) => 1n << BigInt(sig - 1);
var UNBLOCKABLE = sigbit(SIGKILL) | sigbit(SIGSTOP);
var SigHand = class {
  actions = [];
  users = 1;
  constructor(from) {
    for (let s2 = 1; s2 <= 64; s2++) {
      const a = from?.actions[s2];
      this.actions[s2] = a ? { ...a } : { handler: SIG_DFL, flags: 0, mask: 0n, restorer: 0 };
    }
  }
  /** execve: handled signals go back to SIG_DFL; ignored ones stay ignored. */
  resetForExec() {
    for (let s2 = 1; s2 <= 64; s2++) {
      const a = this.actions[s2];
      if (typeof a.handler !== "number" || a.handler > SIG_IGN) this.actions[s2] = { handler: SIG_DFL, flags: 0, mask: 0n, restorer: 0 };
    }
  }
};
var SigPending = class {
  set = 0n;
  queue = [];
  add(info) {
    const bit = sigbit(info.signo);
    if (info.signo < SIGRTMIN && this.set & bit) return;
    this.set |= bit;
    this.queue.push(info);
  }
  /** Removes and returns the first queued info of `sig`. */
  take(sig) {
    const i = this.queue.findIndex((q) => q.signo === sig);
    const info = i >= 0 ? this.queue.splice(i, 1)[0] : { signo: sig, code: 0 };
    if (!this.queue.some((q) => q.signo === sig)) this.set &= ~sigbit(sig);
    return info;
  }
  /** The signals pending, in queue order (for /proc and tests). */
  list() {
    return this.queue;
  }
};
function sigIgnored(p2, sig) {
  const h2 = p2.sighand.actions[sig].handler;
  if (h2 === SIG_IGN) return true;
  return h2 === SIG_DFL && signalByNumber(sig)?.defaultAction === "ign";
}
function sendSignal(t, info, shared) {
  const sig = info.signo;
  if (!validSignal(sig)) return false;
  const p2 = t.process;
  if (p2.state !== "alive") return false;
  if (p2.unkillable && p2.sighand.actions[sig].handler === SIG_DFL) return false;
  const blocked = (t.sigBlocked & sigbit(sig)) !== 0n;
  if (!blocked && sigIgnored(p2, sig) && sig !== SIGKILL) return false;
  (shared ? p2.sharedPending : t.sigPending).add(info);
  const target = !blocked ? t : p2.threads.find((th) => (th.sigBlocked & sigbit(sig)) === 0n);
  if (sig === SIGKILL) {
    for (const th of p2.threads) th.interrupt();
  } else if (target) {
    target.interrupt();
  }
  return true;
}
function nextSignal(t) {
  const ready = (t.sigPending.set | t.process.sharedPending.set) & ~t.sigBlocked;
  if (ready === 0n) return 0;
  let sig = 1;
  let bits = ready;
  while ((bits & 1n) === 0n) {
    bits >>= 1n;
    sig++;
  }
  return sig;
}
function dequeueSignal(t, sig) {
  const bit = sigbit(sig);
  return t.sigPending.set & bit ? t.sigPending.take(sig) : t.process.sharedPending.take(sig);
}
function signalPending(t) {
  return ((t.sigPending.set | t.process.sharedPending.set) & ~t.sigBlocked) !== 0n;
}

// proc/exit.ts
function ticks(ns) {
  return Math.floor(ns / 1e7);
}
function exitThread(host, t, status) {
  if (t.state === "dead") return;
  const p2 = t.process;
  t.state = "dead";
  t.dequeueAll();
  host.retire(t);
  p2.deadUtimeNs += t.utimeNs;
  p2.deadStimeNs += t.stimeNs;
  host.onTaskExit(t, status);
  t.vforkDone = true;
  t.vforkWait.wakeAll();
  if (--t.files.users === 0) t.files.closeAll(host.vfs);
  putFsContext(t.fs);
  if (p2.liveThreads.length === 0) processExit(host, p2, status);
}
function exitGroup(host, t, status) {
  const p2 = t.process;
  for (const th of p2.threads) if (th !== t) exitThread(host, th, status);
  exitThread(host, t, status);
}
function processTimes(p2) {
  let u = p2.deadUtimeNs;
  let s2 = p2.deadStimeNs;
  for (const t of p2.threads) if (t.state !== "dead") {
    u += t.utimeNs;
    s2 += t.stimeNs;
  }
  return { utimeNs: u, stimeNs: s2 };
}
function processExit(host, p2, status) {
  p2.state = "zombie";
  p2.exitStatus = status;
  for (const c of p2.children.splice(0)) {
    c.parent = host.reaper;
    host.reaper.children.push(c);
    if (c.state === "zombie") reap(host, c);
  }
  const parent = p2.parent;
  if (!parent || parent === host.reaper) {
    host.onProcessExit(p2);
    reap(host, p2);
    return;
  }
  const times = processTimes(p2);
  const code = WIFEXITED(status) ? CLD_EXITED : WCOREDUMP(status) ? CLD_DUMPED : CLD_KILLED;
  const info = {
    signo: p2.exitSignal,
    code,
    pid: p2.pid,
    uid: p2.threads[0]?.cred.uid ?? 0,
    status: WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status),
    utime: ticks(times.utimeNs),
    stime: ticks(times.stimeNs)
  };
  const act = parent.sighand.actions[SIGCHLD];
  const autoReap = p2.exitSignal === SIGCHLD && (act.handler === SIG_IGN || (act.flags & SA_NOCLDWAIT) !== 0);
  const sigTarget = parent.leader;
  if (p2.exitSignal > 0 && sigTarget) sendSignal(sigTarget, info, true);
  host.onProcessExit(p2);
  if (autoReap) reap(host, p2);
  parent.childWait.wakeAll();
}
function reap(host, p2) {
  const parent = p2.parent;
  if (parent) {
    const i = parent.children.indexOf(p2);
    if (i >= 0) parent.children.splice(i, 1);
    const t = processTimes(p2);
    parent.cutimeNs += t.utimeNs + p2.cutimeNs;
    parent.cstimeNs += t.stimeNs + p2.cstimeNs;
  }
  p2.state = "reaped";
  host.pidns.processes.delete(p2.pid);
  for (const t of p2.threads) host.pidns.tasks.delete(t.tid);
  parent?.childWait.wakeAll();
}
function matches(waiter, c, pid) {
  if (pid > 0) return c.pid === pid;
  if (pid === 0) return c.pgid === waiter.pgid;
  if (pid === -1) return true;
  return c.pgid === -pid;
}
function wait4(host, t, pid, options) {
  if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL)) return EINVAL;
  return doWait(host, t, (c) => matches(t.process, c, pid), options | WEXITED);
}
function doWait(host, t, select, options) {
  const me = t.process;
  let any = false;
  for (const c of me.children) {
    if (!select(c)) continue;
    const cloneChild = c.exitSignal !== SIGCHLD;
    if (!(options & __WALL) && cloneChild !== ((options & __WCLONE) !== 0)) continue;
    any = true;
    if (c.state === "zombie" && options & WEXITED) {
      const times = processTimes(c);
      const r = {
        pid: c.pid,
        status: c.exitStatus,
        utimeNs: times.utimeNs + c.cutimeNs,
        stimeNs: times.stimeNs + c.cstimeNs
      };
      if (!(options & WNOWAIT)) reap(host, c);
      return r;
    }
  }
  if (!any) return ECHILD;
  if (options & WNOHANG) return 0;
  t.waitOn(me.childWait);
  return BLOCK;
}

// proc/fdtable.ts
var FdTable = class _FdTable {
  files = [];
  cloexec = [];
  /** No fd below this index is free (a hint, like Linux's next_fd). */
  nextFree = 0;
  /** Tasks sharing this table (CLONE_FILES). */
  users = 1;
  /** The open file at `fd`, or undefined for a closed or invalid fd. */
  get(fd) {
    return this.files[fd];
  }
  isCloexec(fd) {
    return this.cloexec[fd] === true;
  }
  setCloexec(fd, on) {
    if (this.files[fd]) this.cloexec[fd] = on;
  }
  /** Number of slots ever used (the highest open fd + 1, at most). */
  get size() {
    return this.files.length;
  }
  /** The fd alloc() would choose, or EMFILE (checked before an open does its work). */
  peek(min, limit) {
    let fd = Math.max(min, this.nextFree);
    while (fd < this.files.length && this.files[fd] !== void 0) fd++;
    return fd >= limit ? EMFILE : fd;
  }
  /** Installs `f` (whose reference the table takes over) at the lowest free fd ≥ min. */
  alloc(f, cloexec, min, limit) {
    let fd = Math.max(min, this.nextFree);
    const files = this.files;
    while (fd < files.length && files[fd] !== void 0) fd++;
    if (fd >= limit) return EMFILE;
    files[fd] = f;
    this.cloexec[fd] = cloexec;
    if (min <= this.nextFree) this.nextFree = fd + 1;
    return fd;
  }
  /** Puts `f` at exactly `fd` (dup2/dup3); returns the file that was there, for the caller to fput. */
  install(fd, f, cloexec) {
    const old = this.files[fd];
    this.files[fd] = f;
    this.cloexec[fd] = cloexec;
    return old;
  }
  /** Removes `fd`; returns the file for the caller to fput, or EBADF. */
  remove(fd) {
    const f = this.files[fd];
    if (f === void 0) return EBADF;
    this.files[fd] = void 0;
    this.cloexec[fd] = false;
    if (fd < this.nextFree) this.nextFree = fd;
    while (this.files.length > 0 && this.files[this.files.length - 1] === void 0) this.files.pop();
    return f;
  }
  /** Every open fd in increasing order. */
  *entries() {
    for (let fd = 0; fd < this.files.length; fd++) {
      const f = this.files[fd];
      if (f) yield [fd, f, this.cloexec[fd] === true];
    }
  }
  /** fork(): a copy naming the same open files (each gains a reference). */
  fork(vfs) {
    const t = new _FdTable();
    for (const [fd, f, ce] of this.entries()) {
      t.files[fd] = vfs.fget(f);
      t.cloexec[fd] = ce;
    }
    t.nextFree = 0;
    return t;
  }
  /** Closes every fd (exit); each file loses a reference. */
  closeAll(vfs) {
    for (const [, f] of this.entries()) vfs.fput(f);
    this.files = [];
    this.cloexec = [];
    this.nextFree = 0;
  }
  /** execve(): closes the close-on-exec fds. */
  closeOnExec(vfs) {
    for (const [fd, f, ce] of this.entries()) {
      if (ce) {
        this.remove(fd);
        vfs.fput(f);
      }
    }
  }
};

// vfs/waitqueue.ts
var WaitQueue = class {
  waiters = [];
  /** Adds `w` unless it is already waiting here. */
  add(w) {
    if (!this.waiters.includes(w)) this.waiters.push(w);
  }
  remove(w) {
    const i = this.waiters.indexOf(w);
    if (i >= 0) this.waiters.splice(i, 1);
  }
  get size() {
    return this.waiters.length;
  }
  has(w) {
    return this.waiters.includes(w);
  }
  /** Wakes every waiter, in the order they started waiting (deterministic). */
  wakeAll() {
    if (this.waiters.length === 0) return;
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w.wake();
  }
};

// proc/process.ts
function defaultRlimits() {
  const inf = RLIM_INFINITY;
  const r = [];
  for (let i = 0; i < RLIM_NLIMITS; i++) r.push([inf, inf]);
  r[RLIMIT_CPU] = [inf, inf];
  r[RLIMIT_FSIZE] = [inf, inf];
  r[RLIMIT_DATA] = [inf, inf];
  r[RLIMIT_STACK] = [8 * 1024 * 1024, inf];
  r[RLIMIT_CORE] = [0, inf];
  r[RLIMIT_RSS] = [inf, inf];
  r[RLIMIT_NPROC] = [8192, 8192];
  r[RLIMIT_NOFILE] = [1024, 4096];
  r[RLIMIT_MEMLOCK] = [8 * 1024 * 1024, 8 * 1024 * 1024];
  r[RLIMIT_AS] = [inf, inf];
  r[RLIMIT_LOCKS] = [inf, inf];
  r[RLIMIT_SIGPENDING] = [8192, 8192];
  r[RLIMIT_MSGQUEUE] = [819200, 819200];
  r[RLIMIT_NICE] = [0, 0];
  r[RLIMIT_RTPRIO] = [0, 0];
  r[RLIMIT_RTTIME] = [inf, inf];
  return r;
}
var Process = class {
  constructor(pid, parent, opts) {
    this.pid = pid;
    this.parent = parent;
    this.pgid = opts.pgid;
    this.sid = opts.sid;
    this.sighand = opts.sighand;
    this.rlimits = opts.rlimits;
    this.exitSignal = opts.exitSignal;
    this.startNs = opts.startNs;
  }
  pid;
  parent;
  state = "alive";
  /** Child processes, oldest first. */
  children = [];
  threads = [];
  pgid;
  sid;
  sighand;
  sharedPending = new SigPending();
  rlimits;
  /** The parent sleeps here in wait4 until a child changes state. */
  childWait = new WaitQueue();
  /** The wait status once a zombie (abi/wait.ts encoding). */
  exitStatus = 0;
  /** Signal sent to the parent on exit (SIGCHLD for fork; the low byte of clone's flags). */
  exitSignal;
  /** CPU time of reaped children (for RUSAGE_CHILDREN), in ns. */
  cutimeNs = 0;
  cstimeNs = 0;
  /** CPU time of threads that already exited. */
  deadUtimeNs = 0;
  deadStimeNs = 0;
  /** What execve ran: the path, argv and envp (for /proc/[pid]/{exe,cmdline,environ}). */
  exe = "";
  argv = [];
  envp = [];
  /** init: signals with the default action never reach it (SIGNAL_UNKILLABLE). */
  unkillable = false;
  /** CLOCK_MONOTONIC time the process started, in ns. */
  startNs;
  /** The thread whose tid is the pid (it may have exited while others run). */
  get leader() {
    return this.threads.find((t) => t.tid === this.pid) ?? this.threads[0];
  }
  get liveThreads() {
    return this.threads.filter((t) => t.state !== "dead");
  }
};
var PidNamespace = class {
  tasks = /* @__PURE__ */ new Map();
  processes = /* @__PURE__ */ new Map();
  last = 0;
  /** /proc/sys/kernel/pid_max on a 1-CPU machine: 32768. */
  pidMax = 32768;
  /** Allocates the next free pid after the last one, wrapping to 300 like Linux (RESERVED_PIDS). */
  allocPid() {
    for (let i = 0; i < this.pidMax; i++) {
      let pid = this.last + 1;
      if (pid >= this.pidMax) pid = 300;
      this.last = pid;
      if (!this.tasks.has(pid) && !this.processes.has(pid)) return pid;
    }
    return void 0;
  }
};

// proc/task.ts
var Task = class {
  constructor(host, tid, process2, cred, fs, files, mm, mntns, uts) {
    this.host = host;
    this.tid = tid;
    this.process = process2;
    this.cred = cred;
    this.fs = fs;
    this.files = files;
    this.mm = mm;
    this.mntns = mntns;
    this.uts = uts;
  }
  host;
  tid;
  process;
  cred;
  fs;
  files;
  mm;
  mntns;
  uts;
  state = "new";
  /** Thread name (comm): at most 15 bytes, set by exec and PR_SET_NAME. */
  comm = "";
  /** Signals blocked by this thread. */
  sigBlocked = 0n;
  /** Signals sent to this thread only. */
  sigPending = new SigPending();
  /** set_tid_address / CLONE_CHILD_CLEARTID: zeroed at exit. */
  clearChildTid = 0;
  /** CPU time charged to this thread, in ns (kernel/cost.ts decides how much). */
  utimeNs = 0;
  stimeNs = 0;
  // --- dispatcher state (kernel/dispatch.ts) ---
  /** In a syscall that has been entered and not yet returned (possibly asleep). */
  inSyscall = false;
  scNr = -1;
  scArgs = [0, 0, 0, 0, 0, 0];
  /** CLOCK_MONOTONIC when the current call entered the kernel (for -T durations). */
  enterNs = 0;
  /** VfsCtx.progress: bytes already moved by a blocking call across its retries. */
  progress = 0;
  /** Virtual time at which a sleeping call wants to be woken (-1: none). */
  wakeAtNs = -1;
  /** Clean-up to run when the current call returns (cancels a sleep's timer). */
  onSyscallExit = null;
  /** The task was woken by a signal (as opposed to the event it waited for). */
  interrupted = false;
  /** Queues this task sleeps on. */
  queues = [];
  // --- runtime state (kernel/sched.ts and userland) ---
  /** Resolves the promise of the syscall the program awaits (set while parked). */
  resume = null;
  /** A result computed for a preempted task, delivered when it runs again. */
  parkedResult = 0;
  /** What to run when the task is first scheduled (program entry or thread function). */
  entry = null;
  /** The typed door's clone(flags, fn): the child's function, consumed by the clone call. */
  cloneEntry = null;
  /** CLONE_VFORK: the parent sleeps on vforkWait until this task execs or exits. */
  vforkDone = false;
  vforkWait = new WaitQueue();
  /** The thread-group id (what getpid returns). */
  get tgid() {
    return this.process.pid;
  }
  // --- VfsCtx ---
  now() {
    return this.host.realtime();
  }
  waitOn(q) {
    q.add(this);
    this.queues.push(q);
  }
  signalSelf(sig) {
    sendSignal(this, { signo: sig, code: 0, pid: this.tgid, uid: this.cred.uid }, false);
  }
  fileSizeLimit() {
    return this.process.rlimits[RLIMIT_FSIZE][0];
  }
  // --- Waiter ---
  /** Woken by a wait queue: leave every queue and become runnable. */
  wake() {
    this.dequeueAll();
    if (this.state === "blocked") this.host.wake(this);
  }
  /** A signal arrived: wake the task if it sleeps, marking the wake-up as an interruption. */
  interrupt() {
    if (this.state === "blocked") {
      this.interrupted = true;
      this.wake();
    }
  }
  /** Leaves every wait queue (before a retry, or when giving up a wait). */
  dequeueAll() {
    for (const q of this.queues) q.remove(this);
    this.queues.length = 0;
  }
  /** Is the task waiting on any queue right now? */
  get waiting() {
    return this.queues.length > 0;
  }
};

// abi/stat.ts
var S_IFMT = 61440;
var S_IFSOCK = 49152;
var S_IFLNK = 40960;
var S_IFREG = 32768;
var S_IFBLK = 24576;
var S_IFDIR = 16384;
var S_IFCHR = 8192;
var S_IFIFO = 4096;
var S_ISGID = 1024;
var S_ISVTX = 512;
var S_IXGRP = 8;
var STATX_BASIC_STATS = 2047;
var STATX_BTIME = 2048;
var STATX_MNT_ID = 4096;
var STATX__RESERVED = 2147483648;
var STATX_ATTR_IMMUTABLE = 16;
var STATX_ATTR_APPEND = 32;
var STATX_ATTR_NODUMP = 64;
var STATX_ATTR_MOUNT_ROOT = 8192;
var UTIME_NOW = (1 << 30) - 1;
var UTIME_OMIT = (1 << 30) - 2;
function makedev(major2, minor2) {
  return (minor2 & 255 | (major2 & 4095) << 8 | (minor2 & 1048320) << 12) >>> 0;
}
function major(dev) {
  return dev >>> 8 & 4095;
}
function minor(dev) {
  return dev & 255 | dev >>> 12 & 1048320;
}

// vfs/fs/devfs.ts
var DEV_NULL = makedev(1, 3);
var DEV_ZERO = makedev(1, 5);
var DEV_FULL = makedev(1, 7);
var DEV_RANDOM = makedev(1, 8);
var DEV_URANDOM = makedev(1, 9);
var DEV_TTY = makedev(5, 0);
var DEV_CONSOLE = makedev(5, 1);
var ZEROS = new Uint8Array(65536);
function zeroRead(ctx, dst, count) {
  let done = 0;
  while (done < count) {
    const n = Math.min(count - done, ZEROS.length);
    const k = copyToUserAt(ctx.mm, dst, done, ZEROS, n);
    done += k;
    if (k < n) break;
  }
  return done === 0 && count > 0 ? EFAULT : done;
}
var nullOps = {
  read: () => 0,
  write: (_f, _c, src) => src.length
};
var zeroOps = {
  read: (_f, ctx, dst, count) => zeroRead(ctx, dst, count),
  write: (_f, _c, src) => src.length
};
var fullOps = {
  read: (_f, ctx, dst, count) => zeroRead(ctx, dst, count),
  write: (_f, _c, src) => src.length === 0 ? 0 : ENOSPC
};
function randomOps(fill) {
  return {
    read(_f, ctx, dst, count) {
      const total = Math.min(count, 1 << 25);
      const chunk = new Uint8Array(Math.min(total, ZEROS.length));
      let done = 0;
      while (done < total) {
        const n = Math.min(chunk.length, total - done);
        const b = chunk.subarray(0, n);
        fill(b);
        const k = copyToUserAt(ctx.mm, dst, done, b, n);
        done += k;
        if (k < n) break;
      }
      return done === 0 && total > 0 ? EFAULT : done;
    },
    write: (_f, _c, src) => src.length
  };
}
var Console = class {
  chunks = [];
  eof = false;
  readq = new WaitQueue();
  /** Everything written so far, per stream, as delivered (for tests and transcripts). */
  written = [];
  /** Called for every write, with the stream the writer's open file belongs to. */
  onOutput = () => {
  };
  /** Queues input for readers of the console (the host's stdin). */
  feed(bytes2) {
    if (bytes2.length === 0) return;
    this.chunks.push(bytes2.slice());
    this.readq.wakeAll();
  }
  /** The host's stdin is at its end: readers get 0 once the queue is drained. */
  end() {
    this.eof = true;
    this.readq.wakeAll();
  }
  get ended() {
    return this.eof;
  }
  /** Is some task asleep waiting for host input that may still come? */
  awaitingInput() {
    return !this.eof && this.readq.size > 0;
  }
  ops = {
    stream: true,
    read: (f, ctx, dst, count) => {
      if (count === 0) return 0;
      const c = this.chunks[0];
      if (!c) {
        if (this.eof) return 0;
        if (f.flags & O_NONBLOCK) return EAGAIN;
        ctx.waitOn(this.readq);
        return BLOCK;
      }
      const n = Math.min(count, c.length);
      const k = copyToUser(ctx.mm, dst, c.subarray(0, n), n);
      if (k === 0) return EFAULT;
      if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
      return k;
    },
    write: (f, _ctx, src) => {
      const copy = src.slice();
      this.written.push(copy);
      this.onOutput(f.priv === 2 ? 2 : 1, copy);
      return src.length;
    }
  };
};

// vfs/fs/tmpfs.ts
var TMPFS_MAX_FILE = 1 << 30;
function touchAtime(inode, now) {
  const a = inode.atimeSec * 1e9 + inode.atimeNsec;
  const m = inode.mtimeSec * 1e9 + inode.mtimeNsec;
  const c = inode.ctimeSec * 1e9 + inode.ctimeNsec;
  if (a <= m || a <= c || now.sec - inode.atimeSec >= 24 * 3600) {
    inode.atimeSec = now.sec;
    inode.atimeNsec = now.nsec;
  }
}
function reserve(inode, size) {
  const data = inode.data;
  if (size <= data.length) return true;
  if (size > TMPFS_MAX_FILE) return false;
  let cap = Math.max(64, data.length);
  while (cap < size) cap *= 2;
  const grown = new Uint8Array(Math.min(cap, TMPFS_MAX_FILE));
  grown.set(data.subarray(0, inode.size));
  inode.sb.bytesUsed += grown.length - data.length;
  inode.data = grown;
  return true;
}
function setSize(inode, size) {
  if (size > inode.size) {
    if (!reserve(inode, size)) return ENOSPC;
  } else {
    inode.data.fill(0, size, inode.size);
  }
  inode.size = size;
  return void 0;
}
var tmpfsFileOps = {
  read(f, ctx, dst, count, pos) {
    const inode = f.inode;
    if (pos >= inode.size || count === 0) {
      touchAtime(inode, ctx.now());
      return 0;
    }
    const n = Math.min(count, inode.size - pos);
    const k = copyToUser(ctx.mm, dst, inode.data.subarray(pos, pos + n), n);
    if (k === 0) return EFAULT;
    touchAtime(inode, ctx.now());
    return k;
  },
  write(f, ctx, src, pos) {
    const inode = f.inode;
    let n = src.length;
    if (n === 0) return 0;
    const limit = ctx.fileSizeLimit();
    if (pos + n > limit) {
      if (pos >= limit) {
        ctx.signalSelf(SIGXFSZ);
        return EFBIG;
      }
      n = limit - pos;
    }
    if (!reserve(inode, pos + n)) return pos >= TMPFS_MAX_FILE ? EFBIG : ENOSPC;
    inode.data.set(n === src.length ? src : src.subarray(0, n), pos);
    if (pos + n > inode.size) inode.size = pos + n;
    inode.setTimes("mc", ctx.now());
    return n;
  }
};

// abi/misc.ts
var GRND_NONBLOCK = 1;
var GRND_RANDOM = 2;
var GRND_INSECURE = 4;
var EFD_SEMAPHORE = 1 << 0;
var TFD_TIMER_ABSTIME = 1 << 0;
var TFD_TIMER_CANCEL_ON_SET = 1 << 1;
var IN_CLOSE_WRITE = 8;
var IN_CLOSE_NOWRITE = 16;
var IN_MOVED_FROM = 64;
var IN_MOVED_TO = 128;
var IN_CLOSE = IN_CLOSE_WRITE | IN_CLOSE_NOWRITE;
var IN_MOVE = IN_MOVED_FROM | IN_MOVED_TO;
var PIDFD_SIGNAL_THREAD = 1 << 0;
var PIDFD_SIGNAL_THREAD_GROUP = 1 << 1;
var PIDFD_SIGNAL_PROCESS_GROUP = 1 << 2;
var MS_RDONLY = 1;
var MS_SYNCHRONOUS = 16;
var MS_MANDLOCK = 64;
var MS_POSIXACL = 1 << 16;
var MS_UNBINDABLE = 1 << 17;
var MS_PRIVATE = 1 << 18;
var MS_SLAVE = 1 << 19;
var MS_SHARED = 1 << 20;
var MS_RELATIME = 1 << 21;
var MS_KERNMOUNT = 1 << 22;
var MS_I_VERSION = 1 << 23;
var MS_STRICTATIME = 1 << 24;
var MS_LAZYTIME = 1 << 25;
var MS_RMT_MASK = MS_RDONLY | MS_SYNCHRONOUS | MS_MANDLOCK | MS_I_VERSION | MS_LAZYTIME;
var OPEN_TREE_CLONE = 1 << 0;
var FUTEX_WAIT = 0;
var FUTEX_WAKE = 1;
var FUTEX_PRIVATE_FLAG = 128;
var FUTEX_CLOCK_REALTIME = 256;
var FUTEX_CMD_MASK = ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME);
var FUTEX_WAIT_PRIVATE = FUTEX_WAIT | FUTEX_PRIVATE_FLAG;
var FUTEX_WAKE_PRIVATE = FUTEX_WAKE | FUTEX_PRIVATE_FLAG;
var ADDR_NO_RANDOMIZE = 262144;
var FDPIC_FUNCPTRS = 524288;
var MMAP_PAGE_ZERO = 1048576;
var ADDR_COMPAT_LAYOUT = 2097152;
var READ_IMPLIES_EXEC = 4194304;
var ADDR_LIMIT_32BIT = 8388608;
var ADDR_LIMIT_3GB = 134217728;
var PER_CLEAR_ON_SETID = READ_IMPLIES_EXEC | ADDR_NO_RANDOMIZE | ADDR_COMPAT_LAYOUT | MMAP_PAGE_ZERO;
var PER_LINUX_32BIT = 0 | ADDR_LIMIT_32BIT;
var PER_LINUX_FDPIC = 0 | FDPIC_FUNCPTRS;
var PER_LINUX32_3GB = 8 | ADDR_LIMIT_3GB;
var CAP_DAC_OVERRIDE = 1;
var CAP_DAC_READ_SEARCH = 2;
var CAP_FOWNER = 3;
var CAP_FSETID = 4;
var CAP_KILL = 5;
var CAP_SYS_RESOURCE = 24;
var CAP_MKNOD = 27;

// vfs/file.ts
var FMODE_READ = 1;
var FMODE_WRITE = 2;
var OpenFile = class {
  constructor(id, mnt, inode, flags, ops) {
    this.id = id;
    this.mnt = mnt;
    this.inode = inode;
    this.flags = flags;
    this.ops = ops;
    const acc = flags & O_ACCMODE;
    this.fmode = flags & O_PATH ? 0 : acc + 1 & O_ACCMODE;
  }
  id;
  mnt;
  inode;
  flags;
  ops;
  refs = 1;
  /** The file offset (f_pos); for directories, how many entries getdents has returned. */
  pos = 0;
  /** FMODE_READ | FMODE_WRITE, fixed at open. */
  fmode;
  /** Per-open private state of the filesystem or device (a pipe end, …). */
  priv = null;
  get readable() {
    return (this.fmode & FMODE_READ) !== 0;
  }
  get writable() {
    return (this.fmode & FMODE_WRITE) !== 0;
  }
};

// vfs/permission.ts
var MAY_EXEC = 1;
var MAY_WRITE = 2;
var MAY_READ = 4;
function inGroup(cred, gid) {
  return cred.fsgid === gid || cred.groups.includes(gid);
}
function genericPermission(cred, inode, mask) {
  let mode = inode.mode;
  if (cred.fsuid === inode.uid) mode >>= 6;
  else if (inGroup(cred, inode.gid)) mode >>= 3;
  if ((mask & ~mode & 7) === 0) return void 0;
  if ((inode.mode & S_IFMT) === S_IFDIR) {
    if (!(mask & MAY_WRITE) && capable(cred, CAP_DAC_READ_SEARCH)) return void 0;
    if (capable(cred, CAP_DAC_OVERRIDE)) return void 0;
    return EACCES;
  }
  if (capable(cred, CAP_DAC_OVERRIDE) && (!(mask & MAY_EXEC) || (inode.mode & 73) !== 0)) return void 0;
  if ((mask & (MAY_READ | MAY_WRITE)) === MAY_READ && !(mask & MAY_EXEC) && capable(cred, CAP_DAC_READ_SEARCH)) {
    return void 0;
  }
  return EACCES;
}
function inodePermission(cred, mnt, inode, mask) {
  if (mask & MAY_WRITE && mnt && (mnt.readOnly || inode.sb.readOnly)) {
    const t = inode.mode & S_IFMT;
    if (t === S_IFREG || t === S_IFDIR || t === S_IFLNK) return EROFS;
  }
  return genericPermission(cred, inode, mask);
}
function ownerOrCapable(cred, inode) {
  return cred.fsuid === inode.uid || capable(cred, CAP_FOWNER);
}

// vfs/path_walk.ts
var LOOKUP_FOLLOW = 1;
var LOOKUP_DIRECTORY = 2;
var LOOKUP_EMPTY = 4;
var LAST_NORM = 0;
var LAST_DOT = 1;
var LAST_DOTDOT = 2;
var LAST_ROOT = 3;
function crossMounts(ns, mnt, inode) {
  let m = ns.mountedOn(mnt, inode);
  while (m) {
    mnt = m;
    inode = m.root;
    m = ns.mountedOn(mnt, inode);
  }
  return { mnt, inode };
}
function dotdot(st, mnt, inode) {
  const root = st.ctx.fs.root;
  for (; ; ) {
    if (mnt === root.mnt && inode === root.inode) return { mnt, inode };
    if (inode === mnt.root) {
      if (!mnt.parent) return { mnt, inode };
      inode = mnt.mountpoint;
      mnt = mnt.parent;
      continue;
    }
    const parent = inode.sb.inodes.get(inode.parent);
    return parent ? { mnt, inode: parent } : { mnt, inode };
  }
}
function followLink(st, mnt, dir, link) {
  if (++st.links > MAXSYMLINKS) return ELOOP;
  const target = link.target ?? "";
  if (target.length === 0) return ENOENT;
  return walk(st, { mnt, inode: dir }, target, LOOKUP_FOLLOW);
}
function step(st, mnt, dir, name, searchChecked = false) {
  if (!searchChecked) {
    if (!dir.isDir()) return ENOTDIR;
    const perm = genericPermission(st.ctx.cred, dir, MAY_EXEC);
    if (perm) return perm;
  }
  if (name === ".") return { mnt, inode: dir };
  if (name === "..") return dotdot(st, mnt, dir);
  if (name.length > NAME_MAX) return ENAMETOOLONG;
  const ino = dir.entries?.get(name);
  const child2 = ino === void 0 ? void 0 : dir.sb.inodes.get(ino);
  if (!child2) return ENOENT;
  return child2.mounted > 0 ? crossMounts(st.ns, mnt, child2) : { mnt, inode: child2 };
}
function walkParentIn(st, base, path) {
  let mnt;
  let inode;
  let i = 0;
  const n = path.length;
  if (path.charCodeAt(0) === 47) {
    mnt = st.ctx.fs.root.mnt;
    inode = st.ctx.fs.root.inode;
    while (i < n && path.charCodeAt(i) === 47) i++;
  } else {
    mnt = base.mnt;
    inode = base.inode;
  }
  if (i >= n) return { mnt, dir: inode, name: "", kind: LAST_ROOT, trailingSlash: false };
  for (; ; ) {
    let j = i;
    while (j < n && path.charCodeAt(j) !== 47) j++;
    const name = path.slice(i, j);
    let k = j;
    while (k < n && path.charCodeAt(k) === 47) k++;
    if (k >= n) {
      const kind = name === "." ? LAST_DOT : name === ".." ? LAST_DOTDOT : LAST_NORM;
      if (!inode.isDir()) return ENOTDIR;
      const perm = genericPermission(st.ctx.cred, inode, MAY_EXEC);
      if (perm) return perm;
      return { mnt, dir: inode, name, kind, trailingSlash: j < n };
    }
    if (name !== "." && name !== ".." && name.length <= NAME_MAX && inode.isDir() && genericPermission(st.ctx.cred, inode, MAY_EXEC) === void 0) {
      const ino = inode.entries?.get(name);
      const child2 = ino === void 0 ? void 0 : inode.sb.inodes.get(ino);
      if (child2 !== void 0 && child2.mounted === 0 && !child2.isSymlink()) {
        inode = child2;
        i = k;
        continue;
      }
    }
    const r = step(st, mnt, inode, name);
    if (!("inode" in r)) return r;
    if (r.inode.isSymlink()) {
      const t = followLink(st, r.mnt, inode, r.inode);
      if (!("inode" in t)) return t;
      mnt = t.mnt;
      inode = t.inode;
    } else {
      mnt = r.mnt;
      inode = r.inode;
    }
    i = k;
  }
}
function lookupLastIn(st, p2, flags) {
  let r;
  if (p2.kind === LAST_ROOT) {
    r = { mnt: p2.mnt, inode: p2.dir };
  } else {
    r = step(st, p2.mnt, p2.dir, p2.name, true);
    if (!("inode" in r)) return r;
    if (r.inode.isSymlink() && (flags & LOOKUP_FOLLOW || p2.trailingSlash)) {
      r = followLink(st, r.mnt, p2.dir, r.inode);
      if (!("inode" in r)) return r;
    }
  }
  if ((flags & LOOKUP_DIRECTORY || p2.trailingSlash) && !r.inode.isDir()) return ENOTDIR;
  return r;
}
function walk(st, base, path, flags) {
  const p2 = walkParentIn(st, base, path);
  if (!("dir" in p2)) return p2;
  return lookupLastIn(st, p2, flags);
}
function state(ctx) {
  return { links: 0, ctx, ns: ctx.mntns };
}
function pathLookup(ctx, base, path, flags) {
  if (path.length === 0) return flags & LOOKUP_EMPTY ? base : ENOENT;
  return walk(state(ctx), base, path, flags);
}
function pathParent(ctx, base, path) {
  if (path.length === 0) return ENOENT;
  return walkParentIn(state(ctx), base, path);
}
function lookupLast(ctx, p2, flags) {
  return lookupLastIn(state(ctx), p2, flags);
}
function followLast(ctx, p2, link, linksSoFar = 0) {
  const st = state(ctx);
  st.links = linksSoFar;
  return followLink(st, p2.mnt, p2.dir, link);
}
function pathOf(root, at2) {
  const parts = [];
  let mnt = at2.mnt;
  let inode = at2.inode;
  for (let guard = 0; guard < 4096; guard++) {
    if (mnt === root.mnt && inode === root.inode) return "/" + parts.reverse().join("/");
    if (inode === mnt.root) {
      if (!mnt.parent) return null;
      inode = mnt.mountpoint;
      mnt = mnt.parent;
      continue;
    }
    if (inode.isDir() && inode.nlink === 0) return null;
    const parent = inode.sb.inodes.get(inode.parent);
    if (!parent) return null;
    parts.push(inode.name);
    inode = parent;
  }
  return null;
}

// vfs/stat.ts
var BOGO_DIRENT_SIZE = 20;
function blocksOf(inode) {
  if (inode.isReg()) return Math.ceil(inode.size / 4096) * 8;
  if (inode.isSymlink()) return (inode.target?.length ?? 0) >= 128 ? 8 : 0;
  return 0;
}
function statOf(inode) {
  return {
    st_dev: inode.sb.dev,
    st_ino: inode.ino,
    st_nlink: inode.nlink,
    st_mode: inode.mode,
    st_uid: inode.uid,
    st_gid: inode.gid,
    st_rdev: inode.rdev,
    st_size: inode.size,
    st_blksize: inode.sb.blockSize,
    st_blocks: blocksOf(inode),
    st_atime: inode.atimeSec,
    st_atime_nsec: inode.atimeNsec,
    st_mtime: inode.mtimeSec,
    st_mtime_nsec: inode.mtimeNsec,
    st_ctime: inode.ctimeSec,
    st_ctime_nsec: inode.ctimeNsec
  };
}

// vfs/fs/pipefs.ts
var PIPE_BUF = 4096;
var PIPE_DEF_CAPACITY = 65536;
var Pipe = class {
  buf = new Uint8Array(PIPE_DEF_CAPACITY);
  /** Index of the first unread byte and the number of unread bytes. */
  head = 0;
  len = 0;
  readers = 0;
  writers = 0;
  readq = new WaitQueue();
  writeq = new WaitQueue();
  get capacity() {
    return this.buf.length;
  }
  read(ctx, dst, count, nonblock) {
    if (count === 0) return 0;
    if (this.len === 0) {
      if (this.writers === 0) return 0;
      if (nonblock) return EAGAIN;
      ctx.waitOn(this.readq);
      return BLOCK;
    }
    const n = Math.min(count, this.len);
    const cap = this.buf.length;
    const first = Math.min(n, cap - this.head);
    let k = copyToUserAt(ctx.mm, dst, 0, this.buf.subarray(this.head, this.head + first), first);
    if (k === first && n > first) k += copyToUserAt(ctx.mm, dst, first, this.buf.subarray(0, n - first), n - first);
    if (k === 0) return EFAULT;
    this.head = (this.head + k) % cap;
    this.len -= k;
    if (this.len === 0) this.head = 0;
    this.writeq.wakeAll();
    return k;
  }
  write(ctx, src, nonblock) {
    const total = src.length;
    if (total === 0) return 0;
    let done = ctx.progress;
    if (this.readers === 0) {
      ctx.signalSelf(SIGPIPE);
      return done > 0 ? done : EPIPE;
    }
    const cap = this.buf.length;
    const free = cap - this.len;
    const rest = total - done;
    const n = rest <= PIPE_BUF ? free >= rest ? rest : 0 : Math.min(free, rest);
    if (n > 0) {
      let tail = (this.head + this.len) % cap;
      let from = done;
      let left = n;
      while (left > 0) {
        const chunk = Math.min(left, cap - tail);
        this.buf.set(src.subarray(from, from + chunk), tail);
        tail = (tail + chunk) % cap;
        from += chunk;
        left -= chunk;
      }
      this.len += n;
      done += n;
      this.readq.wakeAll();
    }
    if (done === total) return total;
    if (nonblock) return done > 0 ? done : EAGAIN;
    ctx.progress = done;
    ctx.waitOn(this.writeq);
    return BLOCK;
  }
};
function pipeOf(f) {
  return f.priv.pipe;
}
var pipeFileOps = {
  stream: true,
  read(f, ctx, dst, count) {
    return pipeOf(f).read(ctx, dst, count, (f.flags & O_NONBLOCK) !== 0);
  },
  write(f, ctx, src) {
    return pipeOf(f).write(ctx, src, (f.flags & O_NONBLOCK) !== 0);
  },
  release(f) {
    const p2 = pipeOf(f);
    if (f.readable) p2.readers--;
    if (f.writable) p2.writers--;
    p2.readq.wakeAll();
    p2.writeq.wakeAll();
    if (p2.readers === 0 && p2.writers === 0 && f.inode.sb.fsType === "pipefs" && f.inode.refs <= 1) {
      f.inode.sb.inodes.delete(f.inode.ino);
    }
  }
};

// vfs/namei.ts
var dirFileOps = { read: () => EISDIR };
var pathFileOps = {};
function addEntry(ctx, dir, name, inode) {
  dir.entries.set(name, inode.ino);
  inode.nlink++;
  if (inode.isDir()) {
    inode.parent = dir.ino;
    inode.name = name;
    inode.nlink++;
    dir.nlink++;
  }
  dir.size += BOGO_DIRENT_SIZE;
  const now = ctx.now();
  dir.setTimes("mc", now);
}
function removeEntry(ctx, dir, name, inode) {
  dir.entries.delete(name);
  dir.size -= BOGO_DIRENT_SIZE;
  const now = ctx.now();
  dir.setTimes("mc", now);
  if (inode.isDir()) {
    inode.nlink = 0;
    dir.nlink--;
  } else {
    inode.nlink--;
  }
  inode.setTimes("c", now);
  inode.sb.maybeFree(inode);
}
function initOwner(ctx, dir, mode) {
  const cred = ctx.cred;
  let gid = cred.fsgid;
  if (dir.mode & S_ISGID) {
    gid = dir.gid;
    if ((mode & S_IFMT) === S_IFDIR) mode |= S_ISGID;
    else if ((mode & (S_ISGID | S_IXGRP)) === (S_ISGID | S_IXGRP) && !inGroup(cred, gid) && !capable(cred, CAP_FSETID)) {
      mode &= ~S_ISGID;
    }
  }
  return { uid: cred.fsuid, gid, mode };
}
function mayCreate(ctx, mnt, dir) {
  if (dir.nlink === 0) return ENOENT;
  return inodePermission(ctx.cred, mnt, dir, MAY_WRITE | MAY_EXEC);
}
function createIn(ctx, p2, mode, rdev = 0) {
  const own = initOwner(ctx, p2.dir, mode);
  const inode = p2.dir.sb.newInode(own.mode, own.uid, own.gid, ctx.now());
  inode.rdev = rdev;
  addEntry(ctx, p2.dir, p2.name, inode);
  return inode;
}
function child(p2) {
  return p2.dir.sb.lookup(p2.dir, p2.name);
}
function isMountpoint(ctx, mnt, inode) {
  return ctx.mntns.mountedOn(mnt, inode) !== void 0;
}
function accMode(flags) {
  const acc = flags & O_ACCMODE;
  let m = acc === O_RDONLY ? MAY_READ : acc === O_WRONLY ? MAY_WRITE : MAY_READ | MAY_WRITE;
  if (flags & O_TRUNC) m |= MAY_WRITE;
  return m;
}
function openPath(vfs, ctx, base, path, flags, mode) {
  if (flags & O_PATH) flags &= O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
  if ((flags & __O_TMPFILE) === __O_TMPFILE && !(flags & O_PATH)) {
    if ((flags & O_TMPFILE) !== O_TMPFILE || flags & O_CREAT) return EINVAL;
    if (!(accMode(flags) & MAY_WRITE)) return EINVAL;
    return openTmpfile(vfs, ctx, base, path, flags, mode);
  }
  if ((flags & (O_CREAT | O_DIRECTORY)) === (O_CREAT | O_DIRECTORY)) return EINVAL;
  let ref;
  let created = false;
  if (!(flags & O_CREAT)) {
    let lf = flags & O_NOFOLLOW ? 0 : LOOKUP_FOLLOW;
    if (flags & O_DIRECTORY) lf |= LOOKUP_DIRECTORY;
    ref = pathLookup(ctx, base, path, lf);
    if (!("inode" in ref)) return ref;
  } else {
    const r = openCreate(ctx, base, path, flags, mode, 0);
    if (!("inode" in r)) return r;
    ref = r;
    created = r.created;
  }
  return openRef(vfs, ctx, ref, flags, created);
}
function openCreate(ctx, base, path, flags, mode, links) {
  const p2 = pathParent(ctx, base, path);
  if (!("dir" in p2)) return p2;
  if (p2.kind !== LAST_NORM || p2.trailingSlash) return EISDIR;
  const existing = child(p2);
  if (existing) {
    if (flags & O_EXCL) return EEXIST;
    if (existing.isSymlink()) {
      if (flags & O_NOFOLLOW) return ELOOP;
      const t = followLast(ctx, p2, existing, links);
      if ("inode" in t) return { ...t, created: false };
      if (t !== ENOENT || links >= 39) return t;
      return openCreate(ctx, { mnt: p2.mnt, inode: p2.dir }, existing.target ?? "", flags & ~O_EXCL, mode, links + 1);
    }
    const r = lookupLast(ctx, p2, 0);
    if (!("inode" in r)) return r;
    return { ...r, created: false };
  }
  const err = mayCreate(ctx, p2.mnt, p2.dir);
  if (err) return err;
  if (p2.mnt.readOnly) return EROFS;
  const inode = createIn(ctx, p2, S_IFREG | mode & 4095 & ~(ctx.fs.umask & 511));
  return { mnt: p2.mnt, inode, created: true };
}
function openRef(vfs, ctx, ref, flags, created = false) {
  const inode = ref.inode;
  const acc = accMode(flags);
  if (flags & O_PATH) {
    if (flags & O_DIRECTORY && !inode.isDir()) return ENOTDIR;
    return vfs.register(new OpenFile(vfs.allocFileId(), ref.mnt, inode, flags, pathFileOps));
  }
  if (flags & O_CREAT && inode.isDir()) return EISDIR;
  if (flags & O_DIRECTORY && !inode.isDir()) return ENOTDIR;
  switch (inode.mode & S_IFMT) {
    case S_IFLNK:
      return ELOOP;
    case S_IFDIR:
      if (acc & MAY_WRITE) return EISDIR;
      break;
    case S_IFSOCK:
      return ENXIO;
    default:
      break;
  }
  if (!created) {
    const err = inodePermission(ctx.cred, ref.mnt, inode, acc);
    if (err) return err;
  }
  if (flags & O_NOATIME && !ownerOrCapable(ctx.cred, inode)) return EPERM;
  let ops;
  let priv = null;
  switch (inode.mode & S_IFMT) {
    case S_IFREG:
      ops = tmpfsFileOps;
      break;
    case S_IFDIR:
      ops = dirFileOps;
      break;
    case S_IFCHR: {
      const drv = vfs.chrdevs.get(inode.rdev);
      if (!drv) return ENXIO;
      ops = drv;
      break;
    }
    case S_IFIFO: {
      const acc2 = flags & O_ACCMODE;
      if (acc2 === O_ACCMODE) return EINVAL;
      inode.pipe ??= new Pipe();
      const pipe = inode.pipe;
      if (acc2 === O_WRONLY && flags & O_NONBLOCK && pipe.readers === 0) return ENXIO;
      if (acc2 !== O_WRONLY) pipe.readers++;
      if (acc2 !== O_RDONLY) pipe.writers++;
      ops = pipeFileOps;
      priv = { pipe };
      break;
    }
    default:
      return ENXIO;
  }
  if (flags & O_TRUNC && inode.isReg() && !created) {
    const err = setSize(inode, 0);
    if (err) return err;
    inode.setTimes("mc", ctx.now());
  }
  const f = new OpenFile(vfs.allocFileId(), ref.mnt, inode, flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_NOFOLLOW | O_CLOEXEC), ops);
  f.priv = priv;
  return vfs.register(f);
}
function openTmpfile(vfs, ctx, base, path, flags, mode) {
  const dir = pathLookup(ctx, base, path, LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
  if (!("inode" in dir)) return dir;
  const err = mayCreate(ctx, dir.mnt, dir.inode);
  if (err) return err;
  const own = initOwner(ctx, dir.inode, S_IFREG | mode & 4095 & ~(ctx.fs.umask & 511));
  const inode = dir.inode.sb.newInode(own.mode, own.uid, own.gid, ctx.now());
  const f = new OpenFile(vfs.allocFileId(), dir.mnt, inode, flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC | O_DIRECTORY), tmpfsFileOps);
  return vfs.register(f);
}
function createParent(ctx, base, path, dirAllowsSlash) {
  const p2 = pathParent(ctx, base, path);
  if (!("dir" in p2)) return p2;
  if (p2.kind !== LAST_NORM) return EEXIST;
  if (child(p2)) return EEXIST;
  if (p2.trailingSlash && !dirAllowsSlash) return ENOENT;
  const err = mayCreate(ctx, p2.mnt, p2.dir);
  if (err) return err;
  return p2;
}
function mkdirPath(ctx, base, path, mode) {
  const p2 = createParent(ctx, base, path, true);
  if (!("dir" in p2)) return p2;
  const dir = createIn(ctx, p2, S_IFDIR | mode & (511 | S_ISVTX) & ~(ctx.fs.umask & 511));
  dir.size = 2 * BOGO_DIRENT_SIZE;
  return void 0;
}
function mknodPath(ctx, base, path, mode, dev) {
  let type = mode & S_IFMT;
  if (type === 0) type = S_IFREG;
  switch (type) {
    case S_IFREG:
    case S_IFIFO:
    case S_IFSOCK:
      break;
    case S_IFCHR:
    case S_IFBLK:
      if (!capable(ctx.cred, CAP_MKNOD)) return EPERM;
      break;
    case S_IFDIR:
      return EPERM;
    default:
      return EINVAL;
  }
  const p2 = createParent(ctx, base, path, false);
  if (!("dir" in p2)) return p2;
  createIn(ctx, p2, type | mode & 4095 & ~(ctx.fs.umask & 511), type === S_IFCHR || type === S_IFBLK ? dev : 0);
  return void 0;
}
function symlinkPath(ctx, target, base, path) {
  if (target.length === 0) return ENOENT;
  const p2 = createParent(ctx, base, path, false);
  if (!("dir" in p2)) return p2;
  const inode = createIn(ctx, p2, S_IFLNK | 511);
  inode.target = target;
  inode.size = target.length;
  return void 0;
}
function readlinkPath(ctx, base, path, emptyOk) {
  const r = pathLookup(ctx, base, path, emptyOk ? 4 : 0);
  if (!("inode" in r)) return r;
  if (!r.inode.isSymlink()) return EINVAL;
  return r.inode.target ?? "";
}
function mayDelete(ctx, p2, victim, isdir) {
  const err = inodePermission(ctx.cred, p2.mnt, p2.dir, MAY_WRITE | MAY_EXEC);
  if (err) return err;
  if (p2.dir.mode & S_ISVTX && ctx.cred.fsuid !== victim.uid && ctx.cred.fsuid !== p2.dir.uid && !ownerOrCapable(ctx.cred, victim)) {
    return EPERM;
  }
  if (isdir) {
    if (!victim.isDir()) return ENOTDIR;
  } else if (victim.isDir()) {
    return EISDIR;
  }
  return void 0;
}
function unlinkPath(ctx, base, path) {
  const p2 = pathParent(ctx, base, path);
  if (!("dir" in p2)) return p2;
  if (p2.kind !== LAST_NORM) return EISDIR;
  if (p2.mnt.readOnly) return EROFS;
  const victim = child(p2);
  if (p2.trailingSlash) return !victim ? ENOENT : victim.isDir() ? EISDIR : ENOTDIR;
  if (!victim) return ENOENT;
  const err = mayDelete(ctx, p2, victim, false);
  if (err) return err;
  if (isMountpoint(ctx, p2.mnt, victim)) return EBUSY;
  removeEntry(ctx, p2.dir, p2.name, victim);
  return void 0;
}
function rmdirPath(ctx, base, path) {
  const p2 = pathParent(ctx, base, path);
  if (!("dir" in p2)) return p2;
  if (p2.kind === LAST_DOTDOT) return ENOTEMPTY;
  if (p2.kind === LAST_DOT) return EINVAL;
  if (p2.kind === LAST_ROOT) return EBUSY;
  if (p2.mnt.readOnly) return EROFS;
  const victim = child(p2);
  if (!victim) return ENOENT;
  const err = mayDelete(ctx, p2, victim, true);
  if (err) return err;
  if (isMountpoint(ctx, p2.mnt, victim) || victim === ctx.fs.root.inode) return EBUSY;
  if (victim.entries.size > 0) return ENOTEMPTY;
  removeEntry(ctx, p2.dir, p2.name, victim);
  return void 0;
}
function chdirCheck(ctx, ref) {
  if (!ref.inode.isDir()) return ENOTDIR;
  return genericPermission(ctx.cred, ref.inode, MAY_EXEC);
}

// vfs/boot.ts
var DEFAULT_ACCOUNTS = [
  { name: "root", uid: 0, gid: 0, home: "/root", shell: "/bin/sh" },
  { name: "user", uid: 1e3, gid: 1e3, home: "/home/user", shell: "/bin/sh" },
  { name: "nobody", uid: 65534, gid: 65534, home: "/nonexistent", shell: "/usr/sbin/nologin" }
];
var ROOT_CRED = {
  uid: 0,
  gid: 0,
  euid: 0,
  egid: 0,
  fsuid: 0,
  fsgid: 0,
  groups: [],
  capEffective: 2 ** 41 - 1
};
function kernelCtx(vfs, ns) {
  const root = { mnt: ns.root, inode: ns.root.root };
  const fs = { root, cwd: root, umask: 0, users: 1 };
  return {
    cred: ROOT_CRED,
    fs,
    mntns: ns,
    mm: new FlatMemory(),
    now: () => vfs.now(),
    waitOn: () => {
      throw new Error("kernelCtx cannot sleep");
    },
    signalSelf: () => {
    },
    progress: 0,
    fileSizeLimit: () => Infinity
  };
}
function mkdirs(ctx, path, mode = 493, uid = 0, gid = 0) {
  let dir = ctx.fs.root.inode;
  for (const name of path.split("/").filter(Boolean)) {
    const ino = dir.entries.get(name);
    let next = ino === void 0 ? void 0 : dir.sb.inodes.get(ino);
    if (!next) {
      next = dir.sb.newInode(S_IFDIR | mode, uid, gid, ctx.now());
      next.size = 40;
      addEntry(ctx, dir, name, next);
    }
    dir = next;
  }
  return dir;
}
function writeFile(ctx, path, content, mode = 420, uid = 0, gid = 0) {
  const slash = path.lastIndexOf("/");
  const dir = mkdirs(ctx, path.slice(0, slash));
  const name = path.slice(slash + 1);
  const bytes2 = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const old = dir.entries.get(name);
  let inode = old === void 0 ? void 0 : dir.sb.inodes.get(old);
  if (!inode) {
    inode = dir.sb.newInode(S_IFREG | mode, uid, gid, ctx.now());
    addEntry(ctx, dir, name, inode);
  }
  reserve(inode, bytes2.length);
  inode.data.set(bytes2);
  inode.size = bytes2.length;
  return inode;
}
function mkchr(ctx, dir, name, rdev, mode, gid = 0) {
  const inode = dir.sb.newInode(S_IFCHR | mode, 0, gid, ctx.now());
  inode.rdev = rdev;
  addEntry(ctx, dir, name, inode);
}
var TZIF_UTC = (() => {
  const header = (typecnt, charcnt) => [
    ..."TZif2".split("").map((c) => c.charCodeAt(0)),
    ...new Array(15).fill(0),
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    // isutcnt isstdcnt leapcnt timecnt
    0,
    0,
    0,
    typecnt,
    0,
    0,
    0,
    charcnt
  ];
  const body = [0, 0, 0, 0, 0, 0, ..."UTC".split("").map((c) => c.charCodeAt(0)), 0];
  const footer = "\nUTC0\n".split("").map((c) => c.charCodeAt(0));
  return new Uint8Array([...header(1, 4), ...body, ...header(1, 4), ...body, ...footer]);
})();
function buildRootFs(vfs, opts) {
  const ns = vfs.newMountNamespace();
  const rootSb = vfs.newSuperblock("tmpfs");
  ns.mount(rootSb, null);
  const ctx = kernelCtx(vfs, ns);
  for (const d of ["bin", "sbin", "usr/bin", "usr/sbin", "usr/lib", "usr/local/bin", "lib", "etc", "home", "mnt", "opt", "srv", "var/log", "run", "proc", "sys", "dev"]) {
    mkdirs(ctx, "/" + d);
  }
  mkdirs(ctx, "/root", 448);
  const tmp = mkdirs(ctx, "/tmp", 511);
  tmp.mode |= S_ISVTX;
  const vtmp = mkdirs(ctx, "/var/tmp", 511);
  vtmp.mode |= S_ISVTX;
  const passwd = opts.accounts.map((a) => `${a.name}:x:${a.uid}:${a.gid}:${a.name}:${a.home}:${a.shell}
`).join("");
  const groupNames = new Map(opts.accounts.map((a) => [a.gid, a.name === "nobody" ? "nogroup" : a.name]));
  const members = (gid) => opts.accounts.filter((a) => a.groups?.includes(gid)).map((a) => a.name).join(",");
  const group = [...groupNames].map(([gid, name]) => `${name}:x:${gid}:${members(gid)}
`).join("");
  writeFile(ctx, "/etc/passwd", passwd);
  writeFile(ctx, "/etc/group", group);
  writeFile(ctx, "/etc/hostname", opts.hostname + "\n");
  writeFile(ctx, "/etc/os-release", 'PRETTY_NAME="linuxsim"\nNAME="linuxsim"\nID=linuxsim\n');
  writeFile(ctx, "/usr/share/zoneinfo/Etc/UTC", TZIF_UTC);
  const etc = mkdirs(ctx, "/etc");
  const lt = etc.sb.newInode(S_IFLNK | 511, 0, 0, ctx.now());
  lt.target = "/usr/share/zoneinfo/Etc/UTC";
  lt.size = lt.target.length;
  addEntry(ctx, etc, "localtime", lt);
  for (const a of opts.accounts) {
    if (a.home.startsWith("/home/")) mkdirs(ctx, a.home, 493, a.uid, a.gid);
  }
  const devSb = vfs.newSuperblock("devtmpfs");
  const devAt = mkdirs(ctx, "/dev");
  ns.mount(devSb, { mnt: ns.root, inode: devAt });
  const dev = devSb.root;
  mkchr(ctx, dev, "null", DEV_NULL, 438);
  mkchr(ctx, dev, "zero", DEV_ZERO, 438);
  mkchr(ctx, dev, "full", DEV_FULL, 438);
  mkchr(ctx, dev, "random", DEV_RANDOM, 438);
  mkchr(ctx, dev, "urandom", DEV_URANDOM, 438);
  mkchr(ctx, dev, "tty", DEV_TTY, 438, 5);
  mkchr(ctx, dev, "console", DEV_CONSOLE, 384);
  const shm = dev.sb.newInode(S_IFDIR | 511 | S_ISVTX, 0, 0, ctx.now());
  shm.size = 40;
  addEntry(ctx, dev, "shm", shm);
  return ns;
}

// vfs/inode.ts
var Inode = class {
  constructor(sb, ino, mode, uid, gid) {
    this.sb = sb;
    this.ino = ino;
    this.mode = mode;
    this.uid = uid;
    this.gid = gid;
  }
  sb;
  ino;
  mode;
  uid;
  gid;
  nlink = 0;
  rdev = 0;
  /** File size in bytes (for directories: as tmpfs reports it, see sizeOfDir). */
  size = 0;
  atimeSec = 0;
  atimeNsec = 0;
  mtimeSec = 0;
  mtimeNsec = 0;
  ctimeSec = 0;
  ctimeNsec = 0;
  btimeSec = 0;
  btimeNsec = 0;
  /** Regular files: the bytes [0, size) live in data[0, size). */
  data = null;
  /** Directories: name → inode number in the same superblock. */
  entries = null;
  /** Directories: the parent's inode number (itself for the root) and this one's name in it. */
  parent = 0;
  name = "";
  /** Symlinks: the target, a binary string. */
  target = null;
  /** FIFOs: the pipe, created on first open. */
  pipe = null;
  /** References that keep an unlinked inode alive: open files, cwd/root, mounts. */
  refs = 0;
  /** How many mounts sit on this inode (in any mount namespace). */
  mounted = 0;
  get type() {
    return this.mode & S_IFMT;
  }
  isDir() {
    return (this.mode & S_IFMT) === S_IFDIR;
  }
  isReg() {
    return (this.mode & S_IFMT) === S_IFREG;
  }
  isSymlink() {
    return (this.mode & S_IFMT) === S_IFLNK;
  }
  setTimes(which, t) {
    if (which.includes("a")) {
      this.atimeSec = t.sec;
      this.atimeNsec = t.nsec;
    }
    if (which.includes("m")) {
      this.mtimeSec = t.sec;
      this.mtimeNsec = t.nsec;
    }
    if (which.includes("c")) {
      this.ctimeSec = t.sec;
      this.ctimeNsec = t.nsec;
    }
  }
};
function dtype(mode) {
  switch (mode & S_IFMT) {
    case S_IFIFO:
      return 1;
    case S_IFCHR:
      return 2;
    case S_IFDIR:
      return 4;
    case S_IFBLK:
      return 6;
    case S_IFREG:
      return 8;
    case S_IFLNK:
      return 10;
    case S_IFSOCK:
      return 12;
    default:
      return 0;
  }
}
var Superblock = class {
  constructor(dev, fsType, blockSize = 4096, firstIno = 1) {
    this.dev = dev;
    this.fsType = fsType;
    this.blockSize = blockSize;
    this.nextIno = firstIno;
  }
  dev;
  fsType;
  blockSize;
  inodes = /* @__PURE__ */ new Map();
  nextIno;
  root;
  /** Mount-independent flags of the filesystem (SB_RDONLY …). */
  readOnly = false;
  /** Bytes in use by file data (for statfs and the tmpfs size limit). */
  bytesUsed = 0;
  /** Creates an inode (nlink 0: the caller links it) with all timestamps `now`. */
  newInode(mode, uid, gid, now) {
    const ino = this.nextIno++;
    const inode = new Inode(this, ino, mode, uid, gid);
    inode.atimeSec = inode.mtimeSec = inode.ctimeSec = inode.btimeSec = now.sec;
    inode.atimeNsec = inode.mtimeNsec = inode.ctimeNsec = inode.btimeNsec = now.nsec;
    if ((mode & S_IFMT) === S_IFDIR) inode.entries = /* @__PURE__ */ new Map();
    if ((mode & S_IFMT) === S_IFREG) inode.data = EMPTY;
    this.inodes.set(ino, inode);
    return inode;
  }
  /** Looks a name up in a directory of this filesystem. */
  lookup(dir, name) {
    const ino = dir.entries.get(name);
    return ino === void 0 ? void 0 : this.inodes.get(ino);
  }
  /** Drops an inode that has no links and no references left. */
  maybeFree(inode) {
    if (inode.nlink === 0 && inode.refs === 0 && inode !== this.root) {
      if (inode.data) this.bytesUsed -= inode.data.length;
      this.inodes.delete(inode.ino);
    }
  }
};
var EMPTY = new Uint8Array(0);

// vfs/mount.ts
var Mount = class {
  constructor(id, sb, parent, mountpoint, root) {
    this.id = id;
    this.sb = sb;
    this.parent = parent;
    this.mountpoint = mountpoint;
    this.root = root;
  }
  id;
  sb;
  parent;
  mountpoint;
  root;
  /** MS_RDONLY and friends that apply to this mount (not to the superblock). */
  readOnly = false;
};
var MountNamespace = class _MountNamespace {
  constructor(allocId) {
    this.allocId = allocId;
  }
  allocId;
  mounts = /* @__PURE__ */ new Map();
  covered = /* @__PURE__ */ new Map();
  root;
  static key(parent, inode) {
    return parent.id * 2 ** 32 + inode.ino;
  }
  /** Mounts `sb` (showing `root`, its root by default) on `at`, or as the namespace root. */
  mount(sb, at2, root = sb.root) {
    const m = new Mount(this.allocId(), sb, at2 ? at2.mnt : null, at2 ? at2.inode : root, root);
    this.mounts.set(m.id, m);
    root.refs++;
    if (at2) {
      this.covered.set(_MountNamespace.key(at2.mnt, at2.inode), m);
      at2.inode.mounted++;
      at2.inode.refs++;
    } else {
      this.root = m;
    }
    return m;
  }
  /** The mount covering `inode` of `parent`, if any (the most recent one). */
  mountedOn(parent, inode) {
    if (inode.mounted === 0) return void 0;
    return this.covered.get(_MountNamespace.key(parent, inode));
  }
};

// vfs/vfs.ts
var Vfs = class {
  constructor(opts) {
    this.opts = opts;
    this.pipefs = this.newSuperblock("pipefs", 384);
    for (const [dev, ops] of [
      [DEV_NULL, nullOps],
      [DEV_ZERO, zeroOps],
      [DEV_FULL, fullOps],
      [DEV_RANDOM, randomOps(opts.random)],
      [DEV_URANDOM, randomOps(opts.random)],
      [DEV_CONSOLE, this.console.ops],
      [DEV_TTY, this.console.ops]
    ]) {
      this.chrdevs.set(dev, ops);
    }
  }
  opts;
  /** Every open file description, by id. */
  files = /* @__PURE__ */ new Map();
  /** Character-device drivers by device number (rdev). */
  chrdevs = /* @__PURE__ */ new Map();
  console = new Console();
  /** The superblock pipes' inodes live in. */
  pipefs;
  nextFileId = 1;
  nextMountId = 20;
  nextAnonMinor = 20;
  now() {
    return this.opts.now();
  }
  /** A new filesystem instance with an anonymous device number and a root directory. */
  newSuperblock(fsType, rootMode = 493, uid = 0, gid = 0) {
    const sb = new Superblock(makedev(0, this.nextAnonMinor++), fsType);
    const root = sb.newInode(S_IFDIR | rootMode, uid, gid, this.now());
    root.nlink = 2;
    root.parent = root.ino;
    root.size = 40;
    sb.root = root;
    return sb;
  }
  newMountNamespace() {
    return new MountNamespace(() => this.nextMountId++);
  }
  /** Registers a new open file description (one reference) on `inode`. */
  register(f) {
    this.files.set(f.id, f);
    f.inode.refs++;
    return f;
  }
  allocFileId() {
    return this.nextFileId++;
  }
  /** Takes another reference to an open file (dup, fork). */
  fget(f) {
    f.refs++;
    return f;
  }
  /** Drops a reference; the last one releases the file and maybe its unlinked inode. */
  fput(f) {
    if (--f.refs > 0) return;
    f.ops.release?.(f);
    this.files.delete(f.id);
    f.inode.refs--;
    f.inode.sb.maybeFree(f.inode);
  }
};

// kernel/clock.ts
var TICK_NS = 4e6;
var VirtualClock = class {
  constructor(bootSec, bootNsec = 0) {
    this.bootSec = bootSec;
    this.bootNsec = bootNsec;
  }
  bootSec;
  bootNsec;
  /** CLOCK_MONOTONIC, ns since boot (exact up to 2^53 ns ≈ 104 days of uptime). */
  monoNs = 0;
  heap = [];
  seq = 0;
  realtime() {
    const ns = this.bootNsec + this.monoNs;
    return { sec: this.bootSec + Math.floor(ns / 1e9), nsec: ns % 1e9 };
  }
  /**
   * CLOCK_REALTIME_COARSE: the time at the last timer tick (HZ = 250, every 4 ms). Inode
   * timestamps use it, as Linux's current_time() does, so they are tick-granular.
   */
  realtimeCoarse() {
    const ns = this.bootNsec + (this.monoNs - this.monoNs % TICK_NS);
    return { sec: this.bootSec + Math.floor(ns / 1e9), nsec: ns % 1e9 };
  }
  monotonic() {
    return { sec: Math.floor(this.monoNs / 1e9), nsec: this.monoNs % 1e9 };
  }
  /** Calls `fire` once CLOCK_MONOTONIC reaches `atNs`; returns a cancel function. */
  at(atNs, fire) {
    const t = { at: atNs, seq: this.seq++, fire, cancelled: false };
    const h2 = this.heap;
    h2.push(t);
    let i = h2.length - 1;
    while (i > 0) {
      const p2 = i - 1 >> 1;
      if (!less(h2[i], h2[p2])) break;
      [h2[i], h2[p2]] = [h2[p2], h2[i]];
      i = p2;
    }
    return () => {
      t.cancelled = true;
    };
  }
  /** The deadline of the earliest live timer, or Infinity. */
  nextDeadline() {
    this.dropCancelled();
    return this.heap[0]?.at ?? Infinity;
  }
  /** Advances CLOCK_MONOTONIC by `ns` and fires every timer that came due. */
  advance(ns) {
    this.monoNs += ns;
    if (this.heap.length > 0 && this.heap[0].at <= this.monoNs) this.fireDue();
  }
  /** Jumps to the next timer (when nothing can run) and fires it; false if there is none. */
  jumpToNextTimer() {
    const next = this.nextDeadline();
    if (next === Infinity) return false;
    if (next > this.monoNs) this.monoNs = next;
    this.fireDue();
    return true;
  }
  fireDue() {
    for (; ; ) {
      this.dropCancelled();
      const t = this.heap[0];
      if (!t || t.at > this.monoNs) return;
      this.pop();
      t.fire();
    }
  }
  dropCancelled() {
    while (this.heap.length > 0 && this.heap[0].cancelled) this.pop();
  }
  pop() {
    const h2 = this.heap;
    const last = h2.pop();
    if (h2.length === 0) return;
    h2[0] = last;
    let i = 0;
    for (; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h2.length && less(h2[l], h2[m])) m = l;
      if (r < h2.length && less(h2[r], h2[m])) m = r;
      if (m === i) return;
      [h2[i], h2[m]] = [h2[m], h2[i]];
      i = m;
    }
  }
};
function less(a, b) {
  return a.at < b.at || a.at === b.at && a.seq < b.seq;
}

// kernel/cost.ts
var USER_NS = 500;
var SYSCALL_NS = 500;
var TIME_SLICE_NS = 4e6;

// kernel/signals.ts
function deliverSignals(k, t) {
  for (; ; ) {
    if (t.state === "dead") return;
    const sig = nextSignal(t);
    if (sig === 0) return;
    const info = dequeueSignal(t, sig);
    const act = t.process.sighand.actions[sig];
    if (act.handler === SIG_IGN) continue;
    k.onSignal(t, info);
    if (act.handler !== SIG_DFL) continue;
    const action = signalByNumber(sig)?.defaultAction ?? "term";
    if (action === "term" || action === "core") {
      const core = action === "core" && t.process.rlimits[RLIMIT_CORE][0] > 0;
      exitGroup(k, t, wTermSig(sig, core));
      return;
    }
  }
}

// kernel/dispatch.ts
function syscall(k, t, nr, a0, a1, a2, a3, a4, a5) {
  const clock = k.clock;
  t.utimeNs += USER_NS;
  clock.advance(USER_NS);
  t.inSyscall = true;
  t.scNr = nr;
  const args = t.scArgs;
  args[0] = a0;
  args[1] = a1;
  args[2] = a2;
  args[3] = a3;
  args[4] = a4;
  args[5] = a5;
  t.progress = 0;
  t.interrupted = false;
  t.wakeAtNs = -1;
  t.enterNs = clock.monoNs;
  if (k.trace.active) k.emitEnter(t);
  return run(k, t);
}
function run(k, t) {
  const nr = t.scNr;
  const impl = k.table[nr];
  const args = t.scArgs;
  let r;
  k.depth++;
  try {
    if (impl === void 0) {
      r = ENOSYS;
    } else {
      if (impl.noReturn && k.trace.active) k.emitExit(t, void 0);
      r = impl.handler(k, t, args[0], args[1], args[2], args[3], args[4], args[5]);
    }
  } catch (error) {
    k.depth--;
    return oops(k, t, nr, error);
  }
  k.depth--;
  if (r === BLOCK) {
    t.state = "blocked";
    return BLOCK;
  }
  return finish(k, t, typeof r === "number" ? r : -r.errno);
}
function finish(k, t, ret) {
  if (t.onSyscallExit) {
    t.onSyscallExit();
    t.onSyscallExit = null;
  }
  t.wakeAtNs = -1;
  t.stimeNs += SYSCALL_NS;
  k.clock.advance(SYSCALL_NS);
  t.inSyscall = false;
  if (t.state === "dead") return ret;
  if (k.trace.active && !k.table[t.scNr]?.noReturn) k.emitExit(t, ret);
  if (mayHaveSignal(t) && signalPending(t)) deliverSignals(k, t);
  return ret;
}
function mayHaveSignal(t) {
  return t.sigPending.set !== 0n || t.process.sharedPending.set !== 0n;
}
function retry(k, t) {
  t.dequeueAll();
  if (t.interrupted || mayHaveSignal(t) && signalPending(t)) {
    t.interrupted = false;
    if (mayHaveSignal(t) && signalPending(t)) {
      return finish(k, t, t.progress > 0 ? t.progress : -EINTR.errno);
    }
  }
  return run(k, t);
}
function oops(k, t, nr, error) {
  k.oopses.push({ pid: t.tgid, tid: t.tid, nr, name: syscallByNr(nr)?.name ?? `syscall_${nr}`, error });
  if (k.trace.listenerCount("oops") > 0) k.trace.emit("oops", { pid: t.tgid, tid: t.tid, nr, error });
  t.inSyscall = false;
  exitGroup(k, t, wTermSig(SIGSYS, true));
  return -ENOSYS.errno;
}

// kernel/random.ts
var Prng = class {
  a;
  b;
  c;
  d;
  constructor(seed) {
    let s2 = seed >>> 0;
    const next = () => {
      s2 = s2 + 2654435769 >>> 0;
      let z = s2;
      z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
      z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
      return (z ^ z >>> 16) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }
  /** A uniformly distributed unsigned 32-bit integer. */
  next32() {
    const r = Math.imul(rotl(Math.imul(this.b, 5) >>> 0, 7), 9) >>> 0;
    const t = this.b << 9 >>> 0;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return r;
  }
  /** An integer in [0, n). */
  below(n) {
    return Math.floor(this.next32() / 4294967296 * n);
  }
  /** Fills `b` with random bytes. */
  fill(b) {
    let i = 0;
    for (; i + 4 <= b.length; i += 4) {
      const r = this.next32();
      b[i] = r & 255;
      b[i + 1] = r >>> 8 & 255;
      b[i + 2] = r >>> 16 & 255;
      b[i + 3] = r >>> 24;
    }
    if (i < b.length) {
      let r = this.next32();
      for (; i < b.length; i++, r >>>= 8) b[i] = r & 255;
    }
  }
};
function rotl(x, k) {
  return (x << k | x >>> 32 - k) >>> 0;
}

// kernel/sched.ts
var FIFO = { pick: () => 0 };
var Scheduler = class {
  constructor(k, policy = FIFO) {
    this.k = k;
    this.policy = policy;
  }
  k;
  policy;
  current = null;
  runq = [];
  sliceStart = 0;
  scheduling = false;
  idleWaiters = [];
  /** Tasks waiting for the CPU, in queue order (read-only view for tools and tests). */
  get runnable() {
    return this.runq;
  }
  /** Makes `t` runnable (a wake-up, a new task, a preempted one). */
  enqueue(t) {
    if (t.state === "dead" || this.runq.includes(t)) return;
    if (t.state !== "new") t.state = "runnable";
    this.runq.push(t);
    if (this.current === null && !this.scheduling) this.schedule();
  }
  /** Removes an exiting task from the CPU and the run queue. */
  retire(t) {
    const i = this.runq.indexOf(t);
    if (i >= 0) this.runq.splice(i, 1);
    if (this.current === t) this.current = null;
  }
  /** Should the current task give up the CPU after its syscall returned? */
  shouldPreempt(t) {
    if (this.runq.length === 0) return false;
    if (this.k.clock.monoNs - this.sliceStart >= TIME_SLICE_NS) return true;
    return this.policy.preempt?.(t, this.runq) ?? false;
  }
  /** The current task's syscall must sleep: park it and run someone else. */
  block(t) {
    t.state = "blocked";
    return this.park(t, false);
  }
  /** The current task is preempted with its syscall's result in hand. */
  preempt(t, result) {
    t.parkedResult = result;
    return this.park(t, true);
  }
  /** The current task died (or exec'd away its program): its promise never settles. */
  abandon(t) {
    if (this.current === t) this.current = null;
    if (!this.scheduling) this.schedule();
    return new Promise(() => {
    });
  }
  park(t, requeue) {
    const p2 = new Promise((resolve2) => {
      t.resume = resolve2;
    });
    if (this.current === t) this.current = null;
    if (requeue) {
      t.state = "runnable";
      this.runq.push(t);
    }
    if (!this.scheduling) this.schedule();
    return p2;
  }
  /** Resolves with why the system stopped, once nothing can run and no input may come. */
  whenIdle() {
    return new Promise((resolve2) => {
      this.idleWaiters.push(resolve2);
      if (this.current === null && !this.scheduling) this.schedule();
    });
  }
  /** Picks tasks and gives them the CPU until one of them holds it (or none can). */
  schedule() {
    if (this.scheduling) return;
    this.scheduling = true;
    try {
      for (; ; ) {
        if (this.current !== null) return;
        if (this.runq.length === 0) {
          if (this.k.clock.jumpToNextTimer()) continue;
          this.idle();
          return;
        }
        const i = this.runq.length === 1 ? 0 : this.policy.pick(this.runq);
        const t = i === 0 ? this.runq.shift() : this.runq.splice(i, 1)[0];
        if (t.state === "dead") continue;
        this.current = t;
        this.sliceStart = this.k.clock.monoNs;
        if (this.dispatchTo(t)) return;
        if (this.current === t) this.current = null;
      }
    } finally {
      this.scheduling = false;
    }
  }
  /** Lets `t` continue; false when it went back to sleep or died instead. */
  dispatchTo(t) {
    if (t.state === "new") {
      t.state = "running";
      this.k.startTask(t);
      return true;
    }
    let r;
    if (t.inSyscall) {
      t.state = "running";
      const x = this.k.retry(t);
      if (x === BLOCK) return false;
      r = x;
    } else {
      t.state = "running";
      r = t.parkedResult;
      if (signalPending(t)) this.k.deliverSignals(t);
    }
    if (dead(t)) return false;
    const resume = t.resume;
    t.resume = null;
    resume?.(r);
    return true;
  }
  idle() {
    if (this.k.vfs.console.awaitingInput()) return;
    const waiters = this.idleWaiters;
    if (waiters.length === 0) return;
    this.idleWaiters = [];
    const reason = this.k.liveTasks().some((t) => t.state === "blocked") ? "deadlock" : "done";
    for (const w of waiters) w(reason);
  }
};
function dead(t) {
  return t.state === "dead";
}

// kernel/table.ts
function full(handler, opts = {}) {
  return { handler, support: "full", ...opts };
}
function partial(handler, note, opts = {}) {
  return { handler, support: "partial", note, ...opts };
}
function buildTable(families) {
  const table = new Array(SYSCALL_MAX_NR + 1).fill(void 0);
  for (const fam of families) {
    for (const [name, impl] of Object.entries(fam)) {
      const spec = syscallByName(name);
      if (!spec) throw new Error(`kernel table: no x86-64 syscall named ${name}`);
      if (table[spec.nr]) throw new Error(`kernel table: ${name} implemented twice`);
      table[spec.nr] = impl;
    }
  }
  const rows = [];
  for (const spec of SYSCALLS) {
    const impl = table[spec.nr];
    rows.push({
      nr: spec.nr,
      name: spec.name,
      support: impl?.support ?? "unimplemented",
      note: impl?.note ?? (impl ? "Fully supported." : "Returns ENOSYS.")
    });
  }
  return { table, rows };
}

// kernel/syscalls/args.ts
function int(a) {
  return typeof a === "number" ? a | 0 : typeof a === "bigint" ? Number(BigInt.asIntN(32, a)) : 0;
}
function uint(a) {
  return typeof a === "number" ? a >>> 0 : typeof a === "bigint" ? Number(BigInt.asUintN(32, a)) : 0;
}
function long(a) {
  if (typeof a === "number") return Number.isFinite(a) ? Math.trunc(a) : 0;
  if (typeof a === "bigint") return Number(BigInt.asIntN(64, a));
  return 0;
}
function ulong(a) {
  const v = long(a);
  return v < 0 ? v + 18446744073709552e3 : v;
}
function ptr(a) {
  return typeof a === "number" && !Number.isInteger(a) ? Math.trunc(a) : a;
}

// kernel/syscalls/sys_cred.ts
var sysGetuid = (_k, t) => t.cred.uid;
var sysGeteuid = (_k, t) => t.cred.euid;
var sysGetgid = (_k, t) => t.cred.gid;
var sysGetegid = (_k, t) => t.cred.egid;
var sysGetresuid = (_k, t, r, e, s2) => {
  for (const [p2, v] of [[r, t.cred.uid], [e, t.cred.euid], [s2, t.cred.suid]]) {
    if (copyIntsToUser(t.mm, ptr(p2), [v])) return EFAULT;
  }
  return 0;
};
var sysGetresgid = (_k, t, r, e, s2) => {
  for (const [p2, v] of [[r, t.cred.gid], [e, t.cred.egid], [s2, t.cred.sgid]]) {
    if (copyIntsToUser(t.mm, ptr(p2), [v])) return EFAULT;
  }
  return 0;
};
var sysGetgroups = (_k, t, sizeArg, list) => {
  const size = int(sizeArg);
  const groups = t.cred.groups;
  if (size < 0) return EINVAL;
  if (size === 0) return groups.length;
  if (size < groups.length) return EINVAL;
  const p2 = ptr(list);
  if (groups.length > 0 && (isNull(p2) || copyIntsToUser(t.mm, p2, groups))) return EFAULT;
  return groups.length;
};
var credSyscalls = {
  getuid: full(sysGetuid),
  geteuid: full(sysGeteuid),
  getgid: full(sysGetgid),
  getegid: full(sysGetegid),
  getresuid: full(sysGetresuid),
  getresgid: full(sysGetresgid),
  getgroups: full(sysGetgroups)
};

// vfs/readdir.ts
function getdents64(ctx, f, dst, count) {
  const dir = f.inode;
  if (!dir.isDir()) return ENOTDIR;
  if (!accessOk(dst, count)) return EFAULT;
  if (dir.nlink === 0) return ENOENT;
  const out2 = new Uint8Array(Math.min(count, 1 << 20));
  const dv = new DataView(out2.buffer);
  let used = 0;
  let index = f.pos;
  const emit = (ino, type, name) => {
    const reclen = 19 + name.length + 1 + 7 & ~7;
    if (used + reclen > out2.length) return false;
    dv.setBigUint64(used, BigInt(ino), true);
    dv.setBigInt64(used + 8, BigInt(index + 1), true);
    dv.setUint16(used + 16, reclen, true);
    dv.setUint8(used + 18, type);
    for (let i2 = 0; i2 < name.length; i2++) out2[used + 19 + i2] = name.charCodeAt(i2) & 255;
    out2.fill(0, used + 19 + name.length, used + reclen);
    used += reclen;
    index++;
    return true;
  };
  let i = 0;
  let full2 = false;
  if (index === 0) full2 = !emit(dir.ino, 4, ".");
  if (!full2 && index === 1) full2 = !emit(dir.parent, 4, "..");
  if (!full2) {
    for (const [name, ino] of dir.entries) {
      if (i++ < index - 2) continue;
      const inode = dir.sb.inodes.get(ino);
      if (!emit(ino, inode ? dtype(inode.mode) : 0, name)) {
        full2 = true;
        break;
      }
    }
  }
  if (used === 0 && full2) return EINVAL;
  if (used > 0 && copyToUser(ctx.mm, dst, out2, used) < used) return EFAULT;
  f.pos = index;
  touchAtime(dir, ctx.now());
  return used;
}

// kernel/syscalls/common.ts
function getPath(t, p2, emptyOk = false) {
  const s2 = userString(t.mm, p2, PATH_MAX);
  if (typeof s2 !== "string") return s2;
  if (s2.length === 0 && !emptyOk) return ENOENT;
  return s2;
}
function atBase(t, dirfd, path) {
  if (path.charCodeAt(0) === 47 || dirfd === AT_FDCWD) return t.fs.cwd;
  const f = t.files.get(dirfd);
  if (!f) return EBADF;
  if (path.length > 0 && !f.inode.isDir()) return ENOTDIR;
  return { mnt: f.mnt, inode: f.inode };
}
function fdget(t, fd) {
  return t.files.get(fd) ?? EBADF;
}

// kernel/syscalls/sys_dir.ts
var sysGetcwd = (_k, t, buf2, size) => {
  const path = pathOf(t.fs.root, t.fs.cwd);
  if (path === null) return ENOENT;
  const n = path.length + 1;
  if (n > ulong(size)) return ERANGE;
  const bytes2 = new Uint8Array(n);
  for (let i = 0; i < path.length; i++) bytes2[i] = path.charCodeAt(i) & 255;
  return copyToUser(t.mm, ptr(buf2), bytes2, n) === n ? n : EFAULT;
};
var sysChdir = (_k, t, p2) => {
  const path = getPath(t, ptr(p2));
  if (typeof path !== "string") return path;
  const base = atBase(t, -100, path);
  if (!("inode" in base)) return base;
  const ref = pathLookup(t, base, path, LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
  if (!("inode" in ref)) return ref;
  const err = chdirCheck(t, ref);
  if (err) return err;
  setCwd(t.fs, ref);
  return 0;
};
var sysFchdir = (_k, t, fd) => {
  const f = fdget(t, int(fd));
  if (!("id" in f)) return f;
  const ref = { mnt: f.mnt, inode: f.inode };
  const err = chdirCheck(t, ref);
  if (err) return err;
  setCwd(t.fs, ref);
  return 0;
};
var sysUmask = (_k, t, mask) => {
  const old = t.fs.umask;
  t.fs.umask = uint(mask) & 511;
  return old;
};
var sysGetdents64 = (_k, t, fd, dirp, count) => {
  const f = fdget(t, int(fd));
  if (!("id" in f)) return f;
  if (f.flags & O_PATH) return EBADF;
  return getdents64(t, f, ptr(dirp), uint(count));
};
var dirSyscalls = {
  getcwd: full(sysGetcwd),
  chdir: full(sysChdir),
  fchdir: full(sysFchdir),
  umask: full(sysUmask),
  getdents64: full(sysGetdents64)
};

// kernel/syscalls/sys_file.ts
function nofile(t) {
  return t.process.rlimits[RLIMIT_NOFILE][0];
}
function openat(k, t, dirfd, pathArg, flags, mode) {
  const path = getPath(t, ptr(pathArg));
  if (typeof path !== "string") return path;
  const limit = nofile(t);
  const fd = t.files.peek(0, limit);
  if (typeof fd !== "number") return fd;
  const base = atBase(t, dirfd, path);
  if (!("inode" in base)) return base;
  const f = openPath(k.vfs, t, base, path, flags | O_LARGEFILE, mode);
  if (!("id" in f)) return f;
  return t.files.alloc(f, (flags & O_CLOEXEC) !== 0, 0, limit);
}
var sysOpen = (k, t, path, flags, mode) => openat(k, t, AT_FDCWD, path, int(flags), uint(mode));
var sysOpenat = (k, t, dirfd, path, flags, mode) => openat(k, t, int(dirfd), path, int(flags), uint(mode));
var sysCreat = (k, t, path, mode) => openat(k, t, AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, uint(mode));
var sysClose = (k, t, fd) => {
  const f = t.files.remove(int(fd));
  if (!("id" in f)) return f;
  k.vfs.fput(f);
  return 0;
};
var sysCloseRange = (k, t, first, last, flags) => {
  const lo = uint(first);
  const hi = uint(last);
  const fl = uint(flags);
  if (fl & ~(CLOSE_RANGE_CLOEXEC | CLOSE_RANGE_UNSHARE) || lo > hi) return EINVAL;
  if (fl & CLOSE_RANGE_UNSHARE && t.files.users > 1) {
    t.files.users--;
    t.files = t.files.fork(k.vfs);
  }
  const end = Math.min(hi, t.files.size - 1);
  for (let fd = lo; fd <= end; fd++) {
    if (!t.files.get(fd)) continue;
    if (fl & CLOSE_RANGE_CLOEXEC) {
      t.files.setCloexec(fd, true);
    } else {
      const f = t.files.remove(fd);
      if ("id" in f) k.vfs.fput(f);
    }
  }
  return 0;
};
var sysDup = (k, t, oldfd) => {
  const f = fdget(t, int(oldfd));
  if (!("id" in f)) return f;
  const fd = t.files.alloc(f, false, 0, nofile(t));
  if (typeof fd === "number") k.vfs.fget(f);
  return fd;
};
function dupTo(k, t, oldfd, newfd, cloexec) {
  const f = fdget(t, oldfd);
  if (!("id" in f)) return f;
  if (newfd < 0 || newfd >= nofile(t)) return EBADF;
  k.vfs.fget(f);
  const old = t.files.install(newfd, f, cloexec);
  if (old) k.vfs.fput(old);
  return newfd;
}
var sysDup2 = (k, t, oldfd, newfd) => {
  const o = int(oldfd);
  const n = int(newfd);
  if (o === n) return t.files.get(o) ? n : EBADF;
  return dupTo(k, t, o, n, false);
};
var sysDup3 = (k, t, oldfd, newfd, flags) => {
  const fl = int(flags);
  if (fl & ~O_CLOEXEC) return EINVAL;
  const o = int(oldfd);
  const n = int(newfd);
  if (o === n) return EINVAL;
  return dupTo(k, t, o, n, (fl & O_CLOEXEC) !== 0);
};
var SETFL_MASK = O_APPEND | O_NONBLOCK | FASYNC | O_DIRECT | O_NOATIME;
function fcntl(k, t, fd, cmd, arg) {
  const f = fdget(t, fd);
  if (!("id" in f)) return f;
  const isPath = (f.flags & O_PATH) !== 0;
  switch (cmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC: {
      const min = arg >>> 0;
      if (min >= nofile(t)) return EINVAL;
      const nfd = t.files.alloc(f, cmd === F_DUPFD_CLOEXEC, min, nofile(t));
      if (typeof nfd === "number") k.vfs.fget(f);
      return nfd;
    }
    case F_GETFD:
      return t.files.isCloexec(fd) ? FD_CLOEXEC : 0;
    case F_SETFD:
      t.files.setCloexec(fd, (arg & FD_CLOEXEC) !== 0);
      return 0;
    case F_GETFL:
      return f.flags;
    case F_SETFL: {
      if (isPath) return EBADF;
      f.flags = f.flags & ~SETFL_MASK | arg & SETFL_MASK;
      return 0;
    }
    default:
      return isPath ? EBADF : EINVAL;
  }
}
var sysFcntl = (k, t, fd, cmd, arg) => fcntl(k, t, int(fd), int(cmd), int(arg));
var OPEN_NOTE = "Opening a FIFO does not wait for the other end yet; no procfs, no mount flags (nodev, noexec).";
var fileSyscalls = {
  open: partial(sysOpen, OPEN_NOTE),
  openat: partial(sysOpenat, OPEN_NOTE),
  creat: full(sysCreat),
  close: full(sysClose),
  close_range: full(sysCloseRange),
  dup: full(sysDup),
  dup2: full(sysDup2),
  dup3: full(sysDup3),
  fcntl: partial(sysFcntl, "F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD, F_GETFL, F_SETFL; record locks, leases, owners, seals and pipe sizes return EINVAL until the VFS issue.")
};

// abi/socket.ts
var AF_UNIX = 1;
var AF_INET = 2;
var AF_INET6 = 10;

// abi/struct.ts
var SCALAR_SIZE = { u8: 1, i8: 1, u16: 2, i16: 2, u32: 4, i32: 4, u64: 8, i64: 8 };
var TWO64 = 18446744073709552e3;
function sizeAlign(t) {
  if (typeof t === "string") return [SCALAR_SIZE[t], SCALAR_SIZE[t]];
  if ("cstr" in t) return [t.cstr, 1];
  if ("bytes" in t) return [t.bytes, 1];
  if ("pad" in t) return [t.pad, 1];
  if ("array" in t) return [SCALAR_SIZE[t.array] * t.n, SCALAR_SIZE[t.array]];
  return [t.struct.size, t.struct.align];
}
function getScalar(view, off, t) {
  switch (t) {
    case "u8":
      return view.getUint8(off);
    case "i8":
      return view.getInt8(off);
    case "u16":
      return view.getUint16(off, true);
    case "i16":
      return view.getInt16(off, true);
    case "u32":
      return view.getUint32(off, true);
    case "i32":
      return view.getInt32(off, true);
    case "u64":
      return view.getUint32(off, true) + view.getUint32(off + 4, true) * 4294967296;
    case "i64":
      return Number(view.getBigInt64(off, true));
  }
}
function setScalar(view, off, t, v) {
  switch (t) {
    case "u8":
    case "i8":
      view.setUint8(off, v & 255);
      return;
    case "u16":
    case "i16":
      view.setUint16(off, v & 65535, true);
      return;
    case "u32":
    case "i32":
      view.setUint32(off, v >>> 0, true);
      return;
    case "u64":
    case "i64": {
      if (v >= TWO64) {
        view.setUint32(off, 4294967295, true);
        view.setUint32(off + 4, 4294967295, true);
        return;
      }
      if (v >= 0 && v <= Number.MAX_SAFE_INTEGER) {
        view.setUint32(off, v % 4294967296, true);
        view.setUint32(off + 4, Math.floor(v / 4294967296), true);
        return;
      }
      view.setBigUint64(off, BigInt.asUintN(64, BigInt(Math.trunc(v))), true);
      return;
    }
  }
}
function struct(name, fields, opts = {}) {
  let off = 0;
  let maxAlign = 1;
  const defs = [];
  for (const [fname, type] of fields) {
    const [size2, align0] = sizeAlign(type);
    const align = opts.packed ? 1 : align0;
    off = Math.ceil(off / align) * align;
    defs.push(Object.freeze({ name: fname, type, offset: off, size: size2 }));
    off += size2;
    maxAlign = Math.max(maxAlign, align);
  }
  const size = Math.ceil(off / maxAlign) * maxAlign;
  if (opts.size !== void 0 && opts.size !== size) {
    throw new Error(`abi: struct ${name} is ${size} bytes, expected ${opts.size}`);
  }
  const named = defs.filter((f) => f.name !== "_");
  const layout = {
    name,
    size,
    align: maxAlign,
    fields: Object.freeze(defs),
    encode(value, view, offset) {
      for (let i = offset; i < offset + size; i++) view.setUint8(i, 0);
      const v = value;
      for (const f of named) {
        const x = v[f.name];
        if (x === void 0) continue;
        const o = offset + f.offset;
        const t = f.type;
        if (typeof t === "string") setScalar(view, o, t, x);
        else if ("cstr" in t) {
          const s2 = x;
          const n = Math.min(s2.length, t.cstr);
          for (let i = 0; i < n; i++) view.setUint8(o + i, s2.charCodeAt(i) & 255);
        } else if ("bytes" in t) {
          const b = x;
          for (let i = 0; i < Math.min(b.length, t.bytes); i++) view.setUint8(o + i, b[i]);
        } else if ("array" in t) {
          const a = x;
          const es = SCALAR_SIZE[t.array];
          for (let i = 0; i < Math.min(a.length, t.n); i++) setScalar(view, o + i * es, t.array, a[i]);
        } else if ("struct" in t) t.struct.encode(x, view, o);
      }
    },
    decode(view, offset) {
      const out2 = {};
      for (const f of named) {
        const o = offset + f.offset;
        const t = f.type;
        if (typeof t === "string") out2[f.name] = getScalar(view, o, t);
        else if ("cstr" in t) {
          let s2 = "";
          for (let i = 0; i < t.cstr; i++) {
            const c = view.getUint8(o + i);
            if (c === 0) break;
            s2 += String.fromCharCode(c);
          }
          out2[f.name] = s2;
        } else if ("bytes" in t) {
          out2[f.name] = new Uint8Array(view.buffer.slice(view.byteOffset + o, view.byteOffset + o + t.bytes));
        } else if ("array" in t) {
          const es = SCALAR_SIZE[t.array];
          const a = [];
          for (let i = 0; i < t.n; i++) a.push(getScalar(view, o + i * es, t.array));
          out2[f.name] = a;
        } else if ("struct" in t) out2[f.name] = t.struct.decode(view, o);
      }
      return out2;
    },
    toBytes(value) {
      const b = new Uint8Array(size);
      layout.encode(value, new DataView(b.buffer), 0);
      return b;
    },
    fromBytes(bytes2, offset = 0) {
      return layout.decode(new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength), offset);
    },
    offsetOf(field) {
      const f = defs.find((d) => d.name === field);
      if (!f) throw new Error(`abi: struct ${name} has no field ${field}`);
      return f.offset;
    }
  };
  return Object.freeze(layout);
}

// abi/structs.ts
var timespec = struct("timespec", [
  ["tv_sec", "i64"],
  ["tv_nsec", "i64"]
], { size: 16 });
var timeval = struct("timeval", [
  ["tv_sec", "i64"],
  ["tv_usec", "i64"]
], { size: 16 });
var stat = struct("stat", [
  ["st_dev", "u64"],
  ["st_ino", "u64"],
  ["st_nlink", "u64"],
  ["st_mode", "u32"],
  ["st_uid", "u32"],
  ["st_gid", "u32"],
  ["_", { pad: 4 }],
  ["st_rdev", "u64"],
  ["st_size", "i64"],
  ["st_blksize", "i64"],
  ["st_blocks", "i64"],
  ["st_atime", "u64"],
  ["st_atime_nsec", "u64"],
  ["st_mtime", "u64"],
  ["st_mtime_nsec", "u64"],
  ["st_ctime", "u64"],
  ["st_ctime_nsec", "u64"],
  ["_", { pad: 24 }]
], { size: 144 });
var utsname = struct("utsname", [
  ["sysname", { cstr: 65 }],
  ["nodename", { cstr: 65 }],
  ["release", { cstr: 65 }],
  ["version", { cstr: 65 }],
  ["machine", { cstr: 65 }],
  ["domainname", { cstr: 65 }]
], { size: 390 });
function overlay(name, size, fields) {
  const parts = fields.map(([fname, type, off]) => {
    const one = struct(`${name}.${fname}`, [[fname, type]]);
    const def2 = one.fields[0];
    if (off + def2.size > size) throw new Error(`abi: ${name}.${fname} overflows the struct`);
    return { fname, off, one, def: Object.freeze({ name: fname, type, offset: off, size: def2.size }) };
  });
  const align = Math.max(1, ...parts.map((p2) => p2.one.align));
  if (size % align !== 0) throw new Error(`abi: ${name}: size ${size} is not a multiple of ${align}`);
  const layout = {
    name,
    size,
    align,
    fields: Object.freeze(parts.map((p2) => p2.def)),
    encode(value, view, offset) {
      for (let i = offset; i < offset + size; i++) view.setUint8(i, 0);
      const v = value;
      for (const p2 of parts) {
        if (v[p2.fname] !== void 0) p2.one.encode({ [p2.fname]: v[p2.fname] }, view, offset + p2.off);
      }
    },
    decode(view, offset) {
      const out2 = {};
      for (const p2 of parts) out2[p2.fname] = p2.one.decode(view, offset + p2.off)[p2.fname];
      return out2;
    },
    toBytes(value) {
      const b = new Uint8Array(size);
      layout.encode(value, new DataView(b.buffer), 0);
      return b;
    },
    fromBytes(bytes2, offset = 0) {
      return layout.decode(new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength), offset);
    },
    offsetOf(field) {
      const p2 = parts.find((q) => q.fname === field);
      if (!p2) throw new Error(`abi: struct ${name} has no field ${field}`);
      return p2.off;
    }
  };
  return Object.freeze(layout);
}
var statx_timestamp = struct("statx_timestamp", [
  ["tv_sec", "i64"],
  ["tv_nsec", "u32"],
  ["_", { pad: 4 }]
  // __reserved
], { size: 16 });
var statx = struct("statx", [
  ["stx_mask", "u32"],
  ["stx_blksize", "u32"],
  ["stx_attributes", "u64"],
  ["stx_nlink", "u32"],
  ["stx_uid", "u32"],
  ["stx_gid", "u32"],
  ["stx_mode", "u16"],
  ["_", { pad: 2 }],
  // __spare0
  ["stx_ino", "u64"],
  ["stx_size", "u64"],
  ["stx_blocks", "u64"],
  ["stx_attributes_mask", "u64"],
  ["stx_atime", { struct: statx_timestamp }],
  ["stx_btime", { struct: statx_timestamp }],
  ["stx_ctime", { struct: statx_timestamp }],
  ["stx_mtime", { struct: statx_timestamp }],
  ["stx_rdev_major", "u32"],
  ["stx_rdev_minor", "u32"],
  ["stx_dev_major", "u32"],
  ["stx_dev_minor", "u32"],
  ["stx_mnt_id", "u64"],
  ["stx_dio_mem_align", "u32"],
  ["stx_dio_offset_align", "u32"],
  ["stx_subvol", "u64"],
  ["stx_atomic_write_unit_min", "u32"],
  ["stx_atomic_write_unit_max", "u32"],
  ["stx_atomic_write_segments_max", "u32"],
  ["stx_dio_read_offset_align", "u32"],
  ["stx_atomic_write_unit_max_opt", "u32"],
  ["_", { pad: 4 }],
  // __spare2
  ["_", { pad: 64 }]
  // __spare3
], { size: 256 });
var statfs = struct("statfs", [
  ["f_type", "i64"],
  ["f_bsize", "i64"],
  ["f_blocks", "u64"],
  ["f_bfree", "u64"],
  ["f_bavail", "u64"],
  ["f_files", "u64"],
  ["f_ffree", "u64"],
  ["f_fsid", { array: "i32", n: 2 }],
  ["f_namelen", "i64"],
  ["f_frsize", "i64"],
  ["f_flags", "i64"],
  ["_", { pad: 32 }]
  // f_spare[4]
], { size: 120 });
var linux_dirent64 = struct("linux_dirent64", [
  ["d_ino", "u64"],
  ["d_off", "i64"],
  ["d_reclen", "u16"],
  ["d_type", "u8"]
], { packed: true, size: 19 });
var linux_dirent = struct("linux_dirent", [
  ["d_ino", "u64"],
  ["d_off", "u64"],
  ["d_reclen", "u16"]
], { packed: true, size: 18 });
var flock = struct("flock", [
  ["l_type", "i16"],
  ["l_whence", "i16"],
  ["l_start", "i64"],
  ["l_len", "i64"],
  ["l_pid", "i32"]
], { size: 32 });
var f_owner_ex = struct("f_owner_ex", [
  ["type", "i32"],
  ["pid", "i32"]
], { size: 8 });
var open_how = struct("open_how", [
  ["flags", "u64"],
  ["mode", "u64"],
  ["resolve", "u64"]
], { size: 24 });
var utimbuf = struct("utimbuf", [
  ["actime", "i64"],
  ["modtime", "i64"]
], { size: 16 });
var file_handle = struct("file_handle", [
  ["handle_bytes", "u32"],
  ["handle_type", "i32"]
], { size: 8 });
var mount_attr = struct("mount_attr", [
  ["attr_set", "u64"],
  ["attr_clr", "u64"],
  ["propagation", "u64"],
  ["userns_fd", "u64"]
], { size: 32 });
var timezone = struct("timezone", [
  ["tz_minuteswest", "i32"],
  ["tz_dsttime", "i32"]
], { size: 8 });
var itimerval = struct("itimerval", [
  ["it_interval", { struct: timeval }],
  ["it_value", { struct: timeval }]
], { size: 32 });
var itimerspec = struct("itimerspec", [
  ["it_interval", { struct: timespec }],
  ["it_value", { struct: timespec }]
], { size: 32 });
var tms = struct("tms", [
  ["tms_utime", "i64"],
  ["tms_stime", "i64"],
  ["tms_cutime", "i64"],
  ["tms_cstime", "i64"]
], { size: 32 });
var timex = struct("timex", [
  ["modes", "u32"],
  ["offset", "i64"],
  ["freq", "i64"],
  ["maxerror", "i64"],
  ["esterror", "i64"],
  ["status", "i32"],
  ["constant", "i64"],
  ["precision", "i64"],
  ["tolerance", "i64"],
  ["time", { struct: timeval }],
  ["tick", "i64"],
  ["ppsfreq", "i64"],
  ["jitter", "i64"],
  ["shift", "i32"],
  ["stabil", "i64"],
  ["jitcnt", "i64"],
  ["calcnt", "i64"],
  ["errcnt", "i64"],
  ["stbcnt", "i64"],
  ["tai", "i32"],
  ["_", { pad: 44 }]
  // int :32 x 11
], { size: 208 });
var rlimit = struct("rlimit", [
  ["rlim_cur", "u64"],
  ["rlim_max", "u64"]
], { size: 16 });
var rusage = struct("rusage", [
  ["ru_utime", { struct: timeval }],
  ["ru_stime", { struct: timeval }],
  ["ru_maxrss", "i64"],
  ["ru_ixrss", "i64"],
  ["ru_idrss", "i64"],
  ["ru_isrss", "i64"],
  ["ru_minflt", "i64"],
  ["ru_majflt", "i64"],
  ["ru_nswap", "i64"],
  ["ru_inblock", "i64"],
  ["ru_oublock", "i64"],
  ["ru_msgsnd", "i64"],
  ["ru_msgrcv", "i64"],
  ["ru_nsignals", "i64"],
  ["ru_nvcsw", "i64"],
  ["ru_nivcsw", "i64"]
], { size: 144 });
var sysinfo = struct("sysinfo", [
  ["uptime", "i64"],
  ["loads", { array: "u64", n: 3 }],
  ["totalram", "u64"],
  ["freeram", "u64"],
  ["sharedram", "u64"],
  ["bufferram", "u64"],
  ["totalswap", "u64"],
  ["freeswap", "u64"],
  ["procs", "u16"],
  ["_", { pad: 2 }],
  // pad
  ["totalhigh", "u64"],
  ["freehigh", "u64"],
  ["mem_unit", "u32"]
], { size: 112 });
var sched_param = struct("sched_param", [
  ["sched_priority", "i32"]
], { size: 4 });
var sched_attr = struct("sched_attr", [
  ["size", "u32"],
  ["sched_policy", "u32"],
  ["sched_flags", "u64"],
  ["sched_nice", "i32"],
  ["sched_priority", "u32"],
  ["sched_runtime", "u64"],
  ["sched_deadline", "u64"],
  ["sched_period", "u64"],
  ["sched_util_min", "u32"],
  ["sched_util_max", "u32"]
], { size: 56 });
var clone_args = struct("clone_args", [
  ["flags", "u64"],
  ["pidfd", "u64"],
  ["child_tid", "u64"],
  ["parent_tid", "u64"],
  ["exit_signal", "u64"],
  ["stack", "u64"],
  ["stack_size", "u64"],
  ["tls", "u64"],
  ["set_tid", "u64"],
  ["set_tid_size", "u64"],
  ["cgroup", "u64"]
], { size: 88 });
var cap_header = struct("cap_header", [
  ["version", "u32"],
  ["pid", "i32"]
], { size: 8 });
var cap_data = struct("cap_data", [
  ["effective", "u32"],
  ["permitted", "u32"],
  ["inheritable", "u32"]
], { size: 12 });
var rseq = struct("rseq", [
  ["cpu_id_start", "u32"],
  ["cpu_id", "u32"],
  ["rseq_cs", "u64"],
  ["flags", "u32"],
  ["node_id", "u32"],
  ["mm_cid", "u32"],
  ["slice_ctrl", "u32"]
], { size: 32 });
var robust_list_head = struct("robust_list_head", [
  ["list", "u64"],
  // struct robust_list { struct robust_list *next; }
  ["futex_offset", "i64"],
  ["list_op_pending", "u64"]
], { size: 24 });
var user_desc = struct("user_desc", [
  ["entry_number", "u32"],
  ["base_addr", "u32"],
  ["limit", "u32"],
  ["flags", "u32"]
], { size: 16 });
var sigset = struct("sigset", [
  ["sig", { array: "u32", n: 2 }]
], { size: 8 });
var sigaction = struct("sigaction", [
  ["sa_handler", "u64"],
  ["sa_flags", "u64"],
  ["sa_restorer", "u64"],
  ["sa_mask", { struct: sigset }]
], { size: 32 });
var stack_t = struct("stack_t", [
  ["ss_sp", "u64"],
  ["ss_flags", "i32"],
  ["ss_size", "u64"]
], { size: 24 });
var siginfo = overlay("siginfo", 128, [
  ["si_signo", "i32", 0],
  ["si_errno", "i32", 4],
  ["si_code", "i32", 8],
  // _kill, _rt, _sigchld
  ["si_pid", "i32", 16],
  ["si_uid", "u32", 20],
  // _timer
  ["si_tid", "i32", 16],
  ["si_overrun", "i32", 20],
  // _rt, _timer: union sigval (sival_int / sival_ptr)
  ["si_value", "u64", 24],
  ["si_int", "i32", 24],
  // _sigchld
  ["si_status", "i32", 24],
  ["si_utime", "i64", 32],
  ["si_stime", "i64", 40],
  // _sigfault
  ["si_addr", "u64", 16],
  ["si_addr_lsb", "i16", 24],
  ["si_lower", "u64", 32],
  ["si_upper", "u64", 40],
  ["si_pkey", "u32", 32],
  ["si_perf_data", "u64", 24],
  ["si_perf_type", "u32", 32],
  ["si_perf_flags", "u32", 36],
  // _sigpoll
  ["si_band", "i64", 16],
  ["si_fd", "i32", 24],
  // _sigsys
  ["si_call_addr", "u64", 16],
  ["si_syscall", "i32", 24],
  ["si_arch", "u32", 28]
]);
var sigevent = struct("sigevent", [
  ["sigev_value", "u64"],
  ["sigev_signo", "i32"],
  ["sigev_notify", "i32"],
  ["sigev_notify_thread_id", "i32"],
  ["_", { pad: 44 }]
], { size: 64 });
var iovec = struct("iovec", [
  ["iov_base", "u64"],
  ["iov_len", "u64"]
], { size: 16 });
var pollfd = struct("pollfd", [
  ["fd", "i32"],
  ["events", "i16"],
  ["revents", "i16"]
], { size: 8 });
var epoll_event = struct("epoll_event", [
  ["events", "u32"],
  ["data", "u64"]
], { packed: true, size: 12 });
var fd_set = struct("fd_set", [
  ["fds_bits", { array: "u32", n: 32 }]
], { size: 128 });
var io_event = struct("io_event", [
  ["data", "u64"],
  ["obj", "u64"],
  ["res", "i64"],
  ["res2", "i64"]
], { size: 32 });
var iocb = struct("iocb", [
  ["aio_data", "u64"],
  ["aio_key", "u32"],
  ["aio_rw_flags", "i32"],
  ["aio_lio_opcode", "u16"],
  ["aio_reqprio", "i16"],
  ["aio_fildes", "u32"],
  ["aio_buf", "u64"],
  ["aio_nbytes", "u64"],
  ["aio_offset", "i64"],
  ["_", { pad: 8 }],
  // aio_reserved2
  ["aio_flags", "u32"],
  ["aio_resfd", "u32"]
], { size: 64 });
var mq_attr = struct("mq_attr", [
  ["mq_flags", "i64"],
  ["mq_maxmsg", "i64"],
  ["mq_msgsize", "i64"],
  ["mq_curmsgs", "i64"],
  ["_", { pad: 32 }]
  // __reserved[4]
], { size: 64 });
var sembuf = struct("sembuf", [
  ["sem_num", "u16"],
  ["sem_op", "i16"],
  ["sem_flg", "i16"]
], { size: 6 });
var ipc64_perm = struct("ipc64_perm", [
  ["key", "i32"],
  ["uid", "u32"],
  ["gid", "u32"],
  ["cuid", "u32"],
  ["cgid", "u32"],
  ["mode", "u32"],
  ["seq", "u16"],
  ["_", { pad: 2 }],
  // __pad2
  ["_", "u64"],
  // __unused1 (unnamed fields are not read or written, but align)
  ["_", "u64"]
  // __unused2
], { size: 48 });
var msqid_ds = struct("msqid_ds", [
  ["msg_perm", { struct: ipc64_perm }],
  ["msg_stime", "i64"],
  ["msg_rtime", "i64"],
  ["msg_ctime", "i64"],
  ["msg_cbytes", "u64"],
  ["msg_qnum", "u64"],
  ["msg_qbytes", "u64"],
  ["msg_lspid", "i32"],
  ["msg_lrpid", "i32"],
  ["_", { pad: 16 }]
  // __unused4, __unused5
], { size: 120 });
var shmid_ds = struct("shmid_ds", [
  ["shm_perm", { struct: ipc64_perm }],
  ["shm_segsz", "u64"],
  ["shm_atime", "i64"],
  ["shm_dtime", "i64"],
  ["shm_ctime", "i64"],
  ["shm_cpid", "i32"],
  ["shm_lpid", "i32"],
  ["shm_nattch", "u64"],
  ["_", { pad: 16 }]
  // __unused4, __unused5
], { size: 112 });
var semid_ds = struct("semid_ds", [
  ["sem_perm", { struct: ipc64_perm }],
  ["sem_otime", "i64"],
  ["_", { pad: 8 }],
  // __unused1
  ["sem_ctime", "i64"],
  ["_", { pad: 8 }],
  // __unused2
  ["sem_nsems", "u64"],
  ["_", { pad: 16 }]
  // __unused3, __unused4
], { size: 104 });
var winsize = struct("winsize", [
  ["ws_row", "u16"],
  ["ws_col", "u16"],
  ["ws_xpixel", "u16"],
  ["ws_ypixel", "u16"]
], { size: 8 });
var termios = struct("termios", [
  ["c_iflag", "u32"],
  ["c_oflag", "u32"],
  ["c_cflag", "u32"],
  ["c_lflag", "u32"],
  ["c_line", "u8"],
  ["c_cc", { array: "u8", n: 19 }]
], { size: 36 });
var in_addr = struct("in_addr", [
  ["s_addr", "u32"]
], { size: 4 });
var in6_addr = struct("in6_addr", [
  ["s6_addr", { bytes: 16 }]
], { size: 16 });
var sockaddr_in = struct("sockaddr_in", [
  ["sin_family", "u16"],
  ["sin_port", "u16"],
  ["sin_addr", { struct: in_addr }],
  ["_", { pad: 8 }]
  // sin_zero
], { size: 16 });
var sockaddr_in6 = struct("sockaddr_in6", [
  ["sin6_family", "u16"],
  ["sin6_port", "u16"],
  ["sin6_flowinfo", "u32"],
  ["sin6_addr", { struct: in6_addr }],
  ["sin6_scope_id", "u32"]
], { size: 28 });
var sockaddr_un = struct("sockaddr_un", [
  ["sun_family", "u16"],
  ["sun_path", { bytes: 108 }]
], { size: 110 });
var sockaddr_storage = struct("sockaddr_storage", [
  ["ss_family", "u16"],
  ["__ss_padding", { bytes: 118 }],
  ["__ss_align", "u64"]
], { size: 128 });
var sockaddr = (() => {
  const SIZE = 128;
  const other = struct("sockaddr", [
    ["sa_family", "u16"],
    ["sa_data", { bytes: 126 }]
  ], { size: SIZE });
  const layout = {
    name: "sockaddr",
    size: SIZE,
    align: 8,
    fields: other.fields,
    encode(value, view, offset) {
      for (let i = offset; i < offset + SIZE; i++) view.setUint8(i, 0);
      const v = value;
      if (v.sin_family !== void 0) sockaddr_in.encode(v, view, offset);
      else if (v.sin6_family !== void 0) sockaddr_in6.encode(v, view, offset);
      else if (v.sun_family !== void 0) sockaddr_un.encode(v, view, offset);
      else other.encode(v, view, offset);
    },
    decode(view, offset) {
      const family = view.getUint16(offset, true);
      if (family === AF_INET) return sockaddr_in.decode(view, offset);
      if (family === AF_INET6) return sockaddr_in6.decode(view, offset);
      if (family === AF_UNIX) return sockaddr_un.decode(view, offset);
      return other.decode(view, offset);
    },
    toBytes(value) {
      const b = new Uint8Array(SIZE);
      layout.encode(value, new DataView(b.buffer), 0);
      return b;
    },
    fromBytes(bytes2, offset = 0) {
      return layout.decode(new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength), offset);
    },
    offsetOf(field) {
      return other.offsetOf(field);
    }
  };
  return Object.freeze(layout);
})();
var msghdr = struct("msghdr", [
  ["msg_name", "u64"],
  ["msg_namelen", "u32"],
  ["msg_iov", "u64"],
  ["msg_iovlen", "u64"],
  ["msg_control", "u64"],
  ["msg_controllen", "u64"],
  ["msg_flags", "i32"]
], { size: 56 });
var mmsghdr = struct("mmsghdr", [
  ["msg_hdr", { struct: msghdr }],
  ["msg_len", "u32"]
], { size: 64 });
var cmsghdr = struct("cmsghdr", [
  ["cmsg_len", "u64"],
  ["cmsg_level", "i32"],
  ["cmsg_type", "i32"]
], { size: 16 });
var ucred = struct("ucred", [
  ["pid", "i32"],
  ["uid", "u32"],
  ["gid", "u32"]
], { size: 12 });
var linger = struct("linger", [
  ["l_onoff", "i32"],
  ["l_linger", "i32"]
], { size: 8 });
var kexec_segment = struct("kexec_segment", [
  ["buf", "u64"],
  ["bufsz", "u64"],
  ["mem", "u64"],
  ["memsz", "u64"]
], { size: 32 });
var perf_event_attr = struct("perf_event_attr", [
  ["type", "u32"],
  ["size", "u32"],
  ["config", "u64"],
  ["sample_period", "u64"],
  ["sample_type", "u64"],
  ["read_format", "u64"],
  ["flags", "u64"],
  ["wakeup_events", "u32"],
  ["bp_type", "u32"],
  ["config1", "u64"],
  ["config2", "u64"],
  ["branch_sample_type", "u64"],
  ["sample_regs_user", "u64"],
  ["sample_stack_user", "u32"],
  ["clockid", "i32"],
  ["sample_regs_intr", "u64"],
  ["aux_watermark", "u32"],
  ["sample_max_stack", "u16"],
  ["_", { pad: 2 }],
  // __reserved_2
  ["aux_sample_size", "u32"],
  ["aux_action", "u32"],
  ["sig_data", "u64"],
  ["config3", "u64"],
  ["config4", "u64"]
], { size: 144 });
var LAYOUTS = Object.freeze({
  timespec,
  timeval,
  stat,
  utsname,
  statx,
  statx_timestamp,
  statfs,
  timezone,
  itimerval,
  itimerspec,
  rlimit,
  rusage,
  sysinfo,
  tms,
  sockaddr,
  sockaddr_in,
  sockaddr_in6,
  sockaddr_un,
  sockaddr_storage,
  in_addr,
  in6_addr,
  msghdr,
  mmsghdr,
  cmsghdr,
  iovec,
  pollfd,
  epoll_event,
  sigaction,
  sigset,
  siginfo,
  stack_t,
  linux_dirent64,
  linux_dirent,
  flock,
  f_owner_ex,
  sched_param,
  sched_attr,
  open_how,
  clone_args,
  utimbuf,
  timex,
  sigevent,
  mq_attr,
  cap_header,
  cap_data,
  rseq,
  robust_list_head,
  fd_set,
  user_desc,
  io_event,
  iocb,
  file_handle,
  mount_attr,
  sembuf,
  ipc64_perm,
  msqid_ds,
  shmid_ds,
  semid_ds,
  winsize,
  termios,
  ucred,
  linger,
  kexec_segment,
  perf_event_attr
});

// kernel/version.ts
var UTS_SYSNAME = "Linux";
var UTS_RELEASE = "6.18.0-linuxsim";
var UTS_VERSION = "#1 SMP PREEMPT_DYNAMIC Thu Jan  1 00:00:00 UTC 2026";
var UTS_MACHINE = "x86_64";
var MACHINE_RAM_BYTES = 2 * 1024 * 1024 * 1024;

// kernel/syscalls/sys_info.ts
var sysUname = (_k, t, buf2) => copyStructToUser(t.mm, ptr(buf2), utsname, {
  sysname: UTS_SYSNAME,
  nodename: t.uts.nodename,
  release: UTS_RELEASE,
  version: UTS_VERSION,
  machine: UTS_MACHINE,
  domainname: t.uts.domainname
}) ?? 0;
var sysSysinfo = (k, t, info) => {
  let used = 0;
  for (const p2 of k.pidns.processes.values()) if (p2.state === "alive") used += p2.threads[0]?.mm.residentBytes() ?? 0;
  return copyStructToUser(t.mm, ptr(info), sysinfo, {
    uptime: Math.floor(k.clock.monoNs / 1e9),
    loads: [0, 0, 0],
    totalram: MACHINE_RAM_BYTES,
    freeram: Math.max(0, MACHINE_RAM_BYTES - used),
    sharedram: 0,
    bufferram: 0,
    totalswap: 0,
    freeswap: 0,
    procs: k.pidns.tasks.size,
    totalhigh: 0,
    freehigh: 0,
    mem_unit: 1
  }) ?? 0;
};
var sysGetrandom = (k, t, buf2, countArg, flagsArg) => {
  const flags = uint(flagsArg);
  if (flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) return EINVAL;
  if ((flags & (GRND_INSECURE | GRND_RANDOM)) === (GRND_INSECURE | GRND_RANDOM)) return EINVAL;
  let count = ulong(countArg);
  const dst = ptr(buf2);
  if (count > 2147483647) count = 2147483647;
  if (!accessOk(dst, count)) return EFAULT;
  const chunk = new Uint8Array(Math.min(count, 65536));
  let done = 0;
  while (done < count) {
    const n = Math.min(chunk.length, count - done);
    k.random.fill(chunk.subarray(0, n));
    const c = copyToUserAt(t.mm, dst, done, chunk, n);
    done += c;
    if (c < n) break;
  }
  return done === 0 && count > 0 ? EFAULT : done;
};
var infoSyscalls = {
  uname: full(sysUname),
  sysinfo: full(sysSysinfo),
  getrandom: full(sysGetrandom)
};

// kernel/syscalls/sys_mem.ts
var sysBrk = (_k, t, addr) => t.mm.brk(ulong(addr));
var memSyscalls = {
  brk: full(sysBrk)
};

// kernel/syscalls/sys_namei.ts
function at(t, dirfd, p2, emptyOk = false) {
  const path = getPath(t, p2, emptyOk);
  if (typeof path !== "string") return path;
  const base = atBase(t, dirfd, path);
  if (!("inode" in base)) return base;
  return { base, path };
}
function mkdirat(t, dirfd, p2, mode) {
  const a = at(t, dirfd, p2);
  if (!("base" in a)) return a;
  return mkdirPath(t, a.base, a.path, mode) ?? 0;
}
function mknodat(t, dirfd, p2, mode, dev) {
  const a = at(t, dirfd, p2);
  if (!("base" in a)) return a;
  return mknodPath(t, a.base, a.path, mode, dev) ?? 0;
}
function unlinkat(t, dirfd, p2, flags) {
  if (flags & ~AT_REMOVEDIR) return EINVAL;
  const a = at(t, dirfd, p2);
  if (!("base" in a)) return a;
  return (flags & AT_REMOVEDIR ? rmdirPath(t, a.base, a.path) : unlinkPath(t, a.base, a.path)) ?? 0;
}
function symlinkat(t, target, dirfd, p2) {
  const to = getPath(t, target);
  if (typeof to !== "string") return to;
  const a = at(t, dirfd, p2);
  if (!("base" in a)) return a;
  return symlinkPath(t, to, a.base, a.path) ?? 0;
}
function readlinkat(t, dirfd, p2, buf2, size) {
  if (size <= 0) return EINVAL;
  const a = at(t, dirfd, p2, true);
  if (!("base" in a)) return a;
  const target = readlinkPath(t, a.base, a.path, true);
  if (typeof target !== "string") return target;
  const n = Math.min(target.length, size);
  const bytes2 = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes2[i] = target.charCodeAt(i) & 255;
  return copyToUser(t.mm, buf2, bytes2, n) === n || n === 0 ? n : EFAULT;
}
var sysMkdir = (_k, t, p2, mode) => mkdirat(t, AT_FDCWD, ptr(p2), uint(mode));
var sysMkdirat = (_k, t, dirfd, p2, mode) => mkdirat(t, int(dirfd), ptr(p2), uint(mode));
var sysMknod = (_k, t, p2, mode, dev) => mknodat(t, AT_FDCWD, ptr(p2), uint(mode), uint(dev));
var sysMknodat = (_k, t, dirfd, p2, mode, dev) => mknodat(t, int(dirfd), ptr(p2), uint(mode), uint(dev));
var sysRmdir = (_k, t, p2) => unlinkat(t, AT_FDCWD, ptr(p2), AT_REMOVEDIR);
var sysUnlink = (_k, t, p2) => unlinkat(t, AT_FDCWD, ptr(p2), 0);
var sysUnlinkat = (_k, t, dirfd, p2, flags) => unlinkat(t, int(dirfd), ptr(p2), int(flags));
var sysSymlink = (_k, t, target, p2) => symlinkat(t, ptr(target), AT_FDCWD, ptr(p2));
var sysSymlinkat = (_k, t, target, dirfd, p2) => symlinkat(t, ptr(target), int(dirfd), ptr(p2));
var sysReadlink = (_k, t, p2, buf2, size) => readlinkat(t, AT_FDCWD, ptr(p2), ptr(buf2), int(size));
var sysReadlinkat = (_k, t, dirfd, p2, buf2, size) => readlinkat(t, int(dirfd), ptr(p2), ptr(buf2), int(size));
var nameiSyscalls = {
  mkdir: full(sysMkdir),
  mkdirat: full(sysMkdirat),
  mknod: full(sysMknod),
  mknodat: full(sysMknodat),
  rmdir: full(sysRmdir),
  unlink: full(sysUnlink),
  unlinkat: full(sysUnlinkat),
  symlink: full(sysSymlink),
  symlinkat: full(sysSymlinkat),
  readlink: full(sysReadlink),
  readlinkat: full(sysReadlinkat)
};

// kernel/syscalls/sys_pipe.ts
function pipe2(k, t, fds, flags) {
  if (flags & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT)) return EINVAL;
  const limit = t.process.rlimits[RLIMIT_NOFILE][0];
  const rfdPeek = t.files.peek(0, limit);
  if (typeof rfdPeek !== "number") return rfdPeek;
  const vfs = k.vfs;
  const inode = vfs.pipefs.newInode(S_IFIFO | 384, t.cred.fsuid, t.cred.fsgid, t.now());
  inode.nlink = 1;
  const pipe = new Pipe();
  inode.pipe = pipe;
  const mnt = t.mntns.root;
  const status = flags & (O_NONBLOCK | O_DIRECT);
  const r = vfs.register(new OpenFile(vfs.allocFileId(), mnt, inode, O_RDONLY | status, pipeFileOps));
  const w = vfs.register(new OpenFile(vfs.allocFileId(), mnt, inode, O_WRONLY | status, pipeFileOps));
  r.priv = { pipe };
  w.priv = { pipe };
  pipe.readers = 1;
  pipe.writers = 1;
  const cloexec = (flags & O_CLOEXEC) !== 0;
  const rfd = t.files.alloc(r, cloexec, 0, limit);
  if (typeof rfd !== "number") {
    vfs.fput(r);
    vfs.fput(w);
    return rfd;
  }
  const wfd = t.files.alloc(w, cloexec, 0, limit);
  if (typeof wfd !== "number") {
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
var sysPipe = (k, t, fds) => pipe2(k, t, ptr(fds), 0);
var sysPipe2 = (k, t, fds, flags) => pipe2(k, t, ptr(fds), int(flags));
var pipeSyscalls = {
  pipe: full(sysPipe),
  pipe2: partial(sysPipe2, "O_DIRECT (packet mode) is accepted but the pipe stays a byte stream; O_NOTIFICATION_PIPE gives EINVAL.")
};

// abi/prctl.ts
var PR_SET_NAME = 15;
var PR_GET_NAME = 16;
var PR_SET_PTRACER_ANY = 2 ** 64;
var PR_SPEC_PRCTL = 1 << 0;
var PR_SPEC_ENABLE = 1 << 1;
var PR_SPEC_DISABLE = 1 << 2;
var PR_SPEC_FORCE_DISABLE = 1 << 3;
var PR_SPEC_DISABLE_NOEXEC = 1 << 4;
var PR_TAGGED_ADDR_ENABLE = 1 << 0;
var PR_MDWE_REFUSE_EXEC_GAIN = 1 << 0;
var PR_MDWE_NO_INHERIT = 1 << 1;
var ARCH_SHSTK_SHSTK = 1 << 0;
var ARCH_SHSTK_WRSS = 1 << 1;

// abi/sched.ts
var CSIGNAL = 255;
var CLONE_VM = 256;
var CLONE_FS = 512;
var CLONE_FILES = 1024;
var CLONE_SIGHAND = 2048;
var CLONE_PIDFD = 4096;
var CLONE_VFORK = 16384;
var CLONE_PARENT = 32768;
var CLONE_THREAD = 65536;
var CLONE_NEWNS = 131072;
var CLONE_PARENT_SETTID = 1048576;
var CLONE_CHILD_CLEARTID = 2097152;
var CLONE_CHILD_SETTID = 16777216;
var CLONE_NEWCGROUP = 33554432;
var CLONE_NEWUTS = 67108864;
var CLONE_NEWIPC = 134217728;
var CLONE_NEWUSER = 268435456;
var CLONE_NEWPID = 536870912;
var CLONE_NEWNET = 1073741824;
var CLONE_NEWTIME = 128;
var CLONE_CLEAR_SIGHAND = 2 ** 32;
var CLONE_INTO_CGROUP = 2 ** 33;
var CLONE_AUTOREAP = 2 ** 34;
var CLONE_NNP = 2 ** 35;
var CLONE_PIDFD_AUTOKILL = 2 ** 36;
var CLONE_EMPTY_MNTNS = 2 ** 37;
var SCHED_FLAG_RESET_ON_FORK = 1;
var SCHED_FLAG_RECLAIM = 2;
var SCHED_FLAG_DL_OVERRUN = 4;
var SCHED_FLAG_KEEP_POLICY = 8;
var SCHED_FLAG_KEEP_PARAMS = 16;
var SCHED_FLAG_UTIL_CLAMP_MIN = 32;
var SCHED_FLAG_UTIL_CLAMP_MAX = 64;
var SCHED_FLAG_KEEP_ALL = SCHED_FLAG_KEEP_POLICY | SCHED_FLAG_KEEP_PARAMS;
var SCHED_FLAG_UTIL_CLAMP = SCHED_FLAG_UTIL_CLAMP_MIN | SCHED_FLAG_UTIL_CLAMP_MAX;
var SCHED_FLAG_ALL = SCHED_FLAG_RESET_ON_FORK | SCHED_FLAG_RECLAIM | SCHED_FLAG_DL_OVERRUN | SCHED_FLAG_KEEP_ALL | SCHED_FLAG_UTIL_CLAMP;

// proc/exec.ts
var EXEC_MAGIC = "\x7FLSX";
function executableImage(name) {
  const s2 = `${EXEC_MAGIC} ${name}
`;
  const b = new Uint8Array(s2.length);
  for (let i = 0; i < s2.length; i++) b[i] = s2.charCodeAt(i);
  return b;
}
var MAX_ARG_STRLEN = 32 * 4096;
var MAX_ARG_TOTAL = 2 * 1024 * 1024;
function resolveExecutable(ctx, base, path) {
  const ref = pathLookup(ctx, base, path, LOOKUP_FOLLOW);
  if (!("inode" in ref)) return ref;
  const inode = ref.inode;
  if (!inode.isReg()) return EACCES;
  const perm = genericPermission(ctx.cred, inode, MAY_EXEC);
  if (perm) return perm;
  const data = inode.data.subarray(0, Math.min(inode.size, 256));
  let head = "";
  for (let i = 0; i < data.length; i++) head += String.fromCharCode(data[i]);
  if (!head.startsWith(EXEC_MAGIC + " ")) return ENOEXEC;
  const nl = head.indexOf("\n");
  const program = head.slice(EXEC_MAGIC.length + 1, nl < 0 ? void 0 : nl).trim();
  if (program.length === 0) return ENOEXEC;
  return { ref, program };
}
function checkArgSize(argv, envp) {
  let total = 0;
  for (const s2 of argv) {
    if (s2.length + 1 > MAX_ARG_STRLEN) return E2BIG;
    total += s2.length + 1 + 8;
  }
  for (const s2 of envp) {
    if (s2.length + 1 > MAX_ARG_STRLEN) return E2BIG;
    total += s2.length + 1 + 8;
  }
  return total > MAX_ARG_TOTAL ? E2BIG : void 0;
}

// kernel/syscalls/sys_process.ts
var sysGetpid = (_k, t) => t.tgid;
var sysGettid = (_k, t) => t.tid;
var sysGetppid = (_k, t) => t.process.parent?.pid ?? 0;
var sysSetTidAddress = (_k, t, tidptr) => {
  const p2 = ptr(tidptr);
  t.clearChildTid = typeof p2 === "number" ? p2 : 0;
  return t.tid;
};
var NS_FLAGS = CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWCGROUP | CLONE_NEWTIME;
function processesOf(k, uid) {
  let n = 0;
  for (const p2 of k.pidns.processes.values()) if (p2.state === "alive" && p2.threads[0]?.cred.uid === uid) n++;
  return n;
}
function copyProcess(k, t, flags, entry) {
  if ((flags & (CLONE_NEWNS | CLONE_FS)) === (CLONE_NEWNS | CLONE_FS)) return EINVAL;
  if ((flags & (CLONE_NEWUSER | CLONE_FS)) === (CLONE_NEWUSER | CLONE_FS)) return EINVAL;
  if (flags & CLONE_THREAD && !(flags & CLONE_SIGHAND)) return EINVAL;
  if (flags & CLONE_SIGHAND && !(flags & CLONE_VM)) return EINVAL;
  if (flags & (CLONE_PARENT | CLONE_THREAD) && t.process === k.init) return EINVAL;
  if (flags & CLONE_THREAD && flags & (CLONE_NEWUSER | CLONE_NEWPID)) return EINVAL;
  if (flags & NS_FLAGS) return t.cred.euid !== 0 ? EPERM : ENOSYS;
  if (flags & CLONE_PIDFD) return ENOSYS;
  if (!(flags & CLONE_THREAD) && t.cred.uid !== 0 && processesOf(k, t.cred.uid) >= t.process.rlimits[RLIMIT_NPROC][0]) {
    return EAGAIN;
  }
  const tid = k.pidns.allocPid();
  if (tid === void 0) return EAGAIN;
  const mm = flags & CLONE_VM ? t.mm : t.mm.fork();
  let files = t.files;
  if (flags & CLONE_FILES) files.users++;
  else files = t.files.fork(k.vfs);
  let fs = t.fs;
  if (flags & CLONE_FS) fs.users++;
  else fs = copyFsContext(t.fs);
  let proc;
  if (flags & CLONE_THREAD) {
    proc = t.process;
  } else {
    const parent = flags & CLONE_PARENT ? t.process.parent ?? k.init : t.process;
    let sighand;
    if (flags & CLONE_SIGHAND) {
      sighand = t.process.sighand;
      sighand.users++;
    } else {
      sighand = new SigHand(t.process.sighand);
    }
    proc = new Process(tid, parent, {
      pgid: t.process.pgid,
      sid: t.process.sid,
      sighand,
      rlimits: t.process.rlimits.map(([c, m]) => [c, m]),
      exitSignal: flags & CSIGNAL,
      startNs: k.clock.monoNs
    });
    proc.exe = t.process.exe;
    proc.argv = t.process.argv;
    proc.envp = t.process.envp;
    parent.children.push(proc);
    k.pidns.processes.set(tid, proc);
  }
  const child2 = new Task(k, tid, proc, t.cred, fs, files, mm, t.mntns, t.uts);
  child2.comm = t.comm;
  child2.sigBlocked = t.sigBlocked;
  child2.entry = entry;
  proc.threads.push(child2);
  k.pidns.tasks.set(tid, child2);
  if (flags & CLONE_CHILD_CLEARTID) child2.clearChildTid = 0;
  if (k.trace.active) k.trace.emit("fork", { pid: child2.tgid, tid, parentTid: t.tid, timeNs: k.clock.monoNs });
  return child2;
}
var sysClone = (k, t, flagsArg, _stack, ptidArg, ctidArg) => {
  if (t.progress > 0) return vforkWait(k, t, t.progress);
  const flags = uint(flagsArg);
  const entry = t.cloneEntry;
  t.cloneEntry = null;
  if ((flags & CSIGNAL) > 64) return EINVAL;
  if (!entry) return ENOSYS;
  const child2 = copyProcess(k, t, flags, entry);
  if (!(child2 instanceof Task)) return child2;
  const ptid = ptr(ptidArg);
  const ctid = ptr(ctidArg);
  if (flags & CLONE_PARENT_SETTID && !isNull(ptid)) copyIntsToUser(t.mm, ptid, [child2.tid]);
  if (flags & CLONE_CHILD_SETTID && !isNull(ctid)) copyIntsToUser(child2.mm, ctid, [child2.tid]);
  if (flags & CLONE_CHILD_CLEARTID && typeof ctid === "number") child2.clearChildTid = ctid;
  k.sched.enqueue(child2);
  if (flags & CLONE_VFORK) {
    t.progress = child2.tid;
    return vforkWait(k, t, child2.tid);
  }
  return child2.tid;
};
function vforkWait(k, t, tid) {
  const child2 = k.pidns.tasks.get(tid);
  if (!child2 || child2.state === "dead" || child2.vforkDone) return tid;
  t.waitOn(child2.vforkWait);
  return BLOCK;
}
function execve(k, t, pathArg, argvArg, envpArg) {
  const path = getPath(t, pathArg);
  if (typeof path !== "string") return path;
  const argv = userStringArray(t.mm, argvArg, 131072, 1 << 20);
  if (!Array.isArray(argv)) return argv;
  const envp = userStringArray(t.mm, envpArg, 131072, 1 << 20);
  if (!Array.isArray(envp)) return envp;
  const big = checkArgSize(argv, envp);
  if (big) return big;
  const exe = resolveExecutable(t, t.fs.cwd, path);
  if (!("program" in exe)) return exe;
  if (!k.runtime?.has(exe.program)) return ENOEXEC;
  const p2 = t.process;
  for (const th of p2.threads) if (th !== t && th.state !== "dead") exitThread(k, th, 0);
  t.mm = new FlatMemory();
  if (t.files.users > 1) {
    t.files.users--;
    t.files = t.files.fork(k.vfs);
  }
  t.files.closeOnExec(k.vfs);
  if (p2.sighand.users > 1) {
    p2.sighand.users--;
    p2.sighand = new SigHand(p2.sighand);
  }
  p2.sighand.resetForExec();
  const slash = path.lastIndexOf("/");
  t.comm = path.slice(slash + 1).slice(0, 15);
  const dir = pathOf(t.fs.root, t.fs.cwd) ?? "/";
  p2.exe = path.startsWith("/") ? path : (dir === "/" ? "" : dir) + "/" + path.replace(/^\.\//, "");
  p2.argv = argv;
  p2.envp = envp;
  t.vforkDone = true;
  t.vforkWait.wakeAll();
  t.entry = { kind: "program", name: exe.program, path, argv, envp };
  return 0;
}
var sysExecve = (k, t, path, argv, envp) => execve(k, t, ptr(path), ptr(argv), ptr(envp));
var sysExit = (k, t, code) => {
  exitThread(k, t, wExitStatus(int(code) & 255));
  return 0;
};
var sysExitGroup = (k, t, code) => {
  exitGroup(k, t, wExitStatus(int(code) & 255));
  return 0;
};
function rusageOf(r) {
  const tv = (ns) => ({ tv_sec: Math.floor(ns / 1e9), tv_usec: Math.floor(ns % 1e9 / 1e3) });
  return {
    ru_utime: tv(r.utimeNs),
    ru_stime: tv(r.stimeNs),
    ru_maxrss: 0,
    ru_ixrss: 0,
    ru_idrss: 0,
    ru_isrss: 0,
    ru_minflt: 0,
    ru_majflt: 0,
    ru_nswap: 0,
    ru_inblock: 0,
    ru_oublock: 0,
    ru_msgsnd: 0,
    ru_msgrcv: 0,
    ru_nsignals: 0,
    ru_nvcsw: 0,
    ru_nivcsw: 0
  };
}
var sysWait4 = (k, t, pidArg, status, options, ru) => {
  const pid = int(pidArg);
  if (pid === -2147483648) return ESRCH;
  const r = wait4(k, t, pid, int(options));
  if (typeof r !== "object" || !("pid" in r)) return r;
  const st = ptr(status);
  if (!isNull(st) && copyIntsToUser(t.mm, st, [r.status])) return EFAULT;
  const rp = ptr(ru);
  if (!isNull(rp) && copyStructToUser(t.mm, rp, rusage, rusageOf(r))) return EFAULT;
  return r.pid;
};
var sysWaitid = (k, t, whichArg, idArg, infop, options, ru) => {
  const which = int(whichArg);
  const id = int(idArg);
  const opts = int(options);
  if (opts & ~(WNOHANG | WNOWAIT | WEXITED | WSTOPPED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL)) return EINVAL;
  if (!(opts & (WEXITED | WSTOPPED | WCONTINUED))) return EINVAL;
  let select;
  switch (which) {
    case P_ALL:
      select = () => true;
      break;
    case P_PID:
      if (id <= 0) return EINVAL;
      select = (c) => c.pid === id;
      break;
    case P_PGID:
      if (id < 0) return EINVAL;
      select = (c) => c.pgid === (id === 0 ? t.process.pgid : id);
      break;
    case P_PIDFD:
      return EINVAL;
    // pidfds: the processes issue
    default:
      return EINVAL;
  }
  const r = doWait(k, t, select, opts);
  if (r === BLOCK || typeof r === "object" && !("pid" in r)) return r;
  const ip = ptr(infop);
  if (r === 0) {
    if (!isNull(ip) && copyStructToUser(t.mm, ip, siginfo, { si_signo: 0, si_errno: 0, si_code: 0 })) return EFAULT;
    return 0;
  }
  if (!isNull(ip)) {
    const st = r.status;
    const code = WIFEXITED(st) ? CLD_EXITED : WCOREDUMP(st) ? CLD_DUMPED : CLD_KILLED;
    const info = {
      si_signo: SIGCHLD,
      si_errno: 0,
      si_code: code,
      si_pid: r.pid,
      si_uid: t.cred.uid,
      si_status: WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st)
    };
    if (copyStructToUser(t.mm, ip, siginfo, info)) return EFAULT;
  }
  const rp = ptr(ru);
  if (!isNull(rp) && copyStructToUser(t.mm, rp, rusage, rusageOf(r))) return EFAULT;
  return 0;
};
var TASK_COMM_LEN = 16;
var sysPrctl = (_k, t, optionArg, arg2) => {
  const option = int(optionArg);
  switch (option) {
    case PR_SET_NAME: {
      const p2 = ptr(arg2);
      const name = typeof p2 === "string" ? p2.split("\0")[0].slice(0, TASK_COMM_LEN - 1) : readPrefix(t, p2, TASK_COMM_LEN - 1);
      if (name === null) return EFAULT;
      t.comm = name;
      return 0;
    }
    case PR_GET_NAME: {
      const b = new Uint8Array(TASK_COMM_LEN);
      for (let i = 0; i < t.comm.length && i < TASK_COMM_LEN - 1; i++) b[i] = t.comm.charCodeAt(i) & 255;
      return copyToUser(t.mm, ptr(arg2), b) === TASK_COMM_LEN ? 0 : EFAULT;
    }
    default:
      return EINVAL;
  }
};
function readPrefix(t, p2, n) {
  if (typeof p2 !== "number") return null;
  const b = new Uint8Array(n);
  const k = t.mm.copyIn(p2, b, 0, n);
  if (k === 0) return null;
  let s2 = "";
  for (let i = 0; i < k && b[i] !== 0; i++) s2 += String.fromCharCode(b[i]);
  return s2;
}
var processSyscalls = {
  getpid: full(sysGetpid),
  gettid: full(sysGettid),
  getppid: full(sysGetppid),
  set_tid_address: full(sysSetTidAddress),
  clone: partial(sysClone, "Threads and processes that run a function (the typed door's clone(flags, fn)); namespaces and CLONE_PIDFD give ENOSYS; a raw clone without a function (fork semantics) gives ENOSYS until fork-by-replay."),
  execve: partial(sysExecve, "Registered programs (linuxsim executables); #! scripts give ENOEXEC until the processes issue."),
  exit: full(sysExit, { noReturn: true }),
  exit_group: full(sysExitGroup, { noReturn: true }),
  wait4: partial(sysWait4, "Exited children; stopped/continued children (WUNTRACED/WCONTINUED) with job control later. rusage carries CPU times only."),
  waitid: partial(sysWaitid, "P_ALL, P_PID, P_PGID for exited children; P_PIDFD and stopped/continued children later."),
  prctl: partial(sysPrctl, "PR_SET_NAME and PR_GET_NAME; other options return EINVAL.")
};

// vfs/read_write.ts
var MAX_RW_COUNT = 2147479552;
var MAX_OFFSET = Number.MAX_SAFE_INTEGER;
function positionalCheck(f, pos) {
  if (pos < 0) return EINVAL;
  if (!f) return EBADF;
  if (f.ops.stream) return ESPIPE;
  return void 0;
}
function vfsRead(ctx, f, dst, count, pos) {
  if (!f.readable) return EBADF;
  const read = f.ops.read;
  if (!read) return EINVAL;
  if (!accessOk(dst, count)) return EFAULT;
  if (count > MAX_RW_COUNT) count = MAX_RW_COUNT;
  const at2 = pos ?? f.pos;
  const r = read(f, ctx, dst, count, at2);
  if (typeof r === "number" && pos === null && !f.ops.stream) f.pos = at2 + r;
  return r;
}
function vfsWrite(ctx, f, src, count, pos) {
  if (!f.writable) return EBADF;
  const write = f.ops.write;
  if (!write) return EINVAL;
  if (!accessOk(src, count)) return EFAULT;
  if (count > MAX_RW_COUNT) count = MAX_RW_COUNT;
  const bytes2 = userBytes(ctx.mm, src, count);
  if (!(bytes2 instanceof Uint8Array)) return bytes2;
  if (bytes2.length === 0 && count > 0) return EFAULT;
  let at2 = pos ?? f.pos;
  if (f.flags & O_APPEND && f.inode.isReg() && bytes2.length > 0) at2 = f.inode.size;
  const r = write(f, ctx, bytes2, at2);
  if (typeof r === "number" && pos === null && !f.ops.stream) f.pos = at2 + r;
  return r;
}
function vfsLseek(f, offset, whence) {
  if (f.ops.stream) return ESPIPE;
  if (f.inode.isDir() && whence !== SEEK_SET && whence !== SEEK_CUR) return EINVAL;
  let base;
  switch (whence) {
    case SEEK_SET:
      base = 0;
      break;
    case SEEK_CUR:
      base = f.pos;
      break;
    case SEEK_END:
      base = f.inode.size;
      break;
    case SEEK_DATA:
    case SEEK_HOLE: {
      if (!f.inode.isReg()) return EINVAL;
      if (offset < 0 || offset >= f.inode.size) return ENXIO;
      f.pos = whence === SEEK_DATA ? offset : f.inode.size;
      return f.pos;
    }
    default:
      return EINVAL;
  }
  const pos = base + offset;
  if (pos < 0) return EINVAL;
  if (pos > MAX_OFFSET) return EOVERFLOW;
  f.pos = pos;
  return pos;
}

// kernel/syscalls/sys_read_write.ts
var UIO_MAXIOV = 1024;
var sysRead = (_k, t, fd, buf2, count) => {
  const f = fdget(t, int(fd));
  if (!("id" in f)) return f;
  return vfsRead(t, f, ptr(buf2), ulong(count), null);
};
var sysWrite = (_k, t, fd, buf2, count) => {
  const f = fdget(t, int(fd));
  if (!("id" in f)) return f;
  return vfsWrite(t, f, ptr(buf2), ulong(count), null);
};
var sysPread64 = (_k, t, fd, buf2, count, pos) => {
  const f = t.files.get(int(fd));
  const at2 = long(pos);
  const err = positionalCheck(f, at2);
  if (err) return err;
  return vfsRead(t, f, ptr(buf2), ulong(count), at2);
};
var sysPwrite64 = (_k, t, fd, buf2, count, pos) => {
  const f = t.files.get(int(fd));
  const at2 = long(pos);
  const err = positionalCheck(f, at2);
  if (err) return err;
  return vfsWrite(t, f, ptr(buf2), ulong(count), at2);
};
var sysLseek = (_k, t, fd, offset, whence) => {
  const f = fdget(t, int(fd));
  if (!("id" in f)) return f;
  if (f.flags & O_PATH) return EBADF;
  return vfsLseek(f, long(offset), int(whence) >>> 0);
};
function importIovec(t, iov, cnt) {
  if (cnt > UIO_MAXIOV) return EINVAL;
  if (Array.isArray(iov)) {
    const bufs = iov.slice(0, cnt);
    if (bufs.length < cnt || !bufs.every((b) => b instanceof Uint8Array)) return EFAULT;
    return bufs.map((b) => ({ base: b, len: b.length }));
  }
  const segs = [];
  if (cnt === 0) return segs;
  const raw = userBytes(t.mm, iov, cnt * iovec.size);
  if (!(raw instanceof Uint8Array) || raw.length < cnt * iovec.size) return EFAULT;
  const vs = [];
  for (let i = 0; i < cnt; i++) {
    const v = iovec.fromBytes(raw, i * iovec.size);
    if (v.iov_len >= 2 ** 63) return EINVAL;
    vs.push(v);
  }
  let total = 0;
  for (const v of vs) {
    if (!accessOk(v.iov_base, v.iov_len)) return EFAULT;
    const len = Math.min(v.iov_len, MAX_RW_COUNT - total);
    total += len;
    segs.push({ base: v.iov_base, len });
  }
  return segs;
}
var sysReadv = (_k, t, fd, iov, cnt) => {
  const f = fdget(t, int(fd));
  if (!("id" in f)) return f;
  if (!f.readable) return EBADF;
  if (!f.ops.read) return EINVAL;
  const segs = importIovec(t, ptr(iov), uint(cnt));
  if (!Array.isArray(segs)) return segs;
  let room = 0;
  for (const s2 of segs) {
    const n = userReach(t.mm, s2.base, s2.len);
    room += n;
    if (n < s2.len) break;
  }
  if (room === 0) {
    const first = segs.find((s2) => s2.len > 0);
    return first ? vfsRead(t, f, first.base, first.len, null) : 0;
  }
  const tmp = new Uint8Array(room);
  const r = vfsRead(t, f, tmp, room, null);
  if (typeof r !== "number") return r;
  let off = 0;
  for (const s2 of segs) {
    if (off >= r) break;
    const n = Math.min(s2.len, r - off);
    if (copyToUserAt(t.mm, s2.base, 0, tmp.subarray(off, off + n), n) < n) return off > 0 ? off : EFAULT;
    off += n;
  }
  return r;
};
var sysWritev = (_k, t, fd, iov, cnt) => {
  const f = fdget(t, int(fd));
  if (!("id" in f)) return f;
  if (!f.writable) return EBADF;
  if (!f.ops.write) return EINVAL;
  const segs = importIovec(t, ptr(iov), uint(cnt));
  if (!Array.isArray(segs)) return segs;
  const parts = [];
  let off = 0;
  let total = 0;
  for (const s2 of segs) total += s2.len;
  for (const s2 of segs) {
    if (s2.len === 0) continue;
    const b = userBytes(t.mm, s2.base, s2.len);
    if (!(b instanceof Uint8Array)) break;
    parts.push(b);
    off += b.length;
    if (b.length < s2.len) break;
  }
  if (off === 0 && total > 0) return EFAULT;
  let data = parts[0] ?? new Uint8Array(0);
  if (parts.length > 1) {
    data = new Uint8Array(off);
    let at2 = 0;
    for (const p2 of parts) {
      data.set(p2, at2);
      at2 += p2.length;
    }
  }
  return vfsWrite(t, f, data, off, null);
};
var readWriteSyscalls = {
  read: full(sysRead),
  write: full(sysWrite),
  pread64: full(sysPread64),
  pwrite64: full(sysPwrite64),
  lseek: full(sysLseek),
  readv: full(sysReadv),
  writev: full(sysWritev)
};

// kernel/syscalls/sys_resource.ts
var NR_OPEN = 1048576;
function prlimit(t, target, resource, newp, oldp) {
  if (resource < 0 || resource >= RLIM_NLIMITS) return EINVAL;
  let next = null;
  if (!isNull(newp)) {
    const r = copyStructFromUser(t.mm, newp, rlimit);
    if (!("rlim_cur" in r)) return r;
    if (r.rlim_cur > r.rlim_max) return EINVAL;
    if (resource === RLIMIT_NOFILE && r.rlim_max > NR_OPEN && r.rlim_max < RLIM_INFINITY) return EPERM;
    if (resource === RLIMIT_NOFILE && r.rlim_max >= RLIM_INFINITY) return EPERM;
    const cur = target.rlimits[resource];
    if (r.rlim_max > cur[1] && !capable(t.cred, CAP_SYS_RESOURCE)) return EPERM;
    next = [r.rlim_cur, r.rlim_max];
  }
  const old = target.rlimits[resource];
  if (!isNull(oldp) && copyStructToUser(t.mm, oldp, rlimit, { rlim_cur: old[0], rlim_max: old[1] })) return EFAULT;
  if (next) target.rlimits[resource] = next;
  return 0;
}
var sysGetrlimit = (_k, t, res, rlim) => {
  const r = uint(res);
  if (r >= RLIM_NLIMITS) return EINVAL;
  const v = t.process.rlimits[r];
  return copyStructToUser(t.mm, ptr(rlim), rlimit, { rlim_cur: v[0], rlim_max: v[1] }) ?? 0;
};
var sysSetrlimit = (_k, t, res, rlim) => {
  const r = uint(res);
  if (r >= RLIM_NLIMITS) return EINVAL;
  const p2 = ptr(rlim);
  if (isNull(p2)) return EFAULT;
  return prlimit(t, t.process, r, p2, 0);
};
var sysPrlimit64 = (k, t, pidArg, res, newp, oldp) => {
  const pid = int(pidArg);
  let target = t.process;
  if (pid !== 0) {
    const p2 = k.pidns.processes.get(pid);
    if (!p2 || p2.state !== "alive") return ESRCH;
    const tc = p2.leader?.cred;
    const c = t.cred;
    if (tc && !(c.uid === tc.uid && c.uid === tc.euid && c.uid === tc.suid && c.gid === tc.gid && c.gid === tc.egid && c.gid === tc.sgid) && !capable(c, CAP_SYS_RESOURCE)) {
      return EPERM;
    }
    target = p2;
  }
  return prlimit(t, target, uint(res), ptr(newp), ptr(oldp));
};
function timeval2(ns) {
  return { tv_sec: Math.floor(ns / 1e9), tv_usec: Math.floor(ns % 1e9 / 1e3) };
}
var sysGetrusage = (_k, t, whoArg, usage) => {
  const who = int(whoArg);
  let u;
  let s2;
  let maxrss;
  if (who === RUSAGE_SELF) {
    const c = processTimes(t.process);
    u = c.utimeNs;
    s2 = c.stimeNs;
    maxrss = t.mm.residentBytes();
  } else if (who === RUSAGE_CHILDREN) {
    u = t.process.cutimeNs;
    s2 = t.process.cstimeNs;
    maxrss = 0;
  } else if (who === RUSAGE_THREAD) {
    u = t.utimeNs;
    s2 = t.stimeNs;
    maxrss = t.mm.residentBytes();
  } else {
    return EINVAL;
  }
  const r = {
    ru_utime: timeval2(u),
    ru_stime: timeval2(s2),
    ru_maxrss: Math.ceil(maxrss / 1024),
    ru_ixrss: 0,
    ru_idrss: 0,
    ru_isrss: 0,
    ru_minflt: 0,
    ru_majflt: 0,
    ru_nswap: 0,
    ru_inblock: 0,
    ru_oublock: 0,
    ru_msgsnd: 0,
    ru_msgrcv: 0,
    ru_nsignals: 0,
    ru_nvcsw: 0,
    ru_nivcsw: 0
  };
  return copyStructToUser(t.mm, ptr(usage), rusage, r) ?? 0;
};
var resourceSyscalls = {
  getrlimit: full(sysGetrlimit),
  setrlimit: full(sysSetrlimit),
  prlimit64: full(sysPrlimit64),
  getrusage: partial(sysGetrusage, "CPU times and max RSS; page-fault and context-switch counts are 0 until the memory issue.")
};

// kernel/syscalls/sys_signal.ts
function mayKill(t, target, sig) {
  const c = t.cred;
  const tc = target.cred;
  if (c.euid === tc.suid || c.euid === tc.uid || c.uid === tc.suid || c.uid === tc.uid) return true;
  if (capable(c, CAP_KILL)) return true;
  return sig === SIGCONT && t.process.sid === target.process.sid;
}
function killProcess(t, p2, sig) {
  const target = p2.leader;
  if (!target || p2.state !== "alive") return ESRCH;
  if (!mayKill(t, target, sig)) return EPERM;
  if (sig !== 0) sendSignal(target, { signo: sig, code: SI_USER, pid: t.tgid, uid: t.cred.uid }, true);
  return void 0;
}
var sysKill = (k, t, pidArg, sigArg) => {
  const pid = int(pidArg);
  const sig = int(sigArg);
  if (sig < 0 || sig > 64) return EINVAL;
  if (pid === -2147483648) return ESRCH;
  if (pid > 0) {
    const p2 = k.pidns.processes.get(pid);
    return p2 ? killProcess(t, p2, sig) ?? 0 : ESRCH;
  }
  const pgid = pid === 0 ? t.process.pgid : -pid;
  let found = false;
  let allowed = false;
  for (const p2 of [...k.pidns.processes.values()]) {
    if (p2.state !== "alive" || p2 === k.init) continue;
    if (pid === -1 ? p2 === t.process : p2.pgid !== pgid) continue;
    found = true;
    if (!killProcess(t, p2, sig)) allowed = true;
  }
  if (!found) return ESRCH;
  return allowed ? 0 : EPERM;
};
function threadKill(k, t, tgid, tid, sig) {
  if (tid <= 0 || sig < 0 || sig > 64) return EINVAL;
  const target = k.pidns.tasks.get(tid);
  if (!target || target.state === "dead" || tgid > 0 && target.tgid !== tgid) return ESRCH;
  if (!mayKill(t, target, sig)) return EPERM;
  if (sig !== 0) sendSignal(target, { signo: sig, code: SI_TKILL, pid: t.tgid, uid: t.cred.uid }, false);
  return 0;
}
var sysTgkill = (k, t, tgid, tid, sig) => int(tgid) <= 0 ? EINVAL : threadKill(k, t, int(tgid), int(tid), int(sig));
var sysTkill = (k, t, tid, sig) => threadKill(k, t, -1, int(tid), int(sig));
var signalSyscalls = {
  kill: full(sysKill),
  tgkill: full(sysTgkill),
  tkill: full(sysTkill)
};

// kernel/syscalls/sys_stat.ts
function resolve(t, dirfd, pathArg, flags) {
  const emptyOk = (flags & AT_EMPTY_PATH) !== 0;
  const path = getPath(t, pathArg, emptyOk);
  if (typeof path !== "string") return path;
  if (path.length === 0) {
    if (dirfd === AT_FDCWD) return t.fs.cwd;
    const f = fdget(t, dirfd);
    if (!("id" in f)) return f;
    return { mnt: f.mnt, inode: f.inode };
  }
  const base = atBase(t, dirfd, path);
  if (!("inode" in base)) return base;
  return pathLookup(t, base, path, (flags & AT_SYMLINK_NOFOLLOW ? 0 : LOOKUP_FOLLOW) | (emptyOk ? LOOKUP_EMPTY : 0));
}
function fstatat(t, dirfd, path, buf2, flags) {
  if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH)) return EINVAL;
  const ref = resolve(t, dirfd, path, flags);
  if (!("inode" in ref)) return ref;
  return copyStructToUser(t.mm, buf2, stat, statOf(ref.inode)) ?? 0;
}
var sysStat = (_k, t, path, buf2) => fstatat(t, AT_FDCWD, ptr(path), ptr(buf2), 0);
var sysLstat = (_k, t, path, buf2) => fstatat(t, AT_FDCWD, ptr(path), ptr(buf2), AT_SYMLINK_NOFOLLOW);
var sysNewfstatat = (_k, t, dirfd, path, buf2, flags) => fstatat(t, int(dirfd), ptr(path), ptr(buf2), int(flags));
var sysFstat = (_k, t, fd, buf2) => {
  const f = fdget(t, int(fd));
  if (!("id" in f)) return f;
  return copyStructToUser(t.mm, ptr(buf2), stat, statOf(f.inode)) ?? 0;
};
var sysStatx = (_k, t, dirfd, path, flags, mask, buf2) => {
  const fl = int(flags);
  if (fl & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE)) return EINVAL;
  if ((fl & AT_STATX_SYNC_TYPE) === AT_STATX_SYNC_TYPE) return EINVAL;
  if (uint(mask) & STATX__RESERVED) return EINVAL;
  const ref = resolve(t, int(dirfd), ptr(path), fl);
  if (!("inode" in ref)) return ref;
  const i = ref.inode;
  const ts = (sec, nsec) => ({ tv_sec: sec, tv_nsec: nsec });
  const sx = {
    stx_mask: STATX_BASIC_STATS | STATX_BTIME | STATX_MNT_ID,
    stx_blksize: i.sb.blockSize,
    stx_attributes: ref.inode === ref.mnt.root ? STATX_ATTR_MOUNT_ROOT : 0,
    stx_nlink: i.nlink,
    stx_uid: i.uid,
    stx_gid: i.gid,
    stx_mode: i.mode,
    stx_ino: i.ino,
    stx_size: i.size,
    stx_blocks: blocksOf(i),
    stx_attributes_mask: STATX_ATTR_APPEND | STATX_ATTR_IMMUTABLE | STATX_ATTR_NODUMP | STATX_ATTR_MOUNT_ROOT,
    stx_atime: ts(i.atimeSec, i.atimeNsec),
    stx_btime: ts(i.btimeSec, i.btimeNsec),
    stx_ctime: ts(i.ctimeSec, i.ctimeNsec),
    stx_mtime: ts(i.mtimeSec, i.mtimeNsec),
    stx_rdev_major: major(i.rdev),
    stx_rdev_minor: minor(i.rdev),
    stx_dev_major: major(i.sb.dev),
    stx_dev_minor: minor(i.sb.dev),
    stx_mnt_id: ref.mnt.id,
    stx_dio_mem_align: 0,
    stx_dio_offset_align: 0,
    stx_subvol: 0,
    stx_atomic_write_unit_min: 0,
    stx_atomic_write_unit_max: 0,
    stx_atomic_write_segments_max: 0,
    stx_dio_read_offset_align: 0,
    stx_atomic_write_unit_max_opt: 0
  };
  return copyStructToUser(t.mm, ptr(buf2), statx, sx) ?? 0;
};
var statSyscalls = {
  stat: full(sysStat),
  lstat: full(sysLstat),
  fstat: full(sysFstat),
  newfstatat: full(sysNewfstatat),
  statx: full(sysStatx)
};

// abi/time.ts
var CLOCK_REALTIME = 0;
var CLOCK_MONOTONIC = 1;
var CLOCK_PROCESS_CPUTIME_ID = 2;
var CLOCK_THREAD_CPUTIME_ID = 3;
var CLOCK_MONOTONIC_RAW = 4;
var CLOCK_REALTIME_COARSE = 5;
var CLOCK_MONOTONIC_COARSE = 6;
var CLOCK_BOOTTIME = 7;
var CLOCK_REALTIME_ALARM = 8;
var CLOCK_BOOTTIME_ALARM = 9;
var CLOCK_TAI = 11;
var TIMER_ABSTIME = 1;

// kernel/syscalls/sys_time.ts
function clockNs(k, t, id) {
  const mono = k.clock.monoNs;
  const real = k.clock.bootSec * 1e9 + k.clock.bootNsec + mono;
  switch (id) {
    case CLOCK_REALTIME:
    case CLOCK_TAI:
    case CLOCK_REALTIME_ALARM:
      return real;
    case CLOCK_REALTIME_COARSE:
      return real - mono % TICK_NS;
    case CLOCK_MONOTONIC:
    case CLOCK_MONOTONIC_RAW:
    case CLOCK_BOOTTIME:
    case CLOCK_BOOTTIME_ALARM:
      return mono;
    case CLOCK_MONOTONIC_COARSE:
      return mono - mono % TICK_NS;
    case CLOCK_PROCESS_CPUTIME_ID: {
      const c = processTimes(t.process);
      return c.utimeNs + c.stimeNs;
    }
    case CLOCK_THREAD_CPUTIME_ID:
      return t.utimeNs + t.stimeNs;
    default:
      return EINVAL;
  }
}
function clockTimespec(k, t, id) {
  if (id === CLOCK_REALTIME || id === CLOCK_TAI || id === CLOCK_REALTIME_ALARM || id === CLOCK_REALTIME_COARSE) {
    const mono = id === CLOCK_REALTIME_COARSE ? k.clock.monoNs - k.clock.monoNs % TICK_NS : k.clock.monoNs;
    const ns2 = k.clock.bootNsec + mono;
    return { tv_sec: k.clock.bootSec + Math.floor(ns2 / 1e9), tv_nsec: ns2 % 1e9 };
  }
  const ns = clockNs(k, t, id);
  if (typeof ns !== "number") return ns;
  return { tv_sec: Math.floor(ns / 1e9), tv_nsec: ns % 1e9 };
}
var sysClockGettime = (k, t, id, tp) => {
  const ts = clockTimespec(k, t, int(id));
  if (!("tv_sec" in ts)) return ts;
  return copyStructToUser(t.mm, ptr(tp), timespec, ts) ?? 0;
};
var sysClockGetres = (k, t, idArg, res) => {
  const id = int(idArg);
  const v = clockNs(k, t, id);
  if (typeof v !== "number") return v;
  const p2 = ptr(res);
  if (isNull(p2)) return 0;
  const ns = id === CLOCK_REALTIME_COARSE || id === CLOCK_MONOTONIC_COARSE ? TICK_NS : 1;
  return copyStructToUser(t.mm, p2, timespec, { tv_sec: 0, tv_nsec: ns }) ?? 0;
};
var sysGettimeofday = (k, t, tv, tz) => {
  const ts = clockTimespec(k, t, CLOCK_REALTIME);
  const p2 = ptr(tv);
  if (!isNull(p2) && copyStructToUser(t.mm, p2, timeval, { tv_sec: ts.tv_sec, tv_usec: Math.floor(ts.tv_nsec / 1e3) })) return EFAULT;
  const z = ptr(tz);
  if (!isNull(z) && copyIntsToUser(t.mm, z, [0, 0])) return EFAULT;
  return 0;
};
var sysTime = (k, t, tloc) => {
  const ts = clockTimespec(k, t, CLOCK_REALTIME);
  const p2 = ptr(tloc);
  if (!isNull(p2)) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigInt64(0, BigInt(ts.tv_sec), true);
    if (typeof p2 === "number" ? t.mm.copyOut(p2, b, 0, 8) !== 8 : false) return EFAULT;
  }
  return ts.tv_sec;
};
function readRequest(t, p2) {
  const ts = copyStructFromUser(t.mm, p2, timespec);
  if (!("tv_sec" in ts)) return ts;
  if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec > 999999999) return EINVAL;
  return ts;
}
function sleepUntil(k, t, deadline) {
  if (k.clock.monoNs >= deadline) return 0;
  if (t.wakeAtNs !== deadline) {
    t.wakeAtNs = deadline;
    t.onSyscallExit = k.clock.at(deadline, () => t.wake());
  }
  return BLOCK;
}
var sysNanosleep = (k, t, req) => {
  if (t.wakeAtNs >= 0) return sleepUntil(k, t, t.wakeAtNs);
  const ts = readRequest(t, ptr(req));
  if (!("tv_sec" in ts)) return ts;
  return sleepUntil(k, t, k.clock.monoNs + ts.tv_sec * 1e9 + ts.tv_nsec);
};
var sysClockNanosleep = (k, t, idArg, flagsArg, req) => {
  if (t.wakeAtNs >= 0) return sleepUntil(k, t, t.wakeAtNs);
  const id = int(idArg);
  const flags = int(flagsArg);
  switch (id) {
    case CLOCK_REALTIME:
    case CLOCK_MONOTONIC:
    case CLOCK_BOOTTIME:
    case CLOCK_TAI:
      break;
    case CLOCK_THREAD_CPUTIME_ID:
      return EINVAL;
    case CLOCK_PROCESS_CPUTIME_ID:
      return EOPNOTSUPP;
    case CLOCK_MONOTONIC_RAW:
    case CLOCK_REALTIME_COARSE:
    case CLOCK_MONOTONIC_COARSE:
      return EOPNOTSUPP;
    case CLOCK_REALTIME_ALARM:
    case CLOCK_BOOTTIME_ALARM:
      return EOPNOTSUPP;
    default:
      return EINVAL;
  }
  const ts = readRequest(t, ptr(req));
  if (!("tv_sec" in ts)) return ts;
  let deadline;
  if (flags & TIMER_ABSTIME) {
    if (id === CLOCK_REALTIME || id === CLOCK_TAI) {
      deadline = (ts.tv_sec - k.clock.bootSec) * 1e9 + ts.tv_nsec - k.clock.bootNsec;
    } else {
      deadline = ts.tv_sec * 1e9 + ts.tv_nsec;
    }
  } else {
    deadline = k.clock.monoNs + ts.tv_sec * 1e9 + ts.tv_nsec;
  }
  return sleepUntil(k, t, deadline);
};
var timeSyscalls = {
  clock_gettime: full(sysClockGettime),
  clock_getres: full(sysClockGetres),
  gettimeofday: full(sysGettimeofday),
  time: full(sysTime),
  nanosleep: partial(sysNanosleep, "Sleeps on the virtual clock; the remaining time on interruption (rem) is written with the signals issue."),
  clock_nanosleep: partial(sysClockNanosleep, "REALTIME, MONOTONIC, BOOTTIME, TAI, relative and TIMER_ABSTIME; rem on interruption with the signals issue.")
};

// kernel/syscalls/index.ts
var ALL_FAMILIES = [
  readWriteSyscalls,
  fileSyscalls,
  statSyscalls,
  nameiSyscalls,
  dirSyscalls,
  pipeSyscalls,
  processSyscalls,
  credSyscalls,
  infoSyscalls,
  timeSyscalls,
  memSyscalls,
  signalSyscalls,
  resourceSyscalls
];

// node_modules/eventemitter3/index.mjs
var import_index = __toESM(require_eventemitter3(), 1);

// kernel/trace.ts
var Tracer = class extends import_index.default {
  /** True while any listener is attached: the kernel builds events only then. */
  active = false;
  on(event, fn, context) {
    super.on(event, fn, context);
    this.active = true;
    return this;
  }
  once(event, fn, context) {
    super.once(event, fn, context);
    this.active = true;
    return this;
  }
  off(event, fn, context, once) {
    super.off(event, fn, context, once);
    this.active = this.eventNames().length > 0;
    return this;
  }
  removeAllListeners(event) {
    super.removeAllListeners(event);
    this.active = this.eventNames().length > 0;
    return this;
  }
};

// kernel/kernel.ts
var WOULD_BLOCK = "would-block";
var DEFAULT_BOOT_TIME = 1767225600;
var DEFAULT_UPTIME_NS = 15e8;
var Kernel = class {
  clock;
  random;
  vfs;
  trace = new Tracer();
  sched;
  pidns = new PidNamespace();
  mntns;
  uts;
  table;
  compat;
  accounts;
  /** pid 1: reaps orphans, never runs a program, cannot be killed. */
  init;
  reaper;
  /** Kernel bugs caught at the syscall boundary (a healthy kernel keeps this empty). */
  oopses = [];
  /** Programs killed for breaking the runtime's rules (userland/runtime.ts), not kernel bugs. */
  programFaults = [];
  /** Nesting of handler calls (the scheduler never runs inside one). */
  depth = 0;
  runtime;
  exitWaiters = /* @__PURE__ */ new Map();
  exitStatus = /* @__PURE__ */ new Map();
  constructor(opts = {}) {
    this.random = new Prng(opts.seed ?? 1);
    this.clock = new VirtualClock(opts.bootTime ?? DEFAULT_BOOT_TIME);
    this.clock.monoNs = opts.uptime ?? DEFAULT_UPTIME_NS;
    this.vfs = new Vfs({ random: (b) => this.random.fill(b), now: () => this.clock.realtimeCoarse() });
    this.accounts = opts.accounts ?? DEFAULT_ACCOUNTS;
    this.mntns = buildRootFs(this.vfs, { hostname: opts.hostname ?? "linuxsim", accounts: this.accounts });
    this.uts = { nodename: opts.hostname ?? "linuxsim", domainname: "(none)" };
    const built = buildTable(ALL_FAMILIES);
    this.table = built.table;
    this.compat = built.rows;
    this.sched = new Scheduler(this, opts.policy ?? FIFO);
    this.runtime = opts.runtime ?? null;
    const root = this.rootRef();
    const pid = this.pidns.allocPid();
    this.init = new Process(pid, null, {
      pgid: pid,
      sid: pid,
      sighand: new SigHand(),
      rlimits: defaultRlimits(),
      exitSignal: 0,
      startNs: 0
    });
    this.init.unkillable = true;
    this.reaper = this.init;
    const initTask = new Task(
      this,
      pid,
      this.init,
      Cred.of(0, 0),
      newFsContext(root, root, 18),
      new FdTable(),
      new FlatMemory(),
      this.mntns,
      this.uts
    );
    initTask.comm = "init";
    initTask.state = "blocked";
    this.init.threads.push(initTask);
    this.init.exe = "/sbin/init";
    this.init.argv = ["/sbin/init"];
    this.pidns.processes.set(pid, this.init);
    this.pidns.tasks.set(pid, initTask);
    if (opts.initialFs) {
      const ctx = kernelCtx(this.vfs, this.mntns);
      opts.initialFs({
        writeFile: (path, content, mode, uid, gid) => void writeFile(ctx, path, content, mode, uid, gid),
        mkdir: (path, mode, uid, gid) => void mkdirs(ctx, path, mode, uid, gid),
        installProgram: (path, name, uid, gid) => void writeFile(ctx, path, executableImage(name), 493, uid, gid)
      });
    }
  }
  rootRef() {
    return { mnt: this.mntns.root, inode: this.mntns.root.root };
  }
  // ------------------------------------------------------------------------------------------
  // The syscall doors
  /** The synchronous core: one syscall by task `t` (any arguments; missing ones are 0). */
  syscall(t, nr, a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0) {
    return syscall(this, t, nr, a0, a1, a2, a3, a4, a5);
  }
  /** Runs a woken task's sleeping call again (the scheduler's half of blocking). */
  retry(t) {
    return retry(this, t);
  }
  deliverSignals(t) {
    deliverSignals(this, t);
  }
  /** Starts the program or thread function recorded in `t.entry` (called by the scheduler). */
  startTask(t) {
    const entry = t.entry;
    t.entry = null;
    const rt = this.runtime;
    if (!entry || !rt) {
      exitGroup(this, t, 32512);
      return;
    }
    void Promise.resolve().then(() => rt.start(this, t, entry));
  }
  /** Runs the scheduler until nothing can run and no host input may come. */
  run() {
    return this.sched.whenIdle();
  }
  // ------------------------------------------------------------------------------------------
  // TaskHost / ExitHost
  wake(t) {
    this.sched.enqueue(t);
  }
  /** The time inode timestamps get: CLOCK_REALTIME_COARSE, as Linux's current_time(). */
  realtime() {
    return this.clock.realtimeCoarse();
  }
  retire(t) {
    this.sched.retire(t);
  }
  onSignal(t, info) {
    if (this.trace.active) this.trace.emit("signal", { pid: t.tgid, tid: t.tid, info, timeNs: this.clock.monoNs });
  }
  onTaskExit(t, status) {
    if (this.trace.active) this.trace.emit("exit", { pid: t.tgid, tid: t.tid, status, timeNs: this.clock.monoNs });
  }
  onProcessExit(p2) {
    this.exitStatus.set(p2.pid, p2.exitStatus);
    const ws = this.exitWaiters.get(p2.pid);
    if (ws) {
      this.exitWaiters.delete(p2.pid);
      for (const w of ws) w(p2.exitStatus);
    }
  }
  emitEnter(t) {
    this.trace.emit("syscall:enter", {
      pid: t.tgid,
      tid: t.tid,
      nr: t.scNr,
      args: t.scArgs.slice(),
      timeNs: t.enterNs,
      mm: t.mm,
      task: t
    });
  }
  emitExit(t, ret) {
    const now = this.clock.monoNs;
    this.trace.emit("syscall:exit", {
      pid: t.tgid,
      tid: t.tid,
      nr: t.scNr,
      args: t.scArgs.slice(),
      timeNs: now,
      mm: t.mm,
      task: t,
      ret,
      durationNs: now - t.enterNs
    });
  }
  // ------------------------------------------------------------------------------------------
  // Processes
  /** Every task that has not exited (init excluded). */
  liveTasks() {
    const out2 = [];
    for (const t of this.pidns.tasks.values()) if (t.state !== "dead" && t.process !== this.init) out2.push(t);
    return out2;
  }
  /** The exit status of process `pid` once it has exited (its wait status). */
  waitExit(pid) {
    const done = this.exitStatus.get(pid);
    if (done !== void 0) return Promise.resolve(done);
    return new Promise((resolve2) => {
      const ws = this.exitWaiters.get(pid) ?? [];
      ws.push(resolve2);
      this.exitWaiters.set(pid, ws);
    });
  }
  /**
   * A new process (a child of init, or of `opts.parent`) with fds 0, 1 and 2 open on the
   * console, as a given user in a given directory. Drive it with .syscall() (synchronously,
   * no scheduler) or start a program in it with .execve() and run the kernel.
   */
  createProcess(opts = {}) {
    const uid = opts.uid ?? 0;
    const account = this.accounts.find((a) => a.uid === uid);
    const gid = opts.gid ?? account?.gid ?? uid;
    const groups = opts.groups ?? this.accounts.filter((a) => a.groups?.includes(gid)).map(() => gid);
    const cred = Cred.of(uid, gid, groups);
    const parent = opts.parent?.task.process ?? this.init;
    const root = this.rootRef();
    const cwd = opts.cwd ?? account?.home ?? "/";
    const kctx = kernelCtx(this.vfs, this.mntns);
    const dir = pathLookup({ ...kctx, cred }, root, cwd, LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
    if (!("inode" in dir)) throw new Error(`createProcess: cwd ${cwd}: ${dir.code}`);
    const consoles = [];
    for (let fd = 0; fd < 3; fd++) {
      const f = openPath(this.vfs, kctx, root, "/dev/console", O_RDWR, 0);
      if (!("id" in f)) {
        for (const c of consoles) this.vfs.fput(c);
        throw new Error(`createProcess: /dev/console: ${f.code}`);
      }
      f.priv = fd === 2 ? 2 : 1;
      consoles.push(f);
    }
    const pid = this.pidns.allocPid();
    if (pid === void 0) {
      for (const c of consoles) this.vfs.fput(c);
      throw new Error("createProcess: no free pid");
    }
    const fs = newFsContext(root, dir, opts.umask ?? 18);
    const p2 = new Process(pid, parent, {
      pgid: pid,
      sid: pid,
      sighand: new SigHand(),
      rlimits: defaultRlimits(),
      exitSignal: SIGCHLD,
      startNs: this.clock.monoNs
    });
    parent.children.push(p2);
    const t = new Task(this, pid, p2, cred, fs, new FdTable(), new FlatMemory(), this.mntns, this.uts);
    t.comm = "process";
    t.state = "running";
    p2.threads.push(t);
    this.pidns.processes.set(pid, p2);
    this.pidns.tasks.set(pid, t);
    consoles.forEach((f, fd) => t.files.alloc(f, false, fd, p2.rlimits[RLIMIT_NOFILE][0]));
    return new ProcessHandle(this, t);
  }
};
var ProcessHandle = class {
  constructor(kernel, task) {
    this.kernel = kernel;
    this.task = task;
  }
  kernel;
  task;
  /** Set by spawners when the process's first execve failed (the errno number). */
  execErrno = null;
  get pid() {
    return this.task.tgid;
  }
  /** The raw door: returns the result, -errno, or WOULD_BLOCK. */
  syscall(nr, a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0) {
    const k = this.kernel;
    const t = this.task;
    if (t.state === "dead") throw new Error(`process ${t.tgid} has exited`);
    if (t.state !== "running") throw new Error(`process ${t.tgid} is run by the scheduler now`);
    const r = k.syscall(t, nr, a0, a1, a2, a3, a4, a5);
    if (r === BLOCK) {
      t.dequeueAll();
      if (t.onSyscallExit) {
        t.onSyscallExit();
        t.onSyscallExit = null;
      }
      t.wakeAtNs = -1;
      t.inSyscall = false;
      t.state = "running";
      return WOULD_BLOCK;
    }
    if (t.entry !== null && t.state === "running") {
      t.state = "new";
      k.sched.enqueue(t);
    }
    if (k.sched.current === null && k.depth === 0) k.sched.schedule();
    return r;
  }
  /** execve(path, argv, envp) in this process; the program runs under the scheduler. */
  execve(path, argv, envp) {
    return this.syscall(SYS.execve, path, argv, envp);
  }
  /** Resolves with the wait status when the process exits. */
  exited() {
    return this.kernel.waitExit(this.pid);
  }
};
function createKernel(opts = {}) {
  return new Kernel(opts);
}

// userland/errors.ts
var ErrnoError = class _ErrnoError extends Error {
  /** The positive errno number. */
  errno;
  /** The errno's name: 'ENOENT'. */
  code;
  /** The syscall that failed: 'openat'. */
  syscall;
  constructor(errno, syscall2) {
    super(goErrnoText(errno));
    this.name = "ErrnoError";
    this.errno = errno;
    this.code = errnoByNumber(errno)?.code ?? `E${errno}`;
    this.syscall = syscall2;
  }
  /** Is this the given errno (abi/errno.ts value)? */
  is(e) {
    return e.errno === this.errno;
  }
  static fromResult(ret, nr) {
    return new _ErrnoError(-ret, syscallByNr(nr)?.name ?? `syscall_${nr}`);
  }
};
function isErrorReturn(ret) {
  return ret < 0 && ret > -4096;
}

// userland/door.ts
var NEVER = new Promise(() => {
});
function check(nr) {
  return (v) => {
    if (isErrorReturn(v)) throw ErrnoError.fromResult(v, nr);
    return v;
  };
}
var AsyncDoor = class {
  constructor(k, t) {
    this.k = k;
    this.t = t;
  }
  k;
  t;
  call(nr, a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0) {
    const k = this.k;
    const t = this.t;
    if (k.sched.current !== t) return this.misuse(nr);
    const r = k.syscall(t, nr, a0, a1, a2, a3, a4, a5);
    if (r !== BLOCK && t.state === "running" && t.entry === null && !k.sched.shouldPreempt(t)) {
      return isErrorReturn(r) ? Promise.reject(ErrnoError.fromResult(r, nr)) : Promise.resolve(r);
    }
    return this.settle(r).then(check(nr));
  }
  raw(nr, a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0) {
    const k = this.k;
    const t = this.t;
    if (k.sched.current !== t) return this.misuse(nr);
    const r = k.syscall(t, nr, a0, a1, a2, a3, a4, a5);
    if (r !== BLOCK && t.state === "running" && t.entry === null && !k.sched.shouldPreempt(t)) return Promise.resolve(r);
    return this.settle(r);
  }
  map(r, f) {
    return r.then(f);
  }
  /** The slow path: the call sleeps, ended the program, replaced it, or lost the CPU. */
  settle(r) {
    const k = this.k;
    const t = this.t;
    if (r === BLOCK) return k.sched.block(t);
    if (t.state === "dead") return k.sched.abandon(t);
    if (t.entry !== null) {
      k.startTask(t);
      return NEVER;
    }
    return k.sched.preempt(t, r);
  }
  misuse(nr) {
    return Promise.reject(new Error(
      `syscall ${nr} from task ${this.t.tid} while it does not hold the CPU: a program must await each syscall before making the next one`
    ));
  }
};
var SyncDoor = class {
  constructor(handle) {
    this.handle = handle;
  }
  handle;
  call(nr, a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0) {
    const r = this.raw(nr, a0, a1, a2, a3, a4, a5);
    if (isErrorReturn(r)) throw ErrnoError.fromResult(r, nr);
    return r;
  }
  raw(nr, a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0) {
    const r = this.handle.syscall(nr, a0, a1, a2, a3, a4, a5);
    if (r === WOULD_BLOCK) throw new Error(`syscall ${nr} would block: run blocking calls from a program`);
    return r;
  }
  map(r, f) {
    return f(r);
  }
};

// userland/programs/basic.ts
var trueProgram = () => 0;
var falseProgram = () => 1;
var env = async (sys, _argv, envp) => {
  if (envp.length > 0) await sys.write(1, envp.join("\n") + "\n");
  return 0;
};
var pwd = async (sys) => {
  await sys.write(1, await sys.getcwd() + "\n");
  return 0;
};
var uname = async (sys, argv) => {
  const u = await sys.uname();
  const flags = argv.slice(1).join("").replace(/-/g, "") || "s";
  const all = flags.includes("a");
  const parts = [];
  if (all || flags.includes("s")) parts.push(u.sysname);
  if (all || flags.includes("n")) parts.push(u.nodename);
  if (all || flags.includes("r")) parts.push(u.release);
  if (all || flags.includes("v")) parts.push(u.version);
  if (all || flags.includes("m")) parts.push(u.machine);
  if (all) parts.push("GNU/Linux");
  await sys.write(1, parts.join(" ") + "\n");
  return 0;
};

// userland/programs/cat.ts
var cat = async (sys, argv) => {
  const files = argv.length > 1 ? argv.slice(1) : ["-"];
  const buf2 = new Uint8Array(65536);
  let status = 0;
  for (const name of files) {
    let fd = 0;
    try {
      if (name !== "-") fd = await sys.open(name, O_RDONLY);
      for (; ; ) {
        const n = await sys.read(fd, buf2);
        if (n === 0) break;
        await sys.write(1, buf2.subarray(0, n));
      }
    } catch (e) {
      if (!(e instanceof ErrnoError)) throw e;
      await sys.write(2, `cat: ${name}: ${e.message[0].toUpperCase()}${e.message.slice(1)}
`);
      status = 1;
    } finally {
      if (fd > 0) await sys.close(fd);
    }
  }
  return status;
};

// userland/programs/echo.ts
function escapes(s2) {
  let out2 = "";
  for (let i = 0; i < s2.length; i++) {
    const c = s2[i];
    if (c !== "\\" || i + 1 >= s2.length) {
      out2 += c;
      continue;
    }
    const n = s2[++i];
    const map = { n: "\n", t: "	", "\\": "\\", a: "\x07", b: "\b", f: "\f", r: "\r", v: "\v", e: "\x1B" };
    if (n === "c") return { text: out2, stop: true };
    out2 += map[n] ?? "\\" + n;
  }
  return { text: out2, stop: false };
}
var echo = async (sys, argv) => {
  let newline = true;
  let interpret = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!/^-[neE]+$/.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === "n") newline = false;
      else if (f === "e") interpret = true;
      else interpret = false;
    }
  }
  let text2 = argv.slice(i).join(" ");
  if (interpret) {
    const r = escapes(text2);
    text2 = r.text;
    if (r.stop) newline = false;
  }
  await sys.write(1, newline ? text2 + "\n" : text2);
  return 0;
};

// userland/programs/index.ts
var BIN_PROGRAMS = {
  cat,
  echo,
  env,
  false: falseProgram,
  pwd,
  true: trueProgram,
  uname
};

// userland/strings.ts
var enc = new TextEncoder();
var dec = new TextDecoder();
function isAscii(s2) {
  for (let i = 0; i < s2.length; i++) if (s2.charCodeAt(i) > 127) return false;
  return true;
}
function toBinary(s2) {
  if (isAscii(s2)) return s2;
  const b = enc.encode(s2);
  let out2 = "";
  for (let i = 0; i < b.length; i++) out2 += String.fromCharCode(b[i]);
  return out2;
}
function fromBinary(s2) {
  if (isAscii(s2)) return s2;
  const b = new Uint8Array(s2.length);
  for (let i = 0; i < s2.length; i++) b[i] = s2.charCodeAt(i) & 255;
  return dec.decode(b);
}
function utf8(s2) {
  return enc.encode(s2);
}
function text(b) {
  return dec.decode(b);
}

// userland/sys.ts
function bytes(data) {
  return typeof data === "string" ? utf8(data) : data;
}
function binaryToText(b, n) {
  let s2 = "";
  for (let i = 0; i < n; i++) s2 += String.fromCharCode(b[i]);
  return fromBinary(s2);
}
var SysImpl = class {
  constructor(door, prepareClone = () => {
    throw new Error("clone with a function needs a program runtime");
  }) {
    this.door = door;
    this.prepareClone = prepareClone;
  }
  door;
  prepareClone;
  syscall(nr, a0, a1, a2, a3, a4, a5) {
    return this.door.raw(nr, a0, a1, a2, a3, a4, a5);
  }
  // --- files ---
  read(fd, buf2, count = buf2.length) {
    return this.door.call(SYS.read, fd, buf2, count);
  }
  write(fd, data, count) {
    const b = bytes(data);
    return this.door.call(SYS.write, fd, b, count ?? b.length);
  }
  pread64(fd, buf2, count, offset) {
    return this.door.call(SYS.pread64, fd, buf2, count, offset);
  }
  pwrite64(fd, data, count, offset) {
    return this.door.call(SYS.pwrite64, fd, bytes(data), count, offset);
  }
  readv(fd, bufs) {
    return this.door.call(SYS.readv, fd, bufs, bufs.length);
  }
  writev(fd, bufs) {
    const bs = bufs.map(bytes);
    return this.door.call(SYS.writev, fd, bs, bs.length);
  }
  lseek(fd, offset, whence) {
    return this.door.call(SYS.lseek, fd, offset, whence);
  }
  open(path, flags, mode = 0) {
    return this.door.call(SYS.openat, AT_FDCWD, toBinary(path), flags, mode);
  }
  openat(dirfd, path, flags, mode = 0) {
    return this.door.call(SYS.openat, dirfd, toBinary(path), flags, mode);
  }
  creat(path, mode) {
    return this.door.call(SYS.creat, toBinary(path), mode);
  }
  close(fd) {
    return this.door.call(SYS.close, fd);
  }
  close_range(first, last, flags = 0) {
    return this.door.call(SYS.close_range, first, last, flags);
  }
  dup(fd) {
    return this.door.call(SYS.dup, fd);
  }
  dup2(oldfd, newfd) {
    return this.door.call(SYS.dup2, oldfd, newfd);
  }
  dup3(oldfd, newfd, flags) {
    return this.door.call(SYS.dup3, oldfd, newfd, flags);
  }
  fcntl(fd, cmd, arg = 0) {
    return this.door.call(SYS.fcntl, fd, cmd, arg);
  }
  stat(path) {
    return this.fstatat(AT_FDCWD, path, 0);
  }
  lstat(path) {
    return this.fstatat(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW);
  }
  fstat(fd) {
    const o = new Out();
    return this.door.map(this.door.call(SYS.fstat, fd, o), () => o.value);
  }
  fstatat(dirfd, path, flags = 0) {
    const o = new Out();
    return this.door.map(this.door.call(SYS.newfstatat, dirfd, toBinary(path), o, flags), () => o.value);
  }
  statx(dirfd, path, flags, mask) {
    const o = new Out();
    return this.door.map(this.door.call(SYS.statx, dirfd, toBinary(path), flags, mask, o), () => o.value);
  }
  mkdir(path, mode) {
    return this.door.call(SYS.mkdirat, AT_FDCWD, toBinary(path), mode);
  }
  mkdirat(dirfd, path, mode) {
    return this.door.call(SYS.mkdirat, dirfd, toBinary(path), mode);
  }
  mknod(path, mode, dev = 0) {
    return this.door.call(SYS.mknodat, AT_FDCWD, toBinary(path), mode, dev);
  }
  rmdir(path) {
    return this.door.call(SYS.unlinkat, AT_FDCWD, toBinary(path), AT_REMOVEDIR);
  }
  unlink(path) {
    return this.door.call(SYS.unlinkat, AT_FDCWD, toBinary(path), 0);
  }
  unlinkat(dirfd, path, flags) {
    return this.door.call(SYS.unlinkat, dirfd, toBinary(path), flags);
  }
  symlink(target, path) {
    return this.door.call(SYS.symlinkat, toBinary(target), AT_FDCWD, toBinary(path));
  }
  readlink(path, size = 4096) {
    const buf2 = new Uint8Array(size);
    return this.door.map(this.door.call(SYS.readlinkat, AT_FDCWD, toBinary(path), buf2, size), (n) => binaryToText(buf2, n));
  }
  getdents64(fd, buf2) {
    return this.door.call(SYS.getdents64, fd, buf2, buf2.length);
  }
  getcwd(size = 4096) {
    const buf2 = new Uint8Array(size);
    return this.door.map(this.door.call(SYS.getcwd, buf2, size), (n) => binaryToText(buf2, n - 1));
  }
  chdir(path) {
    return this.door.call(SYS.chdir, toBinary(path));
  }
  fchdir(fd) {
    return this.door.call(SYS.fchdir, fd);
  }
  umask(mask) {
    return this.door.call(SYS.umask, mask);
  }
  pipe() {
    return this.pipe2(0);
  }
  pipe2(flags) {
    const o = new Out();
    return this.door.map(this.door.call(SYS.pipe2, o, flags), () => [o.value[0], o.value[1]]);
  }
  // --- processes ---
  getpid() {
    return this.door.call(SYS.getpid);
  }
  getppid() {
    return this.door.call(SYS.getppid);
  }
  gettid() {
    return this.door.call(SYS.gettid);
  }
  getuid() {
    return this.door.call(SYS.getuid);
  }
  geteuid() {
    return this.door.call(SYS.geteuid);
  }
  getgid() {
    return this.door.call(SYS.getgid);
  }
  getegid() {
    return this.door.call(SYS.getegid);
  }
  getgroups() {
    const o = new Out();
    return this.door.map(this.door.call(SYS.getgroups, 65536, o), () => o.value ?? []);
  }
  clone(flags, fn, arg) {
    this.prepareClone(fn, arg);
    return this.door.call(SYS.clone, flags, 0, 0, 0, 0);
  }
  execve(path, argv, envp) {
    return this.door.call(SYS.execve, toBinary(path), argv.map(toBinary), envp.map(toBinary));
  }
  exit(code) {
    return this.door.call(SYS.exit, code);
  }
  exit_group(code) {
    return this.door.call(SYS.exit_group, code);
  }
  wait4(pid, options = 0) {
    const st = new Out();
    const ru = new Out();
    return this.door.map(this.door.call(SYS.wait4, pid, st, options, ru), (r) => ({
      pid: r,
      status: st.value?.[0] ?? 0,
      rusage: ru.value
    }));
  }
  kill(pid, sig) {
    return this.door.call(SYS.kill, pid, sig);
  }
  tgkill(tgid, tid, sig) {
    return this.door.call(SYS.tgkill, tgid, tid, sig);
  }
  prctl(option, arg2 = 0) {
    return this.door.call(SYS.prctl, option, typeof arg2 === "string" ? toBinary(arg2) : arg2);
  }
  set_tid_address(addr) {
    return this.door.call(SYS.set_tid_address, addr);
  }
  // --- system, time, resources ---
  uname() {
    const o = new Out();
    return this.door.map(this.door.call(SYS.uname, o), () => o.value);
  }
  sysinfo() {
    const o = new Out();
    return this.door.map(this.door.call(SYS.sysinfo, o), () => o.value);
  }
  getrandom(buf2, flags = 0) {
    return this.door.call(SYS.getrandom, buf2, buf2.length, flags);
  }
  clock_gettime(clockid) {
    const o = new Out();
    return this.door.map(this.door.call(SYS.clock_gettime, clockid, o), () => o.value);
  }
  clock_getres(clockid) {
    const o = new Out();
    return this.door.map(this.door.call(SYS.clock_getres, clockid, o), () => o.value);
  }
  gettimeofday() {
    const o = new Out();
    return this.door.map(this.door.call(SYS.gettimeofday, o, 0), () => o.value);
  }
  nanosleep(req) {
    return this.door.call(SYS.nanosleep, req, 0);
  }
  clock_nanosleep(clockid, flags, req) {
    return this.door.call(SYS.clock_nanosleep, clockid, flags, req, 0);
  }
  getrlimit(resource) {
    const o = new Out();
    return this.door.map(this.door.call(SYS.getrlimit, resource, o), () => o.value);
  }
  setrlimit(resource, rlim) {
    return this.door.call(SYS.setrlimit, resource, rlim);
  }
  prlimit64(pid, resource, rlim) {
    const o = new Out();
    return this.door.map(this.door.call(SYS.prlimit64, pid, resource, rlim ?? 0, o), () => o.value);
  }
  getrusage(who) {
    const o = new Out();
    return this.door.map(this.door.call(SYS.getrusage, who, o), () => o.value);
  }
  brk(addr) {
    return this.door.call(SYS.brk, addr);
  }
};

// userland/runtime.ts
function sysFor(k, t) {
  const impl = new SysImpl(new AsyncDoor(k, t), (fn, arg) => {
    t.cloneEntry = { kind: "function", fn, arg };
  });
  return impl;
}
var ProgramRegistry = class {
  programs = /* @__PURE__ */ new Map();
  register(name, program) {
    this.programs.set(name, program);
    return this;
  }
  has(name) {
    return this.programs.has(name);
  }
  names() {
    return [...this.programs.keys()].sort();
  }
  start(k, t, entry) {
    const sys = sysFor(k, t);
    let body;
    if (entry.kind === "program") {
      const program = this.programs.get(entry.name);
      body = () => program(sys, [...entry.argv], [...entry.envp]);
    } else {
      const fn = entry.fn;
      body = () => fn(sys, entry.arg);
    }
    const end = entry.kind === "program" ? (c) => sys.exit_group(c) : (c) => sys.exit(c);
    Promise.resolve().then(body).then(
      (code) => end(typeof code === "number" ? code : 0),
      (err) => crashed(k, t, sys, err)
    ).catch((err) => fatal(k, t, err));
  }
};
async function crashed(k, t, sys, err) {
  if (k.sched.current !== t) return fatal(k, t, err);
  const what = err instanceof ErrnoError ? `${err.syscall}: ${err.message} (${err.code})` : err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  try {
    await sys.write(2, `${t.comm}: uncaught exception: ${what}
`);
  } catch {
  }
  await sys.exit_group(1);
}
function fatal(k, t, err) {
  if (t.state === "dead") return;
  k.programFaults.push({ pid: t.tgid, tid: t.tid, nr: -1, name: t.comm, error: err });
  const wasCurrent = k.sched.current === t;
  exitGroup(k, t, wTermSig(SIGSYS, false));
  if (wasCurrent) k.sched.schedule();
}

// userland/system.ts
var System = class {
  kernel;
  registry = new ProgramRegistry();
  constructor(opts = {}) {
    for (const [name, p2] of Object.entries(BIN_PROGRAMS)) this.registry.register(name, p2);
    for (const [name, p2] of Object.entries(opts.programs ?? {})) this.registry.register(name, p2);
    const userInit = opts.initialFs;
    this.kernel = createKernel({
      ...opts,
      runtime: this.registry,
      initialFs: (fs) => {
        for (const name of Object.keys(BIN_PROGRAMS)) fs.installProgram(`/bin/${name}`, name);
        for (const [path, name] of Object.entries(opts.installed ?? {})) fs.installProgram(path, name);
        userInit?.(fs);
      }
    });
  }
  /** The environment a login gives `uid` working in `cwd` (Debian's login.defs paths). */
  loginEnv(uid, cwd) {
    const a = this.kernel.accounts.find((x) => x.uid === uid);
    const name = a?.name ?? String(uid);
    return [
      `PATH=${uid === 0 ? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" : "/usr/local/bin:/usr/bin:/bin"}`,
      `HOME=${a?.home ?? "/"}`,
      `USER=${name}`,
      `LOGNAME=${name}`,
      `SHELL=${a?.shell ?? "/bin/sh"}`,
      `PWD=${cwd}`,
      "TERM=linux",
      "LANG=C.UTF-8"
    ];
  }
  /** Starts `path` in a new process (a child of init); run the kernel to let it go. */
  spawn(path, argv, opts = {}) {
    const uid = opts.uid ?? 1e3;
    const account = this.kernel.accounts.find((a) => a.uid === uid);
    const cwd = opts.cwd ?? account?.home ?? "/";
    const h2 = this.kernel.createProcess({ ...opts, uid, cwd });
    opts.beforeExec?.(h2.pid);
    const r = h2.execve(path, argv, opts.env ?? this.loginEnv(uid, cwd));
    if (typeof r === "number" && r < 0) {
      h2.execErrno = -r;
      h2.syscall(231, r === -2 ? 127 : 126);
    }
    return h2;
  }
  /** A process to drive synchronously, with the typed API. */
  process(opts = {}) {
    const handle = this.kernel.createProcess(opts);
    const sys = new SysImpl(new SyncDoor(handle));
    return { pid: handle.pid, sys, syscall: handle.syscall.bind(handle), handle };
  }
  /** Runs until every program has finished or waits forever. */
  run() {
    return this.kernel.run();
  }
  /** Queues console input (what the programs read from fd 0). */
  input(s2) {
    this.kernel.vfs.console.feed(typeof s2 === "string" ? utf8(s2) : s2);
  }
  /** The console input is over: readers get end-of-file. */
  endInput() {
    this.kernel.vfs.console.end();
  }
  /** Everything programs have written to the console, decoded as UTF-8. */
  output() {
    const parts = this.kernel.vfs.console.written;
    const n = parts.reduce((s2, p2) => s2 + p2.length, 0);
    const all = new Uint8Array(n);
    let o = 0;
    for (const p2 of parts) {
      all.set(p2, o);
      o += p2.length;
    }
    return text(all);
  }
};
function createSystem(opts = {}) {
  return new System(opts);
}

// test/bench/profile_driver.ts
var PATH = "/tmp/a/b/c/d/e/f";
var row2 = process.argv[2] ?? "getpid";
var seconds = Number(process.argv[3] ?? 4);
function report(ops, ms) {
  console.log(`${row2}: ${(ms * 1e6 / ops).toFixed(1)} ns/op`);
}
function loopSync(f) {
  const end = performance.now() + seconds * 1e3;
  let n = 1e3;
  while (performance.now() < end) {
    const t0 = performance.now();
    let ops = 0;
    while (performance.now() - t0 < 1e3) {
      f(n);
      ops += n;
    }
    report(ops, performance.now() - t0);
  }
}
async function loopAsync(f) {
  const end = performance.now() + seconds * 1e3;
  const n = 1e3;
  while (performance.now() < end) {
    const t0 = performance.now();
    let ops = 0;
    while (performance.now() - t0 < 1e3) {
      await f(n);
      ops += n;
    }
    report(ops, performance.now() - t0);
  }
}
async function awaitGetpid(sys) {
  await loopAsync(async (n) => {
    for (let i = 0; i < n; i++) await sys.getpid();
  });
  return 0;
}
async function awaitOpenClose(sys) {
  await loopAsync(async (n) => {
    for (let i = 0; i < n; i++) await sys.close(await sys.open(PATH, O_RDONLY));
  });
  return 0;
}
async function awaitStat(sys) {
  await loopAsync(async (n) => {
    for (let i = 0; i < n; i++) await sys.stat(PATH);
  });
  return 0;
}
async function pipeRtt(sys) {
  const [ar, aw] = await sys.pipe();
  const [br, bw] = await sys.pipe();
  const child2 = await sys.clone(SIGCHLD, async (cs) => {
    const c = new Uint8Array(1);
    for (; ; ) {
      if (await cs.read(ar, c, 1) !== 1 || c[0] === 0) return 0;
      await cs.write(bw, c, 1);
    }
  });
  const one = new Uint8Array([1]);
  const back = new Uint8Array(1);
  await loopAsync(async (n) => {
    for (let i = 0; i < n; i++) {
      await sys.write(aw, one, 1);
      await sys.read(br, back, 1);
    }
  });
  await sys.write(aw, new Uint8Array([0]), 1);
  await sys.wait4(child2);
  return 0;
}
var s = createSystem({
  programs: { await_getpid: awaitGetpid, await_open_close: awaitOpenClose, await_stat: awaitStat, pipe_rtt: pipeRtt },
  installed: {
    "/bin/await_getpid": "await_getpid",
    "/bin/await_open_close": "await_open_close",
    "/bin/await_stat": "await_stat",
    "/bin/pipe_rtt": "pipe_rtt"
  }
});
var p = s.process({ uid: 0, cwd: "/" });
for (const d of ["/tmp/a", "/tmp/a/b", "/tmp/a/b/c", "/tmp/a/b/c/d", "/tmp/a/b/c/d/e"]) p.sys.mkdir(d, 493);
p.sys.close(p.sys.open(PATH, O_RDWR | O_CREAT, 420));
var h = p.handle;
while (h.task.utimeNs < 2 ** 31 + 1e6) for (let i = 0; i < 1e5; i++) s.kernel.syscall(h.task, 39);
var buf = new Uint8Array(4096);
var out = new Out();
switch (row2) {
  case "getpid":
    loopSync((n) => {
      for (let i = 0; i < n; i++) h.syscall(SYS.getpid);
    });
    break;
  case "open_close":
    loopSync((n) => {
      for (let i = 0; i < n; i++) h.syscall(SYS.close, h.syscall(SYS.openat, AT_FDCWD, PATH, O_RDONLY, 0));
    });
    break;
  case "stat":
    loopSync((n) => {
      for (let i = 0; i < n; i++) h.syscall(SYS.newfstatat, AT_FDCWD, PATH, out, 0);
    });
    break;
  case "pwrite_pread": {
    const fd = h.syscall(SYS.openat, AT_FDCWD, PATH, O_RDWR, 0);
    loopSync((n) => {
      for (let i = 0; i < n; i++) {
        h.syscall(SYS.pwrite64, fd, buf, 4096, 0);
        h.syscall(SYS.pread64, fd, buf, 4096, 0);
      }
    });
    break;
  }
  case "await_getpid":
  case "await_open_close":
  case "await_stat":
  case "pipe_rtt": {
    s.spawn(`/bin/${row2}`, [row2], { uid: 0, cwd: "/" });
    console.log(`${row2}: ${await s.run()}`);
    break;
  }
  default:
    console.error(`unknown row ${row2}`);
    process.exit(2);
}
