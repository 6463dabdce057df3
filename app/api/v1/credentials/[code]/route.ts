import { z } from "zod";
import { getCredential } from "@/lib/credentials/queries";
import { AppError } from "@/lib/errors";
import { apiRoute, json } from "@/lib/http/api";
import { credentialCodeInputSchema } from "@/lib/ladder/requirement-schema";

export const dynamic = "force-dynamic";

// Codes are matched without regard to case: /credentials/ccs-p finds CCS-P.
const params = z.object({ code: credentialCodeInputSchema });

export const GET = apiRoute(params, async (_req, { code }) => {
  const credential = await getCredential(code);
  if (!credential) throw new AppError("not_found", `No credential "${code}". GET /api/v1/credentials lists them.`);
  return json({ credential });
});
