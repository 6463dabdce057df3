"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/json-action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/service";

// The unread count shows in every page's header: refresh them all after a change.

export const markNotificationReadAction = userAction(
  z.object({ id: z.string().trim().min(1).max(100) }).strict(),
  async ({ id }, user) => {
    const notification = await markNotificationRead(user.id, id);
    revalidatePath("/", "layout");
    return { id: notification.id, readAt: notification.readAt };
  },
);

export const markAllNotificationsReadAction = userAction(z.object({}).strict(), async (_input, user) => {
  const result = await markAllNotificationsRead(user.id);
  revalidatePath("/", "layout");
  return result;
});
