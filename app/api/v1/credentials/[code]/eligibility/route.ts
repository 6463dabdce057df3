import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/http/api";
import { credentialCodeInputSchema } from "@/lib/ladder/requirement-schema";
import { checkEligibility } from "@/lib/plans/eligibility";

export const dynamic = "force-dynamic";

const params = z.object({ code: credentialCodeInputSchema });
const body = z.record(z.string(), z.unknown(), { error: "Send a JSON object describing where you stand." });

// Works signed out: the person's state travels in the body.
export const POST = apiRoute(params, async (req, { code }) =>
  json({ eligibility: await checkEligibility(code, await readJson(req, body)) }),
);
