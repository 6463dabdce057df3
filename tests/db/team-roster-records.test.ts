import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as rosterRoute } from "@/app/api/v1/teams/[id]/roster/route";
import { forgetKeptCompliance } from "@/lib/credentials/compliance-cache";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import { db } from "@/lib/db";
import { isoOf } from "@/lib/dates";
import { policyProgress } from "@/lib/teams/policy";
import { policySchema } from "@/lib/teams/validation";
import { prng } from "@/tests/fixtures/synthetic-graph";
import { callRoute } from "../helpers/call-route";
import { join, person, teamFixture, type Person, type TeamFixture } from "../helpers/team-fixture";

vi.mock("next/headers", () => import("../helpers/next-headers-stub"));
vi.mock("next/cache", () => import("../helpers/next-cache-stub"));

// The roster reads a member's records its own way (every member's log in one query, entries numbered within each
// log, the policy's entries cut from that log when it is read anyway, otherwise read inside the policy's window).
// Whatever the path, a member's figures must be what their own compliance page says of the same records, and the
// policy what the policy's rule says of their whole log.

const AS_OF = "2026-12-02";
const POLICY = { hoursPerYear: 30, topic: "coding", topicHours: 15, newHireDays: 90, newHireHours: 8 };
let t: TeamFixture;
let busy: Person;

beforeAll(async () => {
  t = await teamFixture("Records team");
  await db.team.update({ where: { id: t.teamId }, data: { cePolicy: POLICY } });
  // Pooled AAPC credentials with a topic minimum (CPMA: auditing), an RHIT replaced by an RHIA, and a log of
  // entries of every kind: restricted to one credential, HIIM-domain, other bodies', before certification.
  busy = await person("Bea Busy", [
    { code: "CPC", earnedOn: "2021-05-10" },
    { code: "CPMA", earnedOn: "2023-02-01" },
    { code: "RHIT", earnedOn: "2020-09-01" },
    { code: "RHIA", earnedOn: "2025-04-20" },
  ]);
  const rand = prng(1402);
  const day = (n: number) => isoOf(new Date(Date.parse("2020-06-01T00:00:00Z") + n * 86_400_000));
  const topics = ["coding", "auditing", "compliance", "documentation", "ethics"];
  const sources = ["aapc", "ahima", "himss_approved", "other"] as const;
  await db.ceuEntry.createMany({
    data: Array.from({ length: 160 }, (_, i) => ({
      userId: busy.id,
      date: new Date(`${day(Math.floor(rand() * 2375))}T00:00:00Z`),
      title: `Course ${i}`,
      ceus: Math.round((0.25 + rand() * 3) * 4) / 4,
      topics: topics.filter(() => rand() < 0.3),
      hiimDomain: rand() < 0.5,
      source: sources[Math.floor(rand() * sources.length)]!,
      externalBody: rand() < 0.1,
      appliesTo: rand() < 0.1 ? ["CPMA"] : rand() < 0.05 ? ["RHIA"] : [],
    })),
  });
  // The first day of the policy's year, and the day before it: one counts, the other does not.
  await db.ceuEntry.createMany({
    data: [
      { userId: busy.id, date: new Date("2026-01-01T00:00:00Z"), title: "New year", ceus: 2, topics: ["coding"] },
      { userId: busy.id, date: new Date("2025-12-31T00:00:00Z"), title: "Old year", ceus: 3, topics: ["coding"] },
    ],
  });
  await join(t.teamId, t.owner, busy, "member", ["progress"]);
  // Joined inside the policy's new-hire window, so both of its parts are judged.
  await db.teamMember.update({
    where: { id: busy.memberId! },
    data: { joinedAt: new Date("2026-10-01T00:00:00Z") },
  });
});

type Row = {
  memberId: string;
  credentials: { code: string; status: string | null; dueDate: string | null }[];
  progress: Record<string, unknown>[];
  policy: unknown;
};
const rowOf = async () => {
  const res = await callRoute(rosterRoute, {
    params: { id: t.teamId },
    cookie: t.manager.cookie,
    path: `/x?asOf=${AS_OF}`,
  });
  expect(res.status).toBe(200);
  return (res.json.members as Row[]).find((r) => r.memberId === busy.memberId)!;
};

describe("a member's roster figures", () => {
  it("are the same whether computed for this request or kept from an earlier one", async () => {
    forgetKeptCompliance();
    const computed = await rowOf();
    const kept = await rowOf();
    expect(kept).toEqual(computed);
  });

  it("are what their own compliance page says of the same records", async () => {
    const row = await rowOf();
    const own = await getCompliance(busy.id, { asOf: AS_OF, dueSoonDays: 90 });
    expect(own.items.length).toBeGreaterThan(1);
    expect(row.progress).toEqual(
      own.items.map((i) => ({
        body: i.body,
        credentials: i.credentials,
        cycle: i.cycle,
        cycleStart: i.cycleStart,
        cycleEnd: i.cycleEnd,
        dueDate: i.dueDate,
        required: i.required,
        earned: i.earned,
        remaining: i.remaining,
        met: i.met,
        selfReported: true,
      })),
    );
    // The CPMA's auditing minimum and the RHIT's replacement are judged, not skipped.
    expect(own.items.some((i) => i.minimums.length > 0)).toBe(true);
    expect(row.credentials.find((c) => c.code === "RHIT")!.status).toBe("replaced");
    expect(row.credentials.map(({ code, status, dueDate }) => ({ code, status, dueDate }))).toEqual(
      own.held.map((h) => ({ code: h.code, status: h.status, dueDate: h.dueDate })),
    );
  });

  it("judge the team's policy on the member's whole log, read either way", async () => {
    const entries = await db.ceuEntry.findMany({
      where: { userId: busy.id },
      select: { date: true, ceus: true, topics: true },
    });
    const expected = policyProgress(
      policySchema.parse(POLICY),
      entries.map((e) => ({ date: isoOf(e.date), ceus: e.ceus.toNumber(), topics: e.topics })),
      "2026-10-01",
      AS_OF,
    );
    forgetKeptCompliance();
    expect((await rowOf()).policy).toEqual(expected);
    expect((await rowOf()).policy).toEqual(expected);
  });
});
