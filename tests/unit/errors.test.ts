import { describe, expect, it } from "vitest";
import { nulPath } from "@/lib/errors";

describe("nulPath", () => {
  it("names the first string holding a NUL character, however deep", () => {
    expect(nulPath({ a: "fine", b: ["ok", { c: "x\u0000" }] })).toBe("b.1.c");
    expect(nulPath("\u0000")).toBe("body");
    expect(nulPath({ ["k\u0000"]: 1 })).toBe("k\u0000");
    expect(nulPath({ a: 1, b: [true, null], c: "clean" })).toBeNull();
  });
});
