// abi/epoll.ts — epoll(7) and poll(2) event bits of x86-64 Linux, named as in
// include/uapi/linux/eventpoll.h and include/uapi/asm-generic/poll.h (the same bit values: an
// epoll event mask is a poll mask plus the EPOLL* input flags in the top bits). ABI facts only;
// checked against the host's headers by test/abi/constants.host.test.ts.

// poll(2) events / revents (short)
export const POLLIN = 0x0001;
export const POLLPRI = 0x0002;
export const POLLOUT = 0x0004;
export const POLLERR = 0x0008;
export const POLLHUP = 0x0010;
export const POLLNVAL = 0x0020;
export const POLLRDNORM = 0x0040;
export const POLLRDBAND = 0x0080;
export const POLLWRNORM = 0x0100;
export const POLLWRBAND = 0x0200;
export const POLLMSG = 0x0400;
export const POLLREMOVE = 0x1000;
export const POLLRDHUP = 0x2000;
/** Kernel-internal: the wait queue is going away (never reported to user space). */
export const POLLFREE = 0x4000;
/** Kernel-internal: busy-poll hint. */
export const POLL_BUSY_LOOP = 0x8000;

// epoll_event.events (u32)
export const EPOLLIN = 0x00000001;
export const EPOLLPRI = 0x00000002;
export const EPOLLOUT = 0x00000004;
export const EPOLLERR = 0x00000008;
export const EPOLLHUP = 0x00000010;
export const EPOLLNVAL = 0x00000020;
export const EPOLLRDNORM = 0x00000040;
export const EPOLLRDBAND = 0x00000080;
export const EPOLLWRNORM = 0x00000100;
export const EPOLLWRBAND = 0x00000200;
export const EPOLLMSG = 0x00000400;
export const EPOLLRDHUP = 0x00002000;
/** Kernel-internal (io_uring wake-up marker). */
export const EPOLL_URING_WAKE = 0x08000000;
export const EPOLLEXCLUSIVE = 0x10000000;
export const EPOLLWAKEUP = 0x20000000;
export const EPOLLONESHOT = 0x40000000;
export const EPOLLET = 0x80000000;
/** Input-only flags: epoll_ctl accepts them, epoll_wait never reports them. */
export const EP_PRIVATE_BITS = EPOLLWAKEUP | EPOLLONESHOT | EPOLLET | EPOLLEXCLUSIVE;

// epoll_ctl(2) op
export const EPOLL_CTL_ADD = 1;
export const EPOLL_CTL_DEL = 2;
export const EPOLL_CTL_MOD = 3;

// epoll_create1(2)
export const EPOLL_CLOEXEC = 0o2000000;

// epoll ioctls (Linux 6.9): _IOW/_IOR(0x8A, n, struct epoll_params /* 8 bytes */)
export const EPOLL_IOC_TYPE = 0x8a;
export const EPIOCSPARAMS = 0x40088a01;
export const EPIOCGPARAMS = 0x80088a02;

/** epoll_wait(2) fails with EINVAL when maxevents exceeds this (INT_MAX / sizeof(epoll_event)). */
export const EP_MAX_EVENTS = Math.floor(0x7fffffff / 12);
