import { describe, expect, it } from "vitest";
import { clientAddress, LIMITS, retryAfterSeconds } from "@/lib/auth/throttle-policy";

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, s));
const limit = { max: 3, windowMs: 60_000 };

describe("retryAfterSeconds", () => {
  it("is 0 up to the limit", () => {
    expect(retryAfterSeconds([t(0), t(1), t(2)], limit, t(2))).toBe(0);
  });
  it("over the limit, waits until the oldest attempt that filled the window leaves it", () => {
    expect(retryAfterSeconds([t(0), t(10), t(20), t(30)], limit, t(30))).toBe(30);
    expect(retryAfterSeconds([t(0), t(10), t(20), t(30), t(40)], limit, t(40))).toBe(30);
  });
  it("never says 0 while over the limit", () => {
    expect(retryAfterSeconds([t(0), t(0), t(0), t(0)], limit, new Date(t(0).getTime() + 59_999))).toBe(1);
  });
  it("allows 10 failed sign-ins per account in 15 minutes", () => {
    expect(LIMITS["signin-account"]).toEqual({ max: 10, windowMs: 15 * 60_000 });
  });
});

describe("clientAddress", () => {
  it("takes the right-most X-Forwarded-For entry (the one the nearest proxy or Next itself added)", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
  });
  it("falls back to X-Real-IP, then to one shared bucket", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.1" }))).toBe("192.0.2.1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
  it("bounds what it keeps", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "a".repeat(500) }))).toHaveLength(100);
  });
});
