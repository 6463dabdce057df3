import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { callRoute } from "./call-route";

// Every API route handler the app serves, found from the files under app/api, keyed "METHOD /api/…/[param]".

export type Handler = Parameters<typeof callRoute>[0];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const APP = path.join(process.cwd(), "app");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? routeFiles(full) : name === "route.ts" ? [full] : [];
  });
}

export async function discoverRoutes(): Promise<Map<string, Handler>> {
  const found = new Map<string, Handler>();
  for (const file of routeFiles(path.join(APP, "api"))) {
    const url = "/" + path.relative(APP, path.dirname(file)).split(path.sep).join("/");
    const mod = (await import(file)) as Record<string, unknown>;
    for (const m of METHODS) if (typeof mod[m] === "function") found.set(`${m} ${url}`, mod[m] as Handler);
  }
  return found;
}

/** The [param] names in a route key, e.g. ["id"] for "GET /api/v1/me/ceus/[id]"; catch-alls marked with "...". */
export function routeParams(key: string): string[] {
  return [...key.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
}
