import type { RouteRow } from "./authorization-route-types";

// Matrix rows for issue 17's routes (tests/api/authorization-routes.test.ts): share links, personal API tokens and
// the published description. The matrix also calls every owner route with the owner's tokens.

const json = (body: unknown) => ({ body });

export const OPEN_API_ROUTES: Record<string, RouteRow> = {
  "POST /api/v1/plans/[id]/share": {
    access: "owner",
    call: (o) => ({ method: "POST", params: { id: o.planId }, ...json({ includeSalary: false }) }),
    ok: [201],
    targetsOwner: true,
  },
  "DELETE /api/v1/plans/[id]/share": {
    access: "owner",
    call: (o) => ({ method: "DELETE", params: { id: o.planId } }),
    ok: [204],
    targetsOwner: true,
  },
  // Personal API tokens: a browser session only (a token answers 403 on these, below).
  "GET /api/v1/me/tokens": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "POST /api/v1/me/tokens": {
    access: "owner",
    call: () => ({ method: "POST", ...json({ name: "CI export", scope: "read", expiresInDays: 30 }) }),
    ok: [201],
  },
  "DELETE /api/v1/me/tokens/[id]": {
    access: "owner",
    call: (o) => ({ method: "DELETE", params: { id: o.apiTokenId } }),
    ok: [204],
    targetsOwner: true,
  },
  "GET /api/v1/openapi.json": { access: "public", call: () => ({}) },
  "GET /api/docs": { access: "public", call: () => ({}) },
  "GET /api/docs/[asset]": { access: "public", call: () => ({ params: { asset: "swagger-ui.css" } }) },
};
