import { defineConfig } from "prisma/config";

// Used by `prisma generate` only. The app applies migrations itself (lib/db/migrate.ts) because the Prisma CLI
// cannot download its native schema engine on every machine; see README "Database".
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
