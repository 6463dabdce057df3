// Drives Prisma's schema engine compiled to WebAssembly, so migrations can be generated and drift checked on
// machines where the Prisma CLI cannot download its native engine. Development tooling only: the app never loads it.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

async function loadEngine(adapter: object): Promise<Engine> {
  // Node 20 cannot `import` a .wasm file, so the glue module is wired to a hand-instantiated module.
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return glue.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
}

export async function readMigrationDirs(migrationsDir: string) {
  const entries = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    entries.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  );
}

/** SQL that takes a database built from the migration history to what schema.prisma describes ("" when in sync). */
export async function diffMigrationsToSchema(root: string): Promise<string> {
  const schemaPath = path.join(root, "prisma", "schema.prisma");
  const migrationsDir = path.join(root, "prisma", "migrations");
  const schema = await readFile(schemaPath, "utf8");
  const shadow = new PGlite();
  const engine = await loadEngine(bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(shadow)));
  try {
    const migrationDirectories = await readMigrationDirs(migrationsDir).catch(() => []);
    const result = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: migrationsDir,
        lockfile: {
          path: "migration_lock.toml",
          content: await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8"),
        },
        migrationDirectories,
        shadowDbInitScript: "",
      },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? "";
    return /^\s*(--[^\n]*\n?\s*)*$/.test(sql) || sql.includes("This is an empty migration") ? "" : sql;
  } finally {
    engine.free();
    await shadow.close();
  }
}
