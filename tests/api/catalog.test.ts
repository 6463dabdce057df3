import { describe, expect, it } from "vitest";
import { GET as listCredentialsRoute } from "@/app/api/v1/credentials/route";
import { GET as getCredentialRoute } from "@/app/api/v1/credentials/[code]/route";
import { GET as listRolesRoute } from "@/app/api/v1/roles/route";
import { GET as getRoleRoute } from "@/app/api/v1/roles/[slug]/route";
import { GET as unknownApiRoute } from "@/app/api/v1/[...rest]/route";
import { callRoute } from "../helpers/call-route";

describe("GET /api/v1/roles", () => {
  it("lists every seeded role by level, each with its moves and their requirements", async () => {
    const { status, json } = await callRoute(listRolesRoute);
    expect(status).toBe(200);
    const roles = json.roles as { slug: string; level: number; movesOut: unknown[]; movesIn: unknown[] }[];
    expect(roles).toHaveLength(16);
    expect(roles.map((r) => r.level)).toEqual([...roles.map((r) => r.level)].sort((a, b) => a - b));
    const coder = roles.find((r) => r.slug === "inpatient-coder")!;
    expect(coder.movesOut.length).toBeGreaterThanOrEqual(3);
  });
});

describe("GET /api/v1/roles/{slug}", () => {
  it("returns a role with moves in and out, requirements, and sourced pay figures", async () => {
    const { status, json } = await callRoute(getRoleRoute, { params: { slug: "coding-supervisor" } });
    expect(status).toBe(200);
    const role = json.role;
    expect(role).toMatchObject({ slug: "coding-supervisor", title: "Coding Supervisor / Manager", level: 4 });
    // REFERENCE §1: auditors and CDI specialists move up, and so do coders by the lead-coder route and compliance
    // specialists (the moves the first graph lacked).
    expect(role.movesIn.map((m: { from: { slug: string } }) => m.from.slug).sort()).toEqual([
      "cdi-specialist",
      "coding-auditor",
      "compliance-specialist",
      "inpatient-coder",
      "outpatient-coder",
    ]);
    const toManager = role.movesOut.find((m: { to: { slug: string } }) => m.to.slug === "him-manager");
    expect(toManager).toMatchObject({ yearsMin: 2, yearsMax: 4, confidence: "assumption" });
    expect(toManager.routes).toHaveLength(2);
    expect(toManager.routes[0]).toMatchObject({ credentials: [["RHIA"]] });
    expect(toManager.routes[1]).toMatchObject({
      credentials: [["RHIT"]],
      experience: { kind: "leadership", years: null },
    });
    expect(toManager.routes[0].source).toMatchObject({ key: "him-pathways-reference" });
    for (const f of role.payFigures) {
      expect(f.source.title).toBeTruthy();
      expect(f.year !== null || f.confidence === "assumption").toBe(true);
    }
  });

  it("answers 404 in the API's error shape for an unknown slug", async () => {
    const { status, json } = await callRoute(getRoleRoute, { params: { slug: "astronaut" } });
    expect(status).toBe(404);
    expect(json.error).toMatchObject({ code: "not_found" });
    expect(json.error.message).toContain("astronaut");
  });

  it("answers 422 naming the parameter for a malformed slug", async () => {
    const { status, json } = await callRoute(getRoleRoute, { params: { slug: "Not A Slug!" } });
    expect(status).toBe(422);
    expect(json.error.issues[0].path).toBe("slug");
  });
});

describe("GET /api/v1/credentials", () => {
  it("lists credentials with their body, renewal cycle and exam fees", async () => {
    const { status, json } = await callRoute(listCredentialsRoute);
    expect(status).toBe(200);
    const cpc = json.credentials.find((c: { code: string }) => c.code === "CPC");
    expect(cpc).toMatchObject({
      body: { code: "AAPC" },
      renewalCycleMonths: 24,
      ceuRequired: 36,
      hasApprenticeStatus: true,
    });
    expect(cpc.examFees.map((f: { amountUsd: number }) => f.amountUsd)).toEqual([425, 499]);
    expect(cpc.examFees.every((f: { source: { key: string } }) => f.source.key)).toBe(true);
  });
});

describe("GET /api/v1/credentials/{code}", () => {
  it("returns eligibility, fees, rule sets and sources, whatever the letter case of the code", async () => {
    const { status, json } = await callRoute(getCredentialRoute, { params: { code: "chps" } });
    expect(status).toBe(200);
    const chps = json.credential;
    expect(chps.code).toBe("CHPS");
    expect(chps.eligibility).toHaveLength(6);
    expect(chps.eligibility[0]).toMatchObject({
      education: "high_school",
      experience: { kind: "privacy_security", years: 6 },
    });
    const ruleKeys = chps.ruleSets.map((r: { key: string }) => r.key);
    expect(ruleKeys).toEqual(["ahima-2021", "ahima-2025"]);
    const r2025 = chps.ruleSets[1];
    expect(r2025.effectiveFrom).toBe("2025-01-01");
    expect(r2025.rules.quotas.map((q: { value: number }) => q.value)).toEqual([0.8, 0.4]);
  });

  it("shows CPC's apprentice-removal routes separately from its (empty) exam prerequisites", async () => {
    const { json } = await callRoute(getCredentialRoute, { params: { code: "CPC" } });
    expect(json.credential.eligibility).toHaveLength(1);
    expect(json.credential.eligibility[0].credentials).toEqual([]);
    // AAPC apprenticeship page (read 2026): two years of coding; one year plus 80 contact hours of coding
    // education; or an 80-hour course plus Practicode with no experience at all.
    const removal = json.credential.apprenticeRemoval as {
      experience: { years: number } | null;
      course: string | null;
    }[];
    expect(removal.map((r) => r.experience?.years ?? null)).toEqual([2, 1, null]);
    expect(removal[2]!.course).toMatch(/80-hour.*Practicode/);
    expect(
      json.credential.fees.some(
        (f: { kind: string; amountUsd: number }) => f.kind === "reinstatement" && f.amountUsd === 200,
      ),
    ).toBe(true);
  });

  it("answers 404 for an unknown code and 422 for one that cannot be a code", async () => {
    expect((await callRoute(getCredentialRoute, { params: { code: "XYZ" } })).status).toBe(404);
    const bad = await callRoute(getCredentialRoute, { params: { code: "<script>" } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues[0].path).toBe("code");
  });
});

describe("unknown API paths", () => {
  it("answer 404 JSON, not the HTML page", async () => {
    const { status, json } = await callRoute(unknownApiRoute, { path: "/api/v1/nothing-here" });
    expect(status).toBe(404);
    expect(json.error.code).toBe("not_found");
  });
});
