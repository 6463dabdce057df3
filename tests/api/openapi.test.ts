import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET as getDocument } from "@/app/api/v1/openapi.json/route";
import { openApiDocument, operations } from "@/lib/api-doc/document";
import { checkAnswer, operationOf } from "../helpers/api-contract";
import { callRoute } from "../helpers/call-route";

// The published contract: GET /api/v1/openapi.json is a valid OpenAPI 3.1 document, it describes every route file
// under app/api/v1 (a new route without an entry in lib/api-doc/routes fails here), and the auth each entry states
// is the one its route's wrapper enforces. The answers themselves are checked in every API test (call-route.ts).

const V1 = path.join(process.cwd(), "app", "api", "v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? routeFiles(full) : name === "route.ts" ? [full] : [];
  });
}

/** Every "METHOD /api/v1/…" a route file exports, with the file's text. */
function exportedRoutes(): { key: string; source: string }[] {
  return routeFiles(V1).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const url = "/api/v1/" + path.relative(V1, path.dirname(file)).split(path.sep).join("/");
    const exported = [...source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
      (m) => m[1]!,
    );
    const aliased = [...source.matchAll(/export \{([^}]+)\}/g)].flatMap((m) =>
      [...m[1]!.matchAll(/as (GET|POST|PUT|PATCH|DELETE)\b/g)].map((a) => a[1]!),
    );
    return [...exported, ...aliased].map((m) => ({ key: `${m} ${url}`, source }));
  });
}

const doc = openApiDocument() as { paths: Record<string, Record<string, unknown>> };

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 by a standard validator", async () => {
    const result = await new Validator().validate(doc as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect((doc as { openapi?: string }).openapi).toMatch(/^3\.1\./);
  });

  it("is served at GET /api/v1/openapi.json", async () => {
    const res = await callRoute(getDocument, { path: "/api/v1/openapi.json" });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(doc);
  });

  it("describes every route file under app/api/v1, and nothing that does not exist", () => {
    const served = exportedRoutes()
      .map((r) => r.key)
      .filter((k) => !k.includes("[..."));
    const missing = served.filter((k) => {
      const [method, p] = operationOf(k);
      return !doc.paths[p]?.[method];
    });
    expect(missing).toEqual([]);
    const described = operations.map((o) => `${o.method} ${o.path}`);
    const servedOps = new Set(served.map((k) => operationOf(k).join(" ")));
    expect(described.filter((d) => !servedOps.has(d))).toEqual([]);
    expect(new Set(described).size).toBe(described.length);
  });

  it("states the auth each route's wrapper enforces", () => {
    const wrong: string[] = [];
    for (const { key, source } of exportedRoutes()) {
      if (key.includes("[...")) continue;
      const [method, p] = operationOf(key);
      const op = operations.find((o) => o.method === method && o.path === p)!;
      const decl = new RegExp(`export const ${key.split(" ")[0]} = (\\w+)\\(`).exec(source)?.[1];
      // Every wrapper a route may use, by name: a new one (or a handler without one) must be added here on purpose.
      const byWrapper: Record<string, string[]> = {
        withSessionUser: ["session"],
        withUser: [method === "get" ? "read" : "write"],
        apiRoute: ["public", "key"],
      };
      const expected = decl !== undefined ? byWrapper[decl] : undefined;
      if (!expected) wrong.push(`${key}: declared through ${decl ?? "no known wrapper"}`);
      else if (!expected.includes(op.auth)) wrong.push(`${key}: ${decl} but described as ${op.auth}`);
    }
    expect(wrong).toEqual([]);
  });

  it("refuses an answer that is not the described one (the check can fail)", () => {
    expect(() => checkAnswer("GET /api/v1/me/profile", 200, "application/json", { profile: { id: 1 } })).toThrow(
      /does not match/,
    );
    expect(() => checkAnswer("GET /api/v1/me/profile", 418, "application/json", {})).toThrow(/does not describe/);
    const leaky = { tokens: [{ id: "a", name: "n", scope: "read", expiresAt: "x", lastUsedAt: null, createdAt: "x" }] };
    expect(() => checkAnswer("GET /api/v1/me/tokens", 200, "application/json", leaky)).not.toThrow();
    const extra = { tokens: [{ ...leaky.tokens[0], tokenHash: "secret" }] };
    expect(() => checkAnswer("GET /api/v1/me/tokens", 200, "application/json", extra)).toThrow(/does not match/);
    expect(() => checkAnswer("GET /api/v1/nowhere", 200, "application/json", {})).toThrow(/not described/);
  });

  it("describes the error shape, with its codes, on every operation", () => {
    for (const o of operations) {
      const responses = doc.paths[o.path]![o.method] as { responses: Record<string, unknown> };
      expect(Object.keys(responses.responses)).toContain("500");
    }
    expect(JSON.stringify(doc)).toContain('"rate_limited"');
  });
});
