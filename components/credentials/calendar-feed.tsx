"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const addressBox = [
  "min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm",
  "dark:border-slate-500 dark:bg-slate-900",
].join(" ");

/** The private calendar address: create, copy, replace (the old one stops working) or stop. */
export function CalendarFeed({ initialUrl }: { initialUrl: string | null }) {
  const [url, setUrl] = useState(initialUrl);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const call = (method: "POST" | "DELETE") =>
    startTransition(async () => {
      const res = await fetch("/api/v1/me/calendar", { method });
      if (!res.ok) return setMessage("That did not work; please try again.");
      if (method === "DELETE") {
        setUrl(null);
        setMessage("The address no longer works.");
      } else {
        setUrl(((await res.json()) as { url: string }).url);
        setMessage(url ? "A new address is ready; the old one no longer works." : "Your calendar address is ready.");
      }
    });
  return (
    <div className="space-y-3">
      {message ? <Alert tone="success">{message}</Alert> : null}
      {url ? (
        <>
          <label htmlFor="feed-url" className="block text-sm font-medium">
            Subscribe to this address in your calendar app (keep it private: anyone with it can read your deadlines)
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="feed-url"
              readOnly
              value={url}
              className={addressBox}
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button
              type="button"
              variant="secondary"
              onClick={() => void navigator.clipboard?.writeText(url).then(() => setMessage("Copied."))}
            >
              Copy
            </Button>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" disabled={pending} onClick={() => call("POST")}>
              Replace the address
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => call("DELETE")}>
              Stop the calendar
            </Button>
          </div>
        </>
      ) : (
        <Button type="button" disabled={pending} onClick={() => call("POST")}>
          Create a private calendar address
        </Button>
      )}
    </div>
  );
}
