import { expect } from "vitest";
import { PLAN_REQUEST } from "../fixtures/plan-request";
import type { RouteRow } from "./authorization-route-types";
import { DRAFT_ROUTES } from "./authorization-route-rows-drafts";
import { OPEN_API_ROUTES } from "./authorization-route-rows-open";
import { TEAM_ROUTE_ROWS } from "./authorization-team-rows";
import { KEY_ROUTES } from "./authorization-route-rows-keys";

// The rows of the authorization matrix for API routes (tests/api/authorization-routes.test.ts): who may call each
// route, the request aimed at the owner's records, and what the owner's own call answers.

/** Filled in before the rows are called: a path from the planner's answer, for the projection route. */
export const matrixContext: { previewedPath: unknown } = { previewedPath: undefined };

const json = (body: unknown) => ({ body });
const pdfForm = () => {
  const form = new FormData();
  form.set("file", new File([new TextEncoder().encode("%PDF-1.4\nreplacement\n%%EOF\n")], "new.pdf"));
  return form;
};

export const ROUTES: Record<string, RouteRow> = {
  // First: the intruder's own sessions end at "DELETE /api/v1/me/sessions" below, and these rows need them.
  ...OPEN_API_ROUTES,
  ...TEAM_ROUTE_ROWS,
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
  ...DRAFT_ROUTES,
  "GET /api/v1/me/bodies": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "PUT /api/v1/me/bodies/[body]": {
    access: "owner",
    call: () => ({ method: "PUT", params: { body: "aapc" }, ...json({ membershipExpires: "2028-05-31" }) }),
    ok: [200],
  },
  "DELETE /api/v1/me/bodies/[body]": {
    access: "owner",
    call: () => ({ method: "DELETE", params: { body: "AAPC" } }),
    ok: [204],
  },
  "GET /api/v1/me/custom-credentials": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "POST /api/v1/me/custom-credentials": {
    access: "owner",
    call: () => ({
      method: "POST",
      // Earned after the compliance row's asOf, so the intruder's own copy never shows there.
      ...json({ name: "CIPP/US", issuer: "IAPP", earnedOn: "2026-06-01", cycleMonths: 24, requiredCeus: 20 }),
    }),
    ok: [201],
  },
  "GET /api/v1/me/custom-credentials/[id]": {
    access: "owner",
    call: (o) => ({ params: { id: o.customId } }),
    ok: [200],
    targetsOwner: true,
    reveals: true,
  },
  "PATCH /api/v1/me/custom-credentials/[id]": {
    access: "owner",
    call: (o) => ({ method: "PATCH", params: { id: o.customId }, ...json({ requiredCeus: 24 }) }),
    ok: [200],
    targetsOwner: true,
  },
  "DELETE /api/v1/me/custom-credentials/[id]": {
    access: "owner",
    call: (o) => ({ method: "DELETE", params: { id: o.customId } }),
    ok: [204],
    targetsOwner: true,
  },
  "GET /api/v1/me/compliance": {
    access: "owner",
    call: () => ({ path: "/x?asOf=2026-01-01" }),
    ok: [200],
    // The intruder holds no credentials on that day: any item they get is someone else's (the owner's CPC, or the
    // owner's own licence).
    others: (a) => expect((a as { items: unknown[] }).items).toEqual([]),
    owners: (a) => {
      const items = (a as { items: { credentials: string[]; custom: boolean }[] }).items;
      expect(items.some((i) => i.credentials.includes("CPC"))).toBe(true);
      expect(items.some((i) => i.custom)).toBe(true);
    },
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
  "GET /api/v1/me/reminders": {
    access: "owner",
    call: () => ({}),
    ok: [200],
    others: (a) => expect((a as { reminders: { days: number[] } }).reminders.days).not.toEqual([45, 3]),
    owners: (a) => expect((a as { reminders: { days: number[] } }).reminders.days).toEqual([45, 3]),
  },
  "PATCH /api/v1/me/reminders": {
    access: "owner",
    call: () => ({ method: "PATCH", ...json({ days: [30, 7], email: false }) }),
    ok: [200],
  },
  "GET /api/v1/me/notifications": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "POST /api/v1/me/notifications/[id]/read": {
    access: "owner",
    call: (o) => ({ method: "POST", params: { id: o.notificationId } }),
    ok: [200],
    targetsOwner: true,
    reveals: true,
  },
  "POST /api/v1/me/notifications/read-all": { access: "owner", call: () => ({ method: "POST" }), ok: [200] },
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
  "POST /api/v1/what-if": {
    access: "owner",
    call: () => ({ method: "POST", ...json({ add: [{ code: "CIC", on: "2027-01-01" }], years: 2 }) }),
    ok: [200],
    // Starts from the caller's own credentials: another user's answer must not start from the owner's CPC.
    others: (a) => expect((a as { before: { credentials: string[] } }).before.credentials).not.toContain("CPC"),
    owners: (a) => expect((a as { before: { credentials: string[] } }).before.credentials).toContain("CPC"),
  },
  "POST /api/v1/plans/preview": { access: "public", call: () => ({ method: "POST", ...json(PLAN_REQUEST) }) },
  "POST /api/v1/projection": {
    access: "public",
    call: () => ({ method: "POST", ...json({ path: matrixContext.previewedPath }) }),
  },
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
  "POST /api/v1/password-reset": {
    access: "public",
    call: (o) => ({ method: "POST", ...json({ email: o.email }) }),
  },
  "POST /api/v1/password-reset/confirm": {
    access: "link",
    call: () => ({ method: "POST", ...json({ token: "x".repeat(43), password: "a new long passphrase" }) }),
  },
  "POST /api/v1/me/verification": { access: "owner", call: () => ({ method: "POST" }), ok: [202] },
  "POST /api/v1/me/password": {
    access: "owner",
    call: (o) => ({ method: "POST", ...json({ currentPassword: o.password, newPassword: "a new long passphrase" }) }),
    ok: [204],
  },
  "POST /api/v1/me/email": {
    access: "owner",
    call: (o) => ({ method: "POST", ...json({ password: o.password, newEmail: `new-${o.id}@example.org` }) }),
    ok: [202],
  },
  "DELETE /api/v1/me/sessions": { access: "owner", call: () => ({ method: "DELETE" }), ok: [204] },
  // The private calendar address, the unsubscribe link in reminder emails, and next-auth.
  ...KEY_ROUTES,
  "GET /api/auth/[...nextauth]": { access: "auth", call: () => ({}) },
  "POST /api/auth/[...nextauth]": { access: "auth", call: () => ({}) },
};
for (const m of ["GET", "POST", "PATCH", "PUT", "DELETE"])
  ROUTES[`${m} /api/v1/[...rest]`] = {
    access: "fallback",
    call: () => ({ method: m, path: "/api/v1/nothing/here", params: { rest: ["nothing", "here"] } }),
  };
