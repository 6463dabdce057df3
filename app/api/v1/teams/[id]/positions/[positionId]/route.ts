import { z } from "zod";
import { json, readJson, withUser } from "@/lib/http/api";
import { deletePosition, updatePosition } from "@/lib/teams/positions";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64), positionId: z.string().max(64) });

export const PATCH = withUser(params, async (req, { params: { id, positionId }, user }) =>
  json({ position: await updatePosition(user.id, id, positionId, await readJson(req, z.unknown())) }),
);

export const DELETE = withUser(params, async (_req, { params: { id, positionId }, user }) => {
  await deletePosition(user.id, id, positionId);
  return new Response(null, { status: 204 });
});
