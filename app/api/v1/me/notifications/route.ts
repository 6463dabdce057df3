import { json, noParams, withUser } from "@/lib/http/api";
import { listNotifications } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

/** The newest notifications (at most 100) and the unread count. */
export const GET = withUser(noParams, async (_req, { user }) => json(await listNotifications(user.id)));
