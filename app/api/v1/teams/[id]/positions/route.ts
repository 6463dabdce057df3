import { z } from "zod";
import { json, readJson, withUser } from "@/lib/http/api";
import { createPosition, listPositions } from "@/lib/teams/positions";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64) });

export const GET = withUser(params, async (_req, { params: { id }, user }) =>
  json({ positions: await listPositions(user.id, id) }),
);

export const POST = withUser(params, async (req, { params: { id }, user }) =>
  json(await createPosition(user.id, id, await readJson(req, z.unknown())), 201),
);
