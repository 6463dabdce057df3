import Link from "next/link";

const bellClass = [
  "relative inline-flex items-center rounded-md p-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900",
  "dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-white",
].join(" ");
const badgeClass =
  "ml-0.5 min-w-5 rounded-full bg-brand-700 px-1.5 text-center text-xs font-semibold leading-5 text-white";

/**
 * The bell in the header (signed in only): a link to the notifications, named with the unread count (read with the
 * session, lib/auth/session.ts loadPageSession).
 */
export function NotificationsBell({ unread }: { unread: number }) {
  return (
    <Link
      href="/notifications"
      aria-label={`Notifications, ${unread} unread`}
      title="Notifications"
      className={bellClass}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {unread ? (
        <span aria-hidden="true" className={badgeClass}>
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
