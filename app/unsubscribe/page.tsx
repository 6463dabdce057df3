import type { Metadata } from "next";
import { UnsubscribeForm } from "@/components/accounts/unsubscribe-form";
import { TextLink } from "@/components/ui/text-link";
import { unsubscribeTarget } from "@/lib/reminders/settings";

export const metadata: Metadata = { title: "Stop reminder emails", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Opened from the link in a reminder email, without signing in. Showing the page changes nothing (mail scanners
// follow links); only the button turns reminder emails off.
export default async function UnsubscribePage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const target = token ? await unsubscribeTarget(token) : null;
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Stop reminder emails</h1>
      {!target ? (
        <p className="mt-4 text-slate-700 dark:text-slate-300">
          This link is incomplete or not valid. Copy the whole address from the email, or{" "}
          <TextLink href="/profile#reminders">sign in and change your reminder settings</TextLink>.
        </p>
      ) : (
        <>
          <p className="mt-4 text-slate-700 dark:text-slate-300">
            {target.emailReminders
              ? `Stop the emails that remind ${target.maskedEmail} of CEU deadlines? Reminders in the app stay on.`
              : `Reminder emails to ${target.maskedEmail} are already off.`}
          </p>
          {target.emailReminders ? (
            <div className="mt-4">
              <UnsubscribeForm token={token} />
            </div>
          ) : null}
          <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
            To choose the days you hear from us, or to turn emails back on:{" "}
            <TextLink href="/profile#reminders">your reminder settings</TextLink> (sign-in needed).
          </p>
        </>
      )}
    </div>
  );
}
