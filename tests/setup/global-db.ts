import { writeFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { PrismaClient } from "@/generated/prisma/client";
import { openConnection, pgliteConnection, type Connection } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDatabase } from "@/prisma/seed";
import { adminQuery, randomId, withDatabase } from "./engine";

// Once per run: build a migrated, seeded database that each test file clones (much faster than migrating and
// seeding per file, and every file still starts from exactly the state a fresh server would have).

async function prepare(connection: Connection) {
  const client = new PrismaClient({ adapter: connection.adapter });
  try {
    await applyMigrations(connection);
    await seedDatabase(client);
  } finally {
    await client.$disconnect();
  }
}

export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${randomId()}`;
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    const template = `him_test_${runId}_tpl`;
    await adminQuery(baseUrl, `CREATE DATABASE "${template}"`);
    const connection = openConnection({ databaseUrl: withDatabase(baseUrl, template), pgliteDir: "" });
    try {
      await prepare(connection);
    } finally {
      await connection.close();
    }
    project.provide("dbTemplate", { engine: "postgres", baseUrl, template, runId });
    return async () => {
      const rows = await adminQuery<{ datname: string }>(
        baseUrl,
        `SELECT datname FROM pg_database WHERE datname LIKE $1`,
        [`him_test_${runId}_%`],
      );
      for (const { datname } of rows) await adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    };
  }
  const pglite = new PGlite("memory://");
  const connection = pgliteConnection(pglite, "memory://");
  await prepare(connection);
  const dumpFile = path.join(os.tmpdir(), `him-test-${runId}.tar`);
  const dump = await pglite.dumpDataDir("none");
  await writeFile(dumpFile, Buffer.from(await dump.arrayBuffer()));
  await connection.close();
  project.provide("dbTemplate", { engine: "pglite", dumpFile, runId });
  return () => rm(dumpFile, { force: true });
}
