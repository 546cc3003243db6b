// CPU accounting for a benchmark on a shared machine: how much CPU the Neo4j process and this
// Node process used, and how long Neo4j's threads sat runnable waiting for a core (Linux
// /proc/<pid>/task/*/schedstat). Wall-clock rates fall when other tenants load the machine; rows
// per CPU-second do not, so both are printed.
import fs from 'node:fs';

const TICKS_PER_S = 100; // USER_HZ on Linux

export interface CpuSnapshot {
  neo4jCpuS: number;
  neo4jWaitS: number;
  nodeCpuS: number;
}

export function cpuSnapshot(neo4jPid: number | undefined): CpuSnapshot {
  const node = process.cpuUsage();
  return { ...javaCpu(neo4jPid), nodeCpuS: (node.user + node.system) / 1e6 };
}

export function cpuSince(before: CpuSnapshot, neo4jPid: number | undefined): CpuSnapshot {
  const now = cpuSnapshot(neo4jPid);
  return {
    neo4jCpuS: now.neo4jCpuS - before.neo4jCpuS,
    neo4jWaitS: now.neo4jWaitS - before.neo4jWaitS,
    nodeCpuS: now.nodeCpuS - before.nodeCpuS,
  };
}

function javaCpu(pid: number | undefined): { neo4jCpuS: number; neo4jWaitS: number } {
  if (!pid) return { neo4jCpuS: NaN, neo4jWaitS: NaN };
  try {
    // Fields after the command name: utime is the 12th, stime the 13th (proc(5) fields 14, 15).
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
    let waitNs = 0;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      try {
        waitNs += Number(fs.readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[1]);
      } catch {
        // the thread ended meanwhile
      }
    }
    return { neo4jCpuS: cpu, neo4jWaitS: waitNs / 1e9 };
  } catch {
    return { neo4jCpuS: NaN, neo4jWaitS: NaN };
  }
}

/** CPU-seconds of a running process (utime + stime), NaN if it is gone. */
export function processCpuS(pid: number | undefined): number {
  return javaCpu(pid).neo4jCpuS;
}

/**
 * CPU-seconds used by this process's finished and reaped children (proc(5) cutime + cstime): how a
 * child that has already exited, like the offline importer's JVM, is accounted.
 */
export function reapedChildrenCpuS(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_S;
}

/** CPU-seconds this Node process has used. */
export function ownCpuS(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
