import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

// Three projects: pure logic; code against a real database (PGlite by default, the PostgreSQL server when
// DATABASE_URL is set); and the built app served over HTTP, driven like curl would.
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Next resolves this marker to an empty module on the server; the tests run server code directly.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    env: {
      // A fixed secret for signing test sessions only; real deployments set their own (see .env.example).
      NEXTAUTH_SECRET: "test-only-secret-0123456789-abcdefghijklmnop",
      NODE_ENV: "test",
      // Mail sent by code under test (without SMTP_URL) lands here, never in the project's .data folder.
      MAIL_DIR: path.join(os.tmpdir(), "him-pathways-test-mail"),
    },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts", "tests/api/**/*.test.ts"],
          globalSetup: ["tests/setup/global-db.ts"],
          setupFiles: ["tests/setup/db.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "http",
          include: ["tests/http/**/*.test.ts"],
          globalSetup: ["tests/setup/global-build.ts"],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
