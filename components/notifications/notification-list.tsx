"use client";

import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import type { NotificationView } from "@/lib/notifications/queries";

const item = (unread: boolean) =>
  [
    "rounded-lg border p-4",
    unread
      ? "border-brand-600 bg-brand-50 dark:border-brand-300 dark:bg-slate-900"
      : "border-slate-200 dark:border-slate-800",
  ].join(" ");

const when = (iso: string) => iso.slice(0, 16).replace("T", " ") + " UTC";

/** The notifications, each with a link to what it is about; unread ones marked, read one by one or all at once. */
export function NotificationList({ notifications, unread }: { notifications: NotificationView[]; unread: number }) {
  const { pending, error, run } = useActionRunner();
  if (!notifications.length) {
    return (
      <p className="rounded-lg border border-slate-200 p-4 text-slate-700 dark:border-slate-800 dark:text-slate-300">
        No notifications yet. When CEUs are still owed on a credential, its reminders show up here.
      </p>
    );
  }
  return (
    <div className="space-y-4" aria-busy={pending}>
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      {unread ? (
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => markAllNotificationsReadAction({}))}
        >
          Mark all read
        </Button>
      ) : null}
      <ul className="space-y-3">
        {notifications.map((n) => (
          <li key={n.id} className={item(!n.readAt)}>
            <h2 className="font-semibold">
              {n.readAt ? null : (
                <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs text-white">New</span>
              )}
              {n.title}
            </h2>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{n.body}</p>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              <time dateTime={n.createdAt}>{when(n.createdAt)}</time>
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              {n.link ? (
                <TextLink href={n.link} className="text-sm">
                  Open<span className="sr-only">: {n.title}</span>
                </TextLink>
              ) : null}
              {n.readAt ? null : (
                <Button
                  type="button"
                  variant="secondary"
                  disabled={pending}
                  onClick={() => run(() => markNotificationReadAction({ id: n.id }))}
                >
                  Mark read<span className="sr-only">: {n.title}</span>
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
