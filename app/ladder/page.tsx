import type { Metadata } from "next";
import { LadderGraph } from "@/components/ladder/ladder-graph";
import { RoleCard } from "@/components/ladder/role-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getProfile } from "@/lib/accounts/queries";
import { getLadderGraphData, listRoles } from "@/lib/ladder/queries";

export const metadata: Metadata = { title: "Career ladder" };
export const dynamic = "force-dynamic";

const levelChip = [
  "rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100",
  "dark:border-slate-700 dark:hover:bg-slate-800",
].join(" ");

export default async function LadderPage() {
  const [roles, graph, user] = await Promise.all([listRoles(), getLadderGraphData(), getCurrentUser()]);
  const profile = user ? await getProfile(user.id) : null;
  const levels = [...new Set(roles.map((r) => r.level))].sort((a, b) => a - b);
  const moveCount = roles.reduce((n, r) => n + r.movesOut.length, 0);
  return (
    <div>
      <h1 className="text-3xl font-bold">The HIM career ladder</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        {roles.length} roles and {moveCount} moves between them, from first jobs (level 1) to leading health information
        (level 6). It is a graph, not a line: most roles can be reached in more than one way, and some moves are
        sideways. Each move lists what it takes, with the source of every rule.
      </p>
      <section aria-labelledby="graph-heading" className="mt-6">
        <h2 id="graph-heading" className="sr-only">
          The ladder as a graph
        </h2>
        <LadderGraph
          roles={graph.roles}
          moves={graph.moves}
          highlight={{ current: profile?.currentRole?.slug ?? null }}
        />
      </section>
      <h2 className="mt-8 text-2xl font-semibold">The ladder as a list</h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Every role and move of the graph above, with what each move asks for.
      </p>
      <nav aria-label="Levels" className="mt-4 flex flex-wrap gap-2">
        {levels.map((level) => (
          <a key={level} href={`#level-${level}`} className={levelChip}>
            Level {level}
          </a>
        ))}
      </nav>
      {roles.length === 0 ? (
        <p className="mt-8">No roles are loaded yet. Restart the server to seed the database.</p>
      ) : (
        levels.map((level) => (
          <section key={level} aria-labelledby={`level-${level}`} className="mt-10">
            <h3 id={`level-${level}`} className="scroll-mt-4 text-xl font-semibold">
              Level {level}
            </h3>
            <div className="mt-4 grid gap-4 lg:grid-cols-2">
              {roles
                .filter((r) => r.level === level)
                .map((role) => (
                  <RoleCard key={role.slug} role={role} />
                ))}
            </div>
          </section>
        ))
      )}
    </div>
  );
}
