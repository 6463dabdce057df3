import { z } from "zod";
import { apiRoute, json, noParams, readJson } from "@/lib/http/api";
import { previewPlan } from "@/lib/plans/preview";

export const dynamic = "force-dynamic";

// Works signed out: the person's state travels in the body and nothing is stored.
const body = z.record(z.string(), z.unknown(), {
  error: "Send a JSON object describing where you stand and your target.",
});

export const POST = apiRoute(noParams, async (req) => {
  const { paths, explanation, assumptions, asOf, horizonYears } = await previewPlan(await readJson(req, body));
  return json({
    asOf,
    paths,
    ...(explanation ? { explanation } : {}),
    assumptions,
    ...(horizonYears ? { horizonYears } : {}),
  });
});
