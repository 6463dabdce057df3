import { expect } from "vitest";
import type { CallOptions } from "./call-route";
import { PLAN_REQUEST } from "../fixtures/plan-request";
import type { OwnerFixture } from "./owner-fixture";
import { DRAFT_ROUTES } from "./authorization-route-rows-drafts";

// The rows of the authorization matrix for API routes (tests/api/authorization-routes.test.ts): who may call each
// route, the request aimed at the owner's records, and what the owner's own call answers.

/** Filled in before the rows are called: a path from the planner's answer, for the projection route. */
export const matrixContext: { previewedPath: unknown } = { previewedPath: undefined };

export type Access =
  | "public" // anyone; never anybody's personal data
  | "owner" // the signed-in person's own data: 401 without a session
  | "capability" // the private calendar address and the unsubscribe link: the token is the key
  | "link" // an emailed link's token is the key: a token nobody was sent opens nothing (tests/http/account-email)
  | "auth" // next-auth's own endpoints: they need Next's request scope, so tests/http/authorization-pages.test.ts
  //          calls them over HTTP against the built server; here the matrix only checks that file covers them
  | "team" // a team's routes: walked by tests/api/authorization-teams.test.ts, which the matrix checks covers them
  | "fallback"; // unknown API paths

export type RouteRow = {
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
  /** Capability routes: the same request with keys that are not the owner's; each answers 404 and changes nothing. */
  wrongKeys?: (o: OwnerFixture) => CallOptions[];
  /** Capability routes that change the owner's record for whoever holds the key (the one-click unsubscribe). */
  keyWrites?: boolean;
};

const json = (body: unknown) => ({ body });
const oneClick = (token: string): CallOptions => ({
  method: "POST",
  params: { token },
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: "List-Unsubscribe=One-Click",
});
/** The owner's key with its last character changed, and one that was never anybody's. */
const nearMisses = (key: string) => [`${key.slice(0, -1)}${key.endsWith("x") ? "y" : "x"}`, "not-the-token-00000000"];
const pdfForm = () => {
  const form = new FormData();
  form.set("file", new File([new TextEncoder().encode("%PDF-1.4\nreplacement\n%%EOF\n")], "new.pdf"));
  return form;
};

export const ROUTES: Record<string, RouteRow> = {
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
  "GET /api/v1/calendar/[token]": {
    access: "capability",
    call: (o) => ({ params: { token: `${o.feedToken}.ics` } }),
    ok: [200],
    wrongKeys: (o) => nearMisses(o.feedToken).map((t) => ({ params: { token: `${t}.ics` } })),
  },
  "GET /api/v1/unsubscribe/[token]": {
    access: "capability",
    call: (o) => ({ params: { token: o.unsubscribeToken } }),
    // On to the page that asks; the GET itself changes nothing.
    ok: [303],
    wrongKeys: (o) => nearMisses(o.unsubscribeToken).map((token) => ({ params: { token } })),
  },
  "POST /api/v1/unsubscribe/[token]": {
    access: "capability",
    call: (o) => oneClick(o.unsubscribeToken),
    ok: [200],
    keyWrites: true,
    wrongKeys: (o) => nearMisses(o.unsubscribeToken).map(oneClick),
  },
  "GET /api/auth/[...nextauth]": { access: "auth", call: () => ({}) },
  "POST /api/auth/[...nextauth]": { access: "auth", call: () => ({}) },
};
for (const m of ["GET", "POST", "PATCH", "PUT", "DELETE"])
  ROUTES[`${m} /api/v1/[...rest]`] = {
    access: "fallback",
    call: () => ({ method: m, path: "/api/v1/nothing/here", params: { rest: ["nothing", "here"] } }),
  };
