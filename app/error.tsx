"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";

// Shown when a page fails on the server. The details stay in the server log; the person gets a way on. retry()
// fetches the page again from the server (reset() would only redraw what already failed).
export default function ErrorPage({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p role="alert" className="mt-2 text-slate-700 dark:text-slate-300">
        This page could not be shown just now. Nothing you saved has been lost. Try again, or go back home.
      </p>
      <div className="mt-4 flex gap-3">
        <Button type="button" onClick={retry}>
          Try again
        </Button>
        <Link href="/" className="rounded-md border border-slate-400 px-4 py-2 text-sm font-semibold">
          Home
        </Link>
      </div>
    </div>
  );
}
