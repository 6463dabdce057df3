import { describe, expect, it } from "vitest";
import { POST as eligibilityRoute } from "@/app/api/v1/credentials/[code]/eligibility/route";
import { POST as previewRoute } from "@/app/api/v1/plans/preview/route";
import { callRoute } from "../helpers/call-route";

// Eligibility as the bodies state it today (REFERENCE.md §2): ACDIS's CCDS prerequisites page (read 2026), CCDS-O's
// outpatient year, and AAPC's apprenticeship page (read 2026) for the "-A".

const ask = (code: string, body: Record<string, unknown>) =>
  callRoute(eligibilityRoute, { method: "POST", params: { code }, body }).then((r) => r.json.eligibility);

const cds = (extra: Record<string, unknown> = {}) => ({
  currentRole: "cdi-specialist",
  education: "associate",
  yearsExperience: 2,
  credentials: [] as { code: string; earnedOn: string }[],
  ...extra,
});

describe("CCDS (ACDIS prerequisites page, read 2026)", () => {
  it("RN + 2 years as a CDS, working in CDI now: eligible by the first route", async () => {
    const answer = await ask("CCDS", cds({ credentials: [{ code: "RN", earnedOn: "2015-06-01" }] }));
    expect(answer).toMatchObject({
      status: "eligible",
      route: "RN, RHIA, RHIT, MD or DO plus two years as a CDI specialist",
    });
  });

  it("the same two years while no longer working in CDI: blocked until they work in CDI again", async () => {
    const answer = await ask(
      "CCDS",
      cds({
        currentRole: "coding-auditor",
        experience: { cdi: 2 },
        credentials: [{ code: "RN", earnedOn: "2015-06-01" }],
      }),
    );
    expect(answer.status).toBe("blocked");
    expect(answer.unblock[0].needs).toContain(
      "work in clinical documentation integrity (the exam is for people doing that work now)",
    );
  });

  it("CCS + 2 years as a CDS is not yet enough: CCS holders need 3 (the 2015 'CCS + 2' rule is gone)", async () => {
    const ccs = [{ code: "CCS", earnedOn: "2019-06-01" }];
    const answer = await ask("CCDS", cds({ education: "high_school", credentials: ccs }));
    expect(answer).toMatchObject({ status: "not_yet", route: "CCS or CCS-P plus three years as a CDI specialist" });
    expect(answer.missing).toEqual(["1 more year of clinical documentation integrity work"]);
  });
});

describe("CCDS-O: at least one of the two CDI years outpatient (ACDIS, read 2026)", () => {
  const cpc = [{ code: "CPC", earnedOn: "2018-01-01" }];

  it("two inpatient CDI years and no outpatient one: one more year of outpatient CDI", async () => {
    const answer = await ask("CCDS-O", cds({ credentials: cpc, experience: { cdi: 2 } }));
    expect(answer.status).toBe("not_yet");
    expect(answer.missing).toEqual(["1 more year of outpatient clinical documentation integrity work"]);
  });

  it("one outpatient and one inpatient year, or two outpatient years (counted inside CDI): eligible", async () => {
    expect((await ask("CCDS-O", cds({ credentials: cpc, experience: { cdi: 2, cdi_outpatient: 1 } }))).status).toBe(
      "eligible",
    );
    expect((await ask("CCDS-O", cds({ credentials: cpc, experience: { cdi_outpatient: 2 } }))).status).toBe("eligible");
  });
});

describe("CPC-A: the apprentice '-A' comes off (AAPC apprenticeship page, read 2026)", () => {
  it("with an 80-hour course plus Practicode and no coding experience at all", async () => {
    const { json } = await callRoute(previewRoute, {
      method: "POST",
      body: {
        currentRole: "coding-apprentice",
        target: "outpatient-coder",
        education: "high_school",
        yearsExperience: 0,
        experience: {},
        credentials: [{ code: "CPC", earnedOn: "2026-01-10" }],
        objective: "fastest",
        k: 1,
      },
    });
    const earn = json.paths[0].steps.flatMap(
      (s: { earn: { kind: string; label: string; reason: string }[] }) => s.earn,
    );
    const removal = earn.find((e: { label: string }) => /apprentice "-A" comes off/.test(e.label));
    expect(removal.reason).toMatch(/80-hour coding course plus Practicode/i);
  });
});
