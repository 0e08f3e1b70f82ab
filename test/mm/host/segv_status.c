// test/mm/host/segv_status.c — the wait status of a child killed by SIGSEGV for a store to a
// PROT_READ page, with RLIMIT_CORE 0 and unlimited (recorded in test/mm/sigsegv.test.ts).
#include <signal.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static void run(rlim_t core) {
  pid_t c = fork();
  if (c == 0) {
    struct rlimit rl = {core, core};
    setrlimit(RLIMIT_CORE, &rl);
    if (chdir("/tmp") != 0) _exit(2);
    volatile char *p = mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    p[0] = 1;
    _exit(0);
  }
  int st;
  waitpid(c, &st, 0);
  printf("core=%s status=0x%x WIFSIGNALED=%d WTERMSIG=%d WCOREDUMP=%d\n", core ? "unlimited" : "0", st,
         WIFSIGNALED(st), WTERMSIG(st), WCOREDUMP(st));
}

int main(void) {
  run(0);
  run(RLIM_INFINITY);
  return 0;
}
