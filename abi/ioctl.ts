// abi/ioctl.ts — ioctl(2) request numbers of x86-64 Linux (include/uapi/asm-generic/ioctls.h,
// ioctl.h, linux/sockios.h, linux/fs.h) and the termios bits and c_cc indexes a tty line
// discipline needs (include/uapi/asm-generic/termbits{,-common}.h: the kernel's struct termios,
// NCCS = 19, not glibc's). ABI facts only; checked against the host's headers by
// test/abi/constants.host.test.ts. Add values here (with their uapi name), change none.

// Request number encoding (asm-generic/ioctl.h): dir(2) size(14) type(8) nr(8)
export const _IOC_NRBITS = 8;
export const _IOC_TYPEBITS = 8;
export const _IOC_SIZEBITS = 14;
export const _IOC_DIRBITS = 2;
export const _IOC_NRSHIFT = 0;
export const _IOC_TYPESHIFT = 8;
export const _IOC_SIZESHIFT = 16;
export const _IOC_DIRSHIFT = 30;
export const _IOC_NONE = 0;
export const _IOC_WRITE = 1;
export const _IOC_READ = 2;

/** _IOC(dir, type, nr, size) as an unsigned 32-bit number; `type` may be a one-char string. */
export function _IOC(dir: number, type: number | string, nr: number, size: number): number {
  const t = typeof type === 'string' ? type.charCodeAt(0) : type;
  return ((dir << _IOC_DIRSHIFT) | (size << _IOC_SIZESHIFT) | (t << _IOC_TYPESHIFT) | nr) >>> 0;
}
export const _IO = (type: number | string, nr: number): number => _IOC(_IOC_NONE, type, nr, 0);
export const _IOR = (type: number | string, nr: number, size: number): number => _IOC(_IOC_READ, type, nr, size);
export const _IOW = (type: number | string, nr: number, size: number): number => _IOC(_IOC_WRITE, type, nr, size);
export const _IOWR = (type: number | string, nr: number, size: number): number =>
  _IOC(_IOC_READ | _IOC_WRITE, type, nr, size);
export const _IOC_DIR = (nr: number): number => (nr >>> _IOC_DIRSHIFT) & 0x3;
export const _IOC_TYPE = (nr: number): number => (nr >>> _IOC_TYPESHIFT) & 0xff;
export const _IOC_NR = (nr: number): number => nr & 0xff;
export const _IOC_SIZE = (nr: number): number => (nr >>> _IOC_SIZESHIFT) & 0x3fff;

// tty ioctls ('T', asm-generic/ioctls.h)
export const TCGETS = 0x5401;
export const TCSETS = 0x5402;
export const TCSETSW = 0x5403;
export const TCSETSF = 0x5404;
export const TCGETA = 0x5405;
export const TCSETA = 0x5406;
export const TCSETAW = 0x5407;
export const TCSETAF = 0x5408;
export const TCSBRK = 0x5409;
export const TCXONC = 0x540a;
export const TCFLSH = 0x540b;
export const TIOCEXCL = 0x540c;
export const TIOCNXCL = 0x540d;
export const TIOCSCTTY = 0x540e;
export const TIOCGPGRP = 0x540f;
export const TIOCSPGRP = 0x5410;
export const TIOCOUTQ = 0x5411;
export const TIOCSTI = 0x5412;
export const TIOCGWINSZ = 0x5413;
export const TIOCSWINSZ = 0x5414;
export const TIOCMGET = 0x5415;
export const TIOCMBIS = 0x5416;
export const TIOCMBIC = 0x5417;
export const TIOCMSET = 0x5418;
export const TIOCGSOFTCAR = 0x5419;
export const TIOCSSOFTCAR = 0x541a;
export const FIONREAD = 0x541b;
export const TIOCINQ = FIONREAD;
export const TIOCLINUX = 0x541c;
export const TIOCCONS = 0x541d;
export const TIOCGSERIAL = 0x541e;
export const TIOCSSERIAL = 0x541f;
export const TIOCPKT = 0x5420;
export const FIONBIO = 0x5421;
export const TIOCNOTTY = 0x5422;
export const TIOCSETD = 0x5423;
export const TIOCGETD = 0x5424;
export const TCSBRKP = 0x5425;
export const TIOCSBRK = 0x5427;
export const TIOCCBRK = 0x5428;
export const TIOCGSID = 0x5429;
/** _IOR/_IOW('T', 0x2A..0x2D, struct termios2): termios2 is 44 bytes. */
export const TCGETS2 = 0x802c542a;
export const TCSETS2 = 0x402c542b;
export const TCSETSW2 = 0x402c542c;
export const TCSETSF2 = 0x402c542d;
export const TIOCGRS485 = 0x542e;
export const TIOCSRS485 = 0x542f;
/** _IOR('T', 0x30, unsigned int): the pty number of a /dev/ptmx fd. */
export const TIOCGPTN = 0x80045430;
/** _IOW('T', 0x31, int): lock (1) or unlock (0) the pty's slave. */
export const TIOCSPTLCK = 0x40045431;
export const TIOCGDEV = 0x80045432;
export const TCGETX = 0x5432;
export const TCSETX = 0x5433;
export const TCSETXF = 0x5434;
export const TCSETXW = 0x5435;
export const TIOCSIG = 0x40045436;
export const TIOCVHANGUP = 0x5437;
export const TIOCGPKT = 0x80045438;
export const TIOCGPTLCK = 0x80045439;
export const TIOCGEXCL = 0x80045440;
/** _IO('T', 0x41): open the pty's slave safely. */
export const TIOCGPTPEER = 0x5441;
export const FIONCLEX = 0x5450;
export const FIOCLEX = 0x5451;
export const FIOASYNC = 0x5452;
export const TIOCSERCONFIG = 0x5453;
export const TIOCSERGWILD = 0x5454;
export const TIOCSERSWILD = 0x5455;
export const TIOCGLCKTRMIOS = 0x5456;
export const TIOCSLCKTRMIOS = 0x5457;
export const TIOCSERGSTRUCT = 0x5458;
export const TIOCSERGETLSR = 0x5459;
export const TIOCSERGETMULTI = 0x545a;
export const TIOCSERSETMULTI = 0x545b;
export const TIOCMIWAIT = 0x545c;
export const TIOCGICOUNT = 0x545d;
export const FIOQSIZE = 0x5460;
/** _IO(0x00, 1) and _IO(0x00, 2) (include/uapi/linux/fs.h): a block's number, the block size. */
export const FIBMAP = 1;
export const FIGETBSZ = 2;

// TIOCPKT packet-mode status bytes
export const TIOCPKT_DATA = 0;
export const TIOCPKT_FLUSHREAD = 1;
export const TIOCPKT_FLUSHWRITE = 2;
export const TIOCPKT_STOP = 4;
export const TIOCPKT_START = 8;
export const TIOCPKT_NOSTOP = 16;
export const TIOCPKT_DOSTOP = 32;
export const TIOCPKT_IOCTL = 64;

// Line disciplines (TIOCSETD)
export const N_TTY = 0;

// Socket ioctls (include/uapi/linux/sockios.h, asm-generic/sockios.h)
export const FIOSETOWN = 0x8901;
export const SIOCSPGRP = 0x8902;
export const FIOGETOWN = 0x8903;
export const SIOCGPGRP = 0x8904;
export const SIOCATMARK = 0x8905;
export const SIOCGSTAMP_OLD = 0x8906;
export const SIOCGSTAMPNS_OLD = 0x8907;
export const SIOCINQ = FIONREAD;
export const SIOCOUTQ = TIOCOUTQ;
export const SIOCGIFNAME = 0x8910;
export const SIOCGIFCONF = 0x8912;
export const SIOCGIFFLAGS = 0x8913;
export const SIOCSIFFLAGS = 0x8914;
export const SIOCGIFADDR = 0x8915;
export const SIOCSIFADDR = 0x8916;
export const SIOCGIFMTU = 0x8921;
export const SIOCSIFMTU = 0x8922;
export const SIOCGIFHWADDR = 0x8927;
export const SIOCGIFINDEX = 0x8933;

// File ioctls (include/uapi/linux/fs.h)
/** _IOR('f', 1, long). */
export const FS_IOC_GETFLAGS = 0x80086601;
/** _IOW('f', 2, long). */
export const FS_IOC_SETFLAGS = 0x40086602;
/** Inode flags (FS_IOC_GETFLAGS/SETFLAGS): no writes, links or attribute changes. */
export const FS_IMMUTABLE_FL = 0x10;
/** Writes only at the end: no truncation, no removal, no rename. */
export const FS_APPEND_FL = 0x20;
/** Not to be dumped (inherited by new children on tmpfs). */
export const FS_NODUMP_FL = 0x40;
/** No atime updates (inherited by new children on tmpfs). */
export const FS_NOATIME_FL = 0x80;
/** _IOW(0x94, 9, int): reflink a whole file. */
export const FICLONE = 0x40049409;
/** _IO(0x12, 114) / _IOR(0x12, 114, size_t): block device size in sectors / bytes. */
export const BLKGETSIZE = 0x1260;
export const BLKGETSIZE64 = 0x80081272;

// struct termios (the kernel's, for TCGETS/TCSETS*): c_cc has NCCS entries
export const NCCS = 19;

// c_cc indexes
export const VINTR = 0;
export const VQUIT = 1;
export const VERASE = 2;
export const VKILL = 3;
export const VEOF = 4;
export const VTIME = 5;
export const VMIN = 6;
export const VSWTC = 7;
export const VSTART = 8;
export const VSTOP = 9;
export const VSUSP = 10;
export const VEOL = 11;
export const VREPRINT = 12;
export const VDISCARD = 13;
export const VWERASE = 14;
export const VLNEXT = 15;
export const VEOL2 = 16;

// c_iflag
export const IGNBRK = 0x001;
export const BRKINT = 0x002;
export const IGNPAR = 0x004;
export const PARMRK = 0x008;
export const INPCK = 0x010;
export const ISTRIP = 0x020;
export const INLCR = 0x040;
export const IGNCR = 0x080;
export const ICRNL = 0x100;
export const IUCLC = 0x0200;
export const IXON = 0x0400;
export const IXANY = 0x800;
export const IXOFF = 0x1000;
export const IMAXBEL = 0x2000;
export const IUTF8 = 0x4000;

// c_oflag
export const OPOST = 0x01;
export const OLCUC = 0x00002;
export const ONLCR = 0x00004;
export const OCRNL = 0x08;
export const ONOCR = 0x10;
export const ONLRET = 0x20;
export const OFILL = 0x40;
export const OFDEL = 0x80;
export const NLDLY = 0x00100;
export const NL0 = 0x00000;
export const NL1 = 0x00100;
export const CRDLY = 0x00600;
export const CR0 = 0x00000;
export const CR1 = 0x00200;
export const CR2 = 0x00400;
export const CR3 = 0x00600;
export const TABDLY = 0x01800;
export const TAB0 = 0x00000;
export const TAB1 = 0x00800;
export const TAB2 = 0x01000;
export const TAB3 = 0x01800;
export const XTABS = 0x01800;
export const BSDLY = 0x02000;
export const BS0 = 0x00000;
export const BS1 = 0x02000;
export const VTDLY = 0x04000;
export const VT0 = 0x00000;
export const VT1 = 0x04000;
export const FFDLY = 0x08000;
export const FF0 = 0x00000;
export const FF1 = 0x08000;

// c_cflag
export const CBAUD = 0x0000100f;
export const B0 = 0x00000000;
export const B50 = 0x00000001;
export const B75 = 0x00000002;
export const B110 = 0x00000003;
export const B134 = 0x00000004;
export const B150 = 0x00000005;
export const B200 = 0x00000006;
export const B300 = 0x00000007;
export const B600 = 0x00000008;
export const B1200 = 0x00000009;
export const B1800 = 0x0000000a;
export const B2400 = 0x0000000b;
export const B4800 = 0x0000000c;
export const B9600 = 0x0000000d;
export const B19200 = 0x0000000e;
export const B38400 = 0x0000000f;
export const EXTA = B19200;
export const EXTB = B38400;
export const CSIZE = 0x00000030;
export const CS5 = 0x00000000;
export const CS6 = 0x00000010;
export const CS7 = 0x00000020;
export const CS8 = 0x00000030;
export const CSTOPB = 0x00000040;
export const CREAD = 0x00000080;
export const PARENB = 0x00000100;
export const PARODD = 0x00000200;
export const HUPCL = 0x00000400;
export const CLOCAL = 0x00000800;
export const CBAUDEX = 0x00001000;
export const BOTHER = 0x00001000;
export const B57600 = 0x00001001;
export const B115200 = 0x00001002;
export const B230400 = 0x00001003;
export const B460800 = 0x00001004;
export const B500000 = 0x00001005;
export const B576000 = 0x00001006;
export const B921600 = 0x00001007;
export const B1000000 = 0x00001008;
export const B1152000 = 0x00001009;
export const B1500000 = 0x0000100a;
export const B2000000 = 0x0000100b;
export const B2500000 = 0x0000100c;
export const B3000000 = 0x0000100d;
export const B3500000 = 0x0000100e;
export const B4000000 = 0x0000100f;
export const CIBAUD = 0x100f0000;
export const ADDRB = 0x20000000;
export const CMSPAR = 0x40000000;
export const CRTSCTS = 0x80000000;
export const IBSHIFT = 16;

// c_lflag
export const ISIG = 0x00001;
export const ICANON = 0x00002;
export const XCASE = 0x00004;
export const ECHO = 0x00008;
export const ECHOE = 0x00010;
export const ECHOK = 0x00020;
export const ECHONL = 0x00040;
export const NOFLSH = 0x00080;
export const TOSTOP = 0x00100;
export const ECHOCTL = 0x00200;
export const ECHOPRT = 0x00400;
export const ECHOKE = 0x00800;
export const FLUSHO = 0x01000;
export const PENDIN = 0x04000;
export const IEXTEN = 0x08000;
export const EXTPROC = 0x10000;

// tcsetattr(3) optional_actions (map to TCSETS/TCSETSW/TCSETSF)
export const TCSANOW = 0;
export const TCSADRAIN = 1;
export const TCSAFLUSH = 2;
// tcflow(3) (TCXONC)
export const TCOOFF = 0;
export const TCOON = 1;
export const TCIOFF = 2;
export const TCION = 3;
// tcflush(3) (TCFLSH)
export const TCIFLUSH = 0;
export const TCOFLUSH = 1;
export const TCIOFLUSH = 2;

// The termios a new tty starts with (drivers/tty/tty_io.c tty_std_termios, INIT_C_CC)
export const TTY_STD_IFLAG = ICRNL | IXON;
export const TTY_STD_OFLAG = OPOST | ONLCR;
export const TTY_STD_CFLAG = B38400 | CS8 | CREAD | HUPCL;
export const TTY_STD_LFLAG = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN;
/** intr=^C quit=^\ erase=DEL kill=^U eof=^D time=0 min=1 swtc=0 start=^Q stop=^S susp=^Z
 * eol=0 reprint=^R discard=^O werase=^W lnext=^V eol2=0. */
export const INIT_C_CC: readonly number[] = [
  0o003, 0o034, 0o177, 0o025, 0o004, 0, 1, 0, 0o021, 0o023, 0o032, 0, 0o022, 0o017, 0o027, 0o026, 0,
  0, 0,
];
