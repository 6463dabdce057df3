import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/me/export.zip/route";
import { POST as confirmRoute } from "@/app/api/v1/me/ceus/drafts/[id]/confirm/route";
import { DELETE as deleteRoute } from "@/app/api/v1/me/ceus/drafts/[id]/route";
import { GET as listRoute, POST as uploadRoute } from "@/app/api/v1/me/ceus/drafts/route";
import type { DraftView } from "@/lib/capture/draft-view";
import { closeOcr } from "@/lib/capture/ocr";
import { createEntry } from "@/lib/ceus/service";
import { db } from "@/lib/db";
import {
  blankPdf,
  corruptPdf,
  encryptedPdf,
  imageOnlyPdf,
  renamedExecutable,
} from "../fixtures/certificates/bad-files";
import { certificatePdf } from "../fixtures/certificates/generate";
import { corpusSpecs } from "../fixtures/certificates/specs";
import { callRoute } from "../helpers/call-route";
import { createTestUser } from "../helpers/users";

// Certificates in, drafts out, entries on confirmation: through the route handlers, on the real readers.

const specs = corpusSpecs(45);
const form = (...files: [string, Uint8Array][]) => {
  const f = new FormData();
  for (const [name, data] of files) f.append("file", new File([data as Uint8Array<ArrayBuffer>], name));
  return f;
};
const upload = (cookie: string, ...files: [string, Uint8Array][]) =>
  callRoute(uploadRoute, { method: "POST", cookie, form: form(...files) });
const confirm = (cookie: string, id: string, body: unknown = {}) =>
  callRoute(confirmRoute, { method: "POST", cookie, params: { id }, body });
type Draft = DraftView & { fields: Record<string, NonNullable<DraftView["fields"]["date"]>> };

afterAll(() => closeOcr());

describe("reading certificates into drafts", () => {
  it("reads text PDFs into drafts with each field's value, confidence and place on the page", async () => {
    const u = await createTestUser();
    const three = [specs[0]!, specs[2]!, specs[7]!]; // webinar, chapter meeting, table
    const res = await upload(
      u.cookie,
      ...(await Promise.all(three.map(async (s) => [`${s.id}.pdf`, await certificatePdf(s)] as [string, Uint8Array]))),
    );
    expect(res.status).toBe(201);
    const drafts: Draft[] = res.json.drafts;
    expect(drafts.map((d) => d.fileName)).toEqual(three.map((s) => `${s.id}.pdf`));
    drafts.forEach((d, i) => {
      const t = three[i]!.truth;
      expect(d.status).toBe("read");
      expect(d.fields.date!.value).toBe(t.date);
      expect(d.fields.title!.value).toBe(t.title);
      expect(d.fields.ceus!.value).toBe(t.ceus);
      expect(d.fields.indexNumber!.value).toBe(t.indexNumber);
      expect(d.fields.date!.confidence).toBeGreaterThan(0.9);
      expect(d.fields.date!.source).toMatchObject({ page: 1, method: "text" });
      expect(d.fields.date!.source.box.y).toBeGreaterThan(0);
      expect(d.fields.date!.source.box.y).toBeLessThan(1);
    });
    expect(drafts[1]!.fields.topics!.value).toEqual(three[1]!.truth.topics);
    const list = await callRoute(listRoute, { cookie: u.cookie });
    expect(list.json.drafts.map((d: Draft) => d.id)).toEqual(drafts.map((d) => d.id));
  });

  it("answers every bad file with its own message, keeps no bad bytes, and still reads the good one", async () => {
    const u = await createTestUser();
    const res = await upload(
      u.cookie,
      ["damaged.pdf", corruptPdf()],
      ["locked.pdf", encryptedPdf()],
      ["blank.pdf", await blankPdf()],
      ["certificate.pdf", renamedExecutable()],
      ["empty.png", new Uint8Array()],
      ["good.pdf", await certificatePdf(specs[1]!)],
    );
    expect(res.status).toBe(201);
    const byName = Object.fromEntries(res.json.drafts.map((d: Draft) => [d.fileName, d]));
    expect(byName["damaged.pdf"]).toMatchObject({ status: "failed", error: expect.stringMatching(/damaged/) });
    expect(byName["locked.pdf"]).toMatchObject({ status: "failed", error: expect.stringMatching(/password/) });
    expect(byName["blank.pdf"]).toMatchObject({ status: "failed", error: expect.stringMatching(/blank page/) });
    expect(byName["certificate.pdf"]).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/PDF, PNG or JPEG/),
    });
    expect(byName["empty.png"]).toMatchObject({ status: "failed", error: "The file is empty." });
    expect(byName["good.pdf"]).toMatchObject({ status: "read" });
    const stored = await db.ceuDraft.findMany({ where: { userId: u.id, status: "failed" }, select: { data: true } });
    expect(stored).toHaveLength(5);
    expect(stored.every((s) => s.data === null)).toBe(true);
    // A failed draft cannot become an entry.
    const refused = await confirm(u.cookie, byName["damaged.pdf"].id);
    expect(refused.status).toBe(409);
    expect(await db.ceuEntry.count({ where: { userId: u.id } })).toBe(0);
  });

  it("takes a batch of 50 and refuses 51 whole, writing nothing", async () => {
    const u = await createTestUser();
    const pdf = await certificatePdf(specs[3]!);
    const fifty = Array.from({ length: 50 }, (_, i) => [`c${i}.pdf`, pdf] as [string, Uint8Array]);
    const ok = await upload(u.cookie, ...fifty);
    expect(ok.status).toBe(201);
    expect(ok.json.drafts).toHaveLength(50);
    // The same file fifty times: the first is the draft, the rest point at it.
    expect(ok.json.drafts.filter((d: Draft) => d.duplicateOf?.reason === "same_file")).toHaveLength(49);
    const u2 = await createTestUser();
    const tooMany = await upload(u2.cookie, ...fifty, ["c50.pdf", pdf]);
    expect(tooMany.status).toBe(422);
    expect(tooMany.json.error.issues[0]).toMatchObject({ path: "file", message: expect.stringMatching(/at most 50/) });
    expect(await db.ceuDraft.count({ where: { userId: u2.id } })).toBe(0);
  });

  it("refuses what is not a multipart upload of files", async () => {
    const u = await createTestUser();
    const asJson = await callRoute(uploadRoute, { method: "POST", cookie: u.cookie, body: { file: "x" } });
    expect(asJson.status).toBe(415);
    const f = new FormData();
    f.set("file", "just text");
    const text = await callRoute(uploadRoute, { method: "POST", cookie: u.cookie, form: f });
    expect(text.status).toBe(422);
    const none = await callRoute(uploadRoute, { method: "POST", cookie: u.cookie, form: new FormData() });
    expect(none.status).toBe(422);
  });
});

describe("confirming drafts", () => {
  it("makes exactly the entry a typed one would be, with the certificate attached, and removes the draft", async () => {
    const u = await createTestUser();
    const spec = specs[4]!; // a transcript
    const pdf = await certificatePdf(spec);
    const [draft] = (await upload(u.cookie, ["transcript.pdf", pdf])).json.drafts as Draft[];
    const res = await confirm(u.cookie, draft!.id, { provider: "Typed provider", topics: ["coding"] });
    expect(res.status).toBe(201);
    const typed = await createEntry(u.id, {
      date: spec.truth.date,
      title: spec.truth.title,
      provider: "Typed provider",
      ceus: spec.truth.ceus,
      indexNumber: spec.truth.indexNumber,
      topics: ["coding"],
    });
    const strip = (e: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => k !== "id" && k !== "certificate"));
    expect(strip(res.json.entry)).toEqual(strip(typed as unknown as Record<string, unknown>));
    expect(res.json.entry.certificate).toEqual({
      filename: "transcript.pdf",
      mimeType: "application/pdf",
      size: pdf.byteLength,
    });
    const cert = await db.ceuCertificate.findFirst({ where: { entryId: res.json.entry.id }, select: { data: true } });
    expect(Buffer.compare(Buffer.from(cert!.data), Buffer.from(pdf))).toBe(0);
    expect(await db.ceuDraft.count({ where: { userId: u.id } })).toBe(0);
  });

  it("validates like any entry: 422 naming the field, nothing written", async () => {
    const u = await createTestUser();
    const [draft] = (await upload(u.cookie, ["a.pdf", await certificatePdf(specs[5]!)])).json.drafts as Draft[];
    const bad = await confirm(u.cookie, draft!.id, { ceus: -1, date: "2999-01-01" });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["ceus", "date"]);
    const unknown = await confirm(u.cookie, draft!.id, { colour: "blue" });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.issues[0].path).toBe("colour");
    expect(await db.ceuEntry.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.ceuDraft.count({ where: { userId: u.id } })).toBe(1);
    expect(
      (await callRoute(deleteRoute, { method: "DELETE", cookie: u.cookie, params: { id: draft!.id } })).status,
    ).toBe(204);
    expect(
      (await callRoute(deleteRoute, { method: "DELETE", cookie: u.cookie, params: { id: draft!.id } })).status,
    ).toBe(404);
  });

  it("flags the same file and the same activity with a link to the entry, and never doubles silently", async () => {
    const u = await createTestUser();
    const spec = specs[6]!;
    const pdf = await certificatePdf(spec);
    const [first] = (await upload(u.cookie, ["cdi.pdf", pdf])).json.drafts as Draft[];
    const entry = (await confirm(u.cookie, first!.id)).json.entry;
    const [again] = (await upload(u.cookie, ["cdi-again.pdf", pdf])).json.drafts as Draft[];
    expect(again!.duplicateOf).toMatchObject({
      reason: "same_file",
      entryId: entry.id,
      href: `/ceus#entry-${entry.id}`,
    });
    expect(again!.confident).toBe(false);
    // Another file (the scan's PDF differs byte for byte) of the same activity.
    const scan = await certificatePdf({ ...spec, scan: { rotate: 0, lowContrast: true } }, true);
    const [same] = (await upload(u.cookie, ["cdi-scan.pdf", scan])).json.drafts as Draft[];
    expect(same!.duplicateOf).toMatchObject({ reason: "same_activity", entryId: entry.id });
    const refused = await confirm(u.cookie, same!.id);
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toContain(`/ceus#entry-${entry.id}`);
    expect(await db.ceuEntry.count({ where: { userId: u.id } })).toBe(1);
    expect((await confirm(u.cookie, same!.id, { keepDuplicate: true })).status).toBe(201);
    expect(await db.ceuEntry.count({ where: { userId: u.id } })).toBe(2);
  });

  it("confirmed twice at once (two tabs), makes one entry: the other answers 404 and writes nothing", async () => {
    const u = await createTestUser();
    const [draft] = (await upload(u.cookie, ["twice.pdf", await certificatePdf(specs[0]!)])).json.drafts as Draft[];
    const answers = await Promise.all([confirm(u.cookie, draft!.id), confirm(u.cookie, draft!.id)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 404]);
    expect(await db.ceuEntry.count({ where: { userId: u.id } })).toBe(1);
    expect(await db.ceuCertificate.count({ where: { userId: u.id } })).toBe(1);
  });

  it("keeps drafts in the export, and deleting the account removes them", async () => {
    const u = await createTestUser();
    const [draft] = (await upload(u.cookie, ["mine.pdf", await certificatePdf(specs[8]!)])).json.drafts as Draft[];
    const zip = unzipSync((await callRoute(exportRoute, { cookie: u.cookie })).bytes);
    const data = JSON.parse(new TextDecoder().decode(zip["data.json"]!));
    expect(data.ceuDrafts).toHaveLength(1);
    expect(data.ceuDrafts[0]).toMatchObject({ id: draft!.id, fileName: "mine.pdf", status: "read" });
    expect(zip[data.ceuDrafts[0].file]!.byteLength).toBeGreaterThan(100);
    await db.user.delete({ where: { id: u.id } });
    expect(await db.ceuDraft.count({ where: { userId: u.id } })).toBe(0);
  });
});

describe("reading images by OCR", () => {
  it("reads the date, CEUs and index number from a PNG, a JPEG and a PDF holding only the scan", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "capture-ocr-"));
    const spec = specs[8]!; // landscape award
    writeFileSync(path.join(dir, "c.pdf"), await certificatePdf(spec, true));
    execFileSync("pdftoppm", ["-r", "150", "-png", "-singlefile", path.join(dir, "c.pdf"), path.join(dir, "c")]);
    execFileSync("pdftoppm", ["-r", "150", "-jpeg", "-singlefile", path.join(dir, "c.pdf"), path.join(dir, "c")]);
    const u = await createTestUser();
    const png = new Uint8Array(readFileSync(path.join(dir, "c.png")));
    const res = await upload(
      u.cookie,
      ["photo.png", png],
      ["photo.jpg", new Uint8Array(readFileSync(path.join(dir, "c.jpg")))],
      ["scan.pdf", await imageOnlyPdf(png)],
    );
    expect(res.status).toBe(201);
    for (const d of res.json.drafts as Draft[]) {
      expect(d.status).toBe("read");
      expect(d.fields.date!.value).toBe(spec.truth.date);
      expect(d.fields.ceus!.value).toBe(spec.truth.ceus);
      expect(d.fields.indexNumber!.value).toBe(spec.truth.indexNumber);
      expect(d.fields.date!.source.method).toBe("ocr");
      // OCR readings carry the engine's own confidence (never the text layer's certainty) and a box on the page.
      expect(d.fields.date!.confidence).toBeGreaterThan(0);
      expect(d.fields.date!.confidence).toBeLessThan(1);
      expect(d.fields.date!.source.box.y).toBeGreaterThan(0);
      expect(d.fields.date!.source.box.y).toBeLessThan(1);
    }
  }, 60_000);
});
