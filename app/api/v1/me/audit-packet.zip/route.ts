import { z } from "zod";
import { auditPacket } from "@/lib/ceus/audit-packet";
import { parseOrThrow } from "@/lib/errors";
import { noParams, withUser } from "@/lib/http/api";
import { isoDateSchema, todayIso } from "@/lib/dates";

export const dynamic = "force-dynamic";

const query = z.object({ asOf: isoDateSchema.optional() }).strict();

export const GET = withUser(noParams, async (req, { user }) => {
  const { asOf = todayIso() } = parseOrThrow(query, Object.fromEntries(new URL(req.url).searchParams));
  const zip = await auditPacket(user.id, asOf);
  return new Response(new Uint8Array(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="ceu-audit-packet-${asOf}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
});
