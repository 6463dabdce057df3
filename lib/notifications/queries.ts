import "server-only";
import { db } from "@/lib/db";

// The app's notifications (the bell in the header, /notifications): each person's own, newest first.

export type NotificationView = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

export const NOTIFICATIONS_SHOWN = 100;

export const notificationSelect = {
  id: true,
  kind: true,
  title: true,
  body: true,
  link: true,
  createdAt: true,
  readAt: true,
} as const;

export const toNotificationView = (n: {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}): NotificationView => ({ ...n, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null });

/** The newest notifications and how many of all of them are unread. */
export async function listNotifications(
  userId: string,
): Promise<{ notifications: NotificationView[]; unread: number }> {
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: NOTIFICATIONS_SHOWN,
      select: notificationSelect,
    }),
    unreadCount(userId),
  ]);
  return { notifications: rows.map(toNotificationView), unread };
}

/** The bell's number, on every signed-in page: plain SQL, about half the CPU of Prisma's typed count here. */
export async function unreadCount(userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "Notification" WHERE "userId" = ${userId} AND "readAt" IS NULL`;
  return row?.n ?? 0;
}
