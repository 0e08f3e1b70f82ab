/* test/replay/signals.c — a small C program whose strace logs `linuxsim replay` replays (see
 * ./README.md; ./record.sh compiles it and records the committed logs): signals sent to itself
 * with their default dispositions — ignored (SIGCHLD, SIGWINCH: strace still shows them), and
 * at the end a write to a pipe with no reader, which raises SIGPIPE and kills it.
 * Change it only together with the logs (re-run record.sh) and the counts in replay.test.ts. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s) { (void)!write(1, s, strlen(s)); }

int main(void) {
  pid_t me = getpid();
  say("signals: start\n");
  kill(me, 0);
  kill(me, 9999);                       /* EINVAL */
  kill(4194303, 0);                     /* ESRCH: above any pid in use */
  kill(me, SIGCHLD);                    /* ignored by default */
  tgkill(me, gettid(), SIGWINCH);       /* ignored by default */
  int p[2];
  pipe(p);
  close(p[0]);
  say("signals: a broken pipe\n");
  (void)!write(p[1], "x", 1);           /* EPIPE, and SIGPIPE kills the process */
  say("signals: not reached\n");
  return 0;
}
