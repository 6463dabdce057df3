import { describe, expect, it } from "vitest";
import { forgiveSignIn, recordAttempt } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { randomId } from "../setup/engine";

describe("attempt counting in the database", () => {
  it("allows 10 failed sign-ins for an account, refuses the 11th with a wait, does not count refusals", async () => {
    const key = `${randomId()}@example.org`;
    const now = new Date();
    for (let i = 0; i < 10; i++)
      expect((await recordAttempt([{ scope: "signin-account", key }], now)).retryAfter).toBe(0);
    const refused = await recordAttempt([{ scope: "signin-account", key }], now);
    expect(refused.retryAfter).toBe(900);
    expect(await db.authAttempt.count({ where: { scope: "signin-account", key } })).toBe(10);
    // Fifteen minutes later the window has moved on.
    const later = new Date(now.getTime() + 15 * 60_000 + 1);
    expect((await recordAttempt([{ scope: "signin-account", key }], later)).retryAfter).toBe(0);
  });

  it("forgives an account's failures when it signs in", async () => {
    const key = `${randomId()}@example.org`;
    for (let i = 0; i < 9; i++) await recordAttempt([{ scope: "signin-account", key }]);
    const ok = await recordAttempt([{ scope: "signin-account", key }]);
    await forgiveSignIn(ok, key);
    expect(await db.authAttempt.count({ where: { scope: "signin-account", key } })).toBe(0);
  });

  it("lets exactly the limit through when attempts arrive all at once", async () => {
    const key = `${randomId()}@example.org`;
    const results = await Promise.all(
      Array.from({ length: 25 }, () => recordAttempt([{ scope: "signin-account", key }])),
    );
    const allowed = results.filter((r) => r.retryAfter === 0).length;
    expect(allowed).toBe(10);
    expect(await db.authAttempt.count({ where: { scope: "signin-account", key } })).toBe(allowed);
  });

  it("keeps accounts and addresses apart", async () => {
    const a = `${randomId()}@example.org`;
    const b = `${randomId()}@example.org`;
    for (let i = 0; i < 11; i++) await recordAttempt([{ scope: "signin-account", key: a }]);
    expect((await recordAttempt([{ scope: "signin-account", key: b }])).retryAfter).toBe(0);
    // The same string as an address is another bucket.
    expect((await recordAttempt([{ scope: "signin-address", key: a }])).retryAfter).toBe(0);
  });

  it("when one limit refuses, the other's attempt is not counted either", async () => {
    const account = `${randomId()}@example.org`;
    const address = `198.51.100.${Math.floor(Math.random() * 200)}-${randomId()}`;
    for (let i = 0; i < 10; i++) await recordAttempt([{ scope: "signin-account", key: account }]);
    const refused = await recordAttempt([
      { scope: "signin-address", key: address },
      { scope: "signin-account", key: account },
    ]);
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.ids).toEqual([]);
    expect(await db.authAttempt.count({ where: { scope: "signin-address", key: address } })).toBe(0);
  });
});
