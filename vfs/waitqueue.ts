// vfs/waitqueue.ts — the one wait-queue mechanism of the kernel (Linux's wait_queue_head_t).
// Every blocking wait (pipe readers, wait4, console input, later sockets and epoll) parks a
// Waiter on a WaitQueue; whoever makes progress possible calls wake(). Waiters are opaque:
// a task (proc/task.ts) or, later, an epoll watch. Lives in vfs/ because vfs, net and proc
// all use it and vfs is the lowest of them; it imports nothing.

/** Something that can sleep on queues: it is told when one of them is woken. */
export interface Waiter {
  /** Called by WaitQueue.wake*(); must remove itself from every queue it waits on. */
  wake(): void;
}

export class WaitQueue {
  private waiters: Waiter[] = [];

  /** Adds `w` unless it is already waiting here. */
  add(w: Waiter): void {
    if (!this.waiters.includes(w)) this.waiters.push(w);
  }

  remove(w: Waiter): void {
    const i = this.waiters.indexOf(w);
    if (i >= 0) this.waiters.splice(i, 1);
  }

  get size(): number {
    return this.waiters.length;
  }

  has(w: Waiter): boolean {
    return this.waiters.includes(w);
  }

  /** Wakes every waiter, in the order they started waiting (deterministic). */
  wakeAll(): void {
    if (this.waiters.length === 0) return;
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w.wake();
  }
}
