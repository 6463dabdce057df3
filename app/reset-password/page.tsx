import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import { PASSWORD_MIN } from "@/lib/auth/credentials-schema";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Choose a new password</h1>
      <div className="mt-6">
        {typeof token === "string" && token ? (
          <ResetPasswordForm token={token} minLength={PASSWORD_MIN} />
        ) : (
          <Alert tone="error">
            This page needs the link from the reset email. <TextLink href="/forgot-password">Ask for one</TextLink>.
          </Alert>
        )}
      </div>
    </div>
  );
}
