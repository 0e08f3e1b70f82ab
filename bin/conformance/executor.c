// bin/conformance/executor.c — the host side of the conformance harness: reads a batch of
// scenarios (userland/conformance/protocol.ts, on stdin), runs each on the host kernel in a
// fresh scratch root (its own tmpfs, mount/pid/net/ipc/uts namespaces where the host allows
// them), one worker process per ProcSpec making raw syscalls, and writes the results (stdout).
// The byte protocol changes only together with protocol.ts; the deny-list (policy_check) may
// only grow. Built and run by bin/conformance/host.ts. `executor --probe` says what the host allows.
//
// Process tree, per scenario:
//   driver ──clone(CLONE_NEW{NS,PID,NET,IPC,UTS})──▶ scenario root (pid 1 in its pid namespace;
//     mounts a fresh tmpfs on the scratch directory and pivot_root()s into it, or chroot()s
//     there without a mount namespace)
//       └─ fork ▶ worker 0, worker 1, … (pids 2, 3, … ; each its own session, fds 0-2 on
//          /dev/null, credentials and umask from its ProcSpec, linuxsim's initial rlimits)
// The root sends a step's index (and the scenario's address bindings as the steps so far made
// them) over a socketpair to its worker, which builds the arguments (copies placed right before
// a PROT_NONE guard page, in an argument arena reserved at start-up so they never land among
// the scenario's own mappings), checks the deny-list, makes the call and sends back the raw
// return and the out/inout buffers. Directives (nr < 0): # poke and # peek are the worker's own
// stores and loads with SIGSEGV/SIGBUS caught (sigsetjmp); # maps is read by the root from
// the worker's /proc/PID/maps. The worker keeps its malloc off the program break.
//
// Steps, in order. A call is *blocked* when it has not returned within the step's timeout and
// its worker is asleep (not runnable, read from a procfs of the scenario's pid namespace; with
// no procfs, the timeout alone decides); after every step the root waits while a pending
// worker is runnable, so calls a step wakes complete before the next step. A step whose
// process is still inside an earlier call (after waiting the timeout once more), has died
// (exit_group, a signal, a successful execve) or comes after the 8 s budget is not run
// (completed 0, blocked 0); a blocked call that never returns is completed 0, blocked 1, and
// comes back with no outs. Reply status: 0 ran; 1 the host cannot (not root, no chroot);
// 2 the scenario is malformed (a process index out of range, a buffer over 64 MiB); 3 the
// scenario root failed or ran out of time (10 s alarm).

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <setjmp.h>
#include <grp.h>
#include <linux/fs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PROTOCOL_MAGIC 0x4358534cu
#define PROTOCOL_VERSION 3u

enum { TAG_INT = 0, TAG_NULL = 1, TAG_IN = 2, TAG_OUT = 3, TAG_INOUT = 4, TAG_STRARRAY = 5, TAG_IOVEC = 6, TAG_REF = 7 };
/* Directives (a step's nr < 0): made by the harness, not syscalls. */
enum { DIR_POKE = -1, DIR_PEEK = -2, DIR_MAPS = -3 };
#define FAULT_BASE 0x10000L       /* a poke/peek that faults returns -(FAULT_BASE + signal) */
#define MAX_BINDINGS 4096         /* the most `= $name` slots one scenario may have */
/* Where a worker places its arguments: a PROT_NONE reservation made once at start-up, so the
 * argument buffers never land in a hole the scenario punched in its own mappings (and the
 * scenario's mmap(NULL) calls see the same neighbourhood at every step). */
#define ARG_ARENA_SIZE (128UL << 20)
#define MAX_IOV_SEGS 4096        /* the most struct iovec one argument may describe */

#define TMPFS_MAGIC_ 0x01021994
#define PAGE 4096UL
/* A worker's control socket and its copy of the driver's stderr: above every fd a scenario
 * can make (RLIMIT_NOFILE's hard limit is 4096 for the workers). */
#define CTL_FD 8000
#define NOTE_FD 8001
#define FD_LIMIT_SETUP 8192
#define MAX_OUT (64u << 20)       /* the largest out/inout buffer a step may ask for */
#define SCENARIO_ALARM_S 10       /* hard limit of one scenario root */
#define SCENARIO_BUDGET_MS 8000   /* after this, the remaining steps are not run */
#define REPLY_READ_MS 2000        /* a reply that has begun to arrive */
#define SETTLE_MS 10              /* after each step, without /proc: calls it may have woken */
#define SETTLE_MAX_MS 2000        /* with /proc: the longest wait for woken calls to finish */
#define POLL_SLICE_MS 5           /* how often a runnable worker's state is looked at again */
#define END_GRACE_MS 50           /* calls still pending at the end of a scenario */
/* A busy worker's pending call gets the step's timeout again before its next step is given up
 * (it has already had that timeout and every later step's settling time). */
#define TMPFS_OPTS "mode=0755,uid=0,gid=0,size=64m"

/* ---------------------------------------------------------------------------------------- */
/* Small utilities                                                                           */

static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("executor: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(2);
}

static int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

typedef struct {
  uint8_t *p;
  size_t n, cap;
} buf_t;

static void buf_put(buf_t *b, const void *src, size_t len) {
  if (b->n + len > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + len) cap *= 2;
    uint8_t *q = realloc(b->p, cap);
    if (!q) die("out of memory");
    b->p = q;
    b->cap = cap;
  }
  if (len) memcpy(b->p + b->n, src, len);
  b->n += len;
}
static void buf_u8(buf_t *b, uint8_t v) { buf_put(b, &v, 1); }
static void buf_u32(buf_t *b, uint32_t v) { buf_put(b, &v, 4); } /* x86-64: little-endian */
static void buf_i64(buf_t *b, int64_t v) { buf_put(b, &v, 8); }

static int write_full(int fd, const void *p, size_t len) {
  const uint8_t *q = p;
  while (len) {
    ssize_t k = write(fd, q, len);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return -1;
    q += k;
    len -= (size_t)k;
  }
  return 0;
}

/* Reads exactly len bytes; 0 on success, -1 on EOF/error. */
static int read_full(int fd, void *p, size_t len) {
  uint8_t *q = p;
  while (len) {
    ssize_t k = read(fd, q, len);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return -1;
    q += k;
    len -= (size_t)k;
  }
  return 0;
}

/* Reads exactly len bytes before the deadline: 0 ok, -1 EOF/error, -2 deadline passed. */
static int read_full_until(int fd, void *p, size_t len, int64_t deadline) {
  uint8_t *q = p;
  while (len) {
    int64_t left = deadline - now_ms();
    if (left < 0) return -2;
    struct pollfd pf = {.fd = fd, .events = POLLIN};
    int r = poll(&pf, 1, (int)left);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return -1;
    if (r == 0) return -2;
    ssize_t k = read(fd, q, len);
    if (k < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (k <= 0) return -1;
    q += k;
    len -= (size_t)k;
  }
  return 0;
}

/* ---------------------------------------------------------------------------------------- */
/* The request                                                                               */

typedef struct {
  uint8_t tag;
  int64_t ival;         /* TAG_INT */
  const uint8_t *bytes; /* TAG_IN / TAG_INOUT: the bytes; TAG_STRARRAY: the first (len, bytes);
                           TAG_IOVEC: the first segment */
  uint32_t len;         /* TAG_IN / TAG_INOUT: length; TAG_OUT: size; TAG_STRARRAY, TAG_IOVEC: count;
                           TAG_REF: the slot (ival: the offset) */
  uint32_t strbytes;    /* TAG_STRARRAY: total length of the strings; TAG_IOVEC: of the out segments */
} arg_t;

typedef struct {
  uint32_t proc;
  int32_t nr;
  uint32_t timeout_ms;
  int32_t bind; /* the slot its successful return binds, or -1 */
  uint32_t nargs;
  arg_t args[6];
} step_t;

typedef struct {
  int32_t uid, gid;
  uint32_t ngroups;
  gid_t *groups;
  uint32_t umask;
} proc_t;

typedef struct {
  uint32_t nprocs;
  proc_t *procs;
  uint32_t nbindings;
  uint32_t nsteps;
  step_t *steps;
  char error[200]; /* non-empty: the scenario cannot run as sent */
} scenario_t;

typedef struct {
  const uint8_t *p, *end;
} rd_t;

static void need(rd_t *r, size_t k) {
  if ((size_t)(r->end - r->p) < k) die("protocol: the request ends early");
}
static uint8_t rd_u8(rd_t *r) {
  need(r, 1);
  return *r->p++;
}
static uint32_t rd_u32(rd_t *r) {
  uint32_t v;
  need(r, 4);
  memcpy(&v, r->p, 4);
  r->p += 4;
  return v;
}
static int64_t rd_i64(rd_t *r) {
  int64_t v;
  need(r, 8);
  memcpy(&v, r->p, 8);
  r->p += 8;
  return v;
}
static const uint8_t *rd_bytes(rd_t *r, uint32_t len) {
  need(r, len);
  const uint8_t *q = r->p;
  r->p += len;
  return q;
}

static void parse_scenario(rd_t *r, scenario_t *s) {
  memset(s, 0, sizeof *s);
  s->nprocs = rd_u32(r);
  if (s->nprocs > 64) die("protocol: %u processes in one scenario", s->nprocs);
  s->procs = calloc(s->nprocs ? s->nprocs : 1, sizeof(proc_t));
  for (uint32_t i = 0; i < s->nprocs; i++) {
    proc_t *p = &s->procs[i];
    p->uid = (int32_t)rd_u32(r);
    p->gid = (int32_t)rd_u32(r);
    p->ngroups = rd_u32(r);
    if (p->ngroups > 65536) die("protocol: %u supplementary groups", p->ngroups);
    p->groups = calloc(p->ngroups ? p->ngroups : 1, sizeof(gid_t));
    for (uint32_t g = 0; g < p->ngroups; g++) p->groups[g] = (gid_t)rd_u32(r);
    p->umask = rd_u32(r);
  }
  s->nbindings = rd_u32(r);
  if (s->nbindings > MAX_BINDINGS) die("protocol: %u bindings in one scenario", s->nbindings);
  s->nsteps = rd_u32(r);
  if (s->nsteps > 1000000) die("protocol: %u steps in one scenario", s->nsteps);
  s->steps = calloc(s->nsteps ? s->nsteps : 1, sizeof(step_t));
  for (uint32_t i = 0; i < s->nsteps; i++) {
    step_t *st = &s->steps[i];
    st->proc = rd_u32(r);
    st->nr = (int32_t)rd_u32(r);
    st->timeout_ms = rd_u32(r);
    st->bind = (int32_t)rd_u32(r);
    if (st->bind >= (int32_t)s->nbindings) die("protocol: step %u binds slot %d of %u", i, st->bind, s->nbindings);
    st->nargs = rd_u32(r);
    if (st->nargs > 6) die("protocol: step %u has %u arguments", i, st->nargs);
    if (st->proc >= s->nprocs && !s->error[0])
      snprintf(s->error, sizeof s->error, "step %u: process %u does not exist (%u processes)", i, st->proc, s->nprocs);
    for (uint32_t a = 0; a < st->nargs; a++) {
      arg_t *ar = &st->args[a];
      ar->tag = rd_u8(r);
      switch (ar->tag) {
        case TAG_INT: ar->ival = rd_i64(r); break;
        case TAG_NULL: break;
        case TAG_REF:
          ar->len = rd_u32(r);
          ar->ival = rd_i64(r);
          if (ar->len >= s->nbindings) die("protocol: step %u argument %u refers to slot %u of %u", i, a, ar->len, s->nbindings);
          break;
        case TAG_IN:
        case TAG_INOUT:
          ar->len = rd_u32(r);
          ar->bytes = rd_bytes(r, ar->len);
          break;
        case TAG_OUT: ar->len = rd_u32(r); break;
        case TAG_STRARRAY:
          ar->len = rd_u32(r);
          ar->bytes = r->p;
          for (uint32_t k = 0; k < ar->len; k++) {
            uint32_t l = rd_u32(r);
            rd_bytes(r, l);
            ar->strbytes += l + 1;
          }
          break;
        case TAG_IOVEC:
          ar->len = rd_u32(r);
          if (ar->len > MAX_IOV_SEGS) die("protocol: step %u argument %u has %u iovec segments", i, a, ar->len);
          ar->bytes = r->p;
          for (uint32_t k = 0; k < ar->len; k++) {
            rd_i64(r);
            uint8_t t = rd_u8(r);
            if (t == TAG_INT) rd_i64(r);
            else if (t == TAG_REF) {
              if (rd_u32(r) >= s->nbindings) die("protocol: step %u argument %u: an iovec base refers to a missing slot", i, a);
              rd_i64(r);
            } else if (t == TAG_IN) rd_bytes(r, rd_u32(r));
            else if (t == TAG_OUT) {
              uint32_t size = rd_u32(r);
              if (size > MAX_OUT && !s->error[0])
                snprintf(s->error, sizeof s->error, "step %u: an iovec segment of %u bytes (the executor's limit is %u)", i, size, MAX_OUT);
              ar->strbytes += size;
            } else if (t != TAG_NULL) die("protocol: step %u argument %u: iovec segment tag %u", i, a, t);
          }
          if (ar->strbytes > MAX_OUT && !s->error[0])
            snprintf(s->error, sizeof s->error, "step %u: iovec segments of %u bytes (the executor's limit is %u)", i, ar->strbytes, MAX_OUT);
          break;
        default: die("protocol: step %u argument %u has tag %u", i, a, ar->tag);
      }
      if ((ar->tag == TAG_IN || ar->tag == TAG_INOUT || ar->tag == TAG_OUT) && ar->len > MAX_OUT && !s->error[0])
        snprintf(s->error, sizeof s->error, "step %u: argument %u is %u bytes (the executor's limit is %u)", i, a, ar->len, MAX_OUT);
    }
  }
}

/* ---------------------------------------------------------------------------------------- */
/* What the host allows (decided once by the driver, inherited by every scenario root)       */

static int g_is_root;
static unsigned long g_clone_ns;   /* the CLONE_NEW* flags that work here */
static const char *g_scratch_base; /* where scratch directories are made */
static int g_base_is_tmpfs;

/* Per scenario, set by the scenario root before it forks the workers. */
static int g_mntns, g_pidns, g_netns, g_utsns, g_pivoted;
static volatile pid_t *g_worker_pids; /* shared with the workers; as seen in their pid namespace */
static uint32_t g_nworkers;

static int try_clone(unsigned long flags) {
  long pid = syscall(SYS_clone, flags | SIGCHLD, 0, 0, 0, 0);
  if (pid == 0) _exit(0);
  if (pid < 0) return 0;
  int st;
  while (waitpid((pid_t)pid, &st, 0) < 0 && errno == EINTR) {}
  return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static void decide_host(const char *base_override, int use_ns) {
  g_is_root = geteuid() == 0;
  struct statfs sf;
  if (base_override && *base_override) {
    g_scratch_base = base_override;
  } else if (statfs("/dev/shm", &sf) == 0 && sf.f_type == TMPFS_MAGIC_ && access("/dev/shm", W_OK) == 0) {
    g_scratch_base = "/dev/shm";
  } else {
    const char *t = getenv("TMPDIR");
    g_scratch_base = t && *t ? t : "/tmp";
  }
  g_base_is_tmpfs = statfs(g_scratch_base, &sf) == 0 && sf.f_type == TMPFS_MAGIC_;
  if (!g_is_root || !use_ns) return;
  const unsigned long all[] = {CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWIPC, CLONE_NEWUTS};
  unsigned long want = 0;
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) want |= all[i];
  if (try_clone(want)) {
    g_clone_ns = want;
    return;
  }
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    if (try_clone(all[i])) g_clone_ns |= all[i];
  if (g_clone_ns && !try_clone(g_clone_ns)) g_clone_ns = 0;
}

/* ---------------------------------------------------------------------------------------- */
/* The worker: builds the arguments, checks the deny-list, calls, replies                    */

static inline long raw_syscall(long n, long a, long b, long c, long d, long e, long f) {
  long ret;
  register long r10 __asm__("r10") = d;
  register long r8 __asm__("r8") = e;
  register long r9 __asm__("r9") = f;
  __asm__ volatile("syscall"
                   : "=a"(ret)
                   : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                   : "rcx", "r11", "memory");
  return ret;
}

static long g_my_tid;

/* Reads len bytes at a user address of this process without faulting: 0 ok, -1 unreadable. */
static int peek(uint64_t addr, void *dst, size_t len) {
  if (len == 0) return 0;
  if (addr == 0) return -1;
  struct iovec l = {dst, len}, r = {(void *)(uintptr_t)addr, len};
  ssize_t n = process_vm_readv(getpid(), &l, 1, &r, 1, 0);
  return n == (ssize_t)len ? 0 : -1;
}

/* Reads a NUL-terminated string (at most cap-1 bytes); 0 ok, -1 unreadable or too long. */
static int peek_string(uint64_t addr, char *dst, size_t cap) {
  size_t n = 0;
  while (n + 1 < cap) {
    size_t chunk = PAGE - ((addr + n) & (PAGE - 1));
    if (chunk > cap - 1 - n) chunk = cap - 1 - n;
    if (peek(addr + n, dst + n, chunk) < 0) return -1;
    void *z = memchr(dst + n, 0, chunk);
    if (z) return 0;
    n += chunk;
  }
  return -1;
}

static void note(const char *fmt, ...) {
  char line[512];
  va_list ap;
  va_start(ap, fmt);
  int k = vsnprintf(line, sizeof line - 1, fmt, ap);
  va_end(ap);
  if (k < 0) return;
  if ((size_t)k > sizeof line - 2) k = sizeof line - 2;
  line[k++] = '\n';
  (void)!write(NOTE_FD, line, (size_t)k);
}

/* A pid a signal (or an owner, a scheduling change…) may target: with a pid namespace, every
 * visible process is the scenario's; without one, only the workers (and itself). */
static int pid_is_ours(long pid) {
  if (g_pidns) return 1;
  if (pid == getpid()) return 1;
  for (uint32_t i = 0; i < g_nworkers; i++)
    if (g_worker_pids[i] > 0 && pid == g_worker_pids[i]) return 1;
  return 0;
}

/* A sockaddr of len bytes (already read) is one the scenario may use: loopback, or any other
 * family than IPv4/IPv6 (the kernel rejects those on inet sockets). `any_ok`: the wildcard
 * address is allowed too. AF_UNSPEC is treated as IPv4 (udp_sendmsg/inet_bind accept it). */
static int sockaddr_ok(const uint8_t *sa, size_t len, int any_ok, const char **why) {
  if (len < 2) return 1;
  uint16_t fam = (uint16_t)(sa[0] | sa[1] << 8);
  if (fam == AF_INET || fam == AF_UNSPEC) {
    if (len < 8) return 1;
    const uint8_t *a = sa + 4;
    if (a[0] == 127) return 1;
    if (!a[0] && !a[1] && !a[2] && !a[3] && any_ok) return 1;
    if (fam == AF_UNSPEC && !a[0] && !a[1] && !a[2] && !a[3]) return 1; /* connect(AF_UNSPEC) disconnects */
    *why = "an IPv4 address that is not loopback";
    return 0;
  }
  if (fam == AF_INET6) {
    if (len < 24) return 1;
    const uint8_t *a = sa + 8;
    static const uint8_t lo6[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    static const uint8_t any6[16] = {0};
    static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (!memcmp(a, lo6, 16)) return 1;
    if (!memcmp(a, mapped, 12) && a[12] == 127) return 1;
    if (any_ok && (!memcmp(a, any6, 16) || (!memcmp(a, mapped, 12) && !a[12] && !a[13] && !a[14] && !a[15]))) return 1;
    *why = "an IPv6 address that is not loopback";
    return 0;
  }
  if (fam == AF_UNIX && !g_netns && len > 2 && sa[2] == 0) {
    *why = "an abstract AF_UNIX address without a network namespace";
    return 0;
  }
  return 1;
}

/* Checks the address a call would use: ptr/len as passed. Unreadable memory: the kernel will
 * fail with EFAULT too, so the call may go ahead. */
static int addr_ok(uint64_t ptr, uint64_t len, int any_ok, const char **why) {
  if (ptr == 0 || len == 0) return 1;
  if (len > 128) return 1; /* > sizeof(struct sockaddr_storage): EINVAL */
  uint8_t sa[128];
  if (peek(ptr, sa, (size_t)len) < 0) return 1;
  return sockaddr_ok(sa, (size_t)len, any_ok, why);
}

/* A msghdr's msg_name (sendmsg), read from the caller's memory. */
static int msghdr_ok(uint64_t mh, const char **why) {
  uint8_t h[16];
  if (peek(mh, h, sizeof h) < 0) return 1;
  uint64_t name;
  uint32_t namelen;
  memcpy(&name, h, 8);
  memcpy(&namelen, h + 8, 4);
  return addr_ok(name, namelen, 1, why);
}

/* execve/execveat: refused when the file could run code (ELF, #!) or cannot be checked. */
static int exec_ok(long dirfd, uint64_t path, long flags, const char **why) {
  char p[4096];
  int fd;
  if (peek_string(path, p, sizeof p) < 0) return 1; /* EFAULT / ENAMETOOLONG */
  if (p[0] == 0 && (flags & AT_EMPTY_PATH)) {
    fd = fcntl((int)dirfd, F_DUPFD_CLOEXEC, 0);
  } else {
    fd = openat((int)dirfd, p, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | ((flags & AT_SYMLINK_NOFOLLOW) ? O_NOFOLLOW : 0));
  }
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR || errno == ELOOP || errno == ENAMETOOLONG || errno == EBADF || errno == EFAULT) return 1;
    *why = "an executable the executor cannot read to check";
    return 0;
  }
  uint8_t head[4] = {0};
  ssize_t k = pread(fd, head, sizeof head, 0);
  int err = errno;
  close(fd);
  if (k < 0 && err != EISDIR && err != EINVAL) {
    *why = "an executable the executor cannot read to check";
    return 0;
  }
  if (k >= 2 && head[0] == '#' && head[1] == '!') {
    *why = "a #! script";
    return 0;
  }
  if (k >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
    *why = "an ELF binary";
    return 0;
  }
  return 1;
}

#ifndef SYS_open_tree_attr
#define SYS_open_tree_attr 467
#endif
#ifndef SYS_quotactl_fd
#define SYS_quotactl_fd 443
#endif
#ifndef SYS_mount_setattr
#define SYS_mount_setattr 442
#endif
#ifndef SYS_process_mrelease
#define SYS_process_mrelease 448
#endif
#ifndef SYS_process_madvise
#define SYS_process_madvise 440
#endif
#ifndef SYS_pidfd_getfd
#define SYS_pidfd_getfd 438
#endif
#ifndef SYS_close_range
#define SYS_close_range 436
#endif

/* The deny-list: 1 = the call may be made; 0 = refused (the reply is -EPERM), *why says why. */
static int policy_check(long nr, const long *a, const char **why) {
  switch (nr) {
    /* Never: host-wide state, the machine, other processes' memory, kernel code. */
    case SYS_reboot: case SYS_kexec_load: case SYS_kexec_file_load:
    case SYS_init_module: case SYS_finit_module: case SYS_delete_module:
    case SYS_swapon: case SYS_swapoff:
    case SYS_settimeofday: case SYS_clock_settime: case SYS_clock_adjtime: case SYS_adjtimex:
    case SYS_acct: case SYS_quotactl: case SYS_quotactl_fd:
    case SYS_ptrace: case SYS_process_vm_writev: case SYS_bpf: case SYS_perf_event_open:
    case SYS_syslog: case SYS_vhangup: case SYS_pivot_root:
    case SYS_iopl: case SYS_ioperm: case SYS_setns: case SYS_uselib:
    case SYS_add_key: case SYS_request_key: case SYS_keyctl:
    case SYS_io_uring_setup: case SYS_io_uring_enter: case SYS_io_uring_register:
    case SYS_open_by_handle_at:
    case SYS_open_tree: case SYS_move_mount: case SYS_fsopen: case SYS_fsconfig: case SYS_fsmount:
    case SYS_fspick: case SYS_mount_setattr: case SYS_open_tree_attr:
      *why = "never allowed";
      return 0;

    case SYS_mount: {
      if (!g_mntns) { *why = "no private mount namespace"; return 0; }
      unsigned long fl = (unsigned long)a[3];
      if (fl & (MS_BIND | MS_MOVE | MS_REMOUNT | MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE)) return 1;
      char fs[64];
      if (a[2] && peek_string((uint64_t)a[2], fs, sizeof fs) == 0 && (!strcmp(fs, "tmpfs") || !strcmp(fs, "ramfs"))) return 1;
      *why = "a new mount of a filesystem type other than tmpfs/ramfs";
      return 0;
    }
    case SYS_umount2:
      if (!g_mntns) { *why = "no private mount namespace"; return 0; }
      return 1;
    case SYS_chroot:
      if (!g_pivoted) { *why = "chroot() could escape a chroot (no pivot_root here)"; return 0; }
      return 1;
    case SYS_sethostname: case SYS_setdomainname:
      if (!g_utsns) { *why = "no private UTS namespace"; return 0; }
      return 1;

    case SYS_mknod: case SYS_mknodat: {
      unsigned long mode = (unsigned long)(nr == SYS_mknod ? a[1] : a[2]);
      unsigned long dev = (unsigned long)(nr == SYS_mknod ? a[2] : a[3]);
      if ((S_ISCHR(mode) || S_ISBLK(mode)) && dev != 0) { *why = "a device node"; return 0; }
      return 1;
    }
    case SYS_execve:
      return exec_ok(AT_FDCWD, (uint64_t)a[0], 0, why);
    case SYS_execveat:
      return exec_ok(a[0], (uint64_t)a[1], a[4], why);

    /* Signals: only to the scenario's own processes. */
    case SYS_kill: {
      int pid = (int)a[0]; /* pid_t, as the kernel reads it */
      if (pid > 0) { if (pid_is_ours(pid)) return 1; }
      else if (pid == 0) return 1; /* the caller's process group, inside its own session */
      else if (pid == -1) { if (g_pidns) return 1; }
      else if (pid_is_ours(-(long)pid)) return 1;
      *why = "a process outside the scenario";
      return 0;
    }
    case SYS_tkill:
    case SYS_tgkill:
    case SYS_rt_sigqueueinfo:
    case SYS_rt_tgsigqueueinfo:
      if ((int)a[0] <= 0 || pid_is_ours((int)a[0])) return 1; /* <= 0: EINVAL/ESRCH */
      *why = "a process outside the scenario";
      return 0;
    case SYS_pidfd_send_signal: case SYS_pidfd_getfd: case SYS_process_madvise: case SYS_process_mrelease:
      if (g_pidns) return 1;
      *why = "a pidfd without a private pid namespace";
      return 0;
    case SYS_fcntl:
      if (a[1] == F_SETOWN) {
        int v = (int)a[2];
        if (v == 0 || pid_is_ours(v < 0 ? -(long)v : v)) return 1;
        *why = "an owner outside the scenario";
        return 0;
      }
      if (a[1] == F_SETOWN_EX) {
        int ex[2];
        if (peek((uint64_t)a[2], ex, sizeof ex) < 0 || ex[1] <= 0 || pid_is_ours(ex[1])) return 1;
        *why = "an owner outside the scenario";
        return 0;
      }
      return 1;
    case SYS_ioctl: {
      unsigned long cmd = (unsigned int)a[1];
      if (cmd == 0x8901 /* FIOSETOWN */ || cmd == 0x8902 /* SIOCSPGRP */ || cmd == TIOCSPGRP) {
        int v;
        if (peek((uint64_t)a[2], &v, sizeof v) < 0 || v == 0 || pid_is_ours(v < 0 ? -(long)v : v)) return 1;
        *why = "an owner outside the scenario";
        return 0;
      }
      if (!g_netns && cmd >= 0x8900 && cmd <= 0x89ff && !(cmd >= 0x8903 && cmd <= 0x8907)) {
        *why = "a socket ioctl without a private network namespace";
        return 0;
      }
      return 1;
    }

    /* Other calls that name a process: its own, the workers' (any visible one in a pid ns). */
    case SYS_sched_setparam: case SYS_sched_setscheduler: case SYS_sched_setaffinity: case SYS_sched_setattr:
    case SYS_prlimit64: case SYS_migrate_pages: case SYS_move_pages: case SYS_process_vm_readv:
      if ((int)a[0] == 0 || ((int)a[0] > 0 && pid_is_ours((int)a[0]))) return 1;
      *why = "a process outside the scenario";
      return 0;
    case SYS_setpriority:
    case SYS_ioprio_set: {
      int which = (int)a[0], who = (int)a[1];
      int user = nr == SYS_setpriority ? which == 2 /* PRIO_USER */ : which == 3 /* IOPRIO_WHO_USER */;
      int procish = nr == SYS_setpriority ? (which == 0 || which == 1) : (which == 1 || which == 2);
      if (g_pidns || (procish && (who == 0 || (who > 0 && pid_is_ours(who))))) return 1;
      if (!user && !procish) return 1; /* EINVAL */
      *why = "processes outside the scenario";
      return 0;
    }

    /* Sockets: local families; IPv4/IPv6 on loopback only. */
    case SYS_socket:
    case SYS_socketpair: {
      long fam = a[0], type = a[1] & 0xf;
      if (fam != AF_UNIX && fam != AF_INET && fam != AF_INET6) { *why = "a socket family other than AF_UNIX/AF_INET/AF_INET6"; return 0; }
      if (fam != AF_UNIX && (type == SOCK_RAW || type == SOCK_PACKET)) { *why = "a raw socket"; return 0; }
      return 1;
    }
    case SYS_connect:
      return addr_ok((uint64_t)a[1], (uint64_t)(uint32_t)a[2], 1, why);
    case SYS_bind:
      return addr_ok((uint64_t)a[1], (uint64_t)(uint32_t)a[2], g_netns, why);
    case SYS_sendto:
      return addr_ok((uint64_t)a[4], (uint64_t)(uint32_t)a[5], 1, why);
    case SYS_sendmsg:
      return msghdr_ok((uint64_t)a[1], why);
    case SYS_sendmmsg: {
      unsigned long vlen = (unsigned int)a[2];
      if (vlen > 1024) vlen = 1024;
      for (unsigned long i = 0; i < vlen; i++)
        if (!msghdr_ok((uint64_t)a[1] + i * 64, why)) return 0;
      return 1;
    }
    default:
      return 1;
  }
}

typedef struct {
  void *base;
  size_t maplen;
  uint8_t *ptr;
  int in_arena; /* placed in the argument arena (gfree gives the pages back to it) */
} gbuf_t;

static uint8_t *g_arena;    /* the worker's argument arena (ARG_ARENA_SIZE, PROT_NONE when idle) */
static size_t g_arena_used; /* bump pointer, reset after every step */
static int64_t *g_bind;     /* the scenario's bindings as the root last sent them */

/* len bytes that end right before a PROT_NONE page: an over-read or over-write faults (EFAULT
 * in the kernel). With len 0 the pointer is the guard page itself. Placed in the argument
 * arena while it has room (the page after each buffer stays PROT_NONE: the guard). */
static int galloc(gbuf_t *g, size_t len) {
  size_t body = (len + PAGE - 1) & ~(PAGE - 1);
  g->maplen = body + PAGE;
  g->in_arena = 0;
  if (g_arena && g_arena_used + g->maplen <= ARG_ARENA_SIZE) {
    uint8_t *at = g_arena + g_arena_used;
    if (body && mmap(at, body, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED) return -1;
    g_arena_used += g->maplen;
    g->base = at;
    g->in_arena = 1;
    g->ptr = at + body - len;
    return 0;
  }
  g->base = mmap(NULL, g->maplen, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (g->base == MAP_FAILED) return -1;
  if (mprotect((uint8_t *)g->base + body, PAGE, PROT_NONE) < 0) return -1;
  g->ptr = (uint8_t *)g->base + body - len;
  return 0;
}

static void gfree(gbuf_t *g) {
  if (g->base && g->base != MAP_FAILED) {
    if (!g->in_arena) munmap(g->base, g->maplen);
    else if (g->maplen > PAGE)
      mmap(g->base, g->maplen - PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE, -1, 0);
  }
  g->base = NULL;
}

/* A program's own loads and stores (# peek, # poke): byte by byte, in order, with SIGSEGV and
 * SIGBUS caught (sigsetjmp) for the duration whatever the scenario did to their disposition
 * and mask. 0, or -(FAULT_BASE + the signal) at the first byte that faults. */
static sigjmp_buf g_fault_jmp;
static volatile sig_atomic_t g_fault_sig;
static void on_fault(int sig) {
  g_fault_sig = sig;
  siglongjmp(g_fault_jmp, 1);
}
static long user_access(uint64_t addr, uint8_t *buf, size_t n, int store) {
  struct sigaction sa, old_segv, old_bus;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_fault;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, &old_segv);
  sigaction(SIGBUS, &sa, &old_bus);
  sigset_t faults, oldmask;
  sigemptyset(&faults);
  sigaddset(&faults, SIGSEGV);
  sigaddset(&faults, SIGBUS);
  sigprocmask(SIG_UNBLOCK, &faults, &oldmask);
  long ret = 0;
  if (sigsetjmp(g_fault_jmp, 1) == 0) {
    volatile uint8_t *p = (volatile uint8_t *)(uintptr_t)addr;
    for (size_t i = 0; i < n; i++) {
      if (store) p[i] = buf[i];
      else buf[i] = p[i];
    }
  } else {
    ret = -(FAULT_BASE + g_fault_sig);
  }
  sigprocmask(SIG_SETMASK, &oldmask, NULL);
  sigaction(SIGSEGV, &old_segv, NULL);
  sigaction(SIGBUS, &old_bus, NULL);
  return ret;
}

/* One segment of a TAG_IOVEC argument, as placed by run_step. */
typedef struct {
  gbuf_t g;
  uint8_t tag;
  uint32_t size;
} seg_t;

/* Places a TAG_IOVEC argument: each segment's buffer, then the struct iovec array (both end at
 * a guard page). Returns the array's address, or 0 when a mapping failed. */
static long place_iovec(const arg_t *ar, gbuf_t *arr, seg_t *segs) {
  const uint8_t *q = ar->bytes;
  if (galloc(arr, (size_t)ar->len * 16) < 0) return 0;
  uint64_t *vec = (uint64_t *)arr->ptr;
  for (uint32_t k = 0; k < ar->len; k++) {
    int64_t iov_len;
    memcpy(&iov_len, q, 8);
    q += 8;
    seg_t *sg = &segs[k];
    sg->tag = *q++;
    uint64_t base = 0;
    if (sg->tag == TAG_INT) {
      int64_t v;
      memcpy(&v, q, 8);
      q += 8;
      base = (uint64_t)v;
    } else if (sg->tag == TAG_REF) {
      uint32_t slot;
      int64_t off;
      memcpy(&slot, q, 4);
      memcpy(&off, q + 4, 8);
      q += 12;
      base = (uint64_t)(g_bind[slot] + off);
    } else if (sg->tag == TAG_IN) {
      uint32_t l;
      memcpy(&l, q, 4);
      if (galloc(&sg->g, l) < 0) return 0;
      memcpy(sg->g.ptr, q + 4, l);
      q += 4 + l;
      base = (uint64_t)sg->g.ptr;
    } else if (sg->tag == TAG_OUT) {
      memcpy(&sg->size, q, 4);
      q += 4;
      if (galloc(&sg->g, sg->size) < 0) return 0;
      base = (uint64_t)sg->g.ptr;
    }
    vec[2 * k] = base;
    vec[2 * k + 1] = (uint64_t)iov_len;
  }
  return (long)vec;
}

static void run_step(const step_t *st) {
  long a[6] = {0};
  gbuf_t g[6];
  seg_t *segs[6] = {0};
  memset(g, 0, sizeof g);
  int failed = 0;
  for (uint32_t i = 0; i < st->nargs && !failed; i++) {
    const arg_t *ar = &st->args[i];
    switch (ar->tag) {
      case TAG_INT: a[i] = (long)ar->ival; break;
      case TAG_NULL: a[i] = 0; break;
      case TAG_REF: a[i] = (long)(g_bind[ar->len] + ar->ival); break;
      case TAG_IN:
      case TAG_INOUT:
        if (galloc(&g[i], ar->len) < 0) { failed = 1; break; }
        memcpy(g[i].ptr, ar->bytes, ar->len);
        a[i] = (long)g[i].ptr;
        break;
      case TAG_OUT:
        if (galloc(&g[i], ar->len) < 0) { failed = 1; break; }
        a[i] = (long)g[i].ptr;
        break;
      case TAG_STRARRAY: {
        /* The strings, then the pointer array, which ends at the guard page. */
        size_t arr = ((size_t)ar->len + 1) * sizeof(char *);
        size_t strs = (ar->strbytes + 7) & ~(size_t)7;
        if (galloc(&g[i], strs + arr) < 0) { failed = 1; break; }
        char *sp = (char *)g[i].ptr;
        char **vec = (char **)(g[i].ptr + strs);
        const uint8_t *q = ar->bytes;
        for (uint32_t k = 0; k < ar->len; k++) {
          uint32_t l;
          memcpy(&l, q, 4);
          memcpy(sp, q + 4, l);
          sp[l] = 0;
          vec[k] = sp;
          sp += l + 1;
          q += 4 + l;
        }
        vec[ar->len] = NULL;
        a[i] = (long)vec;
        break;
      }
      case TAG_IOVEC:
        segs[i] = calloc(ar->len ? ar->len : 1, sizeof(seg_t));
        if (!segs[i] || !(a[i] = place_iovec(ar, &g[i], segs[i]))) failed = 1;
        break;
    }
  }

  long ret;
  const char *why = NULL;
  if (failed) {
    ret = -ENOMEM;
    note("worker: cannot map the arguments of syscall %d", st->nr);
  } else if (st->nr == DIR_POKE && st->nargs == 2 && st->args[1].tag == TAG_IN) {
    ret = user_access((uint64_t)a[0], g[1].ptr, st->args[1].len, 1);
  } else if (st->nr == DIR_PEEK && st->nargs == 2 && st->args[1].tag == TAG_OUT) {
    ret = user_access((uint64_t)a[0], g[1].ptr, st->args[1].len, 0);
  } else if (st->nr < 0) {
    ret = -ENOSYS;
    note("worker: unknown directive %d", st->nr);
  } else if (!policy_check(st->nr, a, &why)) {
    ret = -EPERM;
    note("refused syscall %d (%s)", st->nr, why ? why : "denied");
  } else if (st->nr == SYS_close && a[0] >= CTL_FD && a[0] <= NOTE_FD) {
    ret = -EBADF; /* the executor's own fds do not exist for the scenario */
  } else if (st->nr == SYS_close_range && (unsigned long)a[1] >= CTL_FD) {
    if ((unsigned long)a[0] < CTL_FD) ret = raw_syscall(st->nr, a[0], CTL_FD - 1, a[2], 0, 0, 0);
    else ret = (unsigned long)a[0] > (unsigned long)a[1] ? -EINVAL : 0;
  } else {
    ret = raw_syscall(st->nr, a[0], a[1], a[2], a[3], a[4], a[5]);
    /* A child made by fork/vfork/clone returns here too: it has no steps, so it leaves at once
     * (exit, not exit_group: a CLONE_THREAD child must not take the worker with it). */
    if (raw_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0) != g_my_tid) raw_syscall(SYS_exit, 0, 0, 0, 0, 0, 0);
  }

  buf_t out = {0};
  uint32_t nouts = 0;
  for (uint32_t i = 0; i < st->nargs; i++)
    if (st->args[i].tag == TAG_OUT || st->args[i].tag == TAG_INOUT || st->args[i].tag == TAG_IOVEC) nouts++;
  buf_i64(&out, ret);
  buf_u32(&out, 0); /* the length of what follows, patched below */
  buf_u32(&out, nouts);
  for (uint32_t i = 0; i < st->nargs; i++) {
    const arg_t *ar = &st->args[i];
    if (ar->tag == TAG_IOVEC) {
      /* The out segments' buffers, concatenated (zeros for one that could not be mapped). */
      buf_u32(&out, ar->strbytes);
      for (uint32_t k = 0; k < ar->len; k++) {
        const seg_t *sg = segs[i] ? &segs[i][k] : NULL;
        if (!sg || sg->tag != TAG_OUT) continue;
        if (sg->g.base) buf_put(&out, sg->g.ptr, sg->size);
        else { uint8_t z[256] = {0}; for (uint32_t n = 0; n < sg->size; n += sizeof z) buf_put(&out, z, sg->size - n < sizeof z ? sg->size - n : sizeof z); }
      }
      continue;
    }
    if (ar->tag != TAG_OUT && ar->tag != TAG_INOUT) continue;
    buf_u32(&out, ar->len);
    if (g[i].base) buf_put(&out, g[i].ptr, ar->len);
    else { uint8_t z[256] = {0}; for (uint32_t k = 0; k < ar->len; k += sizeof z) buf_put(&out, z, ar->len - k < sizeof z ? ar->len - k : sizeof z); }
  }
  uint32_t sec = (uint32_t)(out.n - 12);
  memcpy(out.p + 8, &sec, 4);
  for (uint32_t i = 0; i < 6; i++) {
    gfree(&g[i]);
    if (segs[i]) {
      for (uint32_t k = 0; k < st->args[i].len; k++) gfree(&segs[i][k].g);
      free(segs[i]);
    }
  }
  g_arena_used = 0;
  if (write_full(CTL_FD, out.p, out.n) < 0) _exit(0);
  free(out.p);
}

/* linuxsim's initial limits (proc/process.ts defaultRlimits, the kernel's INIT_RLIMITS). */
static void set_init_rlimits(void) {
  const rlim_t inf = RLIM_INFINITY;
  struct { int res; rlim_t cur, max; } t[] = {
    {RLIMIT_CPU, inf, inf}, {RLIMIT_FSIZE, inf, inf}, {RLIMIT_DATA, inf, inf},
    {RLIMIT_STACK, 8 << 20, inf}, {RLIMIT_CORE, 0, inf}, {RLIMIT_RSS, inf, inf},
    {RLIMIT_NPROC, 8192, 8192}, {RLIMIT_NOFILE, 1024, 4096}, {RLIMIT_MEMLOCK, 8 << 20, 8 << 20},
    {RLIMIT_AS, inf, inf}, {RLIMIT_LOCKS, inf, inf}, {RLIMIT_SIGPENDING, 8192, 8192},
    {RLIMIT_MSGQUEUE, 819200, 819200}, {RLIMIT_NICE, 0, 0}, {RLIMIT_RTPRIO, 0, 0},
    {RLIMIT_RTTIME, inf, inf},
  };
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
    struct rlimit rl = {t[i].cur, t[i].max};
    setrlimit(t[i].res, &rl);
  }
}

/* Sets up a worker; reports 0 (ready) or an error text over the socket; then serves steps. */
static void worker_main(const scenario_t *sc, uint32_t w, int sock, int devdir, pid_t root) {
  const proc_t *p = &sc->procs[w];
  char err[200] = "";
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = SIG_DFL;
  for (int s = 1; s < 65; s++) sigaction(s, &sa, NULL);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);

  if (fcntl(sock, F_DUPFD_CLOEXEC, CTL_FD) != CTL_FD || fcntl(2, F_DUPFD_CLOEXEC, NOTE_FD) != NOTE_FD) _exit(1);
  for (int fd = 0; fd < 3; fd++) {
    int n = openat(devdir, "null", O_RDWR);
    if (n < 0 || (n != fd && (dup2(n, fd) < 0 || close(n) < 0))) {
      snprintf(err, sizeof err, "process %u: /dev/null: %s", w, strerror(errno));
      break;
    }
  }
  if (syscall(SYS_close_range, 3, CTL_FD - 1, 0) < 0)
    for (int fd = 3; fd < CTL_FD; fd++) close(fd);
  setsid();
  umask(p->umask & 0777);
  set_init_rlimits();
  if (!err[0] && setgroups(p->ngroups, p->groups) < 0) snprintf(err, sizeof err, "process %u: setgroups: %s", w, strerror(errno));
  if (!err[0] && setgid((gid_t)p->gid) < 0) snprintf(err, sizeof err, "process %u: setgid(%d): %s", w, p->gid, strerror(errno));
  if (!err[0] && setuid((uid_t)p->uid) < 0) snprintf(err, sizeof err, "process %u: setuid(%d): %s", w, p->uid, strerror(errno));
  /* After setuid: a change of credentials clears the parent-death signal, and makes the
   * process non-dumpable (ptrace, process_vm_readv and /proc/PID access by its own user would
   * then need CAP_SYS_PTRACE). A process started as that user is dumpable: so is the worker. */
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
  if (getppid() != root) _exit(1);
  g_my_tid = raw_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0);
  /* malloc must never move the break once steps run (a scenario's brk calls own it, and
   * RLIMIT_DATA 0 would make it fail): the heap grows once now by 16 MiB, and blocks of
   * 64 KiB and more come from mmap. */
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_TOP_PAD, 16 << 20);
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  void *volatile grow = malloc(512 << 10); /* volatile: the compiler may not drop the pair */
  free(grow);
  mallopt(M_MMAP_THRESHOLD, 64 << 10);
  g_bind = calloc(sc->nbindings ? sc->nbindings : 1, sizeof(int64_t));
  g_arena = mmap(NULL, ARG_ARENA_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (g_arena == MAP_FAILED) g_arena = NULL;
  if (!g_bind && !err[0]) snprintf(err, sizeof err, "process %u: out of memory", w);

  uint32_t len = (uint32_t)strlen(err);
  if (write_full(CTL_FD, &len, 4) < 0 || write_full(CTL_FD, err, len) < 0 || len) _exit(1);
  for (;;) {
    uint32_t idx;
    if (read_full(CTL_FD, &idx, 4) < 0) _exit(0);
    if (idx >= sc->nsteps) _exit(1);
    if (sc->nbindings && read_full(CTL_FD, g_bind, sc->nbindings * sizeof(int64_t)) < 0) _exit(0);
    run_step(&sc->steps[idx]);
  }
}

/* ---------------------------------------------------------------------------------------- */
/* The scenario root                                                                         */

typedef struct {
  uint8_t blocked, completed;
  int64_t ret;
  uint8_t *outs; /* "u32 nouts, per out: u32 len, bytes" as the worker sent it */
  uint32_t outslen;
} result_t;

typedef struct {
  pid_t pid;
  int fd;
  int dead;
  int64_t pending; /* a step whose reply has not come, or -1 */
} worker_t;

/* Waits up to timeout_ms for w's reply to its current call and stores it in r.
 * 1: got it; 0: not yet; -1: the worker is gone (r stays not completed). */
static int await_reply(worker_t *w, int timeout_ms, result_t *r) {
  if (w->dead) return -1;
  struct pollfd pf = {.fd = w->fd, .events = POLLIN};
  int k;
  do k = poll(&pf, 1, timeout_ms < 0 ? 0 : timeout_ms);
  while (k < 0 && errno == EINTR);
  if (k == 0) return 0;
  uint8_t head[12];
  int64_t deadline = now_ms() + REPLY_READ_MS;
  if (k < 0 || read_full_until(w->fd, head, sizeof head, deadline) < 0) {
    w->dead = 1;
    return -1;
  }
  uint32_t sec;
  memcpy(&r->ret, head, 8);
  memcpy(&sec, head + 8, 4);
  r->outs = malloc(sec ? sec : 1);
  if (!r->outs || read_full_until(w->fd, r->outs, sec, deadline) < 0) {
    free(r->outs);
    r->outs = NULL;
    w->dead = 1;
    return -1;
  }
  r->outslen = sec;
  r->completed = 1;
  return 1;
}

/* Collects the replies of pending calls that arrive within ms. */
static void collect_pending(worker_t *wk, uint32_t n, result_t *res, int ms) {
  int64_t deadline = now_ms() + ms;
  for (;;) {
    struct pollfd pf[64];
    uint32_t idx[64], m = 0;
    for (uint32_t i = 0; i < n; i++)
      if (wk[i].pending >= 0 && !wk[i].dead) {
        pf[m].fd = wk[i].fd;
        pf[m].events = POLLIN;
        pf[m].revents = 0;
        idx[m++] = i;
      }
    if (m == 0) return;
    int64_t left = deadline - now_ms();
    if (left < 0) return;
    int k = poll(pf, m, (int)left);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return;
    for (uint32_t j = 0; j < m; j++) {
      if (!pf[j].revents) continue;
      worker_t *w = &wk[idx[j]];
      await_reply(w, 0, &res[w->pending]);
      w->pending = -1;
    }
  }
}

/* A procfs that shows the workers (the scenario's own, or the host's without a pid namespace),
 * to tell a call that sleeps from one that is merely slow; -1 when there is none. */
static int g_procfd = -1;

/* The worker's scheduler state ('R' running or runnable, 'S', 'D', 'T'…), or 0 when unknown. */
static char proc_state(pid_t pid) {
  if (g_procfd < 0) return 0;
  char path[32], st[512];
  snprintf(path, sizeof path, "%d/stat", (int)pid);
  int fd = openat(g_procfd, path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  ssize_t k = read(fd, st, sizeof st - 1);
  close(fd);
  if (k <= 0) return 0;
  st[k] = 0;
  char *rp = strrchr(st, ')'); /* after "pid (comm)" */
  return rp && rp[1] == ' ' && rp[2] ? rp[2] : 0;
}

/* Waits for the reply to a call just sent: timeout_ms, and then for as long as the worker stays
 * runnable (it is slow, not asleep; until the hard deadline). 1: got it; 0: it blocked; -1: the
 * worker is gone. Without /proc, the timeout alone decides. */
static int await_call(worker_t *w, int timeout_ms, result_t *r, int64_t hard_deadline) {
  int g = await_reply(w, timeout_ms, r);
  while (g == 0) {
    if (proc_state(w->pid) != 'R') return await_reply(w, 0, r); /* asleep: unless it just replied */
    int64_t left = hard_deadline - now_ms();
    if (left <= 0) return 0;
    g = await_reply(w, (int)(left < POLL_SLICE_MS ? left : POLL_SLICE_MS), r);
  }
  return g;
}

/* After a step: collects the calls it woke. With /proc, until no pending worker is runnable;
 * without, for SETTLE_MS. */
static void settle(worker_t *wk, uint32_t n, result_t *res, int64_t hard_deadline) {
  if (g_procfd < 0) {
    collect_pending(wk, n, res, SETTLE_MS);
    return;
  }
  int64_t until = now_ms() + SETTLE_MAX_MS;
  if (until > hard_deadline) until = hard_deadline;
  for (;;) {
    collect_pending(wk, n, res, 0);
    int runnable = 0;
    for (uint32_t i = 0; i < n && !runnable; i++)
      if (wk[i].pending >= 0 && !wk[i].dead && proc_state(wk[i].pid) == 'R') runnable = 1;
    if (!runnable) {
      collect_pending(wk, n, res, 0); /* one that replied just before it went back to sleep */
      return;
    }
    if (now_ms() >= until) return;
    collect_pending(wk, n, res, POLL_SLICE_MS);
  }
}

/* # maps: the worker's /proc/PID/maps, read by the root (it has the scenario's procfs), as the
 * step's one output; -ENOSYS without a procfs. */
static void read_maps(pid_t pid, result_t *r) {
  buf_t text = {0};
  long ret = -ENOSYS;
  char path[32];
  snprintf(path, sizeof path, "%d/maps", (int)pid);
  int fd = g_procfd >= 0 ? openat(g_procfd, path, O_RDONLY | O_CLOEXEC) : -1;
  if (g_procfd >= 0 && fd < 0) ret = -errno;
  if (fd >= 0) {
    ret = 0;
    for (;;) {
      uint8_t chunk[8192];
      ssize_t k = read(fd, chunk, sizeof chunk);
      if (k < 0 && errno == EINTR) continue;
      if (k < 0) { ret = -errno; break; }
      if (k == 0) break;
      buf_put(&text, chunk, (size_t)k);
    }
    close(fd);
  }
  buf_t o = {0};
  buf_u32(&o, 1);
  buf_u32(&o, (uint32_t)text.n);
  buf_put(&o, text.p, text.n);
  free(text.p);
  r->ret = ret;
  r->outs = o.p;
  r->outslen = (uint32_t)o.n;
  r->completed = 1;
}

static void on_alarm(int sig) {
  (void)sig;
  static const char msg[] = "executor: a scenario ran out of time\n";
  (void)!write(2, msg, sizeof msg - 1);
  _exit(3);
}

static void reply_setup_error(int resfd, uint32_t status, const char *msg) {
  buf_t b = {0};
  buf_u32(&b, status);
  buf_u32(&b, (uint32_t)strlen(msg));
  buf_put(&b, msg, strlen(msg));
  buf_u32(&b, 0);
  write_full(resfd, b.p, b.n);
  _exit(0);
}

static void bring_up_loopback(void) {
  int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (s < 0) return;
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  strcpy(ifr.ifr_name, "lo");
  if (ioctl(s, SIOCGIFFLAGS, &ifr) == 0) {
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    ioctl(s, SIOCSIFFLAGS, &ifr);
  }
  close(s);
}

static void scenario_root(const scenario_t *sc, const char *scratch, int resfd) {
  char msg[300];
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigaction(SIGALRM, &sa, NULL); /* pid 1 ignores signals it has no handler for */
  alarm(SCENARIO_ALARM_S);
  signal(SIGPIPE, SIG_IGN);
  int64_t deadline = now_ms() + SCENARIO_BUDGET_MS;

  g_pidns = (g_clone_ns & CLONE_NEWPID) != 0;
  g_netns = (g_clone_ns & CLONE_NEWNET) != 0;
  g_utsns = (g_clone_ns & CLONE_NEWUTS) != 0;
  g_mntns = (g_clone_ns & CLONE_NEWNS) && mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;
  if (g_netns) bring_up_loopback();
  if (!g_pidns) prctl(PR_SET_CHILD_SUBREAPER, 1);

  int devdir = open("/dev", O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (devdir < 0) {
    snprintf(msg, sizeof msg, "cannot open /dev: %s", strerror(errno));
    reply_setup_error(resfd, 1, msg);
  }
  /* A procfs of the scenario's pid namespace for the root alone: mounted on the scratch
   * directory, kept by an fd and detached again (without a pid namespace, the host's /proc). */
  if (g_mntns && g_pidns && mount("proc", scratch, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) == 0) {
    g_procfd = open(scratch, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (umount2(scratch, MNT_DETACH) < 0) reply_setup_error(resfd, 1, "cannot detach the scenario's procfs");
  }
  if (!g_pidns) g_procfd = open("/proc", O_PATH | O_DIRECTORY | O_CLOEXEC);
  /* The root: a fresh tmpfs, pivot_root'ed into so that nothing of the host stays reachable;
   * without a mount namespace, a chroot into the scratch directory. */
  if (g_mntns && mount("tmpfs", scratch, "tmpfs", 0, TMPFS_OPTS) == 0) {
    if (chdir(scratch) == 0 && syscall(SYS_pivot_root, ".", ".") == 0 && umount2(".", MNT_DETACH) == 0 && chdir("/") == 0)
      g_pivoted = 1;
  }
  if (!g_pivoted) {
    if (chroot(scratch) < 0) {
      snprintf(msg, sizeof msg, "needs root (chroot): %s", strerror(errno));
      reply_setup_error(resfd, 1, msg);
    }
    if (chdir("/") < 0) reply_setup_error(resfd, 1, "chdir(/) in the scratch root failed");
  }
  setsid();

  struct rlimit fdl = {FD_LIMIT_SETUP, FD_LIMIT_SETUP};
  setrlimit(RLIMIT_NOFILE, &fdl);
  g_nworkers = sc->nprocs;
  void *shared = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (shared == MAP_FAILED) reply_setup_error(resfd, 1, "mmap failed");
  g_worker_pids = shared;

  worker_t wk[64];
  pid_t self = getpid();
  for (uint32_t i = 0; i < sc->nprocs; i++) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) reply_setup_error(resfd, 1, "socketpair failed");
    pid_t pid = fork();
    if (pid < 0) reply_setup_error(resfd, 1, "fork failed");
    if (pid == 0) {
      close(sv[0]);
      worker_main(sc, i, sv[1], devdir, self);
      _exit(0);
    }
    close(sv[1]);
    wk[i].pid = pid;
    wk[i].fd = sv[0];
    wk[i].dead = 0;
    wk[i].pending = -1;
    g_worker_pids[i] = pid;
  }
  close(devdir);
  for (uint32_t i = 0; i < sc->nprocs; i++) {
    uint32_t len;
    char err[201];
    int64_t dl = now_ms() + REPLY_READ_MS;
    if (read_full_until(wk[i].fd, &len, 4, dl) < 0) {
      snprintf(msg, sizeof msg, "process %u did not start", i);
      reply_setup_error(resfd, 1, msg);
    }
    if (len) {
      if (len > 200) len = 200;
      if (read_full_until(wk[i].fd, err, len, dl) < 0) len = 0;
      err[len] = 0;
      reply_setup_error(resfd, 1, err);
    }
  }

  result_t *res = calloc(sc->nsteps ? sc->nsteps : 1, sizeof(result_t));
  int64_t *bindings = calloc(sc->nbindings ? sc->nbindings : 1, sizeof(int64_t));
  for (uint32_t i = 0; i < sc->nsteps; i++) {
    const step_t *st = &sc->steps[i];
    worker_t *w = &wk[st->proc];
    int64_t left = deadline - now_ms();
    if (left <= 0 || w->dead) continue; /* not run */
    if (w->pending >= 0) {
      int g = await_reply(w, (int)(left < (int64_t)st->timeout_ms ? left : (int64_t)st->timeout_ms), &res[w->pending]);
      if (g == 0) continue; /* still inside its earlier call: this step cannot be made */
      w->pending = -1;
      if (g < 0) continue;
    }
    if (st->nr == DIR_MAPS) {
      read_maps(w->pid, &res[i]);
      continue;
    }
    /* The step's index, then the bindings as the steps so far (in order) made them. */
    buf_t msgb = {0};
    uint32_t idx = i;
    buf_u32(&msgb, idx);
    if (sc->nbindings) {
      for (uint32_t j = 0; j < i; j++) {
        const step_t *sj = &sc->steps[j];
        if (sj->bind >= 0 && res[j].completed && !(res[j].ret < 0 && res[j].ret > -4096)) bindings[sj->bind] = res[j].ret;
      }
      buf_put(&msgb, bindings, sc->nbindings * sizeof(int64_t));
    }
    int wr = write_full(w->fd, msgb.p, msgb.n);
    free(msgb.p);
    if (wr < 0) {
      w->dead = 1;
      continue;
    }
    left = deadline - now_ms();
    int t = st->timeout_ms < (uint32_t)(left > 0 ? left : 0) ? (int)st->timeout_ms : (int)(left > 0 ? left : 0);
    int g = await_call(w, t, &res[i], deadline);
    if (g == 0) {
      res[i].blocked = 1;
      w->pending = i;
    }
    settle(wk, sc->nprocs, res, deadline);
  }
  collect_pending(wk, sc->nprocs, res, END_GRACE_MS);
  alarm(0);

  for (uint32_t i = 0; i < sc->nprocs; i++) kill(wk[i].pid, SIGKILL);
  for (uint32_t i = 0; i < sc->nprocs; i++)
    while (waitpid(wk[i].pid, NULL, 0) < 0 && errno == EINTR) {}
  while (waitpid(-1, NULL, WNOHANG) > 0) {}

  buf_t b = {0};
  buf_u32(&b, 0);
  buf_u32(&b, 0);
  buf_u32(&b, sc->nsteps);
  for (uint32_t i = 0; i < sc->nsteps; i++) {
    result_t *r = &res[i];
    buf_u8(&b, r->blocked);
    buf_u8(&b, r->completed);
    buf_i64(&b, r->completed ? r->ret : 0);
    if (r->completed && r->outs) buf_put(&b, r->outs, r->outslen);
    else buf_u32(&b, 0);
  }
  if (write_full(resfd, b.p, b.n) < 0) _exit(4);
  _exit(0);
}

/* ---------------------------------------------------------------------------------------- */
/* The driver                                                                                */

/* Removes a directory tree without following symlinks; clears immutable/append-only flags a
 * root scenario may have set. */
static void rm_tree_at(int parent, const char *name, int depth) {
  if (unlinkat(parent, name, 0) == 0) return;
  if (errno == EPERM || errno == EACCES) {
    int fd = openat(parent, name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (fd >= 0) {
      int zero = 0;
      ioctl(fd, FS_IOC_SETFLAGS, &zero);
      close(fd);
    }
    if (unlinkat(parent, name, 0) == 0) return;
  }
  if (depth > 4000) return;
  int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return;
  int zero = 0;
  ioctl(fd, FS_IOC_SETFLAGS, &zero);
  fchmod(fd, 0700);
  DIR *d = fdopendir(fd);
  if (!d) {
    close(fd);
    return;
  }
  /* Several passes: entries are removed while the directory is read. */
  for (int pass = 0; pass < 3; pass++) {
    struct dirent *e;
    int left = 0;
    rewinddir(d);
    while ((e = readdir(d))) {
      if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
      rm_tree_at(dirfd(d), e->d_name, depth + 1);
      left = 1;
    }
    if (!left) break;
  }
  closedir(d);
  unlinkat(parent, name, AT_REMOVEDIR);
}

static void rm_scratch(const char *path) {
  if (rmdir(path) == 0 || errno == ENOENT) return;
  rm_tree_at(AT_FDCWD, path, 0);
}

typedef struct {
  int active;
  uint32_t index;
  pid_t pid;
  int fd;
  char scratch[4096];
  buf_t got;
} slot_t;

typedef struct {
  int done;
  buf_t reply;
} done_t;

static void setup_error_reply(buf_t *b, uint32_t status, const char *msg) {
  buf_u32(b, status);
  buf_u32(b, (uint32_t)strlen(msg));
  buf_put(b, msg, strlen(msg));
  buf_u32(b, 0);
}

static void start_scenario(slot_t *sl, const scenario_t *sc, uint32_t index, done_t *done) {
  sl->index = index;
  sl->got.n = 0;
  if (sc->error[0]) {
    setup_error_reply(&done[index].reply, 2, sc->error);
    done[index].done = 1;
    return;
  }
  if (!g_is_root) {
    setup_error_reply(&done[index].reply, 1, "needs root (chroot)");
    done[index].done = 1;
    return;
  }
  snprintf(sl->scratch, sizeof sl->scratch, "%s/linuxsim-conf-XXXXXX", g_scratch_base);
  if (!mkdtemp(sl->scratch) || chmod(sl->scratch, 0755) < 0 || chown(sl->scratch, 0, 0) < 0) {
    char m[300];
    snprintf(m, sizeof m, "cannot make a scratch directory in %s: %s", g_scratch_base, strerror(errno));
    setup_error_reply(&done[index].reply, 1, m);
    done[index].done = 1;
    return;
  }
  int p[2];
  if (pipe2(p, O_CLOEXEC) < 0) die("pipe: %s", strerror(errno));
  fflush(stdout);
  fflush(stderr);
  long pid = syscall(SYS_clone, g_clone_ns | SIGCHLD, 0, 0, 0, 0);
  if (pid < 0) die("clone: %s", strerror(errno));
  if (pid == 0) {
    /* Keep only stderr and the result pipe. */
    int resfd = fcntl(p[1], F_DUPFD_CLOEXEC, 3);
    if (resfd != 3) {
      dup2(p[1], 3);
      resfd = 3;
    }
    if (syscall(SYS_close_range, 4, ~0U, 0) < 0)
      for (int fd = 4; fd < 1024; fd++) close(fd);
    int nul = open("/dev/null", O_RDWR);
    if (nul >= 0) {
      dup2(nul, 0);
      dup2(nul, 1);
      if (nul > 3) close(nul);
    }
    scenario_root(sc, sl->scratch, resfd);
    _exit(0);
  }
  close(p[1]);
  sl->active = 1;
  sl->pid = (pid_t)pid;
  sl->fd = p[0];
}

static void finish_scenario(slot_t *sl, done_t *done) {
  int st = 0;
  while (waitpid(sl->pid, &st, 0) < 0 && errno == EINTR) {}
  close(sl->fd);
  rm_scratch(sl->scratch);
  done_t *d = &done[sl->index];
  if (WIFEXITED(st) && WEXITSTATUS(st) == 0 && sl->got.n >= 12) {
    buf_put(&d->reply, sl->got.p, sl->got.n);
  } else {
    char m[200];
    if (WIFEXITED(st) && WEXITSTATUS(st) == 3)
      snprintf(m, sizeof m, "the scenario ran out of time (%d s)", SCENARIO_ALARM_S);
    else if (WIFSIGNALED(st))
      snprintf(m, sizeof m, "the scenario root was killed by signal %d", WTERMSIG(st));
    else
      snprintf(m, sizeof m, "the scenario root failed (exit status %d)", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    setup_error_reply(&d->reply, 3, m);
  }
  d->done = 1;
  sl->active = 0;
}

static void probe(void) {
  printf("root=%d\n", g_is_root);
  printf("scratch=%s\n", g_scratch_base);
  printf("tmpfs=%d\n", g_base_is_tmpfs);
  printf("mntns=%d\n", (g_clone_ns & CLONE_NEWNS) != 0);
  printf("pidns=%d\n", (g_clone_ns & CLONE_NEWPID) != 0);
  printf("netns=%d\n", (g_clone_ns & CLONE_NEWNET) != 0);
  printf("ipcns=%d\n", (g_clone_ns & CLONE_NEWIPC) != 0);
  printf("utsns=%d\n", (g_clone_ns & CLONE_NEWUTS) != 0);
  printf("protocol=%u\n", PROTOCOL_VERSION);
}

int main(int argc, char **argv) {
  int jobs = 1, do_probe = 0, use_ns = 1;
  const char *base = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--probe")) do_probe = 1;
    else if (!strcmp(argv[i], "--jobs") && i + 1 < argc) jobs = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--scratch-base") && i + 1 < argc) base = argv[++i];
    else if (!strcmp(argv[i], "--no-namespaces")) use_ns = 0;
    else die("usage: executor [--probe] [--jobs N] [--scratch-base DIR] [--no-namespaces] < request > reply");
  }
  if (jobs < 1) jobs = 1;
  if (jobs > 64) jobs = 64;
  signal(SIGPIPE, SIG_IGN);
  decide_host(base, use_ns);
  if (do_probe) {
    probe();
    return 0;
  }

  buf_t req = {0};
  for (;;) {
    uint8_t chunk[65536];
    ssize_t k = read(0, chunk, sizeof chunk);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) die("reading the request: %s", strerror(errno));
    if (k == 0) break;
    buf_put(&req, chunk, (size_t)k);
  }
  rd_t r = {req.p, req.p + req.n};
  if (rd_u32(&r) != PROTOCOL_MAGIC) die("protocol: bad magic (not a conformance request)");
  uint32_t version = rd_u32(&r);
  if (version != PROTOCOL_VERSION) die("protocol: version %u, this executor speaks %u (stale binary?)", version, PROTOCOL_VERSION);
  uint32_t n = rd_u32(&r);
  scenario_t *sc = calloc(n ? n : 1, sizeof(scenario_t));
  done_t *done = calloc(n ? n : 1, sizeof(done_t));
  if (!sc || !done) die("out of memory");
  for (uint32_t i = 0; i < n; i++) parse_scenario(&r, &sc[i]);
  if (r.p != r.end) die("protocol: %zu unexpected bytes after the request", (size_t)(r.end - r.p));

  slot_t *slots = calloc((size_t)jobs, sizeof(slot_t));
  uint32_t next = 0, written = 0;
  while (written < n) {
    /* Start scenarios in free slots. */
    for (int j = 0; j < jobs && next < n; j++) {
      if (slots[j].active) continue;
      start_scenario(&slots[j], &sc[next], next, done);
      next++;
    }
    /* Write every finished reply that is next in order. */
    while (written < n && done[written].done) {
      if (write_full(1, done[written].reply.p, done[written].reply.n) < 0) die("writing the reply: %s", strerror(errno));
      free(done[written].reply.p);
      done[written].reply.p = NULL;
      written++;
    }
    /* Read from the running scenario roots. */
    struct pollfd pf[64];
    int idx[64], m = 0;
    for (int j = 0; j < jobs; j++)
      if (slots[j].active) {
        pf[m].fd = slots[j].fd;
        pf[m].events = POLLIN;
        pf[m].revents = 0;
        idx[m++] = j;
      }
    if (m == 0) continue;
    int k = poll(pf, (nfds_t)m, -1);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) die("poll: %s", strerror(errno));
    for (int q = 0; q < m; q++) {
      if (!pf[q].revents) continue;
      slot_t *sl = &slots[idx[q]];
      uint8_t chunk[65536];
      ssize_t got = read(sl->fd, chunk, sizeof chunk);
      if (got < 0 && errno == EINTR) continue;
      if (got > 0) buf_put(&sl->got, chunk, (size_t)got);
      else finish_scenario(sl, done);
    }
  }
  return 0;
}
