import { createTeam, listMyTeams } from "@/lib/teams/service";
import { json, noParams, readJson, withUser } from "@/lib/http/api";
import { z } from "zod";

export const dynamic = "force-dynamic";

export const GET = withUser(noParams, async (_req, { user }) => json({ teams: await listMyTeams(user.id) }));

export const POST = withUser(noParams, async (req, { user }) =>
  json(await createTeam(user.id, await readJson(req, z.unknown())), 201),
);
