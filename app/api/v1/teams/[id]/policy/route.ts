import { z } from "zod";
import { json, readJson, withUser } from "@/lib/http/api";
import { getPolicy, putPolicy } from "@/lib/teams/policy-store";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64) });

export const GET = withUser(params, async (_req, { params: { id }, user }) =>
  json({ policy: await getPolicy(user.id, id) }),
);

export const PUT = withUser(params, async (req, { params: { id }, user }) =>
  json({ policy: await putPolicy(user.id, id, await readJson(req, z.unknown())) }),
);
