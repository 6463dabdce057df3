import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import { ThemeToggle } from "@/components/ui/theme-toggle";

const linkClass =
  "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-white";

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-700 dark:text-brand-300">
          HIM Pathways
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
          <Link href="/ladder" className={linkClass}>
            Career ladder
          </Link>
          <Link href="/plan" className={linkClass}>
            Plan a path
          </Link>
          <Link href="/credentials" className={linkClass}>
            Catalog
          </Link>
          <Link href="/pay" className={linkClass}>
            Pay
          </Link>
          {user ? (
            <>
              <Link href="/dashboard" className={linkClass}>
                Dashboard
              </Link>
              <Link href="/plans" className={linkClass}>
                My plans
              </Link>
              <Link href="/my-credentials" className={linkClass}>
                My credentials
              </Link>
              <Link href="/ceus" className={linkClass}>
                CEU log
              </Link>
              <Link href="/profile" className={linkClass}>
                Profile
              </Link>
              <Link href="/signout" className={linkClass}>
                Sign out
              </Link>
            </>
          ) : (
            <>
              <Link href="/signin" className={linkClass}>
                Sign in
              </Link>
              <Link
                href="/signup"
                className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800"
              >
                Create account
              </Link>
            </>
          )}
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
