// Summarises a V8 CPU profile (.cpuprofile, as `node --cpu-prof` writes it): self time per package or project
// file, and inclusive time (the time a function or anything it called was on the stack) for named functions.
import { readFileSync } from 'node:fs';

/** Where a function lives: an npm package, a project file, Node itself, or V8's bookkeeping. */
export function categoryOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native or V8)';
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const inPackage = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (inPackage) return inPackage[1];
  if (path.startsWith('node:')) return 'node internals';
  // Bundled project code: Astro's prerender chunks, or the source files themselves.
  const chunk = /\/dist\/(?:\.prerender|server)\/(.*)$/.exec(path) ?? /\/\.prerender\/(.*)$/.exec(path);
  if (chunk) return `project (bundled): ${chunk[1].replace(/_[A-Za-z0-9-]{8}\.mjs$/, '.mjs')}`;
  const source = /\/(src\/.*|content\/.*|astro\.config\.mjs)$/.exec(path);
  if (source) return `project: ${source[1]}`;
  return `other: ${path.split('/').slice(-2).join('/')}`;
}

/**
 * @param {string} file a .cpuprofile
 * @param {{ functions?: (string | RegExp)[], top?: number }} [options] functions: names whose inclusive time is wanted
 */
export function summarizeProfile(file, { functions = [], top = 25 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = profile.endTime - profile.startTime;

  const byCategory = new Map();
  const byFunction = new Map();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const category = categoryOf(url, functionName);
    byCategory.set(category, (byCategory.get(category) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} ${category}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }

  // Inclusive time of the wanted functions: each sample counts once per function found on its stack.
  const matchers = functions.map((f) =>
    typeof f === 'string' ? { name: f, test: (n) => n === f } : { name: String(f), test: (n) => f.test(n) },
  );
  const inclusive = new Map(matchers.map((m) => [m.name, 0]));
  const stackCache = new Map();
  const namesOnStack = (id) => {
    if (stackCache.has(id)) return stackCache.get(id);
    const names = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) names.add(nodes.get(at).callFrame.functionName);
    stackCache.set(id, names);
    return names;
  };
  if (matchers.length) {
    for (const [id, us] of selfUs) {
      const names = namesOnStack(id);
      for (const m of matchers)
        if ([...names].some((n) => m.test(n))) inclusive.set(m.name, inclusive.get(m.name) + us);
    }
  }
  const sorted = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000 }));
  return {
    totalMs: totalUs / 1000,
    categories: sorted(byCategory),
    functions: sorted(byFunction),
    inclusive: Object.fromEntries([...inclusive].map(([name, us]) => [name, us / 1000])),
  };
}
