import { json, noParams, withUser } from "@/lib/http/api";
import { listAccessLog } from "@/lib/teams/access-log";

export const dynamic = "force-dynamic";

/** Who opened my details or downloaded my certificates through a team, and when. */
export const GET = withUser(noParams, async (_req, { user }) => json({ entries: await listAccessLog(user.id) }));
