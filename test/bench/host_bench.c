/* test/bench/host_bench.c — the host kernel's column of `npm run bench`: the same operations as
 * the linuxsim rows, timed with the same scheme (warm-up, then batches sized to ~SAMPLE_MS each,
 * the median of the per-op times). Compiled at bench time with the host's gcc (-O2) by
 * test/bench/bench.ts; usage: host_bench <dir-with-a/b/c/d/e/f> <sample_ms> <samples> [rows].
 * Prints one "name ns_per_op" line per row. getpid goes through syscall(SYS_getpid), never a
 * cached libc value. */

#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double sample_ms = 5;
static int nsamples = 31;
static char path[4096];
static int fd_rw = -1;
static int pa[2], pb[2];
static unsigned char buf[4096];

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

typedef void (*op_fn)(long n);

static void op_getpid(long n) {
  for (long i = 0; i < n; i++) syscall(SYS_getpid);
}
static void op_open_close(long n) {
  for (long i = 0; i < n; i++) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) { perror("open"); exit(1); }
    close(fd);
  }
}
static void op_stat(long n) {
  struct stat st;
  for (long i = 0; i < n; i++) {
    if (stat(path, &st) != 0) { perror("stat"); exit(1); }
  }
}
static void op_pwrite_pread(long n) {
  for (long i = 0; i < n; i++) {
    if (pwrite(fd_rw, buf, 4096, 0) != 4096) { perror("pwrite"); exit(1); }
    if (pread(fd_rw, buf, 4096, 0) != 4096) { perror("pread"); exit(1); }
  }
}
static void op_pwrite(long n) {
  for (long i = 0; i < n; i++) {
    if (pwrite(fd_rw, buf, 4096, 0) != 4096) { perror("pwrite"); exit(1); }
  }
}
static void op_pread(long n) {
  for (long i = 0; i < n; i++) {
    if (pread(fd_rw, buf, 4096, 0) != 4096) { perror("pread"); exit(1); }
  }
}
static void op_pipe_rtt(long n) {
  unsigned char c = 1;
  for (long i = 0; i < n; i++) {
    if (write(pa[1], &c, 1) != 1) { perror("write"); exit(1); }
    if (read(pb[0], &c, 1) != 1) { perror("read"); exit(1); }
  }
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Warm up, size a batch to ~sample_ms, then the median over nsamples batches (ns per op). */
static double measure(op_fn f) {
  long n = 1;
  double t;
  for (;;) {
    double t0 = now_ns();
    f(n);
    t = now_ns() - t0;
    if (t >= sample_ms * 1e6 / 4) break;
    n *= 2;
  }
  n = (long)((double)n * (sample_ms * 1e6) / t);
  if (n < 1) n = 1;
  f(n); /* one more full-size warm-up batch */
  double *s = malloc(sizeof(double) * nsamples);
  for (int i = 0; i < nsamples; i++) {
    double t0 = now_ns();
    f(n);
    s[i] = (now_ns() - t0) / (double)n;
  }
  qsort(s, nsamples, sizeof(double), cmp_double);
  double m = s[nsamples / 2];
  free(s);
  return m;
}

static int wanted(const char *rows, const char *name) {
  if (!rows) return 1;
  char list[1024];
  snprintf(list, sizeof list, ",%s,", rows);
  char key[128];
  snprintf(key, sizeof key, ",%s,", name);
  return strstr(list, key) != NULL;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: %s dir sample_ms samples [rows]\n", argv[0]);
    return 2;
  }
  snprintf(path, sizeof path, "%s/a/b/c/d/e/f", argv[1]);
  sample_ms = atof(argv[2]);
  nsamples = atoi(argv[3]);
  const char *rows = argc > 4 ? argv[4] : NULL;
  memset(buf, 'x', sizeof buf);

  if (wanted(rows, "getpid")) printf("getpid %.2f\n", measure(op_getpid));
  if (wanted(rows, "open_close")) printf("open_close %.2f\n", measure(op_open_close));
  if (wanted(rows, "stat")) printf("stat %.2f\n", measure(op_stat));
  if (wanted(rows, "pwrite_pread") || wanted(rows, "pwrite") || wanted(rows, "pread")) {
    fd_rw = open(path, O_RDWR);
    if (fd_rw < 0) { perror("open rw"); return 1; }
    if (wanted(rows, "pwrite_pread")) printf("pwrite_pread %.2f\n", measure(op_pwrite_pread));
    if (wanted(rows, "pwrite")) printf("pwrite %.2f\n", measure(op_pwrite));
    if (wanted(rows, "pread")) printf("pread %.2f\n", measure(op_pread));
    close(fd_rw);
  }
  if (wanted(rows, "pipe_rtt")) {
    if (pipe(pa) != 0 || pipe(pb) != 0) { perror("pipe"); return 1; }
    fflush(stdout);
    pid_t child = fork();
    if (child < 0) { perror("fork"); return 1; }
    if (child == 0) {
      /* pong: echo every byte from pipe A to pipe B until A reaches end-of-file */
      close(pa[1]);
      close(pb[0]);
      unsigned char c;
      while (read(pa[0], &c, 1) == 1) {
        if (write(pb[1], &c, 1) != 1) _exit(1);
      }
      _exit(0);
    }
    close(pa[0]);
    close(pb[1]);
    printf("pipe_rtt %.2f\n", measure(op_pipe_rtt));
    close(pa[1]);
    waitpid(child, NULL, 0);
  }
  return 0;
}
