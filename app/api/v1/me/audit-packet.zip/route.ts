import { auditPacket } from "@/lib/ceus/audit-packet";
import { auditPacketQuerySchema } from "@/lib/ceus/validation";
import { parseOrThrow } from "@/lib/errors";
import { noParams, withUser } from "@/lib/http/api";
import { todayIso } from "@/lib/dates";

export const dynamic = "force-dynamic";

export const GET = withUser(noParams, async (req, { user }) => {
  const { asOf = todayIso() } = parseOrThrow(auditPacketQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  const zip = await auditPacket(user.id, asOf);
  return new Response(new Uint8Array(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="ceu-audit-packet-${asOf}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
});
