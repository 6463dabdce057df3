import type { Metadata } from "next";
import { NotificationList } from "@/components/notifications/notification-list";
import { TextLink } from "@/components/ui/text-link";
import { requirePageUser } from "@/lib/auth/current-user";
import { listNotifications } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  const user = await requirePageUser("/notifications");
  const { notifications, unread } = await listNotifications(user.id);
  const summary = unread ? `${unread} unread.` : "Nothing unread.";
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">Notifications</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Reminders of your credentials&apos; deadlines, newest first. {summary} Choose the days, and whether you also get
        them by email, in <TextLink href="/profile#reminders">your reminder settings</TextLink>.
      </p>
      <div className="mt-6">
        <NotificationList notifications={notifications} unread={unread} />
      </div>
    </div>
  );
}
