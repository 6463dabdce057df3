import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/recovery-codes";
import { seal } from "@/lib/auth/seal";
import { openConnection } from "@/lib/db/connection";
import { CookieJar, startServer, type RunningServer } from "../helpers/server";
import { freshServerEnv } from "../helpers/server-env";

// Two-factor sign-in over HTTP against the production build, the requests curl would make. Setting it up goes
// through server actions (the browser journey covers that); here it is switched on in the database directly, with
// a key sealed the way the server seals it, under the same NEXTAUTH_SECRET. Then next-auth's credentials callback
// must ask for a code after the right password, take a right code or an unused recovery code (once), refuse a wrong
// one, and count wrong codes against the sign-in limits like wrong passwords.

const PASSWORD = "a long enough password";
const EMAIL = "two.factor@example.org";
const KEY = new Secret({ size: 20 }).base32;
const [RECOVERY, SPARE] = newRecoveryCodes(2) as [string, string];
const SESSION = "next-auth.session-token";

let server: RunningServer;
let env: Record<string, string | undefined>;
let cleanup = async () => {};

/** Switches two-factor sign-in on for the account, with the server stopped (PGlite allows one process at a time). */
async function enableInDatabase(email: string) {
  await server.stop();
  const connection = openConnection({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR! });
  try {
    await connection.session(async (s) => {
      const [user] = await s.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
      const sealed = seal(env.NEXTAUTH_SECRET!, KEY, user!.id);
      await s.query(`UPDATE "User" SET "totpSecret" = $1, "totpEnabledAt" = now() WHERE id = $2`, [sealed, user!.id]);
      for (const code of [RECOVERY, SPARE]) {
        await s.query(
          `INSERT INTO "RecoveryCode" (id, "userId", "codeHash") VALUES (gen_random_uuid()::text, $1, $2)`,
          [user!.id, hashRecoveryCode(code)],
        );
      }
    });
  } finally {
    await connection.close();
  }
  server = await startServer(env);
}

beforeAll(async () => {
  ({ env, cleanup } = await freshServerEnv("http-2fa"));
  // The test seals the key itself, so it must know the server's secret.
  env.NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET;
  server = await startServer(env);
  const signup = await fetch(`${server.url}/api/v1/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD, name: "Two Factor" }),
  });
  expect(signup.status).toBe(201);
  await enableInDatabase(EMAIL);
});

afterAll(async () => {
  await server?.stop();
  await cleanup();
});

/** next-auth's credentials callback as a form post (CSRF token first), with whatever fields the form would send. */
async function signIn(fields: Record<string, string>) {
  const jar = new CookieJar();
  const csrfRes = await fetch(`${server.url}/api/auth/csrf`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${server.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, ...fields }),
  });
  jar.store(res);
  return {
    res,
    signedIn: jar.has(SESSION),
    error: new URL(res.headers.get("location") ?? "/", server.url).searchParams.get("error"),
  };
}

const codeNow = () => TOTP.generate({ secret: Secret.fromBase32(KEY) });

describe("two-factor sign-in over HTTP", () => {
  it("asks for a code after the right password, and gives no session", async () => {
    const { signedIn, error } = await signIn({});
    expect(signedIn).toBe(false);
    expect(error).toBe("TwoFactorRequired");
    // A wrong password says nothing about codes.
    expect(await signIn({ password: "not the password" })).toMatchObject({
      signedIn: false,
      error: "CredentialsSignin",
    });
  });

  it("signs in with the right code, once: the same code again is refused", async () => {
    const code = codeNow();
    const first = await signIn({ code });
    expect(first.signedIn).toBe(true);
    expect(first.error).toBeNull();
    const again = await signIn({ code });
    expect(again).toMatchObject({ signedIn: false, error: "TwoFactorInvalid" });
  });

  it("signs in with a recovery code, and refuses the same recovery code a second time", async () => {
    expect((await signIn({ code: RECOVERY.toLowerCase() })).signedIn).toBe(true);
    expect(await signIn({ code: RECOVERY })).toMatchObject({ signedIn: false, error: "TwoFactorInvalid" });
  });

  it("refuses a wrong code", async () => {
    const near = [-30_000, 0, 30_000].map((d) =>
      TOTP.generate({ secret: Secret.fromBase32(KEY), timestamp: Date.now() + d }),
    );
    const wrong = ["000000", "111111", "222222", "333333"].find((c) => !near.includes(c))!;
    expect(await signIn({ code: wrong })).toMatchObject({ signedIn: false, error: "TwoFactorInvalid" });
    expect(await signIn({ code: "ABCD-EFGH-JKLM-NPQR" })).toMatchObject({ signedIn: false, error: "TwoFactorInvalid" });
  });

  it("counts wrong codes as failed sign-ins: the account's limit stops them, right code or not", async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 12 && !limited; i++) {
      const { res } = await signIn({ code: "ABCD-EFGH-JKLM-NPQR" });
      if (res.status === 429) limited = res;
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    // Even the spare recovery code is not tried while the limit holds (and so is not spent).
    const blocked = await signIn({ code: SPARE });
    expect(blocked.res.status).toBe(429);
    expect(blocked.signedIn).toBe(false);
  });
});
