import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute, type CallOptions } from "../helpers/call-route";
import { fingerprint, ownerFixture, type OwnerFixture } from "../helpers/owner-fixture";
import { discoverRoutes, routeParams, type Handler } from "../helpers/routes";
import { createTestUser } from "../helpers/users";
import { createInvite } from "@/lib/teams/invites";
import { createTeam } from "@/lib/teams/service";

// Random and malformed input thrown at every API route, as the signed-in owner (the caller who gets furthest into
// the code): bodies of every JSON shape, text that is not JSON, wrong content types, odd params and query strings,
// and CSV files. Never a 500; and whenever a request is refused, the owner's records are exactly as before —
// nothing half-written. FUZZ_RUNS raises the number of cases per route (default 25).

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

let routes: Map<string, Handler>;
let owner: OwnerFixture;
/** For a team's routes: a team the owner owns, with a position, a member and an open invitation's ids and token. */
let teamKeys: string[] = [];

async function ownerTeam(o: OwnerFixture): Promise<string[]> {
  const { id } = await createTeam(o.id, { name: "Fuzzed team" });
  const position = await db.teamPosition.create({ data: { teamId: id, name: "Coder", requires: [["CPC"]] } });
  const member = await createTestUser("Fuzz Member");
  const joined = await db.teamMember.create({
    data: { teamId: id, userId: member.id, role: "member", share: ["status"] },
  });
  const invite = await createInvite(o.id, id, { role: "member" });
  return [id, position.id, joined.id, invite.id, invite.url.slice(invite.url.lastIndexOf("/") + 1)];
}

beforeAll(async () => {
  routes = await discoverRoutes();
  owner = await ownerFixture();
});

const weirdText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(
    "",
    " ",
    "null",
    "[]",
    "{",
    '{"a":',
    "\u0000",
    "%00",
    "../../etc/passwd",
    "' OR 1=1 --",
    "<script>x</script>",
    "9".repeat(400),
    "NaN",
    "-1",
    "1e309",
  ),
);
const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  // Objects with the field names the API uses, holding values of the wrong kinds.
  fc.dictionary(
    fc.constantFrom(
      "date",
      "title",
      "ceus",
      "topics",
      "source",
      "appliesTo",
      "code",
      "earnedOn",
      "cycleStart",
      "cycleEnd",
      "name",
      "request",
      "version",
      "doneSteps",
      "password",
      "currentRole",
      "target",
      "path",
      "assumptions",
      "email",
      "yearsExperience",
      "currentSalary",
      "dueSoonDays",
      "share",
      "role",
      "position",
      "requires",
      "hoursPerYear",
      "topic",
      "topicHours",
      "newHireDays",
      "newHireHours",
      "keepDuplicate",
      "indexNumber",
      "__proto__",
      "constructor",
    ),
    fc.oneof(fc.jsonValue({ maxDepth: 2 }), weirdText, fc.double(), fc.integer({ min: -1e12, max: 1e12 })),
  ),
);
const contentType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "text/csv",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=zzz",
  "",
);
const csvText = fc
  .array(
    fc.array(
      fc.oneof(
        weirdText,
        fc.constantFrom(
          "2025-01-01",
          "2025-02-30",
          "1.5",
          "0",
          "yes",
          "aapc",
          "auditing",
          '"quoted, with comma"',
          '"open quote',
          "=cmd()",
        ),
      ),
      { maxLength: 14 },
    ),
    { maxLength: 8 },
  )
  // The line ending is drawn with the rows, so a failing case replays from its seed and shrinks.
  .chain((rows) =>
    fc
      .constantFrom("\n", "\r\n", "\r")
      .map((eol) =>
        [
          "date,title,provider,ceus,topics,hiim_domain,source,index_number,external_body,applies_to,notes",
          ...rows.map((r) => r.join(",")),
        ].join(eol),
      ),
  );

function requestFor(key: string): fc.Arbitrary<CallOptions> {
  const [method] = key.split(" ");
  const params = routeParams(key);
  const paramValues = fc.tuple(
    ...params.map((p) =>
      p.startsWith("...")
        ? fc.array(weirdText, { minLength: 1, maxLength: 3 })
        : fc.oneof(
            weirdText,
            fc.uuid(),
            fc.constantFrom(
              owner.entryId,
              owner.planId,
              owner.heldId,
              owner.draftId,
              "CPC",
              "outpatient-coder",
              `${owner.feedToken}.ics`,
              ...teamKeys,
            ),
          ),
    ),
  );
  const query = fc.dictionary(
    fc.constantFrom(
      "asOf",
      "dryRun",
      "raisePercent",
      "horizonYears",
      "ids",
      "x",
      "lapsingWithin",
      "sort",
      "notCovered",
    ),
    weirdText,
    { maxKeys: 3 },
  );
  const body = fc.oneof(
    jsonValue.map((v) => JSON.stringify(v)),
    weirdText,
    csvText,
  );
  // Each case from its own address, so the sign-up limit (20 an hour per address) does not turn the run into 429s.
  const address = fc.ipV4();
  return fc
    .record({ paramValues, query, body, type: contentType, address })
    .map(({ paramValues, query, body, type, address }): CallOptions => ({
      method,
      params: Object.fromEntries(params.map((p, i) => [p.replace(/^\.\.\./, ""), paramValues[i]!])),
      path: `/x?${new URLSearchParams(query)}`,
      headers: { "x-forwarded-for": address, ...(type ? { "content-type": type } : {}) },
      body: method === "GET" ? undefined : body,
      cookie: owner.cookie,
    }));
}

describe("fuzzing every API route", () => {
  it("finds the routes", () => {
    expect(routes.size).toBeGreaterThan(40);
  });

  // next-auth's handler needs Next's request scope; it is exercised over HTTP in tests/http.
  const skipInProcess = (key: string) => key.includes("/api/auth/");

  it("never answers 500, and a refused request changes nothing", async () => {
    const tried: Record<string, number> = {};
    for (const [key, handler] of routes) {
      if (skipInProcess(key)) continue;
      // A fresh owner per route: a case that deleted the owner's entry or plan must not leave later routes
      // answering nothing but 404s.
      owner = await ownerFixture();
      teamKeys = /\/(teams|invites)\//.test(key) ? await ownerTeam(owner) : [];
      await fc.assert(
        fc.asyncProperty(requestFor(key), async (opts) => {
          const before = await fingerprint(owner.id);
          const usersBefore = await db.user.count();
          const res = await callRoute(handler, opts);
          tried[key] = (tried[key] ?? 0) + 1;
          expect(res.status, `${key} ${JSON.stringify(opts).slice(0, 300)}`).toBeLessThan(500);
          if (res.status >= 400) {
            expect(await fingerprint(owner.id), `${key} refused (${res.status}) but wrote`).toBe(before);
            expect(await db.user.count(), `${key} refused (${res.status}) but made an account`).toBe(usersBefore);
          }
        }),
        { numRuns: RUNS },
      );
    }
    expect(Object.keys(tried).length).toBeGreaterThan(40);
  }, 600_000);
});

// Found by the fuzzer on the PostgreSQL server: a NUL character reached a text column and PostgreSQL refused it
// (SQLSTATE 22021), which surfaced as a 500. Now every door refuses NUL first, naming where it was.
describe("NUL characters, which PostgreSQL text cannot hold", () => {
  const route = (key: string) => routes.get(key)!;

  it("in a path parameter: 404", async () => {
    for (const key of [
      "GET /api/v1/me/ceus/[id]/certificate",
      "GET /api/v1/me/ceus/[id]",
      "GET /api/v1/roles/[slug]",
      "GET /api/v1/calendar/[token]",
    ]) {
      const name = routeParams(key)[0]!;
      const res = await callRoute(route(key), { params: { [name]: "a\u0000b" }, cookie: owner.cookie });
      expect(res.status, key).toBe(404);
    }
  });

  it("in a JSON body, a query string or a CSV file: 422 naming where, nothing written", async () => {
    const before = await fingerprint(owner.id);
    const body = await callRoute(route("POST /api/v1/me/ceus"), {
      method: "POST",
      cookie: owner.cookie,
      body: { date: "2025-01-02", title: "Nul\u0000title", ceus: 1 },
    });
    expect(body.status).toBe(422);
    expect(body.json.error.issues[0].path).toBe("title");
    const nested = await callRoute(route("POST /api/v1/me/ceus"), {
      method: "POST",
      cookie: owner.cookie,
      body: { date: "2025-01-02", title: "ok", ceus: 1, topics: ["coding", "x\u0000"] },
    });
    expect(nested.json.error.issues[0].path).toBe("topics.1");
    const query = await callRoute(route("GET /api/v1/me/ceus"), { path: "/x?q=%00", cookie: owner.cookie });
    expect(query.status).toBe(422);
    expect(query.json.error.issues[0].path).toBe("query.q");
    const csv = await callRoute(route("POST /api/v1/me/ceus/import"), {
      method: "POST",
      path: "/x",
      cookie: owner.cookie,
      headers: { "content-type": "text/csv" },
      body: "date,title,ceus\n2025-02-01,Nul\u0000here,1\n",
    });
    expect(csv.status).toBe(422);
    expect(await fingerprint(owner.id)).toBe(before);
  });
});
