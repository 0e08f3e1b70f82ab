// vfs/fs/procfs_maps.ts — /proc/[pid]/maps, smaps and smaps_rollup, formatted as Linux 6.18's
// fs/proc/task_mmu.c prints them (show_map_vma, show_smap, show_smaps_rollup), from the VMAs and
// the page table of the process's MemoryMap (mm/mm.ts; read only: nothing here changes them).
// Checked against the host's own files by test/vfs/procfs_maps.test.ts. Owned by procfs; it
// reads mm only through MemoryMap's read-only accessors areas(), forEachPage() and nameOf().
//
// What the model shows and what it cannot: no [vdso]/[vvar]/[vvar_vclock]/[vsyscall] (we map no
// vDSO); the program image is one anonymous rw-p area at 0x10000 (Linux: the executable's
// segments, file-backed); THPeligible is 0 (no transparent huge pages); VM_ACCOUNT ("ac") is
// derived (private and writable now, not MAP_NORESERVE), not remembered: an area mprotect'ed
// from writable to read-only loses it here, keeps it in Linux. The page table keeps no dirty
// bit: anonymous pages are dirty (they exist only once written: a read maps the zero page,
// which no field counts), and a file (tmpfs) page is dirty unless all its bytes are zero — a
// hole faulted in by a read is clean on Linux, a written page dirty. Referenced equals Rss
// (every mapped page has been accessed). mapcount (Pss, Shared_*/Private_*) is exact: the
// number of page-table entries mapping the frame across every live address space.

import { PROT_EXEC, PROT_READ, PROT_WRITE } from '../../abi/mman';
import { major, minor } from '../../abi/stat';
import { ZERO_FRAME, type Frame, type MappableFile } from '../../mm/frames';
import { MemoryMap } from '../../mm/mm';
import {
  VM_DONTDUMP, VM_DONTFORK, VM_GROWSDOWN, VM_LOCKED, VM_LOCKONFAULT, VM_NOMAYWRITE, VM_NORESERVE, VM_RAND_READ,
  VM_SEQ_READ, VM_SHMEM_ANON, VM_WIPEONFORK, type Vma,
} from '../../mm/vma';
import { TmpfsMapping } from './tmpfs';
import type { GenCtx } from './procfs_files';

const PAGE = 4096;
/** PSS_SHIFT: Pss is summed in 1/4096ths of a byte. */
const PSS_ONE = 4096;
/** seq_setwidth(m, 25 + sizeof(void *) * 6 - 1): where the name column starts (after one more space). */
const NAME_COL = 72;

const hex = (v: number, width: number): string => v.toString(16).padStart(width, '0');

/** The MemoryMap behind a task's address space, or null (a zombie, a foreign AddressSpace). */
function mmOf(g: GenCtx): MemoryMap | null {
  const t = g.task!;
  if (t.state === 'dead') return null;
  return t.mm instanceof MemoryMap ? t.mm : null;
}

/** dev, inode and name of a VMA as show_map_vma prints them. */
function identity(g: GenCtx, mm: MemoryMap, v: Vma): { dev: string; ino: number; name: string } {
  const anon = { dev: '00:00', ino: 0 };
  const f = v.file;
  if (f === null) return { ...anon, name: mm.nameOf(v) };
  if (f instanceof TmpfsMapping) {
    const inode = f.file.inode;
    const dev = `${hex(major(inode.sb.dev), 2)}:${hex(minor(inode.sb.dev), 2)}`;
    const name = g.dPath!({ mnt: f.file.mnt, inode }); // "/memfd:… (deleted)" for a memfd
    return { dev, ino: inode.ino, name: name.replace(/\n/g, '\\012') };
  }
  if (v.flags & VM_SHMEM_ANON) {
    // shmem_zero_setup(): an unlinked file on the internal shm mount, named "/dev/zero".
    const sb = g.vfs.shmMount().sb;
    return { dev: `${hex(major(sb.dev), 2)}:${hex(minor(sb.dev), 2)}`, ino: g.idOf!(f), name: '/dev/zero (deleted)' };
  }
  return { ...anon, name: '' };
}

/** show_vma_header_prefix + the name: one maps line, without its newline. */
function header(start: number, end: number, perms: string, pgoff: number, dev: string, ino: number, name: string): string {
  const head = `${hex(start, 8)}-${hex(end, 8)} ${perms} ${hex(pgoff * PAGE, 8)} ${dev} ${ino} `;
  return name ? head.padEnd(NAME_COL) + ' ' + name : head;
}

function perms(v: Vma): string {
  return (v.prot & PROT_READ ? 'r' : '-') + (v.prot & PROT_WRITE ? 'w' : '-') + (v.prot & PROT_EXEC ? 'x' : '-') + (v.shared ? 's' : 'p');
}

function mapsLine(g: GenCtx, mm: MemoryMap, v: Vma): string {
  const id = identity(g, mm, v);
  return header(v.start, v.end, perms(v), v.file ? v.pgoff : 0, id.dev, id.ino, id.name);
}

export function maps(g: GenCtx): string {
  const mm = mmOf(g);
  if (!mm) return '';
  return mm.areas().map((v) => mapsLine(g, mm, v) + '\n').join('');
}

// ---------------------------------------------------------------------------------------------
// smaps

/** struct mem_size_stats: bytes, and Pss values in 1/4096ths of a byte. */
interface Mss {
  resident: number; sharedClean: number; sharedDirty: number; privateClean: number; privateDirty: number;
  referenced: number; anonymous: number;
  pss: number; pssDirty: number; pssAnon: number; pssFile: number; pssShmem: number; pssLocked: number;
}

const emptyMss = (): Mss => ({
  resident: 0, sharedClean: 0, sharedDirty: 0, privateClean: 0, privateDirty: 0, referenced: 0, anonymous: 0,
  pss: 0, pssDirty: 0, pssAnon: 0, pssFile: 0, pssShmem: 0, pssLocked: 0,
});

/** page_mapcount() of every mapped frame: page-table entries mapping it, over every live address space. */
function mapcounts(g: GenCtx): Map<Frame, number> {
  const seen = new Set<MemoryMap>();
  const counts = new Map<Frame, number>();
  for (const p of g.view.processes.values()) {
    for (const t of p.threads) {
      if (t.state === 'dead' || !(t.mm instanceof MemoryMap) || seen.has(t.mm)) continue;
      const mm = t.mm;
      seen.add(mm);
      for (const v of mm.areas()) {
        mm.forEachPage(v.start, v.end, (_vpn, f) => {
          if (f !== ZERO_FRAME) counts.set(f, (counts.get(f) ?? 0) + 1);
        });
      }
    }
  }
  return counts;
}

function allZero(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

/** smaps_pte_range + smaps_account for one VMA. */
function account(mss: Mss, mm: MemoryMap, v: Vma, counts: Map<Frame, number>): void {
  const locked = (v.flags & VM_LOCKED) !== 0;
  const file: MappableFile | null = v.file;
  mm.forEachPage(v.start, v.end, (vpn, f) => {
    if (f === ZERO_FRAME) return; // vm_normal_page(): the zero page is no page
    // A private mapping's page that is not the file's own page is an anonymous copy.
    const cachePage = file !== null && file.peek(v.filePage(vpn * PAGE)) === f;
    const anon = !cachePage && !(v.flags & VM_SHMEM_ANON);
    const dirty = anon || !allZero(f.bytes);
    const mapcount = counts.get(f) ?? 1;
    const pss = mapcount >= 2 ? Math.floor((PAGE * PSS_ONE) / mapcount) : PAGE * PSS_ONE;
    const priv = mapcount < 2;
    if (anon) mss.anonymous += PAGE;
    mss.resident += PAGE;
    mss.referenced += PAGE;
    mss.pss += pss;
    if (anon) mss.pssAnon += pss;
    else if (v.flags & VM_SHMEM_ANON || file instanceof TmpfsMapping) mss.pssShmem += pss; // tmpfs pages are swap-backed
    else mss.pssFile += pss;
    if (locked) mss.pssLocked += pss;
    if (dirty) {
      mss.pssDirty += pss;
      if (priv) mss.privateDirty += PAGE;
      else mss.sharedDirty += PAGE;
    } else if (priv) {
      mss.privateClean += PAGE;
    } else {
      mss.sharedClean += PAGE;
    }
  });
}

/** "Name:" padded to 16 columns, the value in 8, " kB". */
const kbLine = (name: string, bytes: number): string => `${(name + ':').padEnd(16)}${String(Math.floor(bytes / 1024)).padStart(8)} kB\n`;
const pssLine = (name: string, v: number): string => kbLine(name, Math.floor(v / PSS_ONE));

/** __show_smap(): the fields smaps and smaps_rollup share (rollup adds the Pss split). */
function showSmap(m: Mss, rollup: boolean): string {
  let s = kbLine('Rss', m.resident) + pssLine('Pss', m.pss) + pssLine('Pss_Dirty', m.pssDirty);
  if (rollup) s += pssLine('Pss_Anon', m.pssAnon) + pssLine('Pss_File', m.pssFile) + pssLine('Pss_Shmem', m.pssShmem);
  s += kbLine('Shared_Clean', m.sharedClean) + kbLine('Shared_Dirty', m.sharedDirty)
    + kbLine('Private_Clean', m.privateClean) + kbLine('Private_Dirty', m.privateDirty)
    + kbLine('Referenced', m.referenced) + kbLine('Anonymous', m.anonymous) + kbLine('KSM', 0)
    + kbLine('LazyFree', 0) + kbLine('AnonHugePages', 0) + kbLine('ShmemPmdMapped', 0)
    + kbLine('FilePmdMapped', 0) + kbLine('Shared_Hugetlb', 0) + kbLine('Private_Hugetlb', 0)
    + kbLine('Swap', 0) + kbLine('SwapPss', 0) + pssLine('Locked', m.pssLocked);
  return s;
}

/** show_smap_vma_flags(): the two-letter names of the VMA's flags, in bit order. */
export function vmFlags(v: Vma): string {
  const f: string[] = [];
  const mayWrite = !(v.flags & VM_NOMAYWRITE);
  if (v.prot & PROT_READ) f.push('rd');
  if (v.prot & PROT_WRITE) f.push('wr');
  if (v.prot & PROT_EXEC) f.push('ex');
  if (v.shared && mayWrite) f.push('sh'); // VM_SHARED is cleared for a file not open for writing
  f.push('mr');
  if (mayWrite) f.push('mw');
  f.push('me');
  if (v.shared) f.push('ms');
  if (v.flags & VM_GROWSDOWN) f.push('gd');
  if (v.flags & VM_LOCKED) f.push('lo');
  if (v.flags & VM_SEQ_READ) f.push('sr');
  if (v.flags & VM_RAND_READ) f.push('rr');
  if (v.flags & VM_DONTFORK) f.push('dc');
  if (v.flags & VM_LOCKONFAULT) f.push('lf');
  if (!v.shared && v.prot & PROT_WRITE && !(v.flags & VM_NORESERVE)) f.push('ac');
  if (v.flags & VM_NORESERVE) f.push('nr');
  if (v.flags & VM_WIPEONFORK) f.push('wf');
  if (v.flags & VM_DONTDUMP) f.push('dd');
  return 'VmFlags: ' + f.map((x) => x + ' ').join('') + '\n';
}

export function smaps(g: GenCtx): string {
  const mm = mmOf(g);
  if (!mm) return '';
  const counts = mapcounts(g);
  let out = '';
  for (const v of mm.areas()) {
    const m = emptyMss();
    account(m, mm, v, counts);
    out += mapsLine(g, mm, v) + '\n' + kbLine('Size', v.end - v.start) + kbLine('KernelPageSize', PAGE)
      + kbLine('MMUPageSize', PAGE) + showSmap(m, false) + `${'THPeligible:'.padEnd(16)}${'0'.padStart(8)}\n` + vmFlags(v);
  }
  return out;
}

export function smapsRollup(g: GenCtx): string {
  const mm = mmOf(g);
  if (!mm) return '';
  const l = mm.areas();
  if (l.length === 0) return '';
  const counts = mapcounts(g);
  const m = emptyMss();
  for (const v of l) account(m, mm, v, counts);
  return header(l[0]!.start, l[l.length - 1]!.end, '---p', 0, '00:00', 0, '[rollup]') + '\n' + showSmap(m, true);
}
