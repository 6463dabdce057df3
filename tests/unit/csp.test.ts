import { describe, expect, it } from "vitest";
import { isPageRequest, newNonce, pageCsp } from "../../scripts/page-policy.mjs";

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

  it("makes a fresh 128-bit nonce each time, across refills of its pool of random bytes", () => {
    // 1,000 nonces draw on four fills of the 4 KB pool (256 nonces each).
    const seen = new Set(Array.from({ length: 1000 }, () => newNonce()));
    expect(seen.size).toBe(1000);
    for (const n of seen) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("is given to page requests only: not API answers, built files, the icon or the router's prefetches", () => {
    const req = (url: string, headers: Record<string, string> = {}) => ({ url, headers });
    const pages = ["/", "/dashboard", "/ladder?x=1", "/credentials/CPC", "/apis", "/api-docs-not"];
    // Dot segments are resolved first, as Next's router does: these are the dashboard.
    pages.push("/api/../dashboard", "/api/%2e%2e/dashboard", "/_next/static/../../dashboard");
    for (const url of pages) {
      expect(isPageRequest(req(url)), url).toBe(true);
    }
    for (const url of ["/api/v1/me/compliance", "/api/auth/session", "/_next/static/chunks/a.js", "/icon.svg"]) {
      expect(isPageRequest(req(url)), url).toBe(false);
    }
    expect(isPageRequest(req("/dashboard", { "next-router-prefetch": "1" }))).toBe(false);
    expect(isPageRequest(req("/dashboard", { purpose: "prefetch" }))).toBe(false);
  });
});
