import { describe, expect, it } from "vitest";
import { newNonce, pageCsp } from "@/lib/http/csp";

describe("the page Content-Security-Policy", () => {
  it("runs scripts only from this origin or with the nonce; forbids framing, plugins, foreign forms", () => {
    const csp = pageCsp("abc123");
    const directives = Object.fromEntries(
      csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]),
    );
    expect(directives["script-src"]).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directives["script-src"]).not.toContain("unsafe-inline");
    expect(directives["frame-ancestors"]).toBe("'none'");
    expect(directives["object-src"]).toBe("'none'");
    expect(directives["form-action"]).toBe("'self'");
    expect(directives["base-uri"]).toBe("'self'");
    expect(directives["default-src"]).toBe("'self'");
  });

  it("allows data: images, which the two-factor QR code is (an SVG made per person)", () => {
    const imgSrc = pageCsp("n")
      .split("; ")
      .find((d) => d.startsWith("img-src "));
    expect(imgSrc?.split(" ")).toContain("data:");
  });

  it("allows eval only in development", () => {
    expect(pageCsp("n")).not.toContain("unsafe-eval");
    expect(pageCsp("n", { dev: true })).toContain("'unsafe-eval'");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const seen = new Set(Array.from({ length: 200 }, () => newNonce()));
    expect(seen.size).toBe(200);
    for (const n of seen) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
