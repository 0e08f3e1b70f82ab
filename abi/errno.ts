// abi/errno.ts — every errno of x86-64 Linux as a value: number, name, glibc's strerror text
// (what strace prints) and Go's syscall.Errno text (what the ports print).
// Source: include/uapi/asm-generic/errno{-base,}.h; messages read off glibc 2.36 and go1.19 on Linux.
// ABI facts only: the kernel returns these singletons and compares them by identity; the one
// place that turns them into -errno is kernel/dispatch.ts. Add errnos here, nowhere else.

/** An errno as a value. Singletons: compare with `===`. */
export class Errno {
  constructor(
    /** The positive errno number (ENOENT = 2). */
    readonly errno: number,
    /** Its name as in the uapi headers and strace: 'ENOENT'. */
    readonly code: string,
    /** glibc's strerror() text, printed by strace: 'No such file or directory'. */
    readonly message: string,
    /** Go's syscall.Errno text: 'no such file or directory'. */
    readonly goMessage: string,
  ) {
    Object.freeze(this);
  }
  toString(): string {
    return this.code;
  }
}

const byNumber: Errno[] = [];
function def(errno: number, code: string, message: string, goMessage: string): Errno {
  const e = new Errno(errno, code, message, goMessage);
  byNumber[errno] = e;
  return e;
}

export const EPERM = def(1, 'EPERM', 'Operation not permitted', 'operation not permitted');
export const ENOENT = def(2, 'ENOENT', 'No such file or directory', 'no such file or directory');
export const ESRCH = def(3, 'ESRCH', 'No such process', 'no such process');
export const EINTR = def(4, 'EINTR', 'Interrupted system call', 'interrupted system call');
export const EIO = def(5, 'EIO', 'Input/output error', 'input/output error');
export const ENXIO = def(6, 'ENXIO', 'No such device or address', 'no such device or address');
export const E2BIG = def(7, 'E2BIG', 'Argument list too long', 'argument list too long');
export const ENOEXEC = def(8, 'ENOEXEC', 'Exec format error', 'exec format error');
export const EBADF = def(9, 'EBADF', 'Bad file descriptor', 'bad file descriptor');
export const ECHILD = def(10, 'ECHILD', 'No child processes', 'no child processes');
export const EAGAIN = def(11, 'EAGAIN', 'Resource temporarily unavailable', 'resource temporarily unavailable');
export const ENOMEM = def(12, 'ENOMEM', 'Cannot allocate memory', 'cannot allocate memory');
export const EACCES = def(13, 'EACCES', 'Permission denied', 'permission denied');
export const EFAULT = def(14, 'EFAULT', 'Bad address', 'bad address');
export const ENOTBLK = def(15, 'ENOTBLK', 'Block device required', 'block device required');
export const EBUSY = def(16, 'EBUSY', 'Device or resource busy', 'device or resource busy');
export const EEXIST = def(17, 'EEXIST', 'File exists', 'file exists');
export const EXDEV = def(18, 'EXDEV', 'Invalid cross-device link', 'invalid cross-device link');
export const ENODEV = def(19, 'ENODEV', 'No such device', 'no such device');
export const ENOTDIR = def(20, 'ENOTDIR', 'Not a directory', 'not a directory');
export const EISDIR = def(21, 'EISDIR', 'Is a directory', 'is a directory');
export const EINVAL = def(22, 'EINVAL', 'Invalid argument', 'invalid argument');
export const ENFILE = def(23, 'ENFILE', 'Too many open files in system', 'too many open files in system');
export const EMFILE = def(24, 'EMFILE', 'Too many open files', 'too many open files');
export const ENOTTY = def(25, 'ENOTTY', 'Inappropriate ioctl for device', 'inappropriate ioctl for device');
export const ETXTBSY = def(26, 'ETXTBSY', 'Text file busy', 'text file busy');
export const EFBIG = def(27, 'EFBIG', 'File too large', 'file too large');
export const ENOSPC = def(28, 'ENOSPC', 'No space left on device', 'no space left on device');
export const ESPIPE = def(29, 'ESPIPE', 'Illegal seek', 'illegal seek');
export const EROFS = def(30, 'EROFS', 'Read-only file system', 'read-only file system');
export const EMLINK = def(31, 'EMLINK', 'Too many links', 'too many links');
export const EPIPE = def(32, 'EPIPE', 'Broken pipe', 'broken pipe');
export const EDOM = def(33, 'EDOM', 'Numerical argument out of domain', 'numerical argument out of domain');
export const ERANGE = def(34, 'ERANGE', 'Numerical result out of range', 'numerical result out of range');
export const EDEADLK = def(35, 'EDEADLK', 'Resource deadlock avoided', 'resource deadlock avoided');
export const ENAMETOOLONG = def(36, 'ENAMETOOLONG', 'File name too long', 'file name too long');
export const ENOLCK = def(37, 'ENOLCK', 'No locks available', 'no locks available');
export const ENOSYS = def(38, 'ENOSYS', 'Function not implemented', 'function not implemented');
export const ENOTEMPTY = def(39, 'ENOTEMPTY', 'Directory not empty', 'directory not empty');
export const ELOOP = def(40, 'ELOOP', 'Too many levels of symbolic links', 'too many levels of symbolic links');
export const ENOMSG = def(42, 'ENOMSG', 'No message of desired type', 'no message of desired type');
export const EIDRM = def(43, 'EIDRM', 'Identifier removed', 'identifier removed');
export const ECHRNG = def(44, 'ECHRNG', 'Channel number out of range', 'channel number out of range');
export const EL2NSYNC = def(45, 'EL2NSYNC', 'Level 2 not synchronized', 'level 2 not synchronized');
export const EL3HLT = def(46, 'EL3HLT', 'Level 3 halted', 'level 3 halted');
export const EL3RST = def(47, 'EL3RST', 'Level 3 reset', 'level 3 reset');
export const ELNRNG = def(48, 'ELNRNG', 'Link number out of range', 'link number out of range');
export const EUNATCH = def(49, 'EUNATCH', 'Protocol driver not attached', 'protocol driver not attached');
export const ENOCSI = def(50, 'ENOCSI', 'No CSI structure available', 'no CSI structure available');
export const EL2HLT = def(51, 'EL2HLT', 'Level 2 halted', 'level 2 halted');
export const EBADE = def(52, 'EBADE', 'Invalid exchange', 'invalid exchange');
export const EBADR = def(53, 'EBADR', 'Invalid request descriptor', 'invalid request descriptor');
export const EXFULL = def(54, 'EXFULL', 'Exchange full', 'exchange full');
export const ENOANO = def(55, 'ENOANO', 'No anode', 'no anode');
export const EBADRQC = def(56, 'EBADRQC', 'Invalid request code', 'invalid request code');
export const EBADSLT = def(57, 'EBADSLT', 'Invalid slot', 'invalid slot');
export const EBFONT = def(59, 'EBFONT', 'Bad font file format', 'bad font file format');
export const ENOSTR = def(60, 'ENOSTR', 'Device not a stream', 'device not a stream');
export const ENODATA = def(61, 'ENODATA', 'No data available', 'no data available');
export const ETIME = def(62, 'ETIME', 'Timer expired', 'timer expired');
export const ENOSR = def(63, 'ENOSR', 'Out of streams resources', 'out of streams resources');
export const ENONET = def(64, 'ENONET', 'Machine is not on the network', 'machine is not on the network');
export const ENOPKG = def(65, 'ENOPKG', 'Package not installed', 'package not installed');
export const EREMOTE = def(66, 'EREMOTE', 'Object is remote', 'object is remote');
export const ENOLINK = def(67, 'ENOLINK', 'Link has been severed', 'link has been severed');
export const EADV = def(68, 'EADV', 'Advertise error', 'advertise error');
export const ESRMNT = def(69, 'ESRMNT', 'Srmount error', 'srmount error');
export const ECOMM = def(70, 'ECOMM', 'Communication error on send', 'communication error on send');
export const EPROTO = def(71, 'EPROTO', 'Protocol error', 'protocol error');
export const EMULTIHOP = def(72, 'EMULTIHOP', 'Multihop attempted', 'multihop attempted');
export const EDOTDOT = def(73, 'EDOTDOT', 'RFS specific error', 'RFS specific error');
export const EBADMSG = def(74, 'EBADMSG', 'Bad message', 'bad message');
export const EOVERFLOW = def(75, 'EOVERFLOW', 'Value too large for defined data type', 'value too large for defined data type');
export const ENOTUNIQ = def(76, 'ENOTUNIQ', 'Name not unique on network', 'name not unique on network');
export const EBADFD = def(77, 'EBADFD', 'File descriptor in bad state', 'file descriptor in bad state');
export const EREMCHG = def(78, 'EREMCHG', 'Remote address changed', 'remote address changed');
export const ELIBACC = def(79, 'ELIBACC', 'Can not access a needed shared library', 'can not access a needed shared library');
export const ELIBBAD = def(80, 'ELIBBAD', 'Accessing a corrupted shared library', 'accessing a corrupted shared library');
export const ELIBSCN = def(81, 'ELIBSCN', '.lib section in a.out corrupted', '.lib section in a.out corrupted');
export const ELIBMAX = def(82, 'ELIBMAX', 'Attempting to link in too many shared libraries', 'attempting to link in too many shared libraries');
export const ELIBEXEC = def(83, 'ELIBEXEC', 'Cannot exec a shared library directly', 'cannot exec a shared library directly');
export const EILSEQ = def(84, 'EILSEQ', 'Invalid or incomplete multibyte or wide character', 'invalid or incomplete multibyte or wide character');
export const ERESTART = def(85, 'ERESTART', 'Interrupted system call should be restarted', 'interrupted system call should be restarted');
export const ESTRPIPE = def(86, 'ESTRPIPE', 'Streams pipe error', 'streams pipe error');
export const EUSERS = def(87, 'EUSERS', 'Too many users', 'too many users');
export const ENOTSOCK = def(88, 'ENOTSOCK', 'Socket operation on non-socket', 'socket operation on non-socket');
export const EDESTADDRREQ = def(89, 'EDESTADDRREQ', 'Destination address required', 'destination address required');
export const EMSGSIZE = def(90, 'EMSGSIZE', 'Message too long', 'message too long');
export const EPROTOTYPE = def(91, 'EPROTOTYPE', 'Protocol wrong type for socket', 'protocol wrong type for socket');
export const ENOPROTOOPT = def(92, 'ENOPROTOOPT', 'Protocol not available', 'protocol not available');
export const EPROTONOSUPPORT = def(93, 'EPROTONOSUPPORT', 'Protocol not supported', 'protocol not supported');
export const ESOCKTNOSUPPORT = def(94, 'ESOCKTNOSUPPORT', 'Socket type not supported', 'socket type not supported');
export const EOPNOTSUPP = def(95, 'EOPNOTSUPP', 'Operation not supported', 'operation not supported');
export const EPFNOSUPPORT = def(96, 'EPFNOSUPPORT', 'Protocol family not supported', 'protocol family not supported');
export const EAFNOSUPPORT = def(97, 'EAFNOSUPPORT', 'Address family not supported by protocol', 'address family not supported by protocol');
export const EADDRINUSE = def(98, 'EADDRINUSE', 'Address already in use', 'address already in use');
export const EADDRNOTAVAIL = def(99, 'EADDRNOTAVAIL', 'Cannot assign requested address', 'cannot assign requested address');
export const ENETDOWN = def(100, 'ENETDOWN', 'Network is down', 'network is down');
export const ENETUNREACH = def(101, 'ENETUNREACH', 'Network is unreachable', 'network is unreachable');
export const ENETRESET = def(102, 'ENETRESET', 'Network dropped connection on reset', 'network dropped connection on reset');
export const ECONNABORTED = def(103, 'ECONNABORTED', 'Software caused connection abort', 'software caused connection abort');
export const ECONNRESET = def(104, 'ECONNRESET', 'Connection reset by peer', 'connection reset by peer');
export const ENOBUFS = def(105, 'ENOBUFS', 'No buffer space available', 'no buffer space available');
export const EISCONN = def(106, 'EISCONN', 'Transport endpoint is already connected', 'transport endpoint is already connected');
export const ENOTCONN = def(107, 'ENOTCONN', 'Transport endpoint is not connected', 'transport endpoint is not connected');
export const ESHUTDOWN = def(108, 'ESHUTDOWN', 'Cannot send after transport endpoint shutdown', 'cannot send after transport endpoint shutdown');
export const ETOOMANYREFS = def(109, 'ETOOMANYREFS', 'Too many references: cannot splice', 'too many references: cannot splice');
export const ETIMEDOUT = def(110, 'ETIMEDOUT', 'Connection timed out', 'connection timed out');
export const ECONNREFUSED = def(111, 'ECONNREFUSED', 'Connection refused', 'connection refused');
export const EHOSTDOWN = def(112, 'EHOSTDOWN', 'Host is down', 'host is down');
export const EHOSTUNREACH = def(113, 'EHOSTUNREACH', 'No route to host', 'no route to host');
export const EALREADY = def(114, 'EALREADY', 'Operation already in progress', 'operation already in progress');
export const EINPROGRESS = def(115, 'EINPROGRESS', 'Operation now in progress', 'operation now in progress');
export const ESTALE = def(116, 'ESTALE', 'Stale file handle', 'stale NFS file handle');
export const EUCLEAN = def(117, 'EUCLEAN', 'Structure needs cleaning', 'structure needs cleaning');
export const ENOTNAM = def(118, 'ENOTNAM', 'Not a XENIX named type file', 'not a XENIX named type file');
export const ENAVAIL = def(119, 'ENAVAIL', 'No XENIX semaphores available', 'no XENIX semaphores available');
export const EISNAM = def(120, 'EISNAM', 'Is a named type file', 'is a named type file');
export const EREMOTEIO = def(121, 'EREMOTEIO', 'Remote I/O error', 'remote I/O error');
export const EDQUOT = def(122, 'EDQUOT', 'Disk quota exceeded', 'disk quota exceeded');
export const ENOMEDIUM = def(123, 'ENOMEDIUM', 'No medium found', 'no medium found');
export const EMEDIUMTYPE = def(124, 'EMEDIUMTYPE', 'Wrong medium type', 'wrong medium type');
export const ECANCELED = def(125, 'ECANCELED', 'Operation canceled', 'operation canceled');
export const ENOKEY = def(126, 'ENOKEY', 'Required key not available', 'required key not available');
export const EKEYEXPIRED = def(127, 'EKEYEXPIRED', 'Key has expired', 'key has expired');
export const EKEYREVOKED = def(128, 'EKEYREVOKED', 'Key has been revoked', 'key has been revoked');
export const EKEYREJECTED = def(129, 'EKEYREJECTED', 'Key was rejected by service', 'key was rejected by service');
export const EOWNERDEAD = def(130, 'EOWNERDEAD', 'Owner died', 'owner died');
export const ENOTRECOVERABLE = def(131, 'ENOTRECOVERABLE', 'State not recoverable', 'state not recoverable');
export const ERFKILL = def(132, 'ERFKILL', 'Operation not possible due to RF-kill', 'operation not possible due to RF-kill');
export const EHWPOISON = def(133, 'EHWPOISON', 'Memory page has hardware error', 'errno 133');

// Aliases (same value, same object): strace and the kernel use the canonical name.
export const EWOULDBLOCK = EAGAIN;
export const EDEADLOCK = EDEADLK;

// Kernel-internal codes (include/linux/errno.h). They never reach a program: the signal code
// turns the restart codes into EINTR or a restart. strace prints them with these texts.
export const ERESTARTSYS = def(512, 'ERESTARTSYS', 'To be restarted if SA_RESTART is set', 'errno 512');
export const ERESTARTNOINTR = def(513, 'ERESTARTNOINTR', 'To be restarted', 'errno 513');
export const ERESTARTNOHAND = def(514, 'ERESTARTNOHAND', 'To be restarted if no handler', 'errno 514');
export const ENOIOCTLCMD = def(515, 'ENOIOCTLCMD', 'No ioctl command', 'errno 515');
export const ERESTART_RESTARTBLOCK = def(516, 'ERESTART_RESTARTBLOCK', 'Interrupted by signal', 'errno 516');
export const ENOTSUPP = def(524, 'ENOTSUPP', 'Operation is not supported', 'errno 524');

/** The largest value a syscall may return as an error (-4095..-1 are errors). */
export const MAX_ERRNO = 4095;

/** The Errno with this number, or undefined for numbers Linux does not define. */
export function errnoByNumber(n: number): Errno | undefined {
  return byNumber[n];
}

/** Every defined errno, by increasing number. */
export function allErrnos(): readonly Errno[] {
  return byNumber.filter((e): e is Errno => e !== undefined);
}

/** Go's text for errno n ("errno N" for numbers Go does not name). */
export function goErrnoText(n: number): string {
  return byNumber[n]?.goMessage ?? `errno ${n}`;
}
