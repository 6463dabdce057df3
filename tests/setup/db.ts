import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, inject } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { pgliteConnection } from "@/lib/db/connection";
import { forgetProcessCached } from "@/lib/process-cache";
import { adminQuery, randomId, withDatabase } from "./engine";

// Per test file: a database of its own, cloned from the run's template, installed as the app's one client.

const template = inject("dbTemplate");
const g = globalThis as Record<string, unknown>;
delete g.__himPathwaysDb;
forgetProcessCached(); // "database ready" and seed data read by the previous file in this worker

let dropDatabase: (() => Promise<void>) | undefined;

if (template.engine === "postgres") {
  const name = `him_test_${template.runId}_${process.pid}_${randomId()}`;
  await adminQuery(template.baseUrl, `CREATE DATABASE "${name}" TEMPLATE "${template.template}"`);
  process.env.DATABASE_URL = withDatabase(template.baseUrl, name);
  dropDatabase = () =>
    adminQuery(template.baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined);
} else {
  delete process.env.DATABASE_URL;
  const dump = new Blob([await readFile(template.dumpFile)]);
  const connection = pgliteConnection(new PGlite({ loadDataDir: dump }), "memory://");
  g.__himPathwaysDb = { connection, client: new PrismaClient({ adapter: connection.adapter }) };
}

const { ensureDatabaseReady } = await import("@/prisma/ready");
await ensureDatabaseReady();

afterAll(async () => {
  const { closeDb } = await import("@/lib/db");
  await closeDb();
  forgetProcessCached();
  await dropDatabase?.();
});
