import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar, signInOverHttp, startServer, type RunningServer } from "../helpers/server";
import { freshServerEnv } from "../helpers/server-env";
import { startMailbox, type TestMailbox } from "../helpers/smtp";

// Email that people rely on, over real HTTP against the production build, with SMTP_URL pointing at a real SMTP
// server in this process: verification at sign-up, password reset, password and address changes.

let server: RunningServer;
let box: TestMailbox;
let cleanup = async () => {};

beforeAll(async () => {
  box = await startMailbox();
  const fresh = await freshServerEnv("mail");
  cleanup = fresh.cleanup;
  server = await startServer({ ...fresh.env, SMTP_URL: box.url, MAIL_FROM: "HIM Pathways <no-reply@test.local>" });
});

afterAll(async () => {
  await server?.stop();
  await box?.close();
  await cleanup();
});

const post = (path: string, body: unknown, cookie = "") =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });

/** The first link in a message that points into the app (text part; the HTML part carries the same). */
const linkIn = (mail: ParsedMail, path: string) => {
  const found = (mail.text ?? "").match(new RegExp(`${server.url}${path}\\?token=[A-Za-z0-9_-]+`));
  expect(found, `a ${path} link in "${mail.subject}"`).not.toBeNull();
  return found![0];
};

const signUp = async (email: string, password: string) => {
  const res = await post("/api/v1/signup", { email, password, name: "Mail Person" });
  expect(res.status).toBe(201);
};

const profileOf = async (jar: CookieJar) =>
  fetch(`${server.url}/api/v1/me/profile`, { headers: { cookie: jar.header() } });

describe("verifying the address", () => {
  it("sign-up sends a link that verifies once when opened, with a confirmation page", async () => {
    const email = "verify.me@example.org";
    await signUp(email, "a long enough password");
    const mail = await box.waitFor(email, /Confirm your email address/);
    expect(mail.html).toContain("Confirm my email address");
    const jar = new CookieJar();
    await signInOverHttp(server.url, jar, email, "a long enough password");
    expect((await (await profileOf(jar)).json()).profile.emailVerified).toBe(false);

    const link = linkIn(mail, "/verify-email");
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`${email} is confirmed`);
    expect((await (await profileOf(jar)).json()).profile.emailVerified).toBe(true);
    expect(await (await fetch(link)).text()).toContain("already used or has expired");
  });
});

describe("forgot password", () => {
  it("answers a known and an unknown address alike; only the known one gets mail", async () => {
    const email = "forgetful@example.org";
    await signUp(email, "my original passphrase");
    const known = await post("/api/v1/password-reset", { email });
    const unknown = await post("/api/v1/password-reset", { email: "nobody-here@example.org" });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    await box.waitFor(email, /Reset your HIM Pathways password/);
    await new Promise((r) => setTimeout(r, 300));
    expect(box.messages.some((m) => m.to && JSON.stringify(m.to).includes("nobody-here"))).toBe(false);
  });

  it("the link sets a new password once: the old password and the old session stop working", async () => {
    const email = "reset.me@example.org";
    await signUp(email, "my original passphrase");
    const old = new CookieJar();
    await signInOverHttp(server.url, old, email, "my original passphrase");
    expect((await profileOf(old)).status).toBe(200);

    await post("/api/v1/password-reset", { email });
    const token = new URL(linkIn(await box.waitFor(email, /Reset your/), "/reset-password")).searchParams.get("token");
    const weak = await post("/api/v1/password-reset/confirm", { token, password: "short" });
    expect(weak.status).toBe(422);
    expect((await weak.json()).error.issues[0].path).toBe("password");
    const ok = await post("/api/v1/password-reset/confirm", { token, password: "a brand new passphrase" });
    expect(ok.status).toBe(204);
    const again = await post("/api/v1/password-reset/confirm", { token, password: "yet another passphrase" });
    expect(again.status).toBe(410);

    expect((await profileOf(old)).status).toBe(401);
    const withOld = new CookieJar();
    await signInOverHttp(server.url, withOld, email, "my original passphrase");
    expect((await profileOf(withOld)).status).toBe(401);
    const withNew = new CookieJar();
    await signInOverHttp(server.url, withNew, email, "a brand new passphrase");
    expect((await profileOf(withNew)).status).toBe(200);
    await box.waitFor(email, /password was changed/);
  });
});

describe("changing the password and the address while signed in", () => {
  it("a password change keeps this session, ends the others, and tells the address", async () => {
    const email = "changer@example.org";
    await signUp(email, "the first passphrase");
    const here = new CookieJar();
    const there = new CookieJar();
    await signInOverHttp(server.url, here, email, "the first passphrase");
    await signInOverHttp(server.url, there, email, "the first passphrase");
    const wrong = await post(
      "/api/v1/me/password",
      { currentPassword: "nope", newPassword: "x".repeat(12) },
      here.header(),
    );
    expect(wrong.status).toBe(422);
    const res = await post(
      "/api/v1/me/password",
      { currentPassword: "the first passphrase", newPassword: "the second passphrase" },
      here.header(),
    );
    expect(res.status).toBe(204);
    here.store(res);
    expect((await profileOf(here)).status).toBe(200);
    expect((await profileOf(there)).status).toBe(401);
  });

  it("a new address takes effect when its link is opened; the old one is told", async () => {
    const email = "mover@example.org";
    await signUp(email, "a passphrase to move");
    const jar = new CookieJar();
    await signInOverHttp(server.url, jar, email, "a passphrase to move");
    const res = await post(
      "/api/v1/me/email",
      { password: "a passphrase to move", newEmail: "moved@example.org" },
      jar.header(),
    );
    expect(res.status).toBe(202);
    await box.waitFor(email, /email address is changing/);
    const link = linkIn(await box.waitFor("moved@example.org", /Confirm your new email address/), "/confirm-email");
    expect((await (await profileOf(jar)).json()).profile.email).toBe(email);
    expect(await (await fetch(link)).text()).toContain("moved@example.org");
    expect((await (await profileOf(jar)).json()).profile).toMatchObject({
      email: "moved@example.org",
      emailVerified: true,
    });
  });
});
