import { describe, expect, it } from "vitest";
import { GET as profileRoute, PATCH as patchProfileRoute } from "@/app/api/v1/me/profile/route";
import { GET as listTokensRoute, POST as createTokenRoute } from "@/app/api/v1/me/tokens/route";
import { DELETE as revokeTokenRoute } from "@/app/api/v1/me/tokens/[id]/route";
import { POST as passwordRoute } from "@/app/api/v1/me/password/route";
import { DELETE as deleteAccountRoute } from "@/app/api/v1/me/route";
import { GET as listPlansRoute } from "@/app/api/v1/plans/route";
import { db } from "@/lib/db";
import { userFromApiToken } from "@/lib/auth/api-tokens";
import { hashToken } from "@/lib/auth/secret-token";
import { callRoute } from "../helpers/call-route";
import { createTestUser, type TestUser } from "../helpers/users";

// Personal API tokens: shown once and stored only as a hash; a read token reads, a read-write token writes; never
// on the account's keys; revoked or expired → 401; every call counts toward the token's rate limit.

async function makeToken(u: TestUser, scope: "read" | "read-write", expiresInDays = 30) {
  const res = await callRoute(createTokenRoute, {
    method: "POST",
    cookie: u.cookie,
    body: { name: `script ${scope}`, scope, expiresInDays },
  });
  expect(res.status).toBe(201);
  return res.json as { token: string; apiToken: { id: string } };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("personal API tokens", () => {
  it("is shown once and stored only as its SHA-256", async () => {
    const u = await createTestUser();
    const { token, apiToken } = await makeToken(u, "read");
    expect(token).toMatch(/^himp_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(5));
    const listed = await callRoute(listTokensRoute, { cookie: u.cookie });
    expect(JSON.stringify(listed.json)).not.toContain(token.slice(5));
    expect(listed.json.tokens[0]).toMatchObject({ id: apiToken.id, scope: "read", lastUsedAt: null });
  });

  it("reads with a read token and records the last use; writing needs read-write (403)", async () => {
    const u = await createTestUser();
    const { token, apiToken } = await makeToken(u, "read");
    const read = await callRoute(profileRoute, { headers: bearer(token) });
    expect(read.status).toBe(200);
    expect(read.json.profile.email).toBe(u.email);
    expect((await callRoute(listPlansRoute, { headers: bearer(token) })).status).toBe(200);
    const write = await callRoute(patchProfileRoute, {
      method: "PATCH",
      headers: bearer(token),
      body: { region: "x" },
    });
    expect(write.status).toBe(403);
    expect(write.json.error.message).toMatch(/read-only/);
    const listed = await callRoute(listTokensRoute, { cookie: u.cookie });
    expect(listed.json.tokens.find((t: { id: string }) => t.id === apiToken.id).lastUsedAt).not.toBeNull();

    const rw = await makeToken(u, "read-write");
    const ok = await callRoute(patchProfileRoute, {
      method: "PATCH",
      headers: bearer(rw.token),
      body: { region: "NE" },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.profile.region).toBe("NE");
  });

  it("never works on the account's keys: deletion, password, tokens (403 even read-write)", async () => {
    const u = await createTestUser();
    const { token } = await makeToken(u, "read-write");
    const h = bearer(token);
    const del = await callRoute(deleteAccountRoute, { method: "DELETE", headers: h, body: { password: u.password } });
    expect(del.status).toBe(403);
    const pw = await callRoute(passwordRoute, {
      method: "POST",
      headers: h,
      body: { currentPassword: u.password, newPassword: "another long passphrase" },
    });
    expect(pw.status).toBe(403);
    expect((await callRoute(listTokensRoute, { headers: h })).status).toBe(403);
    const mint = await callRoute(createTokenRoute, {
      method: "POST",
      headers: h,
      body: { name: "more", scope: "read-write", expiresInDays: 365 },
    });
    expect(mint.status).toBe(403);
    expect(await db.user.count({ where: { id: u.id } })).toBe(1);
    expect(await db.apiToken.count({ where: { userId: u.id } })).toBe(1);
  });

  it("answers 401 once revoked or expired, and for a token that never existed", async () => {
    const u = await createTestUser();
    const { token, apiToken } = await makeToken(u, "read");
    const other = await createTestUser();
    // Someone else cannot revoke it: their request names an id they do not own.
    const foreign = await callRoute(revokeTokenRoute, {
      method: "DELETE",
      cookie: other.cookie,
      params: { id: apiToken.id },
    });
    expect(foreign.status).toBe(404);
    expect((await callRoute(profileRoute, { headers: bearer(token) })).status).toBe(200);
    const revoked = await callRoute(revokeTokenRoute, {
      method: "DELETE",
      cookie: u.cookie,
      params: { id: apiToken.id },
    });
    expect(revoked.status).toBe(204);
    const after = await callRoute(profileRoute, { headers: bearer(token) });
    expect(after.status).toBe(401);
    expect(after.headers.get("www-authenticate")).toMatch(/Bearer/);

    const expiring = await makeToken(u, "read", 1);
    await db.apiToken.update({ where: { id: expiring.apiToken.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callRoute(profileRoute, { headers: bearer(expiring.token) })).status).toBe(401);
    const made = `himp_${"A".repeat(43)}`;
    expect((await callRoute(profileRoute, { headers: bearer(made) })).status).toBe(401);
  });

  it("refuses a name, scope or expiry out of bounds (at most a year), naming the field", async () => {
    const u = await createTestUser();
    const cases: [unknown, string][] = [
      [{ name: "", scope: "read", expiresInDays: 30 }, "name"],
      [{ name: "x", scope: "admin", expiresInDays: 30 }, "scope"],
      [{ name: "x", scope: "read", expiresInDays: 366 }, "expiresInDays"],
      [{ name: "x", scope: "read", expiresInDays: 0 }, "expiresInDays"],
    ];
    for (const [body, field] of cases) {
      const res = await callRoute(createTokenRoute, { method: "POST", cookie: u.cookie, body });
      expect(res.status).toBe(422);
      expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    expect(await db.apiToken.count({ where: { userId: u.id } })).toBe(0);
  });

  it("counts every call toward the token's rate limit: 429 with Retry-After past it", async () => {
    const u = await createTestUser();
    const { token, apiToken } = await makeToken(u, "read");
    const now = new Date();
    // 300 calls in the last five minutes, as a busy script would have made them.
    await db.authAttempt.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        scope: "api-token",
        key: apiToken.id,
        at: new Date(now.getTime() - i * 500),
      })),
    });
    const res = await callRoute(profileRoute, { headers: bearer(token) });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    await expect(userFromApiToken(token, new Date(now.getTime() + 6 * 60_000))).resolves.toMatchObject({
      scope: "read",
    });
  });
});
