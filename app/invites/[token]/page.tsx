import type { Metadata } from "next";
import { AcceptForm } from "@/components/teams/accept-form";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { previewInvite } from "@/lib/teams/invites";
import { orNull } from "@/lib/teams/page-queries";
import { getTeam } from "@/lib/teams/service";

export const metadata: Metadata = { title: "Team invitation" };
export const dynamic = "force-dynamic";

// Opening the link changes nothing (mail scanners follow links): only the form's button joins the team.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, user] = await Promise.all([orNull(previewInvite(token)), getCurrentUser()]);
  // Accepting re-renders this page with the link used: the person who joined is told so and sent on.
  const joined = invite?.state === "used" && user ? await orNull(getTeam(user.id, invite.teamId)) : null;
  const signIn = `/signin?callbackUrl=${encodeURIComponent(`/invites/${token}`)}`;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Team invitation</h1>
      {joined ? (
        <Alert tone="success">
          You are in this team. <TextLink href={`/teams/${joined.id}`}>Open {joined.name}</TextLink>.
        </Alert>
      ) : !invite ? (
        <Alert tone="error">
          This invitation link is not one we know. Check that it was copied whole, or ask for a new one.
        </Alert>
      ) : invite.state !== "open" ? (
        <Alert tone="error">
          This invitation to &quot;{invite.teamName}&quot; was{" "}
          {invite.state === "used" ? "already used" : "not used in time"}. Ask the team&apos;s manager for a new one.
        </Alert>
      ) : (
        <>
          <p className="text-slate-700 dark:text-slate-300">
            You are invited to join <strong>{invite.teamName}</strong> as a {invite.role}
            {invite.position ? `, in the position ${invite.position}` : ""}. The link works once, until{" "}
            {invite.expiresOn}.
          </p>
          {user ? (
            <AcceptForm token={token} />
          ) : (
            <p>
              <TextLink href={signIn}>Sign in</TextLink> or <TextLink href="/signup">create an account</TextLink> to
              accept, then open this link again.
            </p>
          )}
        </>
      )}
    </div>
  );
}
