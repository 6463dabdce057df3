import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/profile?x=1")).toBe("/profile?x=1");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null])(
    "falls back for %s",
    (raw) => {
      expect(safeCallbackPath(raw)).toBe("/dashboard");
    },
  );
});
