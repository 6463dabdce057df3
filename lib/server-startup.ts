import { ensureDatabaseReady } from "@/lib/db/ready";
import { installShutdownHooks } from "@/lib/db/shutdown";

/** Migrate and seed the database (either engine), then close it cleanly on shutdown. A failure stops the server. */
export async function prepareServer(): Promise<void> {
  try {
    await ensureDatabaseReady();
  } catch (err) {
    console.error("[db] could not prepare the database; the server will stop.", err);
    process.exit(1);
  }
  installShutdownHooks();
}
