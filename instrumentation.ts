// Runs once when the server starts, before it serves a request. The Node-only work lives in prisma/ready.ts
// (this file is also compiled for the edge runtime, where it does nothing).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Before anything opens an embedded PGlite folder: wait for a running `npm run reminders`, then hold the folder.
  const { claimForServer } = await import("./lib/db/process-lock");
  await claimForServer();
  const { prepareServer } = await import("./prisma/ready");
  await prepareServer();
}
