import { z } from "zod";
import { apiRoute, json, noParams, readJson } from "@/lib/http/api";
import { projectFromBody } from "@/lib/salary/service";

export const dynamic = "force-dynamic";

// Works signed out: the path and the assumptions travel in the body; nothing is stored.
const body = z.record(z.string(), z.unknown(), {
  error: 'Send a JSON object: {"path": <a path from the preview answer>, "assumptions"?: {…}}.',
});

export const POST = apiRoute(noParams, async (req) => json(await projectFromBody(await readJson(req, body))));
