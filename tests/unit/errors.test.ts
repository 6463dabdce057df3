import { describe, expect, it } from "vitest";
import { AppError, nulPath, toAppError } from "@/lib/errors";

describe("nulPath", () => {
  it("names the first string holding a NUL character, however deep", () => {
    expect(nulPath({ a: "fine", b: ["ok", { c: "x\u0000" }] })).toBe("b.1.c");
    expect(nulPath("\u0000")).toBe("body");
    expect(nulPath({ ["k\u0000"]: 1 })).toBe("k\u0000");
    expect(nulPath({ a: 1, b: [true, null], c: "clean" })).toBeNull();
  });
});

describe("toAppError: the one classifier behind every door", () => {
  it("passes AppErrors through unchanged", () => {
    const err = new AppError("conflict", "Edited elsewhere.");
    expect(toAppError(err, "test")).toBe(err);
  });

  it("turns a database outage into 'unavailable' with a retry hint", () => {
    const outage = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const err = withQuietConsole(() => toAppError(new Error("query failed", { cause: outage }), "test"));
    expect(err.code).toBe("unavailable");
    expect(err.status).toBe(503);
    expect(err.retryAfter).toBe(5);
  });

  it("turns text PostgreSQL cannot store into a validation error on the body", () => {
    const err = toAppError(Object.assign(new Error("invalid byte sequence"), { code: "22021" }), "test");
    expect(err.code).toBe("validation");
    expect(err.issues?.[0]?.path).toBe("body");
  });

  it("answers anything else as a generic internal error that leaks nothing", () => {
    const err = withQuietConsole(() => toAppError(new TypeError("secret stack detail"), "test"));
    expect(err.code).toBe("internal");
    expect(err.message).not.toContain("secret");
  });
});

function withQuietConsole<T>(run: () => T): T {
  const original = console.error;
  console.error = () => undefined;
  try {
    return run();
  } finally {
    console.error = original;
  }
}
