// abi/socket.ts — sockets of x86-64 Linux: address families, socket types, levels and options
// (SO_* as in include/uapi/asm-generic/socket.h, which x86-64 uses), IP/IPv6/TCP/UDP protocol
// numbers and options (include/uapi/linux/{in,in6,tcp,udp}.h), send/recv flags (MSG_*),
// shutdown(2) modes, and byte-order helpers. ABI facts only; checked against the host's
// headers by test/abi/constants.host.test.ts. Add values here (with their uapi name), change none.

// Address families (include/linux/socket.h; PF_* are the same numbers)
export const AF_UNSPEC = 0;
export const AF_UNIX = 1;
export const AF_LOCAL = 1;
export const AF_INET = 2;
export const AF_AX25 = 3;
export const AF_IPX = 4;
export const AF_APPLETALK = 5;
export const AF_NETROM = 6;
export const AF_BRIDGE = 7;
export const AF_ATMPVC = 8;
export const AF_X25 = 9;
export const AF_INET6 = 10;
export const AF_ROSE = 11;
export const AF_DECnet = 12;
export const AF_NETBEUI = 13;
export const AF_SECURITY = 14;
export const AF_KEY = 15;
export const AF_NETLINK = 16;
export const AF_ROUTE = AF_NETLINK;
export const AF_PACKET = 17;
export const AF_ASH = 18;
export const AF_ECONET = 19;
export const AF_ATMSVC = 20;
export const AF_RDS = 21;
export const AF_SNA = 22;
export const AF_IRDA = 23;
export const AF_PPPOX = 24;
export const AF_WANPIPE = 25;
export const AF_LLC = 26;
export const AF_IB = 27;
export const AF_MPLS = 28;
export const AF_CAN = 29;
export const AF_TIPC = 30;
export const AF_BLUETOOTH = 31;
export const AF_IUCV = 32;
export const AF_RXRPC = 33;
export const AF_ISDN = 34;
export const AF_PHONET = 35;
export const AF_IEEE802154 = 36;
export const AF_CAIF = 37;
export const AF_ALG = 38;
export const AF_NFC = 39;
export const AF_VSOCK = 40;
export const AF_KCM = 41;
export const AF_QIPCRTR = 42;
export const AF_SMC = 43;
export const AF_XDP = 44;
export const AF_MCTP = 45;
export const AF_MAX = 46;
export const PF_UNSPEC = AF_UNSPEC;
export const PF_UNIX = AF_UNIX;
export const PF_LOCAL = AF_LOCAL;
export const PF_INET = AF_INET;
export const PF_INET6 = AF_INET6;
export const PF_NETLINK = AF_NETLINK;
export const PF_PACKET = AF_PACKET;

// Socket types and the flags socket(2)/socketpair(2)/accept4(2) accept in `type`
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
export const SOCK_RDM = 4;
export const SOCK_SEQPACKET = 5;
export const SOCK_DCCP = 6;
export const SOCK_PACKET = 10;
export const SOCK_TYPE_MASK = 0xf;
export const SOCK_NONBLOCK = 0o4000;
export const SOCK_CLOEXEC = 0o2000000;

// Socket option levels (setsockopt(2) `level`)
export const SOL_IP = 0;
export const SOL_SOCKET = 1;
export const SOL_TCP = 6;
export const SOL_UDP = 17;
export const SOL_IPV6 = 41;
export const SOL_ICMPV6 = 58;
export const SOL_SCTP = 132;
export const SOL_UDPLITE = 136;
export const SOL_RAW = 255;
export const SOL_IPX = 256;
export const SOL_AX25 = 257;
export const SOL_ATALK = 258;
export const SOL_NETROM = 259;
export const SOL_ROSE = 260;
export const SOL_DECNET = 261;
export const SOL_X25 = 262;
export const SOL_PACKET = 263;
export const SOL_ATM = 264;
export const SOL_AAL = 265;
export const SOL_IRDA = 266;
export const SOL_NETBEUI = 267;
export const SOL_LLC = 268;
export const SOL_DCCP = 269;
export const SOL_NETLINK = 270;
export const SOL_TIPC = 271;
export const SOL_RXRPC = 272;
export const SOL_PPPOL2TP = 273;
export const SOL_BLUETOOTH = 274;
export const SOL_PNPIPE = 275;
export const SOL_RDS = 276;
export const SOL_IUCV = 277;
export const SOL_CAIF = 278;
export const SOL_ALG = 279;
export const SOL_NFC = 280;
export const SOL_KCM = 281;
export const SOL_TLS = 282;
export const SOL_XDP = 283;
export const SOL_MPTCP = 284;
export const SOL_MCTP = 285;
export const SOL_SMC = 286;
export const SOL_VSOCK = 287;

// SOL_SOCKET options (asm-generic/socket.h: x86-64 has no arch override; 64-bit time_t, so the
// unsuffixed names are the *_OLD numbers).
export const SO_DEBUG = 1;
export const SO_REUSEADDR = 2;
export const SO_TYPE = 3;
export const SO_ERROR = 4;
export const SO_DONTROUTE = 5;
export const SO_BROADCAST = 6;
export const SO_SNDBUF = 7;
export const SO_RCVBUF = 8;
export const SO_KEEPALIVE = 9;
export const SO_OOBINLINE = 10;
export const SO_NO_CHECK = 11;
export const SO_PRIORITY = 12;
export const SO_LINGER = 13;
export const SO_BSDCOMPAT = 14;
export const SO_REUSEPORT = 15;
export const SO_PASSCRED = 16;
export const SO_PEERCRED = 17;
export const SO_RCVLOWAT = 18;
export const SO_SNDLOWAT = 19;
export const SO_RCVTIMEO_OLD = 20;
export const SO_SNDTIMEO_OLD = 21;
export const SO_RCVTIMEO = SO_RCVTIMEO_OLD;
export const SO_SNDTIMEO = SO_SNDTIMEO_OLD;
export const SO_SECURITY_AUTHENTICATION = 22;
export const SO_SECURITY_ENCRYPTION_TRANSPORT = 23;
export const SO_SECURITY_ENCRYPTION_NETWORK = 24;
export const SO_BINDTODEVICE = 25;
export const SO_ATTACH_FILTER = 26;
export const SO_DETACH_FILTER = 27;
export const SO_GET_FILTER = SO_ATTACH_FILTER;
export const SO_PEERNAME = 28;
export const SO_TIMESTAMP_OLD = 29;
export const SO_TIMESTAMP = SO_TIMESTAMP_OLD;
export const SCM_TIMESTAMP = SO_TIMESTAMP;
export const SO_ACCEPTCONN = 30;
export const SO_PEERSEC = 31;
export const SO_SNDBUFFORCE = 32;
export const SO_RCVBUFFORCE = 33;
export const SO_PASSSEC = 34;
export const SO_TIMESTAMPNS_OLD = 35;
export const SO_TIMESTAMPNS = SO_TIMESTAMPNS_OLD;
export const SCM_TIMESTAMPNS = SO_TIMESTAMPNS;
export const SO_MARK = 36;
export const SO_TIMESTAMPING_OLD = 37;
export const SO_TIMESTAMPING = SO_TIMESTAMPING_OLD;
export const SCM_TIMESTAMPING = SO_TIMESTAMPING;
export const SO_PROTOCOL = 38;
export const SO_DOMAIN = 39;
export const SO_RXQ_OVFL = 40;
export const SO_WIFI_STATUS = 41;
export const SO_PEEK_OFF = 42;
export const SO_NOFCS = 43;
export const SO_LOCK_FILTER = 44;
export const SO_SELECT_ERR_QUEUE = 45;
export const SO_BUSY_POLL = 46;
export const SO_MAX_PACING_RATE = 47;
export const SO_BPF_EXTENSIONS = 48;
export const SO_INCOMING_CPU = 49;
export const SO_ATTACH_BPF = 50;
export const SO_DETACH_BPF = SO_DETACH_FILTER;
export const SO_ATTACH_REUSEPORT_CBPF = 51;
export const SO_ATTACH_REUSEPORT_EBPF = 52;
export const SO_CNX_ADVICE = 53;
export const SO_MEMINFO = 55;
export const SO_INCOMING_NAPI_ID = 56;
export const SO_COOKIE = 57;
export const SO_PEERGROUPS = 59;
export const SO_ZEROCOPY = 60;
export const SO_TXTIME = 61;
export const SO_BINDTOIFINDEX = 62;
export const SO_TIMESTAMP_NEW = 63;
export const SO_TIMESTAMPNS_NEW = 64;
export const SO_TIMESTAMPING_NEW = 65;
export const SO_RCVTIMEO_NEW = 66;
export const SO_SNDTIMEO_NEW = 67;
export const SO_DETACH_REUSEPORT_BPF = 68;
export const SO_PREFER_BUSY_POLL = 69;
export const SO_BUSY_POLL_BUDGET = 70;
export const SO_NETNS_COOKIE = 71;
export const SO_BUF_LOCK = 72;
export const SO_RESERVE_MEM = 73;
export const SO_TXREHASH = 74;
export const SO_RCVMARK = 75;
export const SO_PASSPIDFD = 76;
export const SO_PEERPIDFD = 77;
export const SO_DEVMEM_LINEAR = 78;
export const SO_DEVMEM_DMABUF = 79;
export const SO_DEVMEM_DONTNEED = 80;
export const SCM_TS_OPT_ID = 81;
export const SO_RCVPRIORITY = 82;
export const SO_PASSRIGHTS = 83;
export const SO_INQ = 84;

// Control messages (cmsg_type at SOL_SOCKET)
export const SCM_RIGHTS = 0x01;
export const SCM_CREDENTIALS = 0x02;
export const SCM_SECURITY = 0x03;
export const SCM_PIDFD = 0x04;

// send/recv flags
export const MSG_OOB = 0x1;
export const MSG_PEEK = 0x2;
export const MSG_DONTROUTE = 0x4;
export const MSG_CTRUNC = 0x8;
export const MSG_PROBE = 0x10;
export const MSG_PROXY = 0x10;
export const MSG_TRUNC = 0x20;
export const MSG_DONTWAIT = 0x40;
export const MSG_EOR = 0x80;
export const MSG_WAITALL = 0x100;
export const MSG_FIN = 0x200;
export const MSG_SYN = 0x400;
export const MSG_CONFIRM = 0x800;
export const MSG_RST = 0x1000;
export const MSG_ERRQUEUE = 0x2000;
export const MSG_NOSIGNAL = 0x4000;
export const MSG_MORE = 0x8000;
export const MSG_WAITFORONE = 0x10000;
export const MSG_BATCH = 0x40000;
export const MSG_SOCK_DEVMEM = 0x2000000;
export const MSG_ZEROCOPY = 0x4000000;
export const MSG_FASTOPEN = 0x20000000;
export const MSG_CMSG_CLOEXEC = 0x40000000;

// shutdown(2)
export const SHUT_RD = 0;
export const SHUT_WR = 1;
export const SHUT_RDWR = 2;

/** listen(2)'s default backlog ceiling (/proc/sys/net/core/somaxconn) since Linux 5.4. */
export const SOMAXCONN = 4096;

// IP protocols (include/uapi/linux/in.h, in6.h)
export const IPPROTO_IP = 0;
export const IPPROTO_HOPOPTS = 0;
export const IPPROTO_ICMP = 1;
export const IPPROTO_IGMP = 2;
export const IPPROTO_IPIP = 4;
export const IPPROTO_TCP = 6;
export const IPPROTO_EGP = 8;
export const IPPROTO_PUP = 12;
export const IPPROTO_UDP = 17;
export const IPPROTO_IDP = 22;
export const IPPROTO_TP = 29;
export const IPPROTO_DCCP = 33;
export const IPPROTO_IPV6 = 41;
export const IPPROTO_ROUTING = 43;
export const IPPROTO_FRAGMENT = 44;
export const IPPROTO_RSVP = 46;
export const IPPROTO_GRE = 47;
export const IPPROTO_ESP = 50;
export const IPPROTO_AH = 51;
export const IPPROTO_ICMPV6 = 58;
export const IPPROTO_NONE = 59;
export const IPPROTO_DSTOPTS = 60;
export const IPPROTO_MTP = 92;
export const IPPROTO_BEETPH = 94;
export const IPPROTO_ENCAP = 98;
export const IPPROTO_PIM = 103;
export const IPPROTO_COMP = 108;
export const IPPROTO_L2TP = 115;
export const IPPROTO_SCTP = 132;
export const IPPROTO_MH = 135;
export const IPPROTO_UDPLITE = 136;
export const IPPROTO_MPLS = 137;
export const IPPROTO_ETHERNET = 143;
export const IPPROTO_AGGFRAG = 144;
export const IPPROTO_RAW = 255;
export const IPPROTO_SMC = 256;
export const IPPROTO_MPTCP = 262;

// IPPROTO_IP options
export const IP_TOS = 1;
export const IP_TTL = 2;
export const IP_HDRINCL = 3;
export const IP_OPTIONS = 4;
export const IP_ROUTER_ALERT = 5;
export const IP_RECVOPTS = 6;
export const IP_RETOPTS = 7;
export const IP_PKTINFO = 8;
export const IP_PKTOPTIONS = 9;
export const IP_MTU_DISCOVER = 10;
export const IP_RECVERR = 11;
export const IP_RECVTTL = 12;
export const IP_RECVTOS = 13;
export const IP_MTU = 14;
export const IP_FREEBIND = 15;
export const IP_TRANSPARENT = 19;
export const IP_MINTTL = 21;
export const IP_BIND_ADDRESS_NO_PORT = 24;
export const IP_MULTICAST_IF = 32;
export const IP_MULTICAST_TTL = 33;
export const IP_MULTICAST_LOOP = 34;
export const IP_ADD_MEMBERSHIP = 35;
export const IP_DROP_MEMBERSHIP = 36;
export const IP_MULTICAST_ALL = 49;
export const IP_LOCAL_PORT_RANGE = 51;
export const IP_PMTUDISC_DONT = 0;
export const IP_PMTUDISC_WANT = 1;
export const IP_PMTUDISC_DO = 2;
export const IP_PMTUDISC_PROBE = 3;

// IPPROTO_IPV6 options
export const IPV6_ADDRFORM = 1;
export const IPV6_CHECKSUM = 7;
export const IPV6_UNICAST_HOPS = 16;
export const IPV6_MULTICAST_IF = 17;
export const IPV6_MULTICAST_HOPS = 18;
export const IPV6_MULTICAST_LOOP = 19;
export const IPV6_ADD_MEMBERSHIP = 20;
export const IPV6_DROP_MEMBERSHIP = 21;
export const IPV6_JOIN_GROUP = IPV6_ADD_MEMBERSHIP;
export const IPV6_LEAVE_GROUP = IPV6_DROP_MEMBERSHIP;
export const IPV6_MTU_DISCOVER = 23;
export const IPV6_MTU = 24;
export const IPV6_RECVERR = 25;
export const IPV6_V6ONLY = 26;
export const IPV6_RECVPKTINFO = 49;
export const IPV6_PKTINFO = 50;
export const IPV6_RECVHOPLIMIT = 51;
export const IPV6_HOPLIMIT = 52;
export const IPV6_RECVTCLASS = 66;
export const IPV6_TCLASS = 67;
export const IPV6_FREEBIND = 78;

// IPPROTO_TCP options (include/uapi/linux/tcp.h)
export const TCP_NODELAY = 1;
export const TCP_MAXSEG = 2;
export const TCP_CORK = 3;
export const TCP_KEEPIDLE = 4;
export const TCP_KEEPINTVL = 5;
export const TCP_KEEPCNT = 6;
export const TCP_SYNCNT = 7;
export const TCP_LINGER2 = 8;
export const TCP_DEFER_ACCEPT = 9;
export const TCP_WINDOW_CLAMP = 10;
export const TCP_INFO = 11;
export const TCP_QUICKACK = 12;
export const TCP_CONGESTION = 13;
export const TCP_MD5SIG = 14;
export const TCP_THIN_LINEAR_TIMEOUTS = 16;
export const TCP_THIN_DUPACK = 17;
export const TCP_USER_TIMEOUT = 18;
export const TCP_REPAIR = 19;
export const TCP_REPAIR_QUEUE = 20;
export const TCP_QUEUE_SEQ = 21;
export const TCP_REPAIR_OPTIONS = 22;
export const TCP_FASTOPEN = 23;
export const TCP_TIMESTAMP = 24;
export const TCP_NOTSENT_LOWAT = 25;
export const TCP_CC_INFO = 26;
export const TCP_SAVE_SYN = 27;
export const TCP_SAVED_SYN = 28;
export const TCP_REPAIR_WINDOW = 29;
export const TCP_FASTOPEN_CONNECT = 30;
export const TCP_ULP = 31;
export const TCP_MD5SIG_EXT = 32;
export const TCP_FASTOPEN_KEY = 33;
export const TCP_FASTOPEN_NO_COOKIE = 34;
export const TCP_ZEROCOPY_RECEIVE = 35;
export const TCP_INQ = 36;
export const TCP_CM_INQ = TCP_INQ;
export const TCP_TX_DELAY = 37;
export const TCP_AO_ADD_KEY = 38;
export const TCP_AO_DEL_KEY = 39;
export const TCP_AO_INFO = 40;
export const TCP_AO_GET_KEYS = 41;
export const TCP_AO_REPAIR = 42;
export const TCP_IS_MPTCP = 43;
export const TCP_RTO_MAX_MS = 44;
export const TCP_RTO_MIN_US = 45;
export const TCP_DELACK_MAX_US = 46;

// TCP states (include/net/tcp_states.h; /proc/net/tcp's `st` column, tcp_info.tcpi_state)
export const TCP_ESTABLISHED = 1;
export const TCP_SYN_SENT = 2;
export const TCP_SYN_RECV = 3;
export const TCP_FIN_WAIT1 = 4;
export const TCP_FIN_WAIT2 = 5;
export const TCP_TIME_WAIT = 6;
export const TCP_CLOSE = 7;
export const TCP_CLOSE_WAIT = 8;
export const TCP_LAST_ACK = 9;
export const TCP_LISTEN = 10;
export const TCP_CLOSING = 11;
export const TCP_NEW_SYN_RECV = 12;

// IPPROTO_UDP options (include/uapi/linux/udp.h)
export const UDP_CORK = 1;
export const UDP_ENCAP = 100;
export const UDP_NO_CHECK6_TX = 101;
export const UDP_NO_CHECK6_RX = 102;
export const UDP_SEGMENT = 103;
export const UDP_GRO = 104;

// Addresses, in host byte order as in the headers (store them with htonl)
export const INADDR_ANY = 0x00000000;
export const INADDR_BROADCAST = 0xffffffff;
export const INADDR_NONE = 0xffffffff;
export const INADDR_LOOPBACK = 0x7f000001;
export const INADDR_UNSPEC_GROUP = 0xe0000000;
export const INADDR_ALLHOSTS_GROUP = 0xe0000001;
export const IN_LOOPBACKNET = 127;
export const INET_ADDRSTRLEN = 16;
export const INET6_ADDRSTRLEN = 46;
/** sizeof(sockaddr_un.sun_path). */
export const UNIX_PATH_MAX = 108;

// Byte order: x86-64 is little-endian, the network is big-endian. sin_port and sin_addr hold
// network-order values, as in C: `sin_port: htons(8080)`.
export function htons(x: number): number {
  return ((x & 0xff) << 8) | ((x >>> 8) & 0xff);
}
export const ntohs = htons;
export function htonl(x: number): number {
  return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | ((x >>> 24) & 0xff)) >>> 0;
}
export const ntohl = htonl;
