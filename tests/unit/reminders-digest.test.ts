import { describe, expect, it } from "vitest";
import type { ComplianceItem } from "@/lib/credentials/compliance-types";
import { buildDigest, daysInWords, reminderLinks } from "@/lib/reminders/digest";
import { DEFAULT_REMINDER_DAYS } from "@/lib/reminders/due";
import { parseDayList, reminderFormSchema, reminderPatchSchema } from "@/lib/reminders/settings-schema";
import { describeReminder, owedSentence } from "@/lib/reminders/wording";

// The reminder email is a pure function of data: subject, text and HTML, and the headers RFC 8058 asks for.

const item = (over: Partial<ComplianceItem> = {}): ComplianceItem => ({
  body: "AAPC",
  credentials: ["CPMA"],
  cycle: "current",
  cycleStart: "2025-04-01",
  cycleEnd: "2027-03-31",
  dueDate: "2027-03-31",
  graceEnds: "2027-04-30",
  lateFeeEnds: "2027-06-29",
  revokedOn: "2027-06-30",
  required: 36,
  earned: 24,
  remaining: 12,
  minimums: [{ credential: "CPMA", topic: "auditing", required: 16, earned: 12 }],
  quotas: [],
  met: false,
  reportedOn: null,
  replaced: [],
  custom: false,
  assumptions: [],
  status: "active",
  explanation: "",
  ruleSet: null,
  counted: [],
  excluded: [],
  ...over,
});

describe("what a reminder says", () => {
  it("what is still owed, the topic inside it, by when, and the pace", () => {
    expect(owedSentence(item(), "2026-09-30")).toBe("12 CEUs, 4 of them auditing, by 2027-03-31 — about 2 a month");
    expect(owedSentence(item({ minimums: [] }), "2026-09-30")).toBe("12 CEUs by 2027-03-31 — about 2 a month");
    expect(owedSentence(item({ minimums: [], remaining: 3 }), "2026-03-31")).toBe(
      "3 CEUs by 2027-03-31 — about 1 every 4 months",
    );
  });

  it("close to the date it counts the days; after it, it names the next stage", () => {
    expect(owedSentence(item({ minimums: [] }), "2027-03-24")).toBe("12 CEUs by 2027-03-31 — in 7 days");
    expect(owedSentence(item({ minimums: [] }), "2027-03-30")).toBe("12 CEUs by 2027-03-31 — tomorrow");
    expect(owedSentence(item({ minimums: [] }), "2027-04-01")).toBe(
      "12 CEUs due 2027-03-31 — the grace period ends 2027-04-30",
    );
    expect(
      owedSentence(item({ minimums: [], graceEnds: null, lateFeeEnds: null, revokedOn: null }), "2027-05-01"),
    ).toBe("12 CEUs due 2027-03-31 — 31 days ago");
  });

  it("a topic still short when the total is in, and a shared cycle names whose topic it is", () => {
    const shared = item({ credentials: ["CPC", "CPMA"], remaining: 0 });
    expect(owedSentence(shared, "2027-03-24")).toBe("4 CEUs on auditing for CPMA by 2027-03-31 — in 7 days");
  });

  it("labels, links and titles; a credential from another issuer by the name the person gave it", () => {
    const e = describeReminder(item({ credentials: ["CPC", "CPMA"] }), "2027-03-01");
    expect(e).toMatchObject({ label: "CPC and CPMA (AAPC)", path: "/my-credentials/CPC", dueOn: "2027-03-31" });
    expect(e.title).toBe("CPC and CPMA (AAPC): CEUs due in 30 days");
    const custom = describeReminder(item({ body: "HCCA", credentials: ["U-ABC123"] }), "2027-04-01", {
      "U-ABC123": "CHC",
    });
    expect(custom).toMatchObject({ label: "CHC (HCCA)", title: "CHC (HCCA): CEUs overdue since 2027-03-31" });
  });
});

describe("the digest email", () => {
  const origin = "https://him.example.org";
  const entries = [
    describeReminder(item(), "2026-09-30"),
    describeReminder(item({ body: "AHIMA", credentials: ["RHIT"], minimums: [], remaining: 20 }), "2026-09-30"),
  ];
  const mail = buildDigest({
    to: "ana@example.org",
    name: "Ana <b>",
    today: "2026-09-30",
    origin,
    unsubscribeToken: "tok-1234567890abcdef",
    days: DEFAULT_REMINDER_DAYS,
    entries,
  });

  it("one subject for everything due", () => {
    expect(mail.subject).toBe("Reminders: 2 CEU deadlines, the first CPMA (AAPC)");
    expect(buildDigest({ ...mailInput(), entries: entries.slice(0, 1) }).subject).toBe(
      "Reminder: CPMA (AAPC): CEUs due in 182 days",
    );
  });

  it("the text names each item, what is owed and its link, then the settings and the way out", () => {
    expect(mail.text).toContain("Hello Ana <b>,");
    expect(mail.text).toContain("- CPMA (AAPC): 12 CEUs, 4 of them auditing, by 2027-03-31 — about 2 a month");
    expect(mail.text).toContain(`  ${origin}/my-credentials/CPMA`);
    expect(mail.text).toContain("- RHIT (AHIMA): 20 CEUs by 2027-03-31 — about 3 a month");
    expect(mail.text).toContain("90, 60, 30, 7 and 1 days before a due date and 1 and 30 days after it");
    expect(mail.text).toContain(`${origin}/profile#reminders`);
    expect(mail.text).toContain(`${origin}/unsubscribe?token=tok-1234567890abcdef`);
  });

  it("the HTML escapes what people typed and links the same places", () => {
    expect(mail.html).toContain("Hello Ana &lt;b&gt;,");
    expect(mail.html).not.toContain("<b>,");
    expect(mail.html).toContain(`href="${origin}/my-credentials/CPMA"`);
    expect(mail.html).toContain(`href="${origin}/unsubscribe?token=tok-1234567890abcdef"`);
    expect(mail.html).toContain(`href="${origin}/profile#reminders"`);
  });

  it("one-click unsubscribe headers (RFC 8058) on every digest", () => {
    expect(mail.headers).toMatchObject({
      "List-Unsubscribe": `<${origin}/api/v1/unsubscribe/tok-1234567890abcdef>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(reminderLinks(origin, "a/b").oneClick).toBe(`${origin}/api/v1/unsubscribe/a%2Fb`);
  });

  it("the schedule in words", () => {
    expect(daysInWords([30])).toBe("30 days before a due date");
    expect(daysInWords([1, 0, -1])).toBe("1 day before a due date, on the due date and 1 day after it");
    expect(daysInWords([-7])).toBe("7 days after a due date");
  });

  function mailInput() {
    return { to: "a@example.org", name: "A", today: "2026-09-30", origin, unsubscribeToken: "t", days: [30], entries };
  }
});

describe("reminder settings at the boundary", () => {
  it("days as a list: each once, latest last; out-of-range and fractions refused", () => {
    expect(reminderPatchSchema.parse({ days: [1, 30, 30, -1] })).toEqual({ days: [30, 1, -1] });
    expect(reminderPatchSchema.safeParse({ days: [400] }).success).toBe(false);
    expect(reminderPatchSchema.safeParse({ days: [1.5] }).success).toBe(false);
    expect(reminderPatchSchema.safeParse({ days: [] }).success).toBe(false);
    expect(reminderPatchSchema.safeParse({ days: Array.from({ length: 13 }, (_, i) => i) }).success).toBe(false);
    expect(reminderPatchSchema.safeParse({ email: "yes" }).success).toBe(false);
    expect(reminderPatchSchema.safeParse({ other: 1 }).success).toBe(false);
  });

  it("the form: a line of days (a typographic minus too) and two check boxes", () => {
    expect(parseDayList("90, 30 7;−1")).toEqual([90, 30, 7, -1]);
    expect(parseDayList("90, soon")).toBe("“soon” is not a whole number of days.");
    expect(reminderFormSchema.parse({ days: "7, 1", email: "on" })).toEqual({
      days: [7, 1],
      email: true,
      inApp: false,
    });
    const bad = reminderFormSchema.safeParse({ days: "7, x" });
    expect(bad.success ? null : bad.error.issues[0]!.path).toEqual(["days"]);
  });
});
