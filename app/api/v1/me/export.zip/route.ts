import { exportAccount } from "@/lib/accounts/export";
import { noParams, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/me/export.zip — all of the signed-in person's data: data.json and their certificate files. */
export const GET = withUser(noParams, async (_req, { user }) => {
  const { filename, stream } = await exportAccount(user.id);
  return new Response(stream, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
