import { describe, expect, it } from "vitest";
import { forgetKeptCompliance, keptCompliance, type LedgerStamp } from "@/lib/credentials/compliance-cache";

// The three promises of the per-process compliance cache that single calls through getCompliance never reach.
const stamp = (version: number): LedgerStamp => ({ version: BigInt(version), dueSoonDays: 90, seed: "s" });
const rules = {};

describe("keptCompliance", () => {
  it("runs one computation for callers that start together", async () => {
    forgetKeptCompliance();
    let runs = 0;
    const compute = async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 20));
      return { runs };
    };
    const [a, b] = await Promise.all([
      keptCompliance("u1", "v", stamp(1), rules, compute),
      keptCompliance("u1", "v", stamp(1), rules, compute),
    ]);
    expect(runs).toBe(1);
    expect(a).toBe(b);
  });

  it("does not keep a failure: the next call computes again", async () => {
    forgetKeptCompliance();
    await expect(
      keptCompliance("u2", "v", stamp(1), rules, () => Promise.reject(new Error("database down"))),
    ).rejects.toThrow("database down");
    await new Promise((r) => setTimeout(r, 0));
    expect(await keptCompliance("u2", "v", stamp(1), rules, async () => ({ ok: true }))).toEqual({ ok: true });
  });

  it("a request holding an older stamp never replaces the newer answer kept", async () => {
    forgetKeptCompliance();
    await keptCompliance("u3", "v", stamp(2), rules, async () => ({ version: 2 }));
    expect(await keptCompliance("u3", "v", stamp(1), rules, async () => ({ version: 1 }))).toEqual({ version: 1 });
    let recomputed = false;
    const next = await keptCompliance("u3", "v", stamp(2), rules, async () => {
      recomputed = true;
      return { version: 99 };
    });
    expect(next).toEqual({ version: 2 });
    expect(recomputed).toBe(false);
  });
});
