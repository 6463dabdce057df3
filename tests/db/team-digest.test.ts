import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PATCH as shareRoute } from "@/app/api/v1/teams/[id]/me/route";
import { db } from "@/lib/db";
import { teamDigestMessage, weekOf } from "@/lib/teams/digest";
import { runTeamDigests } from "@/lib/teams/digest-runner";
import { callRoute } from "../helpers/call-route";
import { startMailbox, type TestMailbox } from "../helpers/smtp";
import { teamFixture, type TeamFixture } from "../helpers/team-fixture";

vi.mock("next/headers", () => import("../helpers/next-headers-stub"));
vi.mock("next/cache", () => import("../helpers/next-cache-stub"));

// The managers' weekly digest through a real SMTP server: once per team, manager and week however many passes run,
// only to verified addresses, saying only what members share (a withdrawn share is gone from the next one).

let box: TestMailbox;
let t: TeamFixture;
const verify = (ids: string[]) =>
  db.user.updateMany({ where: { id: { in: ids } }, data: { emailVerifiedAt: new Date() } });

beforeAll(async () => {
  box = await startMailbox();
  process.env.SMTP_URL = box.url;
  t = await teamFixture("Digest team");
  await verify([t.owner.id, t.manager.id]);
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await box.close();
});

describe("the weekly team digest", () => {
  it("weeks start on Monday (UTC)", () => {
    expect(weekOf("2026-12-02")).toBe("2026-11-30");
    expect(weekOf("2026-11-30")).toBe("2026-11-30");
    expect(weekOf("2026-12-06")).toBe("2026-11-30");
  });

  it("goes once a week to each verified owner and manager, with only what members share", async () => {
    // Sam's CCS (earned 2025-06-01, status shared) is owed: 27 days before its due date it lapses within 30 days,
    // and it entered that window this week.
    const due = (await db.heldCredential.findFirstOrThrow({ where: { userId: t.statusOnly.id } })).earnedOn;
    const asOf = new Date(due.getTime() + (730 - 27) * 86_400_000).toISOString().slice(0, 10);
    const first = await runTeamDigests({ asOf });
    const again = await runTeamDigests({ asOf });
    expect(again).toEqual({ sent: 0, failed: 0 });
    const mine = box.messages.filter((m) => /Digest team/.test(m.subject ?? ""));
    expect(first.sent).toBe(mine.length);
    const to = mine.map((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address).sort();
    expect(to).toEqual([t.owner.email, t.manager.email].sort());
    const text = mine[0]!.text ?? "";
    expect(text).toContain(`${t.statusOnly.name}: CCS due`);
    // What changed comes first.
    expect(text.indexOf("What changed this week:")).toBe(0);
    expect(text).toContain(`${t.statusOnly.name}: CCS is now due within 30 days`);
    expect(text.indexOf("is now due within 30 days")).toBeLessThan(text.indexOf(`${t.statusOnly.name}: CCS due`));
    expect(text).not.toContain(t.silent.name);
    expect(text).toContain("self-reported");
  });

  it("leaves out a share withdrawn since (next week's digest)", async () => {
    await callRoute(shareRoute, {
      method: "PATCH",
      params: { id: t.teamId },
      cookie: t.statusOnly.cookie,
      body: { share: [] },
    });
    const due = (await db.heldCredential.findFirstOrThrow({ where: { userId: t.statusOnly.id } })).earnedOn;
    const asOf = new Date(due.getTime() + (730 - 14) * 86_400_000).toISOString().slice(0, 10);
    const before = box.messages.length;
    await runTeamDigests({ asOf });
    const next = box.messages.slice(before).filter((m) => /Digest team/.test(m.subject ?? ""));
    // Pat (progress shared) is past due on AAPC by then, so the digest still goes, without Sam.
    expect(next.length).toBeGreaterThan(0);
    for (const m of next) expect(m.text ?? "").not.toContain(t.statusOnly.name);
  });

  it("still goes to a team's other managers when a pass stopped after claiming one manager's", async () => {
    const due = (await db.heldCredential.findFirstOrThrow({ where: { userId: t.full.id } })).earnedOn;
    const asOf = new Date(due.getTime() + (730 + 21) * 86_400_000).toISOString().slice(0, 10);
    // A pass that claimed the owner's digest for that week and died before sending it.
    await db.teamDigest.create({
      data: { teamId: t.teamId, userId: t.owner.id, week: new Date(`${weekOf(asOf)}T00:00:00Z`) },
    });
    const before = box.messages.length;
    await runTeamDigests({ asOf });
    const to = box.messages
      .slice(before)
      .filter((m) => /Digest team/.test(m.subject ?? ""))
      .map((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address);
    expect(to).toEqual([t.manager.email]);
  });

  it("says nothing when nothing needs attention", () => {
    expect(
      teamDigestMessage({
        to: "a@example.org",
        teamName: "T",
        teamUrl: "http://x/teams/1",
        asOf: "2026-12-02",
        members: [],
        changes: [],
      }),
    ).toBeNull();
  });
});
