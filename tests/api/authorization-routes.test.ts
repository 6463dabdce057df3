import { readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { matrixContext, ROUTES as OTHER_ROUTES } from "../helpers/authorization-route-rows";
import { TEAM_ROUTE_ROWS } from "../helpers/authorization-team-rows";
import { callRoute, type CallOptions } from "../helpers/call-route";
import { discoverRoutes, type Handler } from "../helpers/routes";
import { PLAN_REQUEST } from "../fixtures/plan-request";
import { fingerprint, ownerFixture, secretsOf } from "../helpers/owner-fixture";
import { createTestUser, type TestUser } from "../helpers/users";

vi.mock("next/headers", () => import("../helpers/next-headers-stub"));
vi.mock("next/cache", () => import("../helpers/next-cache-stub"));

// The authorization matrix for API routes: each called as nobody, as a second user aiming at the owner's records,
// and as the owner (rows in tests/helpers/authorization-route-rows.ts; server actions have their own file). Routes
// are discovered from the code, so a new one that is not in the matrix fails the first test. The owner's records
// carry secret strings; no answer to anyone else may contain one, and nobody else's call may change the owner's
// rows. Removing an ownership check from any query turns one of these into a leak (the secret appears) or a change
// (the fingerprint moves), and the test fails.

/** The answer as text to search: ZIPs are opened, everything else read as text. */
function answerText(res: { headers: Headers; bytes: Uint8Array }): string {
  const type = res.headers.get("content-type") ?? "";
  if (type.includes("zip")) {
    return Object.values(unzipSync(res.bytes))
      .map((b) => Buffer.from(b).toString("latin1"))
      .join("\n");
  }
  return Buffer.from(res.bytes).toString("latin1");
}

// Teams first: the intruder signing out everywhere (an account row) ends their own session.
const ROUTES = { ...TEAM_ROUTE_ROWS, ...OTHER_ROUTES };
let routes: Map<string, Handler>;
let intruder: TestUser;

beforeAll(async () => {
  routes = await discoverRoutes();
  matrixContext.previewedPath = (
    await callRoute(routes.get("POST /api/v1/plans/preview")!, { method: "POST", body: PLAN_REQUEST })
  ).json.paths[0];
  // A password of its own, so replaying the owner's password (DELETE /me) is a wrong password for the intruder.
  intruder = await createTestUser("Intruder", "the intruder's own password");
});

describe("the authorization matrix: API routes", () => {
  it("covers every route the app serves, and only those", () => {
    expect([...routes.keys()].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  for (const [key, row] of Object.entries(ROUTES)) {
    it(`${key} (${row.access})`, async () => {
      const handler = routes.get(key);
      expect(handler, `${key} is in the matrix but not served`).toBeDefined();
      if (row.access === "auth") {
        const http = readFileSync(path.join(process.cwd(), "tests", "http", "authorization-pages.test.ts"), "utf8");
        expect(http, `${key} must be walked over HTTP`).toContain(`"${key}"`);
        return;
      }
      if (row.access === "team") {
        const teams = readFileSync(path.join(process.cwd(), "tests", "api", "authorization-teams.test.ts"), "utf8");
        const accept = key === "POST /api/v1/invites/[token]/accept";
        expect(teams, `${key} must be in the teams matrix`).toContain(accept ? key : `"${key}"`);
        return;
      }
      const owner = await ownerFixture();
      const before = await fingerprint(owner.id);
      const leaks = (text: string) => secretsOf(owner).filter((s) => text.includes(s));
      const h = handler!;
      const as = async (cookie: string | undefined, opts: CallOptions = row.call(owner)) => {
        const res = await callRoute(h, { ...opts, cookie });
        return { status: res.status, text: answerText(res) };
      };

      const anon = await as(undefined);
      const other = await as(intruder.cookie);
      expect(anon.status).toBeLessThan(500);
      expect(other.status).toBeLessThan(500);

      if (row.access === "owner") {
        expect(anon.status, "without a session").toBe(401);
        if (row.targetsOwner) expect(other.status, "another user aiming at the owner's record").toBe(404);
      }
      if (row.access === "public") expect(anon.status, "public to anyone").toBeLessThan(300);
      if (row.access === "fallback") expect([anon.status, other.status]).toEqual([404, 404]);
      if (row.access === "link") expect([anon.status, other.status]).toEqual([404, 404]);
      if (row.access === "capability") {
        expect(row.ok, "the token alone is the key").toContain(anon.status);
        const settled = await fingerprint(owner.id);
        for (const wrong of row.wrongKeys?.(owner) ?? []) {
          expect((await as(undefined, wrong)).status, "a key that is not the owner's").toBe(404);
          expect((await as(owner.cookie, wrong)).status, "a wrong key, even with the owner's session").toBe(404);
        }
        expect(row.wrongKeys, "capability rows try wrong keys").toBeDefined();
        expect(await fingerprint(owner.id), "a wrong key changed the owner's records").toBe(settled);
      }

      // Nobody but the owner hears a secret; nobody but the owner changes a thing.
      if (row.access !== "capability") {
        expect(leaks(anon.text), "leaked to an anonymous caller").toEqual([]);
        expect(leaks(other.text), "leaked to another user").toEqual([]);
      }
      // Whoever holds a key that changes a record (the one-click unsubscribe) changes it; nobody else does (above).
      if (!row.keyWrites)
        expect(await fingerprint(owner.id), "another caller changed the owner's records").toBe(before);
      row.others?.(JSON.parse(other.text));

      if (row.access === "owner") {
        const mine = await as(owner.cookie);
        expect(row.ok, `${key}: expected statuses`).toContain(mine.status);
        if (row.reveals) expect(leaks(mine.text).length, "the owner sees their own data").toBeGreaterThan(0);
        row.owners?.(JSON.parse(mine.text));
      }
    });
  }
});
