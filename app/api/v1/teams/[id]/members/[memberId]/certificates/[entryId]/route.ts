import { z } from "zod";
import { withUser } from "@/lib/http/api";
import { downloadMemberCertificate } from "@/lib/teams/access-log";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64), memberId: z.string().max(64), entryId: z.string().max(64) });

/** A member's certificate file, when they share certificates; recorded in their access log; always an attachment. */
export const GET = withUser(params, async (_req, { params: { id, memberId, entryId }, user }) => {
  const file = await downloadMemberCertificate(user.id, id, memberId, entryId);
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${file.filename.replace(/"/g, "")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
