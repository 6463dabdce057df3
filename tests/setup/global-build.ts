import { ensureBuilt } from "../../scripts/build-if-needed.mjs";

// The HTTP tests drive the production build; make sure it matches the sources first.
export default function setup() {
  // next build sets NODE_ENV itself (vitest sets it to "test").
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NODE_ENV;
  if (!ensureBuilt({ env: env as NodeJS.ProcessEnv })) throw new Error("next build failed; see the output above");
}
