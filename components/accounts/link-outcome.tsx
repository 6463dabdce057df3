import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import { toAppError } from "@/lib/errors";

/** The page an emailed link opens: it uses the token once and says what happened, or what to do instead. */
export async function LinkOutcome({
  title,
  token,
  spend,
  again,
}: {
  title: string;
  token: string | string[] | undefined;
  spend: (token: string) => Promise<string>;
  again: { href: string; label: string };
}) {
  let outcome: { ok: boolean; message: string };
  if (typeof token !== "string" || !token) {
    outcome = { ok: false, message: "This page needs the link from the email, copied whole." };
  } else {
    try {
      outcome = { ok: true, message: await spend(token) };
    } catch (err) {
      outcome = { ok: false, message: toAppError(err, "page").message };
    }
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{title}</h1>
      <div className="mt-6">
        {outcome.ok ? (
          <Alert tone="success">{outcome.message}</Alert>
        ) : (
          <Alert tone="error">
            {outcome.message} <TextLink href={again.href}>{again.label}</TextLink>.
          </Alert>
        )}
      </div>
      <p className="mt-4 text-sm">
        <TextLink href="/dashboard">Go to your dashboard</TextLink>
      </p>
    </div>
  );
}
