import pg from "pg";

// Helpers for the PostgreSQL-server side of the test set-up: every test file gets a database of its own, cloned
// from a migrated and seeded template, and every database this run made is dropped at the end.

export type TemplateInfo =
  | { engine: "postgres"; baseUrl: string; template: string; runId: string }
  | { engine: "pglite"; dumpFile: string; runId: string };

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: TemplateInfo;
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export const randomId = () => Math.random().toString(36).slice(2, 10);
