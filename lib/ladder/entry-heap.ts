// The planner's queue, as parallel arrays: a large search pushes tens of thousands of entries, and one object per
// entry was a fifth of its time in garbage collection. Each entry is (kind, estimate, cost, state, next): smaller
// estimate first, then smaller cost (or the reverse order of keys, for the cheapest objective).

export class EntryHeap<State, Next> {
  private estimate = new Float64Array(1024);
  private cost = new Float64Array(1024);
  private kind = new Uint8Array(1024);
  private state: (State | undefined)[] = [];
  private next: (Next | undefined)[] = [];
  size = 0;
  /** The entry last taken off by pop(). */
  top = { kind: 0, estimate: 0, cost: 0, state: undefined as State | undefined, next: undefined as Next | undefined };

  constructor(private readonly costFirst: boolean) {}

  private less(i: number, j: number): boolean {
    const primary = this.costFirst ? this.cost : this.estimate;
    const secondary = this.costFirst ? this.estimate : this.cost;
    const d = primary[i]! - primary[j]!;
    return d < -1e-9 || (d <= 1e-9 && secondary[i]! < secondary[j]!);
  }

  private swap(i: number, j: number) {
    const estimate = this.estimate[i]!;
    this.estimate[i] = this.estimate[j]!;
    this.estimate[j] = estimate;
    const cost = this.cost[i]!;
    this.cost[i] = this.cost[j]!;
    this.cost[j] = cost;
    const kind = this.kind[i]!;
    this.kind[i] = this.kind[j]!;
    this.kind[j] = kind;
    const state = this.state[i];
    this.state[i] = this.state[j];
    this.state[j] = state;
    const next = this.next[i];
    this.next[i] = this.next[j];
    this.next[j] = next;
  }

  private grow() {
    const capacity = this.estimate.length * 2;
    const estimate = new Float64Array(capacity);
    estimate.set(this.estimate);
    this.estimate = estimate;
    const cost = new Float64Array(capacity);
    cost.set(this.cost);
    this.cost = cost;
    const kind = new Uint8Array(capacity);
    kind.set(this.kind);
    this.kind = kind;
  }

  push(kind: number, estimate: number, cost: number, state: State, next?: Next) {
    if (this.size === this.estimate.length) this.grow();
    let i = this.size++;
    this.estimate[i] = estimate;
    this.cost[i] = cost;
    this.kind[i] = kind;
    this.state[i] = state;
    this.next[i] = next;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Takes the best entry off into `top`; false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const top = this.top;
    top.kind = this.kind[0]!;
    top.estimate = this.estimate[0]!;
    top.cost = this.cost[0]!;
    top.state = this.state[0];
    top.next = this.next[0];
    const last = --this.size;
    if (last > 0) {
      this.estimate[0] = this.estimate[last]!;
      this.cost[0] = this.cost[last]!;
      this.kind[0] = this.kind[last]!;
      this.state[0] = this.state[last];
      this.next[0] = this.next[last];
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < last && this.less(left, smallest)) smallest = left;
        if (right < last && this.less(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    this.state[last] = undefined;
    this.next[last] = undefined;
    return true;
  }
}
