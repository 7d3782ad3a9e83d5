// Describes the machine a benchmark ran on, so figures from different machines are never compared blindly.
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import { readFileSync } from 'node:fs';

/** Pretty OS name from /etc/os-release where present (Linux), else the kernel type. */
function osName() {
  try {
    const name = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (name) return `${name[1]} (${type()} ${release()})`;
  } catch {
    // not Linux
  }
  return `${type()} ${release()}`;
}

const gib = (bytes) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;

/** Snapshot of the machine right now; call it before the first benchmark so the load average is the starting load. */
export function describeMachine() {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memory: `${gib(totalmem())} total, ${gib(freemem())} free`,
    os: osName(),
    node: process.version,
    loadAverage: loadavg()
      .map((value) => value.toFixed(2))
      .join(' / '),
    date: new Date().toISOString(),
  };
}
