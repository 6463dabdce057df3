import { z } from "zod";
import { json, readJson, withUser } from "@/lib/http/api";
import { getMemberDetails } from "@/lib/teams/access-log";
import { updateMember } from "@/lib/teams/positions";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64), memberId: z.string().max(64) });

/** One member's details as shared (with certificate names when shared); recorded in the member's access log. */
export const GET = withUser(params, async (_req, { params: { id, memberId }, user }) =>
  json({ member: await getMemberDetails(user.id, id, memberId) }),
);

export const PATCH = withUser(params, async (req, { params: { id, memberId }, user }) =>
  json({ member: await updateMember(user.id, id, memberId, await readJson(req, z.unknown())) }),
);
