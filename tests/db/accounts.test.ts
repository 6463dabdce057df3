import { describe, expect, it } from "vitest";
import { updateProfile } from "@/lib/accounts/profile";
import { getProfile } from "@/lib/accounts/queries";
import { signUp } from "@/lib/accounts/signup";
import { authorizeCredentials } from "@/lib/auth/options";
import { getUserFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTestUser, sessionCookieFor } from "../helpers/users";

async function expectAppError(p: Promise<unknown>, code: string, path?: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  if (path) expect((err as AppError).issues?.map((i) => i.path)).toContain(path);
}

describe("signUp", () => {
  it("stores an argon2id hash, never the password", async () => {
    const { id, email } = await signUp({
      email: "Hash.Check@Example.org",
      password: "a long enough password",
      name: "H",
    });
    expect(email).toBe("hash.check@example.org");
    const row = await db.user.findUniqueOrThrow({ where: { id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain("a long enough password");
  });

  it("refuses a second account for the same email in any letter case, writing nothing", async () => {
    await signUp({ email: "dup@example.org", password: "a long enough password", name: "D" });
    const before = await db.user.count();
    await expectAppError(
      signUp({ email: "DUP@Example.ORG", password: "another long password", name: "D2" }),
      "conflict",
      "email",
    );
    expect(await db.user.count()).toBe(before);
  });

  it("refuses bad input, naming the field, writing nothing", async () => {
    const before = await db.user.count();
    await expectAppError(
      signUp({ email: "nope", password: "a long enough password", name: "N" }),
      "validation",
      "email",
    );
    await expectAppError(
      signUp({ email: "short@example.org", password: "short", name: "N" }),
      "validation",
      "password",
    );
    expect(await db.user.count()).toBe(before);
  });

  it("lets exactly one of two simultaneous sign-ups for one address through", async () => {
    const attempt = () => signUp({ email: "race@example.org", password: "a long enough password", name: "R" });
    const results = await Promise.allSettled([attempt(), attempt()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("conflict");
    expect(await db.user.count({ where: { email: "race@example.org" } })).toBe(1);
  });
});

describe("sign-in (next-auth authorize)", () => {
  it("accepts the right password with the email in any case, and refuses a wrong one or an unknown email", async () => {
    const user = await createTestUser();
    expect(await authorizeCredentials({ email: user.email.toUpperCase(), password: user.password })).toMatchObject({
      id: user.id,
    });
    expect(await authorizeCredentials({ email: user.email, password: "not the password" })).toBeNull();
    expect(await authorizeCredentials({ email: "nobody@example.org", password: "whatever you like" })).toBeNull();
    expect(await authorizeCredentials({ email: "", password: "" })).toBeNull();
    expect(await authorizeCredentials(undefined)).toBeNull();
  });
});

describe("sessions", () => {
  it("read the user from a valid cookie, and nobody from a forged, garbled or orphaned one", async () => {
    const user = await createTestUser();
    const req = (cookie: string) => new Request("http://localhost/", { headers: { cookie } });
    expect(await getUserFromRequest(req(user.cookie))).toMatchObject({ id: user.id, email: user.email });
    expect(await getUserFromRequest(req("next-auth.session-token=garbage"))).toBeNull();
    expect(await getUserFromRequest(req("next-auth.session-token=%E0%A4%A"))).toBeNull();
    const orphan = await sessionCookieFor("00000000-0000-0000-0000-000000000000");
    expect(await getUserFromRequest(req(orphan))).toBeNull();
  });
});

describe("profiles", () => {
  it("changes only the signed-in user's own row", async () => {
    const a = await createTestUser("A");
    const b = await createTestUser("B");
    await updateProfile(a.id, { currentRole: "coding-auditor", yearsExperience: 4, currentSalary: 70000 });
    expect(await getProfile(a.id)).toMatchObject({
      currentRole: { slug: "coding-auditor" },
      yearsExperience: 4,
      currentSalary: 70000,
    });
    expect(await getProfile(b.id)).toMatchObject({
      name: "B",
      currentRole: null,
      yearsExperience: null,
      currentSalary: null,
    });
  });

  it("validates everything before writing anything", async () => {
    const u = await createTestUser("Before");
    await expectAppError(updateProfile(u.id, { name: "After", currentRole: "astronaut" }), "validation", "currentRole");
    await expectAppError(updateProfile(u.id, { name: "After", yearsExperience: 99 }), "validation", "yearsExperience");
    expect((await getProfile(u.id))?.name).toBe("Before");
  });

  it("clears fields with null", async () => {
    const u = await createTestUser();
    await updateProfile(u.id, { region: "Ohio", education: "bachelor" });
    await updateProfile(u.id, { region: null, education: null });
    expect(await getProfile(u.id)).toMatchObject({ region: null, education: null });
  });
});
