import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml, layoutHtml } from "@/lib/mail/message";
import { sendMail } from "@/lib/mail/send";
import { startMailbox, type TestMailbox } from "../helpers/smtp";

const message = {
  to: "ana@example.org",
  subject: "Check <your> address",
  text: "Open this link: http://localhost/verify?token=abc",
  html: layoutHtml("Check your address", [
    { p: "Fish & chips <b>" },
    { link: "http://localhost/x?a=1&b=2", label: "Open" },
  ]),
  headers: { "List-Unsubscribe": "<http://localhost/u>" },
};

describe("sendMail over SMTP (a real server in the test process)", () => {
  let box: TestMailbox;
  beforeAll(async () => {
    box = await startMailbox();
    process.env.SMTP_URL = box.url;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await box.close();
  });

  it("delivers a text and an HTML part, the subject and the extra headers", async () => {
    await sendMail(message);
    const got = await box.waitFor("ana@example.org", /Check <your> address/);
    expect(got.text?.trim()).toBe(message.text);
    expect(got.html).toContain("Fish &amp; chips &lt;b&gt;");
    expect(got.html).toContain('href="http://localhost/x?a=1&amp;b=2"');
    expect(got.headerLines.find((h) => h.key === "list-unsubscribe")?.line).toContain("<http://localhost/u>");
    expect(got.from?.text).toMatch(/HIM Pathways/);
  });
});

describe("sendMail without SMTP_URL", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "him-mail-"));
    process.env.MAIL_DIR = dir;
  });
  afterAll(async () => {
    delete process.env.MAIL_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the same message as an .eml file a mail client can open", async () => {
    const sent = await sendMail(message);
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/check-your-address\.eml$/);
    expect(sent.file).toBe(path.join(dir, files[0]!));
    const parsed = await simpleParser(await readFile(sent.file!));
    expect(parsed.subject).toBe(message.subject);
    expect(parsed.text?.trim()).toBe(message.text);
  });
});

describe("escapeHtml", () => {
  it("escapes what would break out of text or an attribute", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
