import Link from "next/link";
import type { PageSession } from "@/lib/auth/session";
import { NavLink } from "@/components/ui/nav-link";
import { NavMenu } from "@/components/ui/nav-menu";
import { NotificationsBell } from "@/components/ui/notifications-bell";
import { ThemeToggle } from "@/components/ui/theme-toggle";

export function SiteHeader({ session }: { session: PageSession | null }) {
  const user = session?.user;
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-700 dark:text-brand-300">
          HIM Pathways
        </Link>
        <NavMenu
          trailing={
            <>
              {session ? <NotificationsBell unread={session.unread} /> : null}
              <ThemeToggle />
            </>
          }
        >
          <NavLink href="/ladder">Career ladder</NavLink>
          <NavLink href="/plan">Plan a path</NavLink>
          <NavLink href="/credentials">Catalog</NavLink>
          <NavLink href="/pay">Pay</NavLink>
          {user ? (
            <>
              <NavLink href="/dashboard">Dashboard</NavLink>
              <NavLink href="/plans">My plans</NavLink>
              <NavLink href="/my-credentials">My credentials</NavLink>
              <NavLink href="/ceus">CEU log</NavLink>
              <NavLink href="/teams">Teams</NavLink>
              <NavLink href="/profile">Profile</NavLink>
              <NavLink href="/signout">Sign out</NavLink>
            </>
          ) : (
            <>
              <NavLink href="/signin">Sign in</NavLink>
              <Link
                href="/signup"
                className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800"
              >
                Create account
              </Link>
            </>
          )}
        </NavMenu>
      </div>
    </header>
  );
}
