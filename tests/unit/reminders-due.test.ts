import { describe, expect, it } from "vitest";
import { compliance } from "@/lib/credentials/compliance";
import { addDays } from "@/lib/dates";
import { DEFAULT_REMINDER_DAYS, deadlineKey, dueReminders, type ReminderSettings } from "@/lib/reminders/due";
import { entry, held, sets } from "../helpers/compliance-fixtures";

// What a reminders pass should send on a day: a reminder when the day is one of the person's days relative to a
// cycle's due date, only while CEUs are still owed, by the channels the person keeps on.

const person = { id: "u1", emailVerified: true };
const defaults: ReminderSettings = { days: DEFAULT_REMINDER_DAYS, email: true, inApp: true };
// A CCDS passed 2022-10-01: 30 CEUs due ON the anniversary, 2024-10-01 (ACDIS).
const ccds = [held("CCDS", "2022-10-01")];
const itemsOn = (asOf: string, logged = [] as ReturnType<typeof entry>[], credentials = ccds) =>
  compliance(credentials, logged, sets, { asOf });
const on = (asOf: string, settings = defaults, who = person) => dueReminders(who, itemsOn(asOf), settings, asOf);

describe("dueReminders", () => {
  it("a credential due in 30 days gets its reminder that day, and none the day after", () => {
    const due = on("2024-09-01");
    expect(due.map((d) => [d.deadlineKey, d.offsetDays, d.dueOn, d.email, d.inApp])).toEqual([
      ["ACDIS|CCDS|2024-09-30", 30, "2024-10-01", true, true],
    ]);
    expect(on("2024-09-02")).toEqual([]);
    expect(on("2024-08-31")).toEqual([]);
  });

  it("reminds on each default day before and after the due date, and on no other", () => {
    const hits: [string, number][] = [];
    for (let d = 120; d >= -120; d--) {
      const day = addDays("2024-10-01", -d);
      for (const r of on(day)) hits.push([day, r.offsetDays]);
    }
    expect(hits).toEqual([
      ["2024-07-03", 90],
      ["2024-08-02", 60],
      ["2024-09-01", 30],
      ["2024-09-24", 7],
      ["2024-09-30", 1],
      ["2024-10-02", -1],
      ["2024-10-31", -30],
    ]);
  });

  it("after the due date the missed cycle is reminded of (the same deadline key), not the next one", () => {
    const [after] = on("2024-10-02");
    expect(after).toMatchObject({ deadlineKey: "ACDIS|CCDS|2024-09-30", offsetDays: -1, dueOn: "2024-10-01" });
    expect(after!.item.cycle).toBe("previous");
  });

  it("a met cycle gets nothing", () => {
    const met = itemsOn("2024-09-01", [entry("2023-05-01", 10), entry("2023-06-01", 10), entry("2023-07-01", 10)]);
    expect(met[0]!.met).toBe(true);
    expect(dueReminders(person, met, defaults, "2024-09-01")).toEqual([]);
  });

  it("a credential that is no longer held gets nothing (it is not among the items)", () => {
    expect(dueReminders(person, itemsOn("2024-09-01", [], []), defaults, "2024-09-01")).toEqual([]);
  });

  it("a replaced credential is not reminded of on its own: RHIT + RHIA make one AHIMA deadline, for the RHIA", () => {
    const items = itemsOn("2024-01-01", [], [held("RHIT", "2022-01-10"), held("RHIA", "2023-06-01")]);
    const due = dueReminders(person, items, { ...defaults, days: [8] }, "2024-01-01");
    expect(due.map((d) => d.deadlineKey)).toEqual(["AHIMA|RHIA|2024-01-09"]);
    expect(due[0]!.item.replaced).toEqual([{ code: "RHIT", by: "RHIA" }]);
  });

  it("a credential from another issuer (rules the person entered) is reminded of like any other", () => {
    const chc = held("U-ABC123", "2024-01-01", {
      body: "HCCA",
      trackedSince: "2025-01-01",
      custom: { name: "CHC", cycleMonths: 24, requiredCeus: 40, cycleEnd: "2026-01-31", topicMinimums: [] },
    });
    const items = itemsOn("2026-01-24", [], [chc]);
    expect(dueReminders(person, items, defaults, "2026-01-24").map((d) => [d.deadlineKey, d.offsetDays])).toEqual([
      ["HCCA|U-ABC123|2026-01-31", 7],
    ]);
    // Met by the person's own rules: nothing.
    const met = itemsOn("2026-01-24", [entry("2025-03-01", 40)], [chc]);
    expect(dueReminders(person, met, defaults, "2026-01-24")).toEqual([]);
  });

  it("follows the person's own days, exactly", () => {
    const mine = { ...defaults, days: [45, 0, -10] };
    expect(on("2024-09-01", mine)).toEqual([]);
    expect(on("2024-08-17", mine).map((d) => d.offsetDays)).toEqual([45]);
    expect(on("2024-10-01", mine).map((d) => d.offsetDays)).toEqual([0]);
    expect(on("2024-10-11", mine).map((d) => d.offsetDays)).toEqual([-10]);
  });

  it("emails off: in the app only; in-app off: by email only; both off: nothing at all", () => {
    expect(on("2024-09-01", { ...defaults, email: false }).map((d) => [d.email, d.inApp])).toEqual([[false, true]]);
    expect(on("2024-09-01", { ...defaults, inApp: false }).map((d) => [d.email, d.inApp])).toEqual([[true, false]]);
    expect(on("2024-09-01", { ...defaults, email: false, inApp: false })).toEqual([]);
  });

  it("an unverified address gets no email, only the in-app reminder", () => {
    const unverified = { id: "u2", emailVerified: false };
    expect(on("2024-09-01", defaults, unverified).map((d) => [d.email, d.inApp])).toEqual([[false, true]]);
    expect(on("2024-09-01", { ...defaults, inApp: false }, unverified)).toEqual([]);
  });

  it("nothing once the credential is revoked (AHIMA: 180 days inactive)", () => {
    const items = itemsOn("2024-07-08", [], [held("RHIA", "2022-01-10")]);
    const missed = items.find((i) => i.cycle === "previous")!;
    expect(missed.revokedOn).toBe("2024-07-08");
    const offset = Math.round((Date.parse(missed.dueDate) - Date.parse("2024-07-08")) / 86_400_000);
    expect(dueReminders(person, items, { ...defaults, days: [offset] }, "2024-07-08")).toEqual([]);
    expect(dueReminders(person, items, { ...defaults, days: [offset + 1] }, "2024-07-07")).toHaveLength(1);
  });

  it("the deadline key names the body, the credentials in order and the cycle end", () => {
    expect(deadlineKey({ body: "AAPC", credentials: ["CPMA", "CPC"], cycleEnd: "2027-03-31" })).toBe(
      "AAPC|CPC+CPMA|2027-03-31",
    );
  });
});
