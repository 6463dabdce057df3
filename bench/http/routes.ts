import type { RouteSpec } from "./measure";

// What is measured, in order. The static page comes first: it is the yardstick the others are compared with.

// /icon.svg is the only route `next build` prerenders (○): every page reads the session for the header, so even
// the home page is rendered per request. The icon is served from the build output through Next's own request
// handling (routing, headers from next.config.js) with no rendering and no database, which makes it the ceiling
// for this server on this machine.
export const STATIC_ROUTE: RouteSpec = { name: "static /icon.svg", method: "GET", path: "/icon.svg" };

// A realistic planner question: an outpatient coder with a CPC and four years of coding who wants to run HIM.
const PREVIEW_BODY = {
  currentRole: "outpatient-coder",
  target: "him-manager",
  education: "associate",
  yearsExperience: 4,
  yearsInRole: 3,
  experience: { coding: 4 },
  credentials: [{ code: "CPC", earnedOn: "2022-03-15" }],
  objective: "fastest",
  k: 3,
};

export function benchRoutes(cookies: string[]): RouteSpec[] {
  return [
    STATIC_ROUTE,
    { name: "dashboard", method: "GET", path: "/dashboard", cookies },
    { name: "compliance API", method: "GET", path: "/api/v1/me/compliance", cookies },
    {
      name: "planner preview API",
      method: "POST",
      path: "/api/v1/plans/preview",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(PREVIEW_BODY),
    },
  ];
}

/** One request per route before the load, so a broken route fails the run instead of producing a fast table of 4xx. */
export async function checkRoute(baseUrl: string, route: RouteSpec): Promise<void> {
  const res = await fetch(`${baseUrl}${route.path}`, {
    method: route.method,
    redirect: "manual",
    headers: { ...route.headers, ...(route.cookies?.length ? { cookie: route.cookies[0]! } : {}) },
    body: route.body,
  });
  const text = await res.text();
  if (res.status !== 200)
    throw new Error(`${route.method} ${route.path} answered ${res.status}: ${text.slice(0, 300)}`);
  if (route.path === "/dashboard" && !text.includes("Welcome, Bench User"))
    throw new Error("the dashboard did not show the signed-in user");
  if (route.path.endsWith("/compliance") && !(JSON.parse(text) as { items: unknown[] }).items.length) {
    throw new Error("the compliance API found nothing to judge: seeding went wrong");
  }
  if (route.path.endsWith("/preview") && !(JSON.parse(text) as { paths: unknown[] }).paths.length) {
    throw new Error("the planner found no path for the benchmark's question");
  }
}
