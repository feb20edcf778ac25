/**
 * Server CPU time, read from /proc: the user + system time of a process and all its
 * descendants (tsx starts Node as a child; workerd may fork). CPU per request is robust to a
 * noisy, shared machine in a way that requests per second is not: it counts only the work the
 * server did, not the time it waited for a core.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: split after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); ppid is field 4, utime 14, stime 15.
    return { pid, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/** CPU microseconds used so far by `root` and every process below it. */
export function treeCpuMicros(root: number): number {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((s): s is ProcStat => s !== undefined);
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let ticks = 0;
  const queue = stats.filter((s) => s.pid === root);
  while (queue.length) {
    const s = queue.pop()!;
    ticks += s.ticks;
    queue.push(...(children.get(s.pid) ?? []));
  }
  return (ticks * 1_000_000) / TICKS_PER_SECOND;
}

/** True where /proc can be read (Linux): elsewhere the benchmark reports no CPU figures. */
export const CPU_MEASURABLE = (() => {
  try {
    return readStat(process.pid) !== undefined;
  } catch {
    return false;
  }
})();
