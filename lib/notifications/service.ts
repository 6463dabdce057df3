import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notificationSelect, toNotificationView, type NotificationView } from "@/lib/notifications/queries";

// Marking notifications read: only the person's own (another person's id answers 404, as if it did not exist).

export async function markNotificationRead(userId: string, id: string, now = new Date()): Promise<NotificationView> {
  // Already read keeps its first reading time.
  await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: now } });
  const row = await db.notification.findFirst({ where: { id, userId }, select: notificationSelect });
  if (!row) throw new AppError("not_found", "No such notification.");
  return toNotificationView(row);
}

export async function markAllNotificationsRead(userId: string, now = new Date()): Promise<{ marked: number }> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return { marked: count };
}
