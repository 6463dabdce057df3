import type { Metadata } from "next";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { requirePageUser } from "@/lib/auth/current-user";
import { listAccessLog } from "@/lib/teams/access-log";
import { listMyTeams } from "@/lib/teams/service";

export const metadata: Metadata = { title: "Teams" };
export const dynamic = "force-dynamic";

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export default async function TeamsPage() {
  const user = await requirePageUser("/teams");
  const [teams, log] = await Promise.all([listMyTeams(user.id), listAccessLog(user.id)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Teams</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          Share the standing of your credentials with your employer&apos;s team, on your terms: you choose what its
          owner and managers see, change it at any time, and see below each time one of them looked.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="Your teams" titleId="my-teams" className="space-y-3">
          {teams.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              You are in no team yet. Create one, or open an invitation link someone sent you.
            </p>
          ) : (
            <ul className="space-y-2">
              {teams.map((t) => (
                <li key={t.id} className="text-sm">
                  <TextLink href={`/teams/${t.id}`}>{t.name}</TextLink> · {t.role} · {t.members}{" "}
                  {t.members === 1 ? "person" : "people"} · you share {t.share.length ? t.share.join(", ") : "nothing"}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="Create a team" titleId="create-team" className="space-y-3">
          <p className="text-sm text-slate-700 dark:text-slate-300">You become its owner and can invite managers.</p>
          <CreateTeamForm />
        </Section>
      </div>
      <Section title="Who looked at my data" titleId="access-log" className="space-y-3">
        {log.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No one has opened your details or downloaded your certificates through a team.
          </p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Each time a team&apos;s manager looked at your data</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3">
                  When
                </th>
                <th scope="col" className="py-1 pr-3">
                  Who
                </th>
                <th scope="col" className="py-1 pr-3">
                  Team
                </th>
                <th scope="col" className="py-1">
                  What
                </th>
              </tr>
            </thead>
            <tbody>
              {log.map((e, i) => (
                <tr key={i} className="border-t border-slate-200 dark:border-slate-800">
                  <td className="py-1 pr-3">{when(e.at)}</td>
                  <td className="py-1 pr-3">{e.viewer}</td>
                  <td className="py-1 pr-3">{e.team}</td>
                  <td className="py-1">
                    {e.what === "details"
                      ? "Opened your details"
                      : `Downloaded the certificate of "${e.entryTitle ?? "a removed entry"}"`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </div>
  );
}
