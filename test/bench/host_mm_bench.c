/* test/bench/host_mm_bench.c — the host kernel's column of the "Memory" rows of `npm run bench`
 * (test/bench/mm_bench.ts runs the same protocol on linuxsim): fork + _exit + waitpid of a small
 * process and of one that touched 256 MiB of private anonymous memory, mmap + munmap of 1 GiB
 * never touched, and the first write to each page of a fresh anonymous region of 4 and 64 MiB.
 * Compiled at bench time with the host's gcc (-O2).
 * usage: host_mm_bench [ms per measurement]
 * Prints "name value" lines, ns per operation (medians of batches; the first-write rows: the
 * median over 30 rounds of a fresh region, one byte written per page, munmap not timed). */

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PAGE 4096L

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
  qsort(v, n, sizeof *v, cmp);
  return v[n / 2];
}

static double ms = 300;
static double samples[100000];

static void fork_once(void) {
  pid_t p = fork();
  if (p < 0) { perror("fork"); exit(1); }
  if (p == 0) _exit(0);
  int st;
  if (waitpid(p, &st, 0) != p) { perror("waitpid"); exit(1); }
}

static void mmap_once(void) {
  char *a = mmap(NULL, 1L << 30, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (a == MAP_FAILED) { perror("mmap"); exit(1); }
  munmap(a, 1L << 30);
}

/* Median ns per op of batches of `batch` calls over `ms` milliseconds, after a warm-up. */
static double measure(void (*op)(void), int batch) {
  double end = now_ns() + ms * 1e6 / 4;
  while (now_ns() < end) for (int i = 0; i < batch; i++) op();
  int n = 0;
  end = now_ns() + ms * 1e6;
  while (now_ns() < end && n < 100000) {
    double t0 = now_ns();
    for (int i = 0; i < batch; i++) op();
    samples[n++] = (now_ns() - t0) / batch;
  }
  return median(samples, n);
}

static double first_write(long region) {
  double per[30];
  for (int r = 0; r < 30; r++) {
    volatile char *a = mmap(NULL, region, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (a == MAP_FAILED) { perror("mmap"); exit(1); }
    double t0 = now_ns();
    for (long off = 0; off < region; off += PAGE) a[off] = 1;
    per[r] = (now_ns() - t0) / (region / PAGE);
    munmap((void *)a, region);
  }
  return median(per, 30);
}

int main(int argc, char **argv) {
  if (argc > 1) ms = atof(argv[1]);
  setvbuf(stdout, NULL, _IOLBF, 0);
  printf("fork_empty %.0f\n", measure(fork_once, 20));
  long big = 256L << 20;
  char *a = mmap(NULL, big, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (a == MAP_FAILED) { perror("mmap"); return 1; }
  for (long off = 0; off < big; off += PAGE) a[off] = 1;
  printf("fork_touched %.0f\n", measure(fork_once, 5));
  munmap(a, big);
  printf("mmap_munmap %.0f\n", measure(mmap_once, 1000));
  printf("first_write_4 %.0f\n", first_write(4L << 20));
  printf("first_write_64 %.0f\n", first_write(64L << 20));
  return 0;
}
