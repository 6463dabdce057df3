import { expect } from "vitest";
import type { RouteRow } from "./authorization-route-types";

// The teams rows of the API route matrix (tests/api/authorization-routes.test.ts). My teams and the access log about
// me are the person's own; a team's routes are walked by tests/api/authorization-teams.test.ts as nobody, another
// team, a member, a manager and the owner, and the general matrix only checks that file covers them.

export const TEAM_ROUTE_ROWS: Record<string, RouteRow> = {
  "GET /api/v1/teams": { access: "owner", call: () => ({}), ok: [200] },
  "POST /api/v1/teams": { access: "owner", call: () => ({ method: "POST", body: { name: "A team" } }), ok: [201] },
  "GET /api/v1/me/access-log": {
    access: "owner",
    call: () => ({}),
    ok: [200],
    others: (a) => expect((a as { entries: unknown[] }).entries).toEqual([]),
  },
};

for (const key of [
  "GET /api/v1/teams/[id]",
  "PATCH /api/v1/teams/[id]",
  "DELETE /api/v1/teams/[id]",
  "POST /api/v1/teams/[id]/invites",
  "DELETE /api/v1/teams/[id]/invites/[inviteId]",
  "POST /api/v1/invites/[token]/accept",
  "PATCH /api/v1/teams/[id]/me",
  "DELETE /api/v1/teams/[id]/me",
  "GET /api/v1/teams/[id]/positions",
  "POST /api/v1/teams/[id]/positions",
  "PATCH /api/v1/teams/[id]/positions/[positionId]",
  "DELETE /api/v1/teams/[id]/positions/[positionId]",
  "GET /api/v1/teams/[id]/members/[memberId]",
  "PATCH /api/v1/teams/[id]/members/[memberId]",
  "GET /api/v1/teams/[id]/members/[memberId]/certificates/[entryId]",
  "GET /api/v1/teams/[id]/roster",
  "GET /api/v1/teams/[id]/roster.csv",
  "GET /api/v1/teams/[id]/policy",
  "PUT /api/v1/teams/[id]/policy",
])
  TEAM_ROUTE_ROWS[key] = { access: "team", call: () => ({}) };
