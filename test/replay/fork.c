/* test/replay/fork.c — a small C program that forks, for a `strace -f` log (see ./README.md;
 * ./record.sh records it): the parent waits for the child on a pipe and with wait4, so the log
 * shows two pids, calls cut by `<unfinished ...>` and resumed, the child's exit and SIGCHLD.
 * linuxsim does not replay a raw fork yet: the replayer parses it all and reports every call
 * from the fork on as unsupported. Change it only together with its log and replay.test.ts. */
#define _GNU_SOURCE
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  char buf[8];
  int p[2];
  int status;
  (void)!write(1, "fork: start\n", 12);
  pipe(p);
  pid_t c = fork();
  if (c == 0) {
    usleep(20000);                      /* the parent reaches read() first and sleeps there */
    (void)!write(p[1], "x", 1);
    _exit(7);
  }
  close(p[1]);
  (void)!read(p[0], buf, 1);
  waitpid(c, &status, 0);
  (void)!write(1, "fork: done\n", 11);
  return WEXITSTATUS(status) == 7 ? 0 : 1;
}
