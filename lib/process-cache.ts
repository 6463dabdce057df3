// Values read once per process and shared by every request: public seed data (rule sets, the ladder, pay figures)
// that only changes when the server restarts with new seed files. Kept on globalThis because Next bundles server
// code into several chunks, and a module-level variable would be one per chunk. A failed load is forgotten, so the
// next caller tries again instead of seeing the same error until a restart.

const g = globalThis as typeof globalThis & { __himProcessObjects?: Map<string, unknown> };

/** The process's one object named `name`, made on first use (the same one from every chunk of the build). */
export function processSingleton<T>(name: string, make: () => T): T {
  const all = (g.__himProcessObjects ??= new Map());
  if (!all.has(name)) all.set(name, make());
  return all.get(name) as T;
}

const store = () => processSingleton("process-cache", () => new Map<string, Promise<unknown>>());

/** The value under `key`, loading it once per process; `keep` may refuse to keep an answer (an unknown id). */
export function processCached<T>(key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true) {
  const cache = store();
  let value = cache.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load().then(
      (v) => {
        if (!keep(v)) cache.delete(key);
        return v;
      },
      (err: unknown) => {
        cache.delete(key);
        throw err;
      },
    );
    cache.set(key, value);
  }
  return value;
}

/** Forgets every value whose key starts with `prefix` (all of them without one): tests that re-seed use it. */
export function forgetProcessCached(prefix = ""): void {
  for (const key of [...store().keys()]) if (key.startsWith(prefix)) store().delete(key);
}
