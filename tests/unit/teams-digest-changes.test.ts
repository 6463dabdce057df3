import { describe, expect, it } from "vitest";
import type { ComplianceItem } from "@/lib/credentials/compliance-types";
import { teamDigestMessage } from "@/lib/teams/digest";
import { changeLines, weekChanges } from "@/lib/teams/digest-changes";
import type { CredentialFact, MemberFacts } from "@/lib/teams/roster";
import { policySchema } from "@/lib/teams/validation";

// The digest's "what changed this week" from dated facts alone: the week is the 7 days ending AS_OF (Wednesday
// 2026-11-26 to Wednesday 2026-12-02). Stage dates below are fixtures, not any body's rules.

const AS_OF = "2026-12-02";
const ctx = { asOf: AS_OF, policy: null };

const item = (code: string, dueDate: string, stages: Partial<ComplianceItem> = {}): ComplianceItem =>
  ({
    body: "X",
    credentials: [code],
    cycle: "current",
    dueDate,
    graceEnds: null,
    lateFeeEnds: null,
    revokedOn: null,
    met: false,
    ...stages,
  }) as ComplianceItem;
const cred = (code: string, status: CredentialFact["status"], dueDate: string | null): CredentialFact => ({
  code,
  name: code,
  issuer: "X",
  custom: false,
  status,
  dueDate,
});
const member = (over: Partial<MemberFacts> = {}): MemberFacts => ({
  memberId: "m1",
  name: "Ana",
  role: "member",
  share: ["status"],
  joinedOn: "2025-01-10",
  position: null,
  credentials: [],
  progress: [],
  entries: [],
  certificates: [],
  ...over,
});
const texts = (f: MemberFacts[], c: Parameters<typeof weekChanges>[1] = ctx) => weekChanges(f, c).map((x) => x.text);

describe("what changed this week", () => {
  it("says who joined in the last 7 days, not the day a week ago", () => {
    const f = [member({ joinedOn: "2026-11-26", name: "Bo" }), member({ joinedOn: "2026-11-25" })];
    expect(texts(f)).toEqual(["Bo joined the team"]);
  });

  it("says a credential became past due and entered grace when its due date fell this week", () => {
    const f = member({
      credentials: [cred("CPC", "grace", "2026-11-28")],
      progress: [item("CPC", "2026-11-28", { graceEnds: "2026-12-28", lateFeeEnds: "2027-02-26" })],
    });
    expect(texts([f])).toEqual(["Ana: CPC became past due (due 2026-11-28) and entered grace, until 2026-12-28"]);
    // Past due since the week before: nothing changed this week.
    const older = member({ credentials: [cred("CPC", "grace", "2026-11-24")], progress: [item("CPC", "2026-11-24")] });
    expect(texts([older])).toEqual([]);
  });

  it("says when grace ended and the late-fee stage began, and when a credential was revoked", () => {
    const stages = { graceEnds: "2026-11-30", lateFeeEnds: "2027-01-29", revokedOn: "2026-12-01" };
    const late = member({
      credentials: [cred("CPC", "late_fee", "2026-10-31")],
      progress: [item("CPC", "2026-10-31", stages)],
    });
    expect(texts([late])).toEqual(["Ana: CPC entered the late-fee stage, until 2027-01-29"]);
    const gone = member({
      credentials: [cred("CPC", "revoked", "2026-10-31")],
      progress: [item("CPC", "2026-10-31", stages)],
    });
    expect(texts([gone])).toEqual(["Ana: CPC was revoked on 2026-12-01 (due 2026-10-31)"]);
  });

  it("says a credential without grace lapsed the day after its due date, and the coverage it cost", () => {
    const f = member({
      position: { id: "p", name: "Coder", requires: [["RHIT"]] },
      credentials: [cred("RHIT", "inactive", "2026-11-30")],
      progress: [item("RHIT", "2026-11-30")],
    });
    expect(texts([f])).toEqual([
      "Ana: RHIT became past due (due 2026-11-30) and lapsed: inactive since 2026-12-01",
      "Ana no longer covers Coder",
    ]);
  });

  it("does not call coverage lost when another group still covers, or when it was lost before", () => {
    const requires = [["RHIT"], ["CCS"]];
    const covered = member({
      position: { id: "p", name: "Coder", requires },
      credentials: [cred("RHIT", "inactive", "2026-11-30"), cred("CCS", "active", "2027-06-01")],
      progress: [item("RHIT", "2026-11-30")],
    });
    expect(weekChanges([covered], ctx).map((c) => c.kind)).toEqual(["stage"]);
    const before = member({
      position: { id: "p", name: "Coder", requires },
      credentials: [cred("RHIT", "inactive", "2026-10-30")],
      progress: [item("RHIT", "2026-10-30")],
    });
    expect(texts([before])).toEqual([]);
  });

  it("says a credential entered the 30-day window: due in 24 to 30 days, not 23 or 31", () => {
    const f = (due: string) => member({ credentials: [cred("CCS", "due_soon", due)], progress: [item("CCS", due)] });
    expect(texts([f("2027-01-01")])).toEqual(["Ana: CCS is now due within 30 days (due 2027-01-01)"]);
    expect(texts([f("2026-12-26")])).toHaveLength(1);
    expect(texts([f("2026-12-25")])).toEqual([]);
    expect(texts([f("2027-01-02")])).toEqual([]);
  });

  it("reads nothing but the joining day from a member who shares nothing", () => {
    const f = member({
      share: [],
      joinedOn: "2026-12-01",
      credentials: [cred("CPC", "grace", "2026-11-28")],
      progress: [item("CPC", "2026-11-28", { graceEnds: "2026-12-28" })],
      entries: [],
    });
    const policy = policySchema.parse({ newHireDays: 1, newHireHours: 5 });
    expect(texts([f], { asOf: AS_OF, policy })).toEqual(["Ana joined the team"]);
  });

  it("says a new-hire window closed short this week, only for a member sharing progress", () => {
    const policy = policySchema.parse({ newHireDays: 30, newHireHours: 5 });
    const f = (share: MemberFacts["share"]) =>
      member({ share, joinedOn: "2026-11-01", entries: [{ date: "2026-11-10", ceus: 2, topics: [] }] });
    expect(texts([f(["progress"])], { asOf: AS_OF, policy })).toEqual([
      "Ana missed the new-hire window ending 2026-11-30: 2 of 5 hours",
    ]);
    expect(texts([f(["status"])], { asOf: AS_OF, policy })).toEqual([]);
    expect(texts([f(["progress"])], { asOf: "2026-12-08", policy })).toEqual([]);
  });

  it("says in the first week of a year who ended the last one short of the policy", () => {
    const policy = policySchema.parse({ hoursPerYear: 12 });
    const f = member({ share: ["progress"], entries: [{ date: "2026-06-01", ceus: 4, topics: [] }] });
    expect(texts([f], { asOf: "2027-01-04", policy })).toEqual([
      "Ana ended 2026 short of the team's education policy: 4 of 12 hours",
    ]);
    expect(texts([f], { asOf: "2027-01-08", policy })).toEqual([]);
  });

  it("says there were no changes in an empty week, first in the email", () => {
    expect(weekChanges([member()], ctx)).toEqual([]);
    expect(changeLines([])).toEqual(["No changes this week."]);
    const row = { memberId: "m1", name: "Ana", role: "member" as const, position: null, share: [] };
    const uncovered = {
      ...row,
      position: { id: "p", name: "Coder" },
      coverage: { met: false, missing: [["RHIT"]], lapsing: [] },
    };
    const base = { to: "a@example.org", teamName: "T", teamUrl: "http://x/teams/1", asOf: AS_OF };
    const quiet = teamDigestMessage({ ...base, members: [uncovered], changes: [] })!;
    expect(quiet.text.split("\n\n")[0]).toBe("No changes this week.");
    const busy = teamDigestMessage({
      ...base,
      members: [row],
      changes: [{ kind: "joined", member: "Bo", text: "Bo joined the team" }],
    })!;
    expect(busy.text.split("\n\n").slice(0, 2)).toEqual(["What changed this week:", "Bo joined the team."]);
    expect(teamDigestMessage({ ...base, members: [row], changes: [] })).toBeNull();
  });
});
