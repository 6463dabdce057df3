import { json, noParams, withUser } from "@/lib/http/api";
import { markAllNotificationsRead } from "@/lib/notifications/service";

export const dynamic = "force-dynamic";

export const POST = withUser(noParams, async (_req, { user }) =>
  json({ ...(await markAllNotificationsRead(user.id)), unread: 0 }),
);
