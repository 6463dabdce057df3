// The planner's queue, as parallel arrays: a large search pushes tens of thousands of entries, and one object per
// entry was a fifth of its time in garbage collection. Each entry is (kind, f, cost, a, b); smaller f first, then
// smaller cost (or the reverse order of keys, for the cheapest objective).

export class EntryHeap<A, B> {
  private f = new Float64Array(1024);
  private cost = new Float64Array(1024);
  private kind = new Uint8Array(1024);
  private a: (A | undefined)[] = [];
  private b: (B | undefined)[] = [];
  size = 0;
  /** The entry last taken off by pop(). */
  top = { kind: 0, f: 0, cost: 0, a: undefined as A | undefined, b: undefined as B | undefined };

  constructor(private readonly costFirst: boolean) {}

  private less(i: number, j: number): boolean {
    const primary = this.costFirst ? this.cost : this.f;
    const secondary = this.costFirst ? this.f : this.cost;
    const d = primary[i]! - primary[j]!;
    return d < -1e-9 || (d <= 1e-9 && secondary[i]! < secondary[j]!);
  }

  private swap(i: number, j: number) {
    const f = this.f[i]!;
    this.f[i] = this.f[j]!;
    this.f[j] = f;
    const c = this.cost[i]!;
    this.cost[i] = this.cost[j]!;
    this.cost[j] = c;
    const k = this.kind[i]!;
    this.kind[i] = this.kind[j]!;
    this.kind[j] = k;
    const a = this.a[i];
    this.a[i] = this.a[j];
    this.a[j] = a;
    const b = this.b[i];
    this.b[i] = this.b[j];
    this.b[j] = b;
  }

  private grow() {
    const n = this.f.length * 2;
    const f = new Float64Array(n);
    f.set(this.f);
    this.f = f;
    const c = new Float64Array(n);
    c.set(this.cost);
    this.cost = c;
    const k = new Uint8Array(n);
    k.set(this.kind);
    this.kind = k;
  }

  push(kind: number, f: number, cost: number, a: A, b?: B) {
    if (this.size === this.f.length) this.grow();
    let i = this.size++;
    this.f[i] = f;
    this.cost[i] = cost;
    this.kind[i] = kind;
    this.a[i] = a;
    this.b[i] = b;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Takes the best entry off into `top`; false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const t = this.top;
    t.kind = this.kind[0]!;
    t.f = this.f[0]!;
    t.cost = this.cost[0]!;
    t.a = this.a[0];
    t.b = this.b[0];
    const last = --this.size;
    if (last > 0) {
      this.f[0] = this.f[last]!;
      this.cost[0] = this.cost[last]!;
      this.kind[0] = this.kind[last]!;
      this.a[0] = this.a[last];
      this.b[0] = this.b[last];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < last && this.less(l, m)) m = l;
        if (r < last && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    this.a[last] = undefined;
    this.b[last] = undefined;
    return true;
  }
}
