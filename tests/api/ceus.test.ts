import { describe, expect, it } from "vitest";
import {
  DELETE as deleteCertRoute,
  GET as getCertRoute,
  POST as uploadCertRoute,
} from "@/app/api/v1/me/ceus/[id]/certificate/route";
import {
  DELETE as deleteEntryRoute,
  GET as getEntryRoute,
  PATCH as patchEntryRoute,
} from "@/app/api/v1/me/ceus/[id]/route";
import { GET as listEntriesRoute, POST as createEntryRoute } from "@/app/api/v1/me/ceus/route";
import { db } from "@/lib/db";
import { addDays, todayIso } from "@/lib/dates";
import { callRoute } from "../helpers/call-route";
import { createTestUser } from "../helpers/users";

const tomorrow = addDays(todayIso(), 1);
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const upload = (name: string, bytes: Uint8Array, type = "application/pdf") => {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name, { type }));
  return form;
};

describe("/api/v1/me/ceus", () => {
  it("logs, filters, totals, edits with versions and deletes entries", async () => {
    const u = await createTestUser();
    const post = (body: object) => callRoute(createEntryRoute, { method: "POST", cookie: u.cookie, body });
    const a = await post({
      date: "2025-04-01",
      title: "Auditing E/M",
      ceus: 2.5,
      topics: ["auditing"],
      source: "aapc",
      indexNumber: "ABC123",
    });
    expect(a.status).toBe(201);
    expect(a.json.entry).toMatchObject({
      ceus: 2.5,
      topics: ["auditing"],
      source: "aapc",
      hiimDomain: false,
      certificate: null,
      version: 1,
    });
    await post({
      date: "2025-06-01",
      title: "Privacy update",
      ceus: 1,
      hiimDomain: true,
      source: "ahima",
      provider: "AHIMA",
    });
    const all = await callRoute(listEntriesRoute, { cookie: u.cookie, path: "/api/v1/me/ceus" });
    expect(all.json).toMatchObject({ total: 3.5 });
    expect(all.json.entries.map((e: { title: string }) => e.title)).toEqual(["Privacy update", "Auditing E/M"]);
    const filtered = await callRoute(listEntriesRoute, {
      cookie: u.cookie,
      path: "/api/v1/me/ceus?topic=auditing&from=2025-01-01",
    });
    expect(filtered.json.entries.map((e: { title: string }) => e.title)).toEqual(["Auditing E/M"]);
    const searched = await callRoute(listEntriesRoute, { cookie: u.cookie, path: "/api/v1/me/ceus?q=ahima" });
    expect(searched.json.total).toBe(1);

    const id = a.json.entry.id;
    const edited = await callRoute(patchEntryRoute, {
      method: "PATCH",
      cookie: u.cookie,
      params: { id },
      body: { ceus: 3, version: 1 },
    });
    expect(edited.json.entry).toMatchObject({ ceus: 3, version: 2, title: "Auditing E/M" });
    expect(
      (
        await callRoute(patchEntryRoute, {
          method: "PATCH",
          cookie: u.cookie,
          params: { id },
          body: { ceus: 4, version: 1 },
        })
      ).status,
    ).toBe(409);
    expect((await callRoute(deleteEntryRoute, { method: "DELETE", cookie: u.cookie, params: { id } })).status).toBe(
      204,
    );
    expect((await callRoute(getEntryRoute, { cookie: u.cookie, params: { id } })).status).toBe(404);
  });

  it.each([
    [{ date: tomorrow, title: "t", ceus: 1 }, "date"],
    [{ date: "2025-13-01", title: "t", ceus: 1 }, "date"],
    [{ date: "2025-01-01", title: "", ceus: 1 }, "title"],
    [{ date: "2025-01-01", title: "t", ceus: 0 }, "ceus"],
    [{ date: "2025-01-01", title: "t", ceus: -2 }, "ceus"],
    [{ date: "2025-01-01", title: "t", ceus: 101 }, "ceus"],
    [{ date: "2025-01-01", title: "t", ceus: 1.234 }, "ceus"],
    [{ date: "2025-01-01", title: "t", ceus: 1, topics: ["astrology"] }, "topics.0"],
    [{ date: "2025-01-01", title: "t", ceus: 1, source: "youtube" }, "source"],
    [{ date: "2025-01-01", title: "t", ceus: 1, appliesTo: ["NOPE"] }, "appliesTo"],
  ])("refuses %j naming %s, writing nothing", async (body, field) => {
    const u = await createTestUser();
    const res = await callRoute(createEntryRoute, { method: "POST", cookie: u.cookie, body });
    expect(res.status).toBe(422);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect(await db.ceuEntry.count({ where: { userId: u.id } })).toBe(0);
  });

  it("keeps each user's entries and certificates to themselves", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const { json } = await callRoute(createEntryRoute, {
      method: "POST",
      cookie: a.cookie,
      body: { date: "2025-01-01", title: "Mine", ceus: 1 },
    });
    const id = json.entry.id;
    await callRoute(uploadCertRoute, {
      method: "POST",
      cookie: a.cookie,
      params: { id },
      form: upload("cert.pdf", PDF),
    });
    expect((await callRoute(getEntryRoute, { cookie: b.cookie, params: { id } })).status).toBe(404);
    expect(
      (
        await callRoute(patchEntryRoute, {
          method: "PATCH",
          cookie: b.cookie,
          params: { id },
          body: { title: "Yours" },
        })
      ).status,
    ).toBe(404);
    expect((await callRoute(deleteEntryRoute, { method: "DELETE", cookie: b.cookie, params: { id } })).status).toBe(
      404,
    );
    expect((await callRoute(getCertRoute, { cookie: b.cookie, params: { id } })).status).toBe(404);
    expect(
      (
        await callRoute(uploadCertRoute, {
          method: "POST",
          cookie: b.cookie,
          params: { id },
          form: upload("x.pdf", PDF),
        })
      ).status,
    ).toBe(404);
    expect((await callRoute(listEntriesRoute, { cookie: b.cookie, path: "/x" })).json.entries).toEqual([]);
    expect((await callRoute(getCertRoute, { cookie: a.cookie, params: { id } })).status).toBe(200);
  });
});

describe("certificates", () => {
  it("stores a PDF and gives the same bytes back to its owner, as an attachment", async () => {
    const u = await createTestUser();
    const { json } = await callRoute(createEntryRoute, {
      method: "POST",
      cookie: u.cookie,
      body: { date: "2025-01-01", title: "With file", ceus: 1 },
    });
    const id = json.entry.id;
    const up = await callRoute(uploadCertRoute, {
      method: "POST",
      cookie: u.cookie,
      params: { id },
      form: upload("../../etc/My Cert.pdf", PDF),
    });
    expect(up.status).toBe(201);
    expect(up.json.certificate).toMatchObject({
      filename: "My Cert.pdf",
      mimeType: "application/pdf",
      size: PDF.byteLength,
    });
    const down = await callRoute(getCertRoute, { cookie: u.cookie, params: { id } });
    expect(down.headers.get("content-type")).toBe("application/pdf");
    expect(down.headers.get("content-disposition")).toContain('attachment; filename="My Cert.pdf"');
    expect(Buffer.from(down.bytes).equals(Buffer.from(PDF))).toBe(true);
    expect((await callRoute(getEntryRoute, { cookie: u.cookie, params: { id } })).json.entry.certificate).toMatchObject(
      { filename: "My Cert.pdf" },
    );
    expect((await callRoute(deleteCertRoute, { method: "DELETE", cookie: u.cookie, params: { id } })).status).toBe(204);
    expect((await callRoute(getCertRoute, { cookie: u.cookie, params: { id } })).status).toBe(404);
  });

  it("judges the type by content: a PNG named .pdf is stored as PNG; a text file named .pdf is refused", async () => {
    const u = await createTestUser();
    const { json } = await callRoute(createEntryRoute, {
      method: "POST",
      cookie: u.cookie,
      body: { date: "2025-01-01", title: "t", ceus: 1 },
    });
    const id = json.entry.id;
    const png = await callRoute(uploadCertRoute, {
      method: "POST",
      cookie: u.cookie,
      params: { id },
      form: upload("photo.pdf", PNG),
    });
    expect(png.json.certificate).toMatchObject({ mimeType: "image/png", filename: "photo.png" });
    const text = await callRoute(uploadCertRoute, {
      method: "POST",
      cookie: u.cookie,
      params: { id },
      form: upload("notes.pdf", new TextEncoder().encode("just text")),
    });
    expect(text.status).toBe(422);
    expect(text.json.error.issues[0].path).toBe("file");
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    expect(
      (
        await callRoute(uploadCertRoute, {
          method: "POST",
          cookie: u.cookie,
          params: { id },
          form: upload("big.pdf", big),
        })
      ).status,
    ).toBe(413);
    expect((await callRoute(getCertRoute, { cookie: u.cookie, params: { id } })).headers.get("content-type")).toBe(
      "image/png",
    );
  });
});
