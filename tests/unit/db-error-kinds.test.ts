import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isInvalidText } from "@/lib/db/error-kinds";

// The shapes below are the ones Prisma 7 with adapter-pg produced on this machine (seen in the server log while a
// database refused connections), plus the adapter's own kinds for an unreachable server.
function prismaKnown(driverAdapterError: unknown) {
  return Object.assign(new Error("Invalid `prisma.user.findUnique()` invocation"), {
    name: "PrismaClientKnownRequestError",
    code: "P2039",
    meta: { driverAdapterError },
  });
}

describe("isDatabaseUnavailable", () => {
  it("recognises a database that refuses connections (SQLSTATE 55000, 'not currently accepting connections')", () => {
    const cause = { kind: "postgres", code: "55000", message: 'database "x" is not currently accepting connections' };
    const adapter = Object.assign(new Error('database "x" is not currently accepting connections'), {
      name: "DriverAdapterError",
      cause,
    });
    expect(isDatabaseUnavailable(prismaKnown(adapter))).toBe(true);
  });

  it.each([
    ["an unreachable server", { kind: "DatabaseNotReachable" }],
    ["a closed connection", { kind: "ConnectionClosed" }],
    ["too many connections", { kind: "TooManyConnections" }],
    [
      "an administrator shutdown",
      { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" },
    ],
    ["a connection exception", { kind: "postgres", code: "08006", message: "connection failure" }],
  ])("recognises %s", (_label, cause) => {
    expect(isDatabaseUnavailable(prismaKnown(Object.assign(new Error("adapter"), { cause })))).toBe(true);
  });

  it("recognises a refused socket and Prisma's initialisation error", () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("Can't reach database server"), { name: "PrismaClientInitializationError" }),
      ),
    ).toBe(true);
  });

  it("leaves real bugs and data errors alone", () => {
    expect(isDatabaseUnavailable(new Error("undefined is not a function"))).toBe(false);
    expect(
      isDatabaseUnavailable(
        prismaKnown(Object.assign(new Error("unique"), { cause: { kind: "UniqueConstraintViolation" } })),
      ),
    ).toBe(false);
    expect(
      isDatabaseUnavailable(
        prismaKnown(
          Object.assign(new Error("other"), {
            cause: { kind: "postgres", code: "55000", message: "object not in prerequisite state" },
          }),
        ),
      ),
    ).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("a string")).toBe(false);
  });

  it("does not loop on an error that is its own cause", () => {
    const e: { cause?: unknown } & Error = new Error("self");
    e.cause = e;
    expect(isDatabaseUnavailable(e)).toBe(false);
  });
});

describe("isInvalidText", () => {
  it("recognises PostgreSQL refusing a NUL character or untranslatable bytes", () => {
    const nul = { kind: "postgres", code: "22021", message: 'invalid byte sequence for encoding "UTF8": 0x00' };
    expect(isInvalidText(prismaKnown(Object.assign(new Error("adapter"), { cause: nul })))).toBe(true);
    expect(
      isInvalidText(prismaKnown(Object.assign(new Error("adapter"), { cause: { kind: "postgres", code: "22P05" } }))),
    ).toBe(true);
    expect(
      isInvalidText(prismaKnown(Object.assign(new Error("adapter"), { cause: { kind: "postgres", code: "23505" } }))),
    ).toBe(false);
  });
});
