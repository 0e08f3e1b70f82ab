/* test/bench/host_vfs_bench.c — the host kernel's column of the "VFS at scale" rows of
 * `npm run bench` (test/bench/vfs_scale.ts runs the same protocol on linuxsim and memfs):
 * files created, stat-ed, listed and removed in one directory, and a big file written and read
 * in 1 MiB chunks. Compiled at bench time with the host's gcc (-O2).
 * usage: host_vfs_bench <empty dir on tmpfs> <files> <big-file MiB> <reps>
 * Prints "name value" lines: per-file ns (create/stat/unlink: the mean over the second half of
 * the files, i.e. with the directory between files/2 and files entries), readdir ns/entry,
 * write/read GB/s (medians over reps), and kernel memory per empty file in bytes (from
 * /proc/meminfo's Slab + Shmem difference). */

#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

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

/* Slab + Shmem from /proc/meminfo, in kB: what a tmpfs file costs the kernel. */
static long kernel_kb(void) {
  FILE *f = fopen("/proc/meminfo", "r");
  char line[256];
  long total = 0, v;
  if (!f) return -1;
  while (fgets(line, sizeof line, f)) {
    if (sscanf(line, "Slab: %ld kB", &v) == 1) total += v;
  }
  fclose(f);
  return total;
}

int main(int argc, char **argv) {
  if (argc < 5) { fprintf(stderr, "usage: %s dir files mib reps\n", argv[0]); return 2; }
  const char *dir = argv[1];
  long files = atol(argv[2]);
  long mib = atol(argv[3]);
  int reps = atoi(argv[4]);
  char name[64];
  if (chdir(dir) != 0) { perror("chdir"); return 1; }
  if (mkdir("d", 0755) != 0 || chdir("d") != 0) { perror("mkdir d"); return 1; }

  sync();
  long kb0 = kernel_kb();
  double t0 = 0;
  for (long i = 0; i < files; i++) {
    if (i == files / 2) t0 = now_ns();
    snprintf(name, sizeof name, "f%ld", i);
    int fd = open(name, O_WRONLY | O_CREAT, 0644);
    if (fd < 0) { perror("open"); return 1; }
    close(fd);
  }
  printf("create %.1f\n", (now_ns() - t0) / (files - files / 2));
  long kb1 = kernel_kb();
  if (kb0 >= 0 && kb1 >= kb0) printf("bytes_per_file %.0f\n", (kb1 - kb0) * 1024.0 / files);

  struct stat st;
  for (long i = 0; i < files; i++) {
    if (i == files / 2) t0 = now_ns();
    snprintf(name, sizeof name, "f%ld", i);
    if (stat(name, &st) != 0) { perror("stat"); return 1; }
  }
  printf("stat %.1f\n", (now_ns() - t0) / (files - files / 2));

  double per[64];
  int nr = reps < 64 ? reps : 64;
  static char dbuf[1 << 16];
  for (int r = 0; r < nr; r++) {
    int fd = open(".", O_RDONLY | O_DIRECTORY);
    long entries = 0;
    double a = now_ns();
    for (;;) {
      long n = syscall(SYS_getdents64, fd, dbuf, sizeof dbuf);
      if (n < 0) { perror("getdents64"); return 1; }
      if (n == 0) break;
      for (long o = 0; o < n; o += *(unsigned short *)(dbuf + o + 16)) entries++;
    }
    per[r] = (now_ns() - a) / entries;
    close(fd);
  }
  printf("readdir %.2f\n", median(per, nr));

  for (long i = 0; i < files; i++) {
    if (i == files / 2) t0 = now_ns();
    snprintf(name, sizeof name, "f%ld", i);
    if (unlink(name) != 0) { perror("unlink"); return 1; }
  }
  printf("unlink %.1f\n", (now_ns() - t0) / (files - files / 2));

  /* The big file: a new file each rep, written in 1 MiB chunks, then read back. */
  char *chunk = malloc(1 << 20);
  memset(chunk, 'x', 1 << 20);
  double w[64], rd[64];
  for (int r = 0; r < nr; r++) {
    int fd = open("big", O_RDWR | O_CREAT | O_TRUNC, 0644);
    double a = now_ns();
    for (long i = 0; i < mib; i++) {
      if (write(fd, chunk, 1 << 20) != 1 << 20) { perror("write"); return 1; }
    }
    w[r] = mib * 1048576.0 / (now_ns() - a);
    lseek(fd, 0, SEEK_SET);
    a = now_ns();
    for (long i = 0; i < mib; i++) {
      if (read(fd, chunk, 1 << 20) != 1 << 20) { perror("read"); return 1; }
    }
    rd[r] = mib * 1048576.0 / (now_ns() - a);
    close(fd);
    unlink("big");
  }
  printf("write_gbs %.2f\n", median(w, nr));
  printf("read_gbs %.2f\n", median(rd, nr));
  return 0;
}
