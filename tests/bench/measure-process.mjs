// Runs a command and measures its whole process tree (Linux /proc): wall time, CPU time (user + system of the
// command and every descendant it waited for, from this process's cutime/cstime), and peak resident memory (the sum
// over the tree, sampled every 50 ms, plus the largest single process's high-water mark VmHWM).
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const SAMPLE_MS = 50;
let clockTicks = 100;
let pageSize = 4096;
try {
  clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  pageSize = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
} catch {
  // keep the Linux defaults
}

/** Whether this machine has the /proc files the measurements need. */
export const canMeasure = (() => {
  try {
    readFileSync('/proc/self/stat', 'utf8');
    return true;
  } catch {
    return false;
  }
})();

/** CPU time (ms) of this process's waited-for children, including their waited-for descendants. */
function childrenCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ": state is field 0, so cutime (field 16 of stat) is index 13 and cstime index 14.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTicks;
}

/** The pids of a process and all its descendants, alive now. */
function processTree(rootPid) {
  const out = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop();
    let tasks;
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    out.push(pid);
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' '))
          if (child.trim()) queue.push(Number(child));
      } catch {
        // the thread ended
      }
    }
  }
  return out;
}

/** Resident and high-water-mark memory of one process, in bytes. */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    try {
      return { rss: Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize, hwm: 0 };
    } catch {
      return { rss: 0, hwm: 0 };
    }
  }
}

/**
 * @typedef {{ code: number, wallMs: number, cpuMs: number, peakRssBytes: number, peakProcessBytes: number,
 *   samples: number, output: string, marks: Record<string, number> }} Measured
 */

/**
 * Runs `command` with `args`; resolves when it exits. Only one measured command may run at a time (the CPU time is
 * read from this process's children counters).
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string | undefined>, echo?: boolean,
 *   marks?: Record<string, RegExp> }} [options] `marks`: output patterns whose first appearance is timed (ms from start)
 * @returns {Promise<Measured>}
 */
export function runMeasured(command, args, { cwd, env, echo = false, marks = {} } = {}) {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    /** @type {Record<string, number>} */
    const seen = {};
    const onData = (part) => {
      const text = String(part);
      output += text;
      if (echo) process.stdout.write(text);
      for (const [name, pattern] of Object.entries(marks))
        if (!(name in seen) && pattern.test(output)) seen[name] = performance.now() - started;
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let peakRss = 0;
    let peakProcess = 0;
    let samples = 0;
    const sample = () => {
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        const { rss, hwm } = memoryOf(pid);
        sum += rss;
        peakProcess = Math.max(peakProcess, hwm, rss);
      }
      peakRss = Math.max(peakRss, sum);
      samples += 1;
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      // 'exit' fires after waitpid, so the kernel has added the tree's CPU time to our children counters.
      const cpuMs = childrenCpuMs() - cpuBefore;
      const finish = () =>
        resolve({
          code: code ?? (signal ? 128 : 1),
          wallMs,
          cpuMs,
          peakRssBytes: peakRss,
          peakProcessBytes: peakProcess,
          samples,
          output,
          marks: seen,
        });
      // Read the rest of the output; a leftover grandchild holding the pipe open must not stall the bench.
      const late = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        finish();
      }, 3000);
      child.once('close', () => {
        clearTimeout(late);
        finish();
      });
    });
  });
}
