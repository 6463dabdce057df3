import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { openConnection, pgliteConnection, type Connection } from "@/lib/db/connection";
import { adminQuery, randomId, withDatabase } from "../setup/engine";

/** An empty database on the engine this run uses (not the file's cloned one), with a client, and its disposal. */
export async function freshDatabase(): Promise<{
  connection: Connection;
  client: PrismaClient;
  dispose: () => Promise<void>;
}> {
  const template = inject("dbTemplate");
  let connection: Connection;
  let drop = async () => {};
  if (template.engine === "postgres") {
    const name = `him_test_${template.runId}_fresh_${randomId()}`;
    await adminQuery(template.baseUrl, `CREATE DATABASE "${name}"`);
    connection = openConnection({ databaseUrl: withDatabase(template.baseUrl, name), pgliteDir: "" });
    drop = () => adminQuery(template.baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined);
  } else {
    connection = pgliteConnection(new PGlite("memory://"), "memory://");
  }
  const client = new PrismaClient({ adapter: connection.adapter });
  return {
    connection,
    client,
    dispose: async () => {
      await client.$disconnect();
      await connection.close();
      await drop();
    },
  };
}
