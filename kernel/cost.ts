// kernel/cost.ts — the fixed cost model that makes CPU time and the clock deterministic.
// Real time never enters linuxsim: a task is charged USER_NS of user time for the work it
// did since its previous syscall, and SYSCALL_NS of system time for each syscall, and
// CLOCK_MONOTONIC advances by both (one CPU: time passes only while something runs, or
// jumps to the next timer when every task sleeps). Change these numbers only with the
// golden transcripts that print times (they change with them).

/** User time charged at each syscall entry, for the program's work since its last call. */
export const USER_NS = 500;
/** System time charged for each syscall. */
export const SYSCALL_NS = 500;
/** A task runs this long (virtual time) before another runnable task gets the CPU. */
export const TIME_SLICE_NS = 4_000_000;
