import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute, type CallOptions } from "../helpers/call-route";
import { discoverRoutes, type Handler } from "../helpers/routes";
import { setRequest } from "../helpers/next-headers-stub";
import { fingerprint, ownerFixture, PLAN_REQUEST, type OwnerFixture } from "../helpers/owner-fixture";
import { createTestUser, type TestUser } from "../helpers/users";

vi.mock("next/headers", () => import("../helpers/next-headers-stub"));
vi.mock("next/cache", () => import("../helpers/next-cache-stub"));

// The authorization matrix: every API route and every server action, called as nobody, as a second user aiming at
// the owner's records, and as the owner. Routes and actions are discovered from the code, so a new one that is not
// in the matrix fails the first test. The owner's records carry secret strings; no answer to anyone else may
// contain one, and nobody else's call may change the owner's rows. Removing an ownership check from any query
// turns one of these into a leak (the secret appears) or a change (the fingerprint moves), and the test fails.

type Access =
  | "public" // anyone; never anybody's personal data
  | "owner" // the signed-in person's own data: 401 without a session
  | "capability" // the private calendar address: the token is the key
  | "auth" // next-auth's own endpoints: they need Next's request scope, so tests/http/authorization-pages.test.ts
  //          calls them over HTTP against the built server; here the matrix only checks that file covers them
  | "fallback"; // unknown API paths

type RouteRow = {
  access: Access;
  /** The request, aimed at the owner's records where the route takes an id. */
  call: (o: OwnerFixture) => CallOptions;
  /** The owner's own call succeeds with one of these. */
  ok?: number[];
  /** The route's path holds one of the owner's ids: anyone else gets 404. */
  targetsOwner?: boolean;
  /** The owner's answer contains a secret (proves the leak search can see this answer). */
  reveals?: boolean;
  /**
   * For answers with no secret string in them (compliance is figures and entry ids): what another user must see,
   * and what the owner must see, so a missing ownership filter still shows.
   */
  others?: (answer: unknown) => void;
  owners?: (answer: unknown) => void;
};

const json = (body: unknown) => ({ body });
const pdfForm = () => {
  const form = new FormData();
  form.set("file", new File([new TextEncoder().encode("%PDF-1.4\nreplacement\n%%EOF\n")], "new.pdf"));
  return form;
};

const ROUTES: Record<string, RouteRow> = {
  // The person's own data.
  "GET /api/v1/me/profile": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "PATCH /api/v1/me/profile": {
    access: "owner",
    call: () => ({ method: "PATCH", ...json({ dueSoonDays: 45 }) }),
    ok: [200],
  },
  "DELETE /api/v1/me": {
    access: "owner",
    call: (o) => ({ method: "DELETE", ...json({ password: o.password }) }),
    ok: [204],
  },
  "GET /api/v1/me/export.zip": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "GET /api/v1/me/audit-packet.zip": {
    access: "owner",
    call: () => ({ path: "/x?asOf=2026-01-01" }),
    ok: [200],
    reveals: true,
  },
  "GET /api/v1/me/ceus": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "POST /api/v1/me/ceus": {
    access: "owner",
    call: () => ({ method: "POST", ...json({ date: "2025-05-01", title: "New course", ceus: 1 }) }),
    ok: [201],
  },
  "GET /api/v1/me/ceus.csv": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "POST /api/v1/me/ceus/import": {
    access: "owner",
    call: () => ({
      method: "POST",
      path: "/x",
      headers: { "content-type": "text/csv" },
      body: "date,title,ceus\n2025-02-01,Imported course,1\n",
    }),
    ok: [201],
  },
  "GET /api/v1/me/ceus/[id]": {
    access: "owner",
    call: (o) => ({ params: { id: o.entryId } }),
    ok: [200],
    targetsOwner: true,
    reveals: true,
  },
  "PATCH /api/v1/me/ceus/[id]": {
    access: "owner",
    call: (o) => ({ method: "PATCH", params: { id: o.entryId }, ...json({ title: "Renamed" }) }),
    ok: [200],
    targetsOwner: true,
  },
  "DELETE /api/v1/me/ceus/[id]": {
    access: "owner",
    call: (o) => ({ method: "DELETE", params: { id: o.entryId } }),
    ok: [204],
    targetsOwner: true,
  },
  "GET /api/v1/me/ceus/[id]/certificate": {
    access: "owner",
    call: (o) => ({ params: { id: o.entryId } }),
    ok: [200],
    targetsOwner: true,
    reveals: true,
  },
  "POST /api/v1/me/ceus/[id]/certificate": {
    access: "owner",
    call: (o) => ({ method: "POST", params: { id: o.entryId }, form: pdfForm() }),
    ok: [201],
    targetsOwner: true,
  },
  "DELETE /api/v1/me/ceus/[id]/certificate": {
    access: "owner",
    call: (o) => ({ method: "DELETE", params: { id: o.entryId } }),
    ok: [204],
    targetsOwner: true,
  },
  "GET /api/v1/me/compliance": {
    access: "owner",
    call: () => ({ path: "/x?asOf=2026-01-01" }),
    ok: [200],
    // The intruder holds no credentials: any item they get is someone else's.
    others: (a) => expect((a as { items: unknown[] }).items).toEqual([]),
    owners: (a) =>
      expect((a as { items: { credentials: string[] }[] }).items.some((i) => i.credentials.includes("CPC"))).toBe(true),
  },
  "GET /api/v1/me/credentials": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "POST /api/v1/me/credentials": {
    access: "owner",
    call: () => ({ method: "POST", ...json({ code: "CPMA", earnedOn: "2025-01-10" }) }),
    ok: [201],
  },
  "PATCH /api/v1/me/credentials/[id]": {
    access: "owner",
    call: (o) => ({ method: "PATCH", params: { id: o.heldId }, ...json({ certificateNumber: "Z-1" }) }),
    ok: [200],
    targetsOwner: true,
  },
  "DELETE /api/v1/me/credentials/[id]": {
    access: "owner",
    call: (o) => ({ method: "DELETE", params: { id: o.heldId } }),
    ok: [204],
    targetsOwner: true,
  },
  "GET /api/v1/me/calendar": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "POST /api/v1/me/calendar": { access: "owner", call: () => ({ method: "POST" }), ok: [201] },
  "DELETE /api/v1/me/calendar": { access: "owner", call: () => ({ method: "DELETE" }), ok: [204] },
  "GET /api/v1/plans": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "POST /api/v1/plans": {
    access: "owner",
    call: () => ({ method: "POST", ...json({ name: "Another plan", request: PLAN_REQUEST }) }),
    ok: [201],
  },
  "GET /api/v1/plans/[id]": {
    access: "owner",
    call: (o) => ({ params: { id: o.planId } }),
    ok: [200],
    targetsOwner: true,
    reveals: true,
  },
  "PATCH /api/v1/plans/[id]": {
    access: "owner",
    call: (o) => ({ method: "PATCH", params: { id: o.planId }, ...json({ name: "Renamed", version: o.planVersion }) }),
    ok: [200],
    targetsOwner: true,
  },
  "DELETE /api/v1/plans/[id]": {
    access: "owner",
    call: (o) => ({ method: "DELETE", params: { id: o.planId } }),
    ok: [204],
    targetsOwner: true,
  },
  "GET /api/v1/plans/[id]/projection": {
    access: "owner",
    call: (o) => ({ params: { id: o.planId } }),
    ok: [200],
    targetsOwner: true,
  },
  // Public reference data and calculators.
  "GET /api/v1/roles": { access: "public", call: () => ({}) },
  "GET /api/v1/roles/[slug]": { access: "public", call: () => ({ params: { slug: "outpatient-coder" } }) },
  "GET /api/v1/roles/[slug]/reachable": { access: "public", call: () => ({ params: { slug: "outpatient-coder" } }) },
  "GET /api/v1/credentials": { access: "public", call: () => ({}) },
  "GET /api/v1/credentials/[code]": { access: "public", call: () => ({ params: { code: "CPC" } }) },
  "POST /api/v1/credentials/[code]/eligibility": {
    access: "public",
    call: () => ({
      method: "POST",
      params: { code: "CCDS" },
      ...json({ currentRole: "cdi-specialist", education: "bachelor", yearsExperience: 1, credentials: [] }),
    }),
  },
  "POST /api/v1/plans/preview": { access: "public", call: () => ({ method: "POST", ...json(PLAN_REQUEST) }) },
  "POST /api/v1/projection": { access: "public", call: () => ({ method: "POST", ...json({ path: previewedPath }) }) },
  "GET /api/v1/pay-bands": { access: "public", call: () => ({}) },
  "POST /api/v1/signup": {
    access: "public",
    call: () => ({
      method: "POST",
      ...json({
        email: `new-${Math.random().toString(36).slice(2)}@example.org`,
        password: "a long enough password",
        name: "New",
      }),
    }),
  },
  // The private calendar address, and next-auth.
  "GET /api/v1/calendar/[token]": { access: "capability", call: (o) => ({ params: { token: `${o.feedToken}.ics` } }) },
  "GET /api/auth/[...nextauth]": { access: "auth", call: () => ({}) },
  "POST /api/auth/[...nextauth]": { access: "auth", call: () => ({}) },
};
for (const m of ["GET", "POST", "PATCH", "PUT", "DELETE"])
  ROUTES[`${m} /api/v1/[...rest]`] = {
    access: "fallback",
    call: () => ({ method: m, path: "/api/v1/nothing/here", params: { rest: ["nothing", "here"] } }),
  };

// ---- reading answers -----------------------------------------------------------------------------------------------

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
const secretsOf = (o: OwnerFixture) => [o.secret, o.feedToken, o.email];

let routes: Map<string, Handler>;
let intruder: TestUser;
let previewedPath: unknown;

beforeAll(async () => {
  routes = await discoverRoutes();
  previewedPath = (await callRoute(routes.get("POST /api/v1/plans/preview")!, { method: "POST", body: PLAN_REQUEST }))
    .json.paths[0];
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
      if (row.access === "capability") {
        expect(anon.status, "the token alone opens the feed").toBe(200);
        expect((await as(undefined, { params: { token: "not-the-token.ics" } })).status).toBe(404);
        expect((await as(owner.cookie, { params: { token: `${owner.feedToken.slice(0, -1)}x.ics` } })).status).toBe(
          404,
        );
      }

      // Nobody but the owner hears a secret; nobody but the owner changes a thing.
      if (row.access !== "capability") {
        expect(leaks(anon.text), "leaked to an anonymous caller").toEqual([]);
        expect(leaks(other.text), "leaked to another user").toEqual([]);
      }
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

// ---- server actions --------------------------------------------------------------------------------------------------

type Action = (...args: unknown[]) => Promise<{ ok: boolean } & Record<string, unknown>>;
type ActionRow = { access: "public" | "owner"; targetsOwner?: boolean; args: (o: OwnerFixture) => unknown[] };

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};

const ACTIONS: Record<string, ActionRow> = {
  signUpAction: {
    access: "public",
    args: () => [
      null,
      form({
        name: "Action User",
        email: `action-${Math.random().toString(36).slice(2)}@example.org`,
        password: "a long enough password",
      }),
    ],
  },
  updateProfileAction: { access: "owner", args: () => [null, form({ name: "Changed Name", dueSoonDays: "30" })] },
  deleteAccountAction: { access: "owner", args: (o) => [{ password: o.password }] },
  addCeuAction: { access: "owner", args: () => [{ date: "2025-05-01", title: "Action course", ceus: 1 }] },
  updateCeuAction: {
    access: "owner",
    targetsOwner: true,
    args: (o) => [{ id: o.entryId, patch: { title: "Changed" } }],
  },
  deleteCeuAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.entryId }] },
  addHeldAction: { access: "owner", args: () => [{ code: "CPMA", earnedOn: "2025-01-10" }] },
  updateHeldAction: {
    access: "owner",
    targetsOwner: true,
    args: (o) => [{ id: o.heldId, patch: { certificateNumber: "Z-2" } }],
  },
  removeHeldAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.heldId }] },
  previewPlanAction: { access: "public", args: () => [PLAN_REQUEST] },
  savePlanAction: { access: "owner", args: () => [{ name: "Action plan", request: PLAN_REQUEST }] },
  renamePlanAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.planId, name: "Changed" }] },
  setPlanStepsAction: {
    access: "owner",
    targetsOwner: true,
    args: (o) => [{ id: o.planId, doneSteps: [0], version: o.planVersion }],
  },
  deletePlanAction: { access: "owner", targetsOwner: true, args: (o) => [{ id: o.planId }] },
};

async function discoverActions(): Promise<Map<string, Action>> {
  const found = new Map<string, Action>();
  const lib = path.join(process.cwd(), "lib");
  for (const dir of readdirSync(lib)) {
    const file = path.join(lib, dir, "actions.ts");
    if (!statSync(path.join(lib, dir)).isDirectory()) continue;
    try {
      statSync(file);
    } catch {
      continue;
    }
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) if (typeof fn === "function") found.set(name, fn as Action);
  }
  return found;
}

describe("the authorization matrix: server actions", () => {
  let actions: Map<string, Action>;
  beforeAll(async () => {
    actions = await discoverActions();
  });

  it("covers every server action, and only those", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  for (const [name, row] of Object.entries(ACTIONS)) {
    it(`${name} (${row.access}${row.targetsOwner ? ", aims at the owner's record" : ""})`, async () => {
      const action = actions.get(name)!;
      const owner = await ownerFixture();
      const before = await fingerprint(owner.id);
      const leaks = (result: unknown) => secretsOf(owner).filter((s) => JSON.stringify(result).includes(s));

      setRequest({});
      const anon = await action(...row.args(owner));
      setRequest({ cookie: intruder.cookie });
      const other = await action(...row.args(owner));

      if (row.access === "owner") expect(anon.ok, "without a session").toBe(false);
      if (row.targetsOwner) expect(other.ok, "another user aiming at the owner's record").toBe(false);
      expect(leaks(anon)).toEqual([]);
      expect(leaks(other)).toEqual([]);
      expect(await fingerprint(owner.id), "another caller changed the owner's records").toBe(before);

      setRequest({ cookie: owner.cookie });
      const mine = await action(...row.args(owner));
      expect(mine.ok, JSON.stringify(mine)).toBe(true);
    });
  }
});
