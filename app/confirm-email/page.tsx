import type { Metadata } from "next";
import { LinkOutcome } from "@/components/accounts/link-outcome";
import { confirmEmailChange } from "@/lib/accounts/security";

export const metadata: Metadata = { title: "Confirm your new email address" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Opening the link sent to a new address makes it the account's address. */
export default async function ConfirmEmailPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  return (
    <LinkOutcome
      title="Confirm your new email address"
      token={token}
      spend={async (t) => {
        const { email } = await confirmEmailChange(t);
        return `Your account's address is now ${email}. Sign in with it from now on.`;
      }}
      again={{ href: "/profile#security", label: "Ask again from your profile" }}
    />
  );
}
