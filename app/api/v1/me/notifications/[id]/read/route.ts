import { z } from "zod";
import { json, withUser } from "@/lib/http/api";
import { markNotificationRead } from "@/lib/notifications/service";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(100) });

/** Marks one of your notifications read (another person's answers 404). */
export const POST = withUser(params, async (_req, { params: { id }, user }) =>
  json({ notification: await markNotificationRead(user.id, id) }),
);
