import type { Metadata } from "next";
import { LinkOutcome } from "@/components/accounts/link-outcome";
import { verifyEmail } from "@/lib/accounts/email-verification";

export const metadata: Metadata = { title: "Confirm your email address" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Opening the emailed link is the confirmation: it verifies the address once and says so. */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  return (
    <LinkOutcome
      title="Confirm your email address"
      token={token}
      spend={async (t) => {
        const { email } = await verifyEmail(t);
        return `${email} is confirmed. Deadline reminders can be sent there now.`;
      }}
      again={{ href: "/profile#security", label: "Send a new link from your profile" }}
    />
  );
}
