import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "@/scripts/schema-engine";

// The migration history is what databases are built from; schema.prisma is what the client is generated from.
// Prisma's own schema engine (WebAssembly build) compares the two: any difference means a missing migration.
describe("prisma/schema.prisma and prisma/migrations", () => {
  it("describe the same database", async () => {
    const sql = await diffMigrationsToSchema(process.cwd());
    expect(sql, `run \`npm run db:migration -- <name>\`; pending SQL:\n${sql}`).toBe("");
  }, 120_000);
});
