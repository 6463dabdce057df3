import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/options";
import { verifySecondFactor } from "@/lib/auth/second-factor";
import { TWO_FACTOR_INVALID, TWO_FACTOR_REQUIRED } from "@/lib/auth/sign-in-errors";
import { confirmTwoFactor, disableTwoFactor, getTwoFactorStatus, startTwoFactor } from "@/lib/auth/two-factor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTestUser, type TestUser } from "../helpers/users";

// Two-factor sign-in against a real database: enrolment (start, confirm, turn off, each behind the password where it
// must be), and the sign-in step in next-auth's authorize(): codes once only, recovery codes spent, races decided.

async function expectAppError(p: Promise<unknown>, code: string, path?: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  if (path) expect((err as AppError).issues?.map((i) => i.path)).toContain(path);
}

const codeAt = (secret: string, ms = Date.now()) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: ms });

/** Six digits that are not the code of this step nor of the steps either side. */
function wrongCode(secret: string): string {
  const near = [-30_000, 0, 30_000].map((d) => codeAt(secret, Date.now() + d));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, "0");
    if (!near.includes(candidate)) return candidate;
  }
}

type Answer = { user?: Awaited<ReturnType<typeof authorizeCredentials>>; error?: string };

/** What authorize() throws (its message is what next-auth hands the sign-in form), or its answer. */
const signIn = (u: TestUser, code?: string): Promise<Answer> =>
  authorizeCredentials({ email: u.email, password: u.password, ...(code === undefined ? {} : { code }) }).then(
    (user) => ({ user }),
    (e: Error) => ({ error: e.message }),
  );

/** A user with two-factor sign-in on, confirmed with the previous step's code (so the current one is still free). */
async function enrolled() {
  const user = await createTestUser();
  const setup = await startTwoFactor(user.id, user.password);
  const secret = setup.secret.replace(/ /g, "");
  const earlier = Date.now() - 30_000;
  const codes = await confirmTwoFactor(user.id, codeAt(secret, earlier), new Date(earlier));
  return { user, secret, codes };
}

describe("enrolment", () => {
  it("starts behind the password: a sealed secret, not yet in force, and what the app needs to add it", async () => {
    const user = await createTestUser();
    await expectAppError(startTwoFactor(user.id, "not the password"), "validation", "password");
    const setup = await startTwoFactor(user.id, user.password);
    const secret = setup.secret.replace(/ /g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.uri).toContain(`otpauth://totp/HIM%20Pathways:${encodeURIComponent(user.email)}?`);
    expect(setup.uri).toContain(`secret=${secret}`);
    expect(setup.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(setup.qrDataUrl.split(",")[1]!, "base64").toString()).toContain("<svg");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpSecret).toMatch(/^v1\./);
    expect(row.totpSecret).not.toContain(secret);
    expect(row.totpEnabledAt).toBeNull();
    expect(await getTwoFactorStatus(user.id)).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0 });
    // Not on yet: the password alone still signs in.
    expect((await signIn(user)).user).toMatchObject({ id: user.id });
  });

  it("refuses a wrong code naming the field; a right one turns it on and gives ten recovery codes once", async () => {
    const user = await createTestUser();
    const secret = (await startTwoFactor(user.id, user.password)).secret.replace(/ /g, "");
    await expectAppError(confirmTwoFactor(user.id, wrongCode(secret)), "validation", "code");
    await expectAppError(confirmTwoFactor(user.id, "not a code"), "validation", "code");
    expect((await getTwoFactorStatus(user.id)).enabled).toBe(false);

    const codes = await confirmTwoFactor(user.id, codeAt(secret));
    expect(codes).toHaveLength(10);
    const status = await getTwoFactorStatus(user.id);
    expect(status).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const c of codes) expect(JSON.stringify(stored)).not.toContain(c.replace(/-/g, ""));

    // Once on, neither a second confirm nor a new start replaces it.
    await expectAppError(confirmTwoFactor(user.id, codeAt(secret)), "conflict");
    await expectAppError(startTwoFactor(user.id, user.password), "conflict");
  });

  it("cannot be confirmed without a setup started", async () => {
    const user = await createTestUser();
    await expectAppError(confirmTwoFactor(user.id, "123456"), "conflict");
  });

  it("turns off only with the password, removing the secret and every recovery code", async () => {
    const { user } = await enrolled();
    await expectAppError(disableTwoFactor(user.id, "not the password"), "validation", "password");
    expect((await getTwoFactorStatus(user.id)).enabled).toBe(true);
    await disableTwoFactor(user.id, user.password);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([row.totpSecret, row.totpEnabledAt, row.totpLastStep]).toEqual([null, null, null]);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect((await signIn(user)).user).toMatchObject({ id: user.id });
  });
});

describe("signing in with two-factor on (authorize)", () => {
  it("asks for a code after a right password, and takes a right code once", async () => {
    const { user, secret } = await enrolled();
    expect(await signIn(user)).toEqual({ error: TWO_FACTOR_REQUIRED });
    expect(await signIn(user, "")).toEqual({ error: TWO_FACTOR_REQUIRED });
    // A wrong password is refused as before, without a word about codes.
    expect(await signIn({ ...user, password: "not the password" }, codeAt(secret))).toEqual({ user: null });
    expect(await signIn(user, wrongCode(secret))).toEqual({ error: TWO_FACTOR_INVALID });

    const before = new Date();
    const ok = await signIn(user, codeAt(secret));
    expect(ok.user).toMatchObject({ id: user.id, email: user.email, sessionVersion: 1 });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lastSignInAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // The same code again, still within its 30 seconds: refused.
    expect(await signIn(user, codeAt(secret))).toEqual({ error: TWO_FACTOR_INVALID });
  });

  it("takes each recovery code once, however it is typed", async () => {
    const { user, codes } = await enrolled();
    expect((await signIn(user, codes[0])).user).toMatchObject({ id: user.id });
    expect(await signIn(user, codes[0])).toEqual({ error: TWO_FACTOR_INVALID });
    expect((await signIn(user, ` ${codes[1]!.toLowerCase().replace(/-/g, " ")} `)).user).toMatchObject({
      id: user.id,
    });
    expect(await signIn(user, "ABCD-EFGH-JKLM-NPQR")).toEqual({ error: TWO_FACTOR_INVALID });
    expect((await getTwoFactorStatus(user.id)).recoveryCodesLeft).toBe(8);
  });

  it("does not take another account's recovery code, nor a sealed secret copied from another account", async () => {
    const a = await enrolled();
    const b = await enrolled();
    expect(await signIn(b.user, a.codes[0])).toEqual({ error: TWO_FACTOR_INVALID });
    const sealedA = (await db.user.findUniqueOrThrow({ where: { id: a.user.id } })).totpSecret;
    await db.user.update({ where: { id: b.user.id }, data: { totpSecret: sealedA } });
    expect(await signIn(b.user, codeAt(a.secret))).toEqual({ error: TWO_FACTOR_INVALID });
  });

  it("lets exactly one of two simultaneous sign-ins with one code through", async () => {
    const { user, secret, codes } = await enrolled();
    const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, totpSecret: true } });
    const code = codeAt(secret);
    const totp = await Promise.all([verifySecondFactor(account, code), verifySecondFactor(account, code)]);
    expect(totp.filter(Boolean)).toHaveLength(1);
    const recovery = await Promise.all([
      verifySecondFactor(account, codes[2]!),
      verifySecondFactor(account, codes[2]!),
    ]);
    expect(recovery.filter(Boolean)).toHaveLength(1);
  });
});
