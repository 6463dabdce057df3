import { processSingleton } from "@/lib/process-cache";

// A bounded map kept per process: the least recently used key goes first once `max` is reached. For values that
// are costly to make and cheap to check (the caller's key says which version of the data a value was made from).
// One per name and process (processSingleton: Next bundles server code into several chunks).

export class ProcessLru<T> {
  private readonly entries = new Map<string, T>();
  constructor(readonly max: number) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: moving the key to the end marks it most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The process's one LRU named `name` (created with room for `max` keys on first use). */
export function processLru<T>(name: string, max: number): ProcessLru<T> {
  return processSingleton(`lru:${name}`, () => new ProcessLru<T>(max));
}
