import type { Metadata } from "next";
import { ApiTokens } from "@/components/accounts/api-tokens";
import { DeleteAccount } from "@/components/accounts/delete-account";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { TwoFactor } from "@/components/accounts/two-factor";
import { getTwoFactorStatus } from "@/lib/auth/two-factor";
import { ReminderSettings } from "@/components/accounts/reminder-settings";
import { ProfileForm } from "@/components/forms/profile-form";
import { Section } from "@/components/ui/section";
import { getProfile, getSecurity } from "@/lib/accounts/queries";
import { PASSWORD_MIN } from "@/lib/auth/credentials-schema";
import { ChangeEmailForm } from "@/components/accounts/change-email-form";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { EmailStatus } from "@/components/accounts/email-status";
import { EndSessions } from "@/components/accounts/end-sessions";
import { requirePageUser } from "@/lib/auth/current-user";
import { listRoleOptions } from "@/lib/ladder/queries";
import { DownloadLink } from "@/components/ui/text-link";
import { MembershipForm } from "@/components/credentials/membership-form";
import { listMembershipBodies, listMemberships } from "@/lib/credentials/memberships";

export const metadata: Metadata = { title: "Your profile" };

const AAPC_WHY =
  "Why it matters: AAPC credentials renew with the membership. CEUs are due on the membership expiration date — " +
  "in odd years for memberships that expire in an odd month, in even years for even months. Without this date " +
  "the AAPC due dates HIM Pathways shows are a guess.";

export default async function ProfilePage() {
  const user = await requirePageUser("/profile");
  const [profile, roles, bodies, memberships, security, tokens] = await Promise.all([
    getProfile(user.id),
    listRoleOptions(),
    listMembershipBodies(),
    listMemberships(user.id),
    getSecurity(user.id),
    listApiTokens(user.id),
  ]);
  if (!profile) return null; // requirePageUser already proved the account exists
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Your profile</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Where you stand today. Plans start from here; change it whenever your situation changes. Signed in as{" "}
        {profile.email}.
      </p>
      <div className="mt-6">
        <ProfileForm profile={profile} roles={roles} />
      </div>
      <Section
        plain
        title="Security"
        titleId="security"
        className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800"
      >
        <div className="mt-3 space-y-6">
          <EmailStatus email={profile.email} verified={profile.emailVerified} />
          {security ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Account active since {security.activeSince.slice(0, 10)}
              {security.lastSignIn
                ? `; last signed in ${security.lastSignIn.slice(0, 16).replace("T", " at ")} UTC.`
                : "."}
            </p>
          ) : null}
          <ChangePasswordForm minLength={PASSWORD_MIN} />
          <ChangeEmailForm />
          <div>
            <h3 className="font-semibold">Sessions</h3>
            <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
              Signed in on a shared or lost device? End every session, this one included.
            </p>
            <EndSessions />
          </div>
        </div>
      </Section>
      <Section
        plain
        title="Two-factor sign-in"
        titleId="two-factor"
        className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800"
      >
        <TwoFactor status={await getTwoFactorStatus(user.id)} />
      </Section>
      <Section
        plain
        title="Memberships"
        titleId="memberships"
        className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800"
      >
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Your memberships of the bodies that issue your credentials. HIM Pathways uses them to put your deadlines on
          the right days.
        </p>
        <ul className="mt-4 space-y-6">
          {bodies.map((b) => {
            const m = memberships.find((x) => x.body === b.code);
            return (
              <li key={b.code}>
                <MembershipForm
                  row={{
                    body: b.code,
                    name: b.name,
                    membershipExpires: m?.membershipExpires ?? null,
                    memberId: m?.memberId ?? null,
                  }}
                  why={b.code === "AAPC" ? AAPC_WHY : undefined}
                />
              </li>
            );
          })}
        </ul>
      </Section>
      <ReminderSettings userId={user.id} />
      <Section
        plain
        title="API tokens"
        titleId="api-tokens"
        className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800"
      >
        <div className="mt-3">
          <ApiTokens initial={tokens} />
        </div>
      </Section>
      <Section
        plain
        title="Your data"
        titleId="your-data"
        className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800"
      >
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Everything you have entered is yours. Download it all — profile, plans, credentials, CEU log as JSON, and your
          certificate files — or delete your account and all of it.
        </p>
        <p className="mt-3">
          <DownloadLink href="/api/v1/me/export.zip" className="font-medium">
            Download all my data (ZIP)
          </DownloadLink>
        </p>
        <div className="mt-4">
          <DeleteAccount />
        </div>
      </Section>
    </div>
  );
}
