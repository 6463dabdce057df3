import { describe, expect, it } from "vitest";
import { createEntry, updateEntry } from "@/lib/ceus/service";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import { addHeldCredential } from "@/lib/credentials/held-service";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPlan, updatePlan } from "@/lib/plans/service";
import { createTestUser } from "../helpers/users";
import { PLAN_REQUEST } from "../fixtures/plan-request";

// Parallel writes for one person. On the PostgreSQL server (CI's first pass) these are real concurrent
// transactions on separate connections; on PGlite they interleave on one connection.

const isConflict = (r: PromiseSettledResult<unknown>) =>
  r.status === "rejected" && r.reason instanceof AppError && r.reason.code === "conflict";

describe("concurrent writes", () => {
  it("50 parallel CEU entries make exactly 50 rows and the right totals", async () => {
    const u = await createTestUser();
    await addHeldCredential(u.id, { code: "CPC", earnedOn: "2025-01-15" }, "2026-06-01");
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        createEntry(
          u.id,
          { date: "2025-06-01", title: `Parallel course ${i}`, ceus: 0.25 + (i % 4) * 0.25 },
          "2026-06-01",
        ),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const rows = await db.ceuEntry.findMany({ where: { userId: u.id }, select: { title: true, ceus: true } });
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.title)).size).toBe(50);
    const expected = Array.from({ length: 50 }, (_, i) => 0.25 + (i % 4) * 0.25).reduce((a, b) => a + b, 0);
    expect(rows.reduce((s, r) => s + r.ceus.toNumber(), 0)).toBeCloseTo(expected, 10);
    const { items } = await getCompliance(u.id, { asOf: "2026-06-01" });
    const aapc = items.find((i) => i.body === "AAPC" && i.cycle === "current")!;
    expect(aapc.earned).toBeCloseTo(expected, 10);
  });

  it("parallel edits of one entry at one version: exactly one wins, the rest get 409, nothing is lost", async () => {
    const u = await createTestUser();
    const entry = await createEntry(u.id, { date: "2025-06-01", title: "Original", ceus: 1 });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => updateEntry(u.id, entry.id, { title: `Edit ${i}`, version: entry.version })),
    );
    const wins = results.filter((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ title: string }>[];
    expect(wins).toHaveLength(1);
    expect(results.filter(isConflict)).toHaveLength(19);
    const final = await db.ceuEntry.findUniqueOrThrow({
      where: { id: entry.id },
      select: { title: true, version: true },
    });
    expect(final).toEqual({ title: wins[0]!.value.title, version: entry.version + 1 });
  });

  it("read-modify-write with retries on conflict keeps every writer's change", async () => {
    const u = await createTestUser();
    const entry = await createEntry(u.id, { date: "2025-06-01", title: "Shared notes", ceus: 1 });
    const appendTag = async (tag: string) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const current = await db.ceuEntry.findUniqueOrThrow({
          where: { id: entry.id },
          select: { notes: true, version: true },
        });
        try {
          await updateEntry(u.id, entry.id, { notes: `${current.notes ?? ""}[${tag}]`, version: current.version });
          return;
        } catch (err) {
          if (!(err instanceof AppError && err.code === "conflict")) throw err;
        }
      }
      throw new Error(`${tag} never got through`);
    };
    const tags = Array.from({ length: 10 }, (_, i) => `w${i}`);
    await Promise.all(tags.map(appendTag));
    const final = await db.ceuEntry.findUniqueOrThrow({
      where: { id: entry.id },
      select: { notes: true, version: true },
    });
    for (const t of tags) expect(final.notes).toContain(`[${t}]`);
    expect(final.version).toBe(entry.version + 10);
  });

  it("parallel edits of one plan with the same version: one wins, the others get 409", async () => {
    const u = await createTestUser();
    const plan = await createPlan(u.id, {
      name: "Contested",
      request: PLAN_REQUEST,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => updatePlan(u.id, plan.id, { name: `Name ${i}`, version: plan.version })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter(isConflict)).toHaveLength(9);
  });
});
