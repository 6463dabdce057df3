import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { updateProfile } from "@/lib/accounts/profile";
import { confirmDraft } from "@/lib/capture/drafts";
import { importCsv } from "@/lib/ceus/csv-io";
import { createEntry, deleteEntry, updateEntry } from "@/lib/ceus/service";
import { forgetKeptCompliance, readLedgerStamp } from "@/lib/credentials/compliance-cache";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import {
  addCustomCredential,
  removeCustomCredential,
  updateCustomCredential,
} from "@/lib/credentials/custom-credentials";
import { addHeldCredential, removeHeldCredential, updateHeldCredential } from "@/lib/credentials/held-service";
import { removeMembership, setMembership } from "@/lib/credentials/memberships";
import { db } from "@/lib/db";
import { createTestUser } from "../helpers/users";

// The compliance answer is kept per process and keyed by User.ledgerVersion, which triggers bump in the writing
// transaction. These tests enumerate every way the app writes what compliance reads, and check after each write
// that the version moved and that the answer served (through the cache) equals one computed from scratch.

const TODAY = "2026-06-01";
// The models compliance reads per person; each must have a trigger for each kind of write.
const LEDGER_TABLES = ["HeldCredential", "CeuEntry", "BodyMembership", "CustomCredential"];
const LEDGER_MODELS =
  /\b(?:db|tx)\.(heldCredential|ceuEntry|bodyMembership|customCredential)\.(?:create|update|upsert|delete)/;
// Files that write those models (found by the scan below); a new one must get a step in the test that follows.
const KNOWN_WRITERS = [
  "lib/capture/drafts.ts",
  "lib/ceus/csv-io.ts",
  "lib/ceus/service.ts",
  "lib/credentials/custom-credentials.ts",
  "lib/credentials/held-service.ts",
  "lib/credentials/memberships.ts",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** A certificate read into a draft, as the upload leaves it (the reading itself is tests/api/ceu-drafts.test.ts's). */
const draftOf = (userId: string) =>
  db.ceuDraft.create({
    data: {
      userId,
      fileName: "certificate.pdf",
      status: "read",
      mimeType: "application/pdf",
      size: 20,
      sha256: "0".repeat(64),
      data: Buffer.from("%PDF-1.4\n%%EOF\n"),
      fields: {
        date: { value: "2025-05-03", confidence: 0.95, source: { page: 1, box: { x: 0, y: 0, w: 1, h: 0.1 } } },
        title: { value: "From a certificate", confidence: 0.9, source: { page: 1, box: { x: 0, y: 0, w: 1, h: 0.1 } } },
        ceus: { value: 1.5, confidence: 0.9, source: { page: 1, box: { x: 0, y: 0, w: 1, h: 0.1 } } },
      },
    },
    select: { id: true },
  });

const version = async (userId: string) => (await readLedgerStamp(userId))!.version;

/** The kept answer must be the answer: compare with one computed with nothing kept. */
async function expectFresh(userId: string) {
  const served = await getCompliance(userId, { asOf: TODAY });
  forgetKeptCompliance();
  const fresh = await getCompliance(userId, { asOf: TODAY });
  expect(JSON.parse(JSON.stringify(served))).toEqual(JSON.parse(JSON.stringify(fresh)));
  return fresh;
}

describe("the compliance cache and the ledger version", () => {
  it("every file that writes held, custom or membership rows or CEU entries is one this test exercises", () => {
    const writers = ["lib", "app", "prisma", "scripts"]
      .flatMap((d) => sourceFiles(path.join(process.cwd(), d)))
      .filter((f) => LEDGER_MODELS.test(readFileSync(f, "utf8")))
      .map((f) => path.relative(process.cwd(), f))
      .sort();
    expect(writers).toEqual(KNOWN_WRITERS);
  });

  it("every table compliance reads has a trigger for inserts, updates and deletes", async () => {
    const rows = await db.$queryRaw<{ table: string; event: string }[]>`
      SELECT event_object_table AS "table", event_manipulation AS "event"
      FROM information_schema.triggers WHERE trigger_name LIKE '%_ledger_%'`;
    for (const table of LEDGER_TABLES) {
      const events = rows.filter((r) => r.table === table).map((r) => r.event);
      expect(events.sort(), table).toEqual(["DELETE", "INSERT", "UPDATE"]);
    }
    expect(rows.filter((r) => r.table === "User").map((r) => r.event)).toEqual(["UPDATE"]);
  });

  it("each write path bumps the version, and the next answer is computed from the write", async () => {
    const u = await createTestUser();
    const state: Record<string, string> = {};
    const steps: [string, () => Promise<unknown>][] = [
      [
        "add a held credential",
        async () => (state.held = (await addHeldCredential(u.id, { code: "CPC", earnedOn: "2024-03-01" }, TODAY)).id),
      ],
      ["update a held credential", () => updateHeldCredential(u.id, state.held!, { certificateNumber: "C-1" }, TODAY)],
      [
        "log a CEU entry",
        async () =>
          (state.entry = (await createEntry(u.id, { date: "2025-04-01", title: "Course", ceus: 2 }, TODAY)).id),
      ],
      ["edit a CEU entry", () => updateEntry(u.id, state.entry!, { ceus: 5 }, TODAY)],
      [
        "import CEU entries",
        () => importCsv(u.id, "date,title,ceus\n2025-05-01,Imported one,1.5\n2025-05-02,Imported two,3\n", TODAY),
      ],
      ["confirm a certificate's draft", async () => confirmDraft(u.id, (await draftOf(u.id)).id, {}, TODAY)],
      ["delete a CEU entry", () => deleteEntry(u.id, state.entry!)],
      ["set a membership", () => setMembership(u.id, "AAPC", { membershipExpires: "2027-03-31" })],
      ["remove a membership", () => removeMembership(u.id, "AAPC")],
      [
        "add a custom credential",
        async () =>
          (state.custom = (
            await addCustomCredential(
              u.id,
              { name: "State licence", issuer: "Board", earnedOn: "2024-06-01", cycleMonths: 24, requiredCeus: 20 },
              TODAY,
            )
          ).id),
      ],
      ["update a custom credential", () => updateCustomCredential(u.id, state.custom!, { requiredCeus: 30 }, TODAY)],
      ["remove a custom credential", () => removeCustomCredential(u.id, state.custom!)],
      ["change the due-soon window", () => updateProfile(u.id, { dueSoonDays: 35 })],
      ["remove a held credential", () => removeHeldCredential(u.id, state.held!)],
    ];
    for (const [name, write] of steps) {
      const before = await expectFresh(u.id);
      // A second read without a write is the kept answer itself.
      expect(await getCompliance(u.id, { asOf: TODAY }), name).toBe(await getCompliance(u.id, { asOf: TODAY }));
      const v0 = await version(u.id);
      await write();
      expect(await version(u.id), name).toBeGreaterThan(v0);
      const after = await getCompliance(u.id, { asOf: TODAY });
      expect(after, name).not.toBe(before);
      await expectFresh(u.id);
    }
  });

  it("bulk SQL from outside the app bumps the version once per statement, a rollback not at all", async () => {
    const u = await createTestUser();
    await addHeldCredential(u.id, { code: "CPC", earnedOn: "2024-03-01" }, TODAY);
    const first = await getCompliance(u.id, { asOf: TODAY });
    const v0 = await version(u.id);
    await db.$executeRaw`
      INSERT INTO "CeuEntry" ("id", "userId", "date", "title", "ceus", "updatedAt")
      SELECT gen_random_uuid()::text, ${u.id}, DATE '2025-01-01' + n, format('Bulk %s', n), 1, now()
      FROM generate_series(1, 20) AS n`;
    expect(await version(u.id)).toBe(v0 + 1n);
    const after = await expectFresh(u.id);
    expect(after).not.toEqual(first);
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`DELETE FROM "CeuEntry" WHERE "userId" = ${u.id}`;
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await version(u.id)).toBe(v0 + 1n);
  });

  it("another person's writes leave a kept answer alone", async () => {
    const [a, b] = [await createTestUser(), await createTestUser()];
    await addHeldCredential(a.id, { code: "CPC", earnedOn: "2024-03-01" }, TODAY);
    const kept = await getCompliance(a.id, { asOf: TODAY });
    const v = await version(a.id);
    await addHeldCredential(b.id, { code: "CPC", earnedOn: "2024-03-01" }, TODAY);
    await createEntry(b.id, { date: "2025-04-01", title: "B's course", ceus: 2 }, TODAY);
    expect(await version(a.id)).toBe(v);
    expect(await getCompliance(a.id, { asOf: TODAY })).toBe(kept);
  });
});
