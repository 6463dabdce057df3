import { z } from "zod";
import { deleteDraft } from "@/lib/capture/drafts";
import { withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().min(1) });

export const DELETE = withUser(params, async (_req, { params: { id }, user }) => {
  await deleteDraft(user.id, id);
  return new Response(null, { status: 204 });
});
