/**
 * The resident memory of a process and all its descendants, read from Linux's `/proc`: a build
 * runs Node, and Node runs Pagefind's binary, so one process's peak would miss part of the cost.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The parent of each running process, by process id. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (field 2) is in parentheses and may hold spaces: read after its end.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while the list was read.
    }
  }
  return parents;
}

/** A process's resident set size in bytes (0 once it has ended). */
function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The resident set size of `root` and every process descended from it, in bytes: summed, and
 * of the largest one (Node's heap limit bounds one process, not the tree).
 */
export function processTreeRss(root: number): { total: number; largest: number } {
  const parents = parentsByPid();
  const tree = new Set([root]);
  // Parents may be listed after their children: repeat until no process joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  let largest = 0;
  for (const pid of tree) {
    const bytes = residentBytes(pid);
    total += bytes;
    largest = Math.max(largest, bytes);
  }
  return { total, largest };
}

/** CPU time (user and system) of this process's finished and waited-for children so far, in milliseconds. */
export function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime and cstime are fields 16 and 17 of stat(5), in clock ticks of 1/100 s on Linux.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}
