import type { CallOptions } from "./call-route";
import type { RouteRow } from "./authorization-route-types";

// Matrix rows for the routes whose key is in the address (tests/api/authorization-routes.test.ts): the private
// calendar feed and the unsubscribe link in reminder emails. Kept apart so the main rows' file stays short.

const oneClick = (token: string): CallOptions => ({
  method: "POST",
  params: { token },
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: "List-Unsubscribe=One-Click",
});
/** The owner's key with its last character changed, and one that was never anybody's. */
const nearMisses = (key: string) => [`${key.slice(0, -1)}${key.endsWith("x") ? "y" : "x"}`, "not-the-token-00000000"];

export const KEY_ROUTES: Record<string, RouteRow> = {
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
};
