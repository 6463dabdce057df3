"use client";

import "./globals.css";
import Link from "next/link";

// Shown when even the page frame (header, session) cannot be drawn — for example while the database is unreachable.
// It stands in for the root layout, so it brings its own <html>, landmarks and styles, and needs nothing from the
// server to offer a way on. (No theme script: the policy only runs inline scripts that carry the request's nonce,
// which a client component cannot read; this page is drawn in the light theme.)
export default function GlobalError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · HIM Pathways</title>
      </head>
      <body className="flex min-h-screen flex-col">
        <header className="border-b border-slate-200 dark:border-slate-800">
          <nav aria-label="Main" className="mx-auto max-w-6xl px-4 py-3">
            <Link href="/" className="text-lg font-semibold text-brand-700 dark:text-brand-300">
              HIM Pathways
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          <div className="mx-auto max-w-xl">
            <h1 className="text-3xl font-bold">Something went wrong</h1>
            <p role="alert" className="mt-2 text-slate-700 dark:text-slate-300">
              HIM Pathways cannot reach its data just now. Nothing you saved has been lost. Wait a moment and try again.
            </p>
            <div className="mt-4 flex gap-3">
              <button
                type="button"
                onClick={retry}
                className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
              >
                Try again
              </button>
              <Link href="/" className="rounded-md border border-slate-400 px-4 py-2 text-sm font-semibold">
                Home
              </Link>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
