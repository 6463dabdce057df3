import { mkdtemp, mkdir, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, defaultMigrationsDir, readMigrations } from "@/lib/db/migrate";
import { freshDatabase } from "../helpers/fresh-db";

// Runs on whichever engine this run uses: PGlite by default, the PostgreSQL server when DATABASE_URL is set.

let db: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db.dispose());

const tables = async () =>
  (
    await db.connection.session((s) =>
      s.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
      ),
    )
  ).map((r) => r.table_name);

describe("applyMigrations from an empty database", () => {
  it("creates every table and records each migration in Prisma's history table", async () => {
    expect(await tables()).toEqual([]);
    const onDisk = (await readdir(defaultMigrationsDir(), { withFileTypes: true })).filter((e) => e.isDirectory());
    const { applied } = await applyMigrations(db.connection);
    expect(applied).toHaveLength(onDisk.length);
    expect(await tables()).toEqual(
      expect.arrayContaining([
        "User",
        "Role",
        "Move",
        "RequirementRoute",
        "Credential",
        "IssuerRuleSet",
        "PayFigure",
        "_prisma_migrations",
      ]),
    );
    const history = await db.connection.session((s) =>
      s.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    const files = await readMigrations(defaultMigrationsDir());
    expect(history.map((h) => [h.migration_name, h.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(history.every((h) => h.finished_at !== null)).toBe(true);
  });

  it("is a no-op the second time", async () => {
    expect((await applyMigrations(db.connection)).applied).toEqual([]);
  });

  it("enforces what the schema language cannot: lower-case emails and ordered percentiles", async () => {
    await expect(
      db.client.user.create({ data: { email: "Mixed@Case.org", name: "x", passwordHash: "x" } }),
    ).rejects.toThrow();
    const source = await db.client.source.create({ data: { key: "s", title: "t", publisher: "p" } });
    await expect(
      db.client.payFigure.create({
        data: {
          key: "bad",
          population: "p",
          kind: "percentiles",
          year: 2024,
          p25: 50,
          median: 40,
          p75: 60,
          confidence: "assumption",
          sourceId: source.id,
        },
      }),
    ).rejects.toThrow();
  });

  it("rolls a failing migration back completely and refuses to go on", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "him-migrations-"));
    for (const f of await readMigrations(defaultMigrationsDir())) {
      await mkdir(path.join(dir, f.name));
      await writeFile(path.join(dir, f.name, "migration.sql"), f.sql);
    }
    const broken = "99991231000000_broken";
    await mkdir(path.join(dir, broken));
    await writeFile(
      path.join(dir, broken, "migration.sql"),
      `CREATE TABLE "Half" (id INT);\nSELECT no_such_function();`,
    );
    await expect(applyMigrations(db.connection, dir)).rejects.toThrow(/no_such_function/);
    expect(await tables()).not.toContain("Half");
    const rows = await db.connection.session((s) =>
      s.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken]),
    );
    expect(rows).toEqual([]);
  });
});
