import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { GET as packetRoute } from "@/app/api/v1/me/audit-packet.zip/route";
import { GET as feedRoute } from "@/app/api/v1/calendar/[token]/route";
import { DELETE as stopFeedRoute, GET as myFeedRoute, POST as newFeedRoute } from "@/app/api/v1/me/calendar/route";
import { GET as csvRoute } from "@/app/api/v1/me/ceus.csv/route";
import { POST as uploadCertRoute } from "@/app/api/v1/me/ceus/[id]/certificate/route";
import { POST as importRoute } from "@/app/api/v1/me/ceus/import/route";
import { GET as listEntriesRoute, POST as createEntryRoute } from "@/app/api/v1/me/ceus/route";
import { POST as addHeldRoute } from "@/app/api/v1/me/credentials/route";
import { GET as complianceRoute } from "@/app/api/v1/me/compliance/route";
import { db } from "@/lib/db";
import { callRoute } from "../helpers/call-route";
import { createTestUser } from "../helpers/users";

import { addDays, addYears, todayIso } from "@/lib/dates";

const csvHeaders = { "content-type": "text/csv" };
const good =
  "date,title,provider,ceus,topics,hiim_domain,source,index_number,external_body,applies_to,notes\n" +
  "2025-02-01,Coding update,AAPC,2,coding;auditing,no,aapc,ABC1,no,,\n" +
  '2025-03-01,"Privacy, in depth",AHIMA,1.5,privacy_security,yes,ahima,,no,,"two\nlines"\n';

describe("CSV import and export", () => {
  it("previews with nothing written, then imports every row, skipping ones already logged", async () => {
    const u = await createTestUser();
    const dry = await callRoute(importRoute, {
      method: "POST",
      cookie: u.cookie,
      path: "/x?dryRun=1",
      headers: csvHeaders,
      body: good,
    });
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({ dryRun: true, valid: 2, invalid: 0, duplicates: 0 });
    expect(await db.ceuEntry.count({ where: { userId: u.id } })).toBe(0);
    const done = await callRoute(importRoute, {
      method: "POST",
      cookie: u.cookie,
      path: "/x",
      headers: csvHeaders,
      body: good,
    });
    expect(done.status).toBe(201);
    expect(done.json).toMatchObject({ imported: 2, duplicates: 0 });
    const again = await callRoute(importRoute, {
      method: "POST",
      cookie: u.cookie,
      path: "/x",
      headers: csvHeaders,
      body: good,
    });
    expect(again.json).toMatchObject({ imported: 0, duplicates: 2 });
    const list = await callRoute(listEntriesRoute, { cookie: u.cookie, path: "/x" });
    expect(list.json.entries.map((e: { title: string; notes: string | null }) => [e.title, e.notes])).toEqual([
      ["Privacy, in depth", "two\nlines"],
      ["Coding update", null],
    ]);
  });

  it("reports each bad row by line, field and reason, and writes nothing at all", async () => {
    const u = await createTestUser();
    const bad =
      "date,title,ceus,topics,source,hiim_domain\n" +
      "2025-02-01,Fine,2,,,\n" +
      "2025-02-30,Bad date,1,,,\n" +
      "2025-03-01,,0,astrology,youtube,maybe\n";
    const dry = await callRoute(importRoute, {
      method: "POST",
      cookie: u.cookie,
      path: "/x?dryRun=1",
      headers: csvHeaders,
      body: bad,
    });
    expect(dry.json).toMatchObject({ valid: 1, invalid: 2 });
    const errors = dry.json.rows.flatMap((r: { errors: unknown[] }) => r.errors);
    expect(errors).toEqual(
      expect.arrayContaining([
        { line: 3, field: "date", message: "This is not a real date." },
        expect.objectContaining({ line: 4, field: "title" }),
        expect.objectContaining({ line: 4, field: "ceus" }),
        expect.objectContaining({ line: 4, field: "topics" }),
        expect.objectContaining({ line: 4, field: "source" }),
        expect.objectContaining({ line: 4, field: "hiim_domain" }),
      ]),
    );
    const real = await callRoute(importRoute, {
      method: "POST",
      cookie: u.cookie,
      path: "/x",
      headers: csvHeaders,
      body: bad,
    });
    expect(real.status).toBe(422);
    expect(real.json.error.message).toMatch(/nothing was imported/);
    expect(await db.ceuEntry.count({ where: { userId: u.id } })).toBe(0);
  });

  it("refuses a file without the needed columns, an unterminated quote, or the wrong type", async () => {
    const u = await createTestUser();
    const noCols = await callRoute(importRoute, {
      method: "POST",
      cookie: u.cookie,
      path: "/x?dryRun=1",
      headers: csvHeaders,
      body: "when,what\n1,2\n",
    });
    expect(noCols.json.error.issues[0]).toMatchObject({ path: "csv" });
    const open = await callRoute(importRoute, {
      method: "POST",
      cookie: u.cookie,
      path: "/x?dryRun=1",
      headers: csvHeaders,
      body: 'date,title,ceus\n2025-01-01,"oops,1\n',
    });
    expect(open.status).toBe(422);
    expect(
      (
        await callRoute(importRoute, {
          method: "POST",
          cookie: u.cookie,
          path: "/x",
          headers: { "content-type": "application/pdf" },
          body: "x",
        })
      ).status,
    ).toBe(415);
  });

  it("exports what another account can import unchanged, giving the same compliance", async () => {
    const a = await createTestUser();
    await callRoute(importRoute, { method: "POST", cookie: a.cookie, path: "/x", headers: csvHeaders, body: good });
    await callRoute(createEntryRoute, {
      method: "POST",
      cookie: a.cookie,
      body: { date: "2025-04-01", title: "=SUM(1,2)", ceus: 1, externalBody: true, appliesTo: ["CPC"] },
    });
    const csv = await callRoute(csvRoute, { cookie: a.cookie });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="ceus-\d{4}-\d{2}-\d{2}\.csv"/);
    const b = await createTestUser();
    const imported = await callRoute(importRoute, {
      method: "POST",
      cookie: b.cookie,
      path: "/x",
      headers: csvHeaders,
      body: new TextDecoder().decode(csv.bytes),
    });
    expect(imported.json.imported).toBe(3);
    const strip = (list: Record<string, unknown>[]) =>
      list.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== "id" && k !== "version")));
    const la = await callRoute(listEntriesRoute, { cookie: a.cookie, path: "/x" });
    const lb = await callRoute(listEntriesRoute, { cookie: b.cookie, path: "/x" });
    expect(strip(lb.json.entries)).toEqual(strip(la.json.entries));

    for (const u of [a, b]) {
      for (const code of ["CPC", "CPMA", "RHIT"])
        await callRoute(addHeldRoute, { method: "POST", cookie: u.cookie, body: { code, earnedOn: "2025-01-01" } });
    }
    const withoutIds = (items: Record<string, unknown>[]) =>
      items.map(({ counted, excluded, ...rest }) => ({
        ...rest,
        counted: (counted as { ceus: number; credential: string | null }[]).map(({ ceus, credential }) => ({
          ceus,
          credential,
        })),
        excluded: (excluded as unknown[]).length,
      }));
    const ca = await callRoute(complianceRoute, { cookie: a.cookie, path: "/x?asOf=2025-12-01" });
    const cb = await callRoute(complianceRoute, { cookie: b.cookie, path: "/x?asOf=2025-12-01" });
    expect(ca.json.items.length).toBe(2);
    expect(withoutIds(cb.json.items)).toEqual(withoutIds(ca.json.items));
  });
});

describe("calendar feed", () => {
  it("serves deadlines at a private address that can be replaced and stopped", async () => {
    const u = await createTestUser();
    // Earned ten months ago, whatever today is: ACDIS's CEUs are due on the second anniversary (ACDIS, read 2026),
    // its window opens 60 days before.
    const earnedOn = addDays(todayIso(), -300);
    const due = addYears(earnedOn, 2);
    const icsDate = (iso: string) => iso.replaceAll("-", "");
    await callRoute(addHeldRoute, { method: "POST", cookie: u.cookie, body: { code: "CCDS", earnedOn } });
    expect((await callRoute(myFeedRoute, { cookie: u.cookie })).json.url).toBeNull();
    const made = await callRoute(newFeedRoute, { method: "POST", cookie: u.cookie });
    expect(made.status).toBe(201);
    const token = (made.json.url as string).match(/calendar\/([^/]+)\.ics$/)![1]!;
    const feed = await callRoute(feedRoute, { params: { token: `${token}.ics` } });
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const ics = new TextDecoder().decode(feed.bytes);
    expect(ics).toContain("SUMMARY:CEUs due: CCDS (ACDIS)");
    expect(ics).toContain(`DTSTART;VALUE=DATE:${icsDate(due)}`);
    expect(ics).toContain("SUMMARY:Submission window opens: CCDS (ACDIS)");
    expect(ics).toContain(`DTSTART;VALUE=DATE:${icsDate(addDays(due, -60))}`);
    // Nothing logged yet: the 45 days of grace after that cycle's own due date are on the calendar too.
    expect(ics).toContain("SUMMARY:Grace period ends: CCDS (ACDIS)");
    expect(ics).toContain(`DTSTART;VALUE=DATE:${icsDate(addDays(due, 45))}`);

    const replaced = await callRoute(newFeedRoute, { method: "POST", cookie: u.cookie });
    expect(replaced.json.url).not.toBe(made.json.url);
    expect((await callRoute(feedRoute, { params: { token } })).status).toBe(404);
    await callRoute(stopFeedRoute, { method: "DELETE", cookie: u.cookie });
    const newToken = (replaced.json.url as string).match(/calendar\/([^/]+)\.ics$/)![1]!;
    expect((await callRoute(feedRoute, { params: { token: newToken } })).status).toBe(404);
    expect((await callRoute(feedRoute, { params: { token: "short" } })).status).toBe(404);
  });
});

describe("audit packet", () => {
  it("zips a PDF summary, the CSV and the certificates, from the owner's data only", async () => {
    const u = await createTestUser("Packet Owner");
    const other = await createTestUser();
    await callRoute(addHeldRoute, { method: "POST", cookie: u.cookie, body: { code: "CPC", earnedOn: "2025-01-01" } });
    const { json } = await callRoute(createEntryRoute, {
      method: "POST",
      cookie: u.cookie,
      body: { date: "2025-05-01", title: "Audit course", ceus: 3 },
    });
    const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
    const form = new FormData();
    form.set("file", new File([PDF], "cert.pdf"));
    await callRoute(uploadCertRoute, { method: "POST", cookie: u.cookie, params: { id: json.entry.id }, form });
    const theirs = await callRoute(createEntryRoute, {
      method: "POST",
      cookie: other.cookie,
      body: { date: "2025-05-01", title: "Not mine", ceus: 9 },
    });
    // The other person has a certificate too: it must not land in this packet.
    const otherForm = new FormData();
    otherForm.set("file", new File([PDF], "theirs.pdf"));
    expect(
      (
        await callRoute(uploadCertRoute, {
          method: "POST",
          cookie: other.cookie,
          params: { id: theirs.json.entry.id },
          form: otherForm,
        })
      ).status,
    ).toBe(201);

    const res = await callRoute(packetRoute, { cookie: u.cookie, path: "/x?asOf=2026-01-01" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(res.bytes);
    expect(Object.keys(files).sort()).toEqual(
      ["ceus.csv", `certificates/2025-05-01-audit-course-${json.entry.id.slice(0, 8)}.pdf`, "summary.pdf"].sort(),
    );
    expect(new TextDecoder().decode(files["summary.pdf"]!.slice(0, 5))).toBe("%PDF-");
    expect(new TextDecoder().decode(files["ceus.csv"]!)).toContain("Audit course");
    expect(new TextDecoder().decode(files["ceus.csv"]!)).not.toContain("Not mine");
    expect(
      Buffer.from(files[`certificates/2025-05-01-audit-course-${json.entry.id.slice(0, 8)}.pdf`]!).equals(
        Buffer.from(PDF),
      ),
    ).toBe(true);
    expect((await callRoute(packetRoute, { path: "/x" })).status).toBe(401);
  });
});
