// test/signals/host/eintr.c — what Linux does to a blocking call interrupted by a handled
// signal, with and without SA_RESTART: read on a pipe, nanosleep (rem), wait4, flock.
// The parent blocks; a child sends SIGUSR1 after 100 ms (and, for the restart cases, finishes
// the call's condition 100 ms later). Run by ./run.sh; its output is quoted in eintr.test.ts.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int hits;
static void on_usr1(int s) { (void)s; hits++; }

static void setup(int restart) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sa.sa_flags = restart ? SA_RESTART : 0;
  sigaction(SIGUSR1, &sa, NULL);
  hits = 0;
}

static void report(const char *what, int restart, long r) {
  printf("%s %s: ret=%ld errno=%s handler=%d\n", what, restart ? "SA_RESTART" : "no-restart", r,
         r < 0 ? strerrorname_np(errno) : "-", hits);
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  pid_t me = getpid();
  for (int restart = 0; restart < 2; restart++) {
    // read on a pipe
    int p[2];
    pipe(p);
    setup(restart);
    pid_t c = fork();
    if (c == 0) { usleep(100000); kill(me, SIGUSR1); usleep(100000); write(p[1], "x", 1); _exit(0); }
    char b[4];
    long r = read(p[0], b, 4);
    report("read", restart, r);
    waitpid(c, NULL, 0);
    close(p[0]); close(p[1]);

    // nanosleep
    setup(restart);
    c = fork();
    if (c == 0) { usleep(100000); kill(me, SIGUSR1); _exit(0); }
    struct timespec req = {1, 0}, rem = {0, 0};
    r = nanosleep(&req, &rem);
    printf("nanosleep %s: ret=%ld errno=%s handler=%d rem>=0.8s:%d\n", restart ? "SA_RESTART" : "no-restart", r,
           r < 0 ? strerrorname_np(errno) : "-", hits, rem.tv_sec == 0 && rem.tv_nsec >= 800000000);
    waitpid(c, NULL, 0);

    // wait4
    setup(restart);
    pid_t child = fork();
    if (child == 0) { usleep(200000); _exit(7); }
    c = fork();
    if (c == 0) { usleep(100000); kill(me, SIGUSR1); _exit(0); }
    int st = 0;
    r = wait4(child, &st, 0, NULL);
    report("wait4", restart, r == child ? 1 : r);
    waitpid(child, NULL, 0);
    waitpid(c, NULL, 0);

    // flock
    setup(restart);
    int fd = open("/tmp/eintr-flock", O_RDWR | O_CREAT, 0600);
    c = fork();
    if (c == 0) {
      int f2 = open("/tmp/eintr-flock", O_RDWR);
      flock(f2, LOCK_EX);
      usleep(100000); kill(me, SIGUSR1); usleep(100000);
      _exit(0);
    }
    usleep(50000);
    r = flock(fd, LOCK_EX);
    report("flock", restart, r);
    waitpid(c, NULL, 0);
    close(fd);
  }
  return 0;
}
