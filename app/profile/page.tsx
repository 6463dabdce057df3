import type { Metadata } from "next";
import { DeleteAccount } from "@/components/accounts/delete-account";
import { ProfileForm } from "@/components/forms/profile-form";
import { Section } from "@/components/ui/section";
import { getProfile } from "@/lib/accounts/queries";
import { requirePageUser } from "@/lib/auth/current-user";
import { listRoleOptions } from "@/lib/ladder/queries";
import { DownloadLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requirePageUser("/profile");
  const [profile, roles] = await Promise.all([getProfile(user.id), listRoleOptions()]);
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
