import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProcessInfo {
  ppid: number;
  /** Command line, arguments joined by spaces. */
  command: string;
  /** Working directory, when the OS tells us (Linux /proc); postgres runs in its data directory. */
  cwd?: string;
  zombie: boolean;
}

/** What the OS knows about a process, or undefined when there is none with that pid. */
export function processInfo(pid: number): ProcessInfo | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return existsSync('/proc/self/stat') ? fromProc(pid) : fromPs(pid);
}

/** A zombie has exited; it only waits for its parent to collect it. */
export function isAlive(pid: number): boolean {
  const info = processInfo(pid);
  return info !== undefined && !info.zombie;
}

/** Polls until the process is gone; false when it still runs after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

function fromProc(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so parse from the last ')'.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return { ppid: Number(ppid), command, cwd: readCwd(pid), zombie: state === 'Z' };
  } catch {
    return undefined;
  }
}

function readCwd(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

function fromPs(pid: number): ProcessInfo | undefined {
  try {
    const line = execFileSync('ps', ['-o', 'ppid=,stat=,command=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const match = /^(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    if (!match) return undefined;
    return { ppid: Number(match[1]), command: match[3] ?? '', zombie: match[2]?.startsWith('Z') ?? false };
  } catch {
    return undefined; // ps exits non-zero when there is no such process
  }
}
