/* test/replay/files.c — a small C program whose strace logs `linuxsim replay` replays (see
 * ./README.md; ./record.sh compiles it and records the committed logs). It makes the file,
 * directory, descriptor and identity calls linuxsim implements, successes and errors, with
 * relative paths only, in an empty working directory, and writes its progress with write(2).
 * Change it only together with the logs (re-run record.sh) and the counts in replay.test.ts. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

static void say(const char *s) { (void)!write(1, s, strlen(s)); }

int main(void) {
  char buf[256];
  char cwd[256];
  struct stat st;
  struct statx stx;
  struct utsname un;

  /* Who and where. */
  (void)!getcwd(cwd, sizeof cwd);
  say("files: start\n");
  (void)getpid();
  (void)getppid();
  (void)gettid();
  (void)getuid();
  (void)geteuid();
  (void)getgid();
  (void)getegid();
  uname(&un);
  mode_t old = umask(022);
  (void)old;

  /* A file: create, write, read back, positions. */
  int fd = openat(AT_FDCWD, "a.txt", O_RDWR | O_CREAT | O_EXCL, 0644);
  (void)!write(fd, "hello, world\n", 13);
  lseek(fd, 0, SEEK_SET);
  (void)!read(fd, buf, 5);
  (void)!read(fd, buf, 100);
  (void)!read(fd, buf, 100);                /* end of file: 0 */
  (void)!pwrite(fd, "HELLO", 5, 0);
  (void)!pread(fd, buf, 20, 0);
  (void)!pread(fd, buf, 20, 100);           /* beyond the end: 0 */
  lseek(fd, 0, SEEK_END);
  lseek(fd, -3, SEEK_CUR);
  lseek(fd, 0, 42);                         /* EINVAL */
  lseek(fd, -100, SEEK_SET);                /* EINVAL */
  (void)!pwrite(fd, "!", 1, 20);            /* a hole: the size becomes 21 */
  fstat(fd, &st);
  close(fd);

  /* A host file: the replayer skips its calls and keeps its fd occupied, so that the next
   * open gets the same fd in linuxsim as here. */
  int zero = open("/dev/zero", O_RDONLY);
  (void)!read(zero, buf, 4);
  int own = open("a.txt", O_RDONLY);
  (void)!read(own, buf, 5);
  int zero2 = dup(zero);
  close(zero);
  close(own);
  own = open("a.txt", O_RDONLY);            /* the lowest free fd: zero's */
  close(own);
  close(zero2);

  /* Errors on paths. */
  openat(AT_FDCWD, "missing", O_RDONLY);                         /* ENOENT */
  openat(AT_FDCWD, "a.txt", O_WRONLY | O_CREAT | O_EXCL, 0644);  /* EEXIST */
  openat(AT_FDCWD, "a.txt/x", O_RDONLY);                         /* ENOTDIR */
  openat(AT_FDCWD, "a.txt", O_RDONLY | O_DIRECTORY);             /* ENOTDIR */
  stat("missing/x", &st);                                        /* ENOENT */

  /* Descriptors: errors, duplicates, flags. */
  (void)!read(99, buf, 1);                  /* EBADF */
  (void)!write(-1, "x", 1);                 /* EBADF */
  close(99);                                /* EBADF */
  fd = open("a.txt", O_RDONLY);
  (void)!write(fd, "x", 1);                 /* EBADF: not open for writing */
  int d1 = dup(fd);
  int d2 = dup2(fd, 10);
  int d3 = dup3(fd, 11, O_CLOEXEC);
  dup3(fd, fd, 0);                          /* EINVAL */
  fcntl(fd, F_GETFL);
  fcntl(d3, F_GETFD);
  fcntl(d1, F_SETFD, FD_CLOEXEC);
  fcntl(d1, F_GETFD);
  int d4 = fcntl(fd, F_DUPFD, 20);
  int d5 = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  fcntl(fd, F_SETFL, O_NONBLOCK | O_APPEND);
  fcntl(fd, F_GETFL);
  close(d1); close(d2); close(d3); close(d4); close(d5);
  close(fd);

  /* Append mode and truncation. */
  fd = open("a.txt", O_WRONLY | O_APPEND);
  (void)!write(fd, "more\n", 5);
  fstat(fd, &st);
  close(fd);
  fd = creat("b.txt", 0600);
  (void)!write(fd, "b\n", 2);
  close(fd);
  fd = open("b.txt", O_WRONLY | O_TRUNC);
  fstat(fd, &st);
  close(fd);

  /* umask applies to new files. */
  umask(077);
  fd = open("c.txt", O_WRONLY | O_CREAT, 0666);
  fstat(fd, &st);
  close(fd);
  umask(022);

  /* Directories. */
  mkdir("d", 0755);
  mkdir("d", 0755);                         /* EEXIST */
  mkdir("x/y", 0755);                       /* ENOENT */
  mkdir("a.txt/y", 0755);                   /* ENOTDIR */
  mkdirat(AT_FDCWD, "d/e", 0700);
  int dfd = open("d", O_RDONLY | O_DIRECTORY);
  mkdirat(dfd, "f", 0750);
  int ffd = openat(dfd, "g.txt", O_WRONLY | O_CREAT | O_TRUNC, 0640);
  (void)!write(ffd, "g", 1);
  close(ffd);
  fstatat(dfd, "g.txt", &st, 0);
  fstatat(dfd, "f", &st, AT_SYMLINK_NOFOLLOW);
  statx(AT_FDCWD, "d/g.txt", 0, STATX_BASIC_STATS, &stx);
  statx(dfd, "", AT_EMPTY_PATH, STATX_BASIC_STATS, &stx);
  statx(AT_FDCWD, "d/none", 0, STATX_BASIC_STATS, &stx);       /* ENOENT */
  open("d", O_WRONLY);                                          /* EISDIR */
  rmdir("d");                                                   /* ENOTEMPTY */
  unlink("d");                                                  /* EISDIR */
  rmdir("a.txt");                                               /* ENOTDIR */
  fstat(dfd, &st);

  /* Listing a directory: raw getdents64, then readdir (malloc: brk). */
  char dents[4096];
  (void)!getdents64(dfd, dents, sizeof dents);
  (void)!getdents64(dfd, dents, sizeof dents);  /* the end: 0 */
  (void)!getdents64(99, dents, sizeof dents);   /* EBADF */
  int afd = open("a.txt", O_RDONLY);
  (void)!getdents64(afd, dents, sizeof dents);  /* ENOTDIR */
  close(afd);
  DIR *dir = opendir("d");
  int entries = 0;
  while (readdir(dir) != NULL) entries++;
  closedir(dir);
  void *big = malloc(200000);                   /* mmap in glibc: its threshold is 128 KiB */
  free(big);

  /* Symbolic links. */
  symlink("a.txt", "link");
  symlink("a.txt", "link");                     /* EEXIST */
  symlink("loop2", "loop1");
  symlink("loop1", "loop2");
  (void)!readlink("link", buf, sizeof buf);
  (void)!readlink("link", buf, 3);              /* truncated, not NUL-terminated */
  (void)!readlink("a.txt", buf, sizeof buf);    /* EINVAL */
  (void)!readlink("missing", buf, sizeof buf);  /* ENOENT */
  symlinkat("../a.txt", dfd, "up");
  (void)!readlinkat(dfd, "up", buf, sizeof buf);
  stat("link", &st);
  lstat("link", &st);
  openat(AT_FDCWD, "loop1", O_RDONLY);          /* ELOOP */
  openat(AT_FDCWD, "link", O_RDONLY | O_NOFOLLOW);  /* ELOOP */
  fd = openat(AT_FDCWD, "d/up", O_RDONLY);
  (void)!read(fd, buf, sizeof buf);
  close(fd);

  /* Names that are too long. */
  char longname[300];
  memset(longname, 'n', sizeof longname - 1);
  longname[sizeof longname - 1] = '\0';
  openat(AT_FDCWD, longname, O_RDONLY);         /* ENAMETOOLONG */

  /* The working directory. */
  chdir("d");
  (void)!getcwd(buf, sizeof buf);
  chdir("g.txt");                               /* ENOTDIR */
  chdir("..");
  fchdir(dfd);
  (void)!getcwd(buf, sizeof buf);
  (void)!getcwd(buf, 1);                        /* ERANGE */
  chdir("..");
  (void)!getcwd(buf, sizeof buf);

  /* Pipes. */
  int p[2];
  pipe2(p, O_NONBLOCK);
  (void)!read(p[0], buf, sizeof buf);           /* EAGAIN */
  (void)!write(p[1], "through the pipe", 16);
  (void)!read(p[0], buf, 7);
  (void)!read(p[0], buf, sizeof buf);
  lseek(p[0], 0, SEEK_SET);                     /* ESPIPE */
  (void)!pread(p[0], buf, 1, 0);                /* ESPIPE */
  fstat(p[0], &st);
  fcntl(p[1], F_GETFL);
  close(p[1]);
  (void)!read(p[0], buf, sizeof buf);           /* end of file: 0 */
  close(p[0]);

  /* Randomness and a short sleep. */
  (void)!getrandom(buf, 16, 0);
  struct timespec ts = {0, 1000000};
  nanosleep(&ts, NULL);

  /* Cleaning up. */
  unlink("link");
  unlink("loop1");
  unlink("loop2");
  unlinkat(dfd, "up", 0);
  unlinkat(dfd, "g.txt", 0);
  unlinkat(dfd, "e", AT_REMOVEDIR);
  unlinkat(dfd, "f", AT_REMOVEDIR);
  close(dfd);
  close_range(3, ~0U, 0);
  rmdir("d");
  rmdir("d");                                   /* ENOENT */
  unlink("missing");                            /* ENOENT */
  unlink("a.txt");
  unlink("b.txt");
  unlink("c.txt");
  say("files: done\n");
  return entries == 5 ? 0 : 1;  /* ., .., e, f, g.txt */
}
