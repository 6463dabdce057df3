import { listMemberships } from "@/lib/credentials/memberships";
import { json, noParams, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = withUser(noParams, async (_req, { user }) => json({ bodies: await listMemberships(user.id) }));
