import Link from "next/link";
import { listRoleOptions } from "@/lib/ladder/queries";
import { TextLink } from "@/components/ui/text-link";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

const audiences = [
  "medical coders",
  "coding auditors",
  "CDI specialists",
  "coding supervisors",
  "HIM managers",
  "informatics analysts",
  "directors of health information",
];

const capabilities = [
  {
    title: "Plan a credential path",
    text:
      "From where you stand (role, education, years, credentials) to the role you want: the paths up the ladder, " +
      "what to earn at each step and when you become eligible.",
  },
  {
    title: "Keep credentials current",
    text:
      "Log each CEU once. AAPC, AHIMA, ACDIS, HIMSS and NCRA each count them differently; " +
      "you see what is still owed, per credential, by when.",
  },
  {
    title: "See what a path pays",
    text: "Pay ranges along a plan, year by year, each with its source and year, and every assumption yours to change.",
  },
];

const outlineButton = [
  "rounded-md border border-slate-400 px-5 py-3 font-semibold hover:bg-slate-50",
  "dark:border-slate-500 dark:hover:bg-slate-900",
].join(" ");

export default async function HomePage() {
  const roles = await listRoleOptions();
  const byLevel = new Map<number, typeof roles>();
  for (const r of roles) byLevel.set(r.level, [...(byLevel.get(r.level) ?? []), r]);
  return (
    <div className="space-y-12">
      <section aria-labelledby="hero" className="max-w-3xl">
        <h1 id="hero" className="text-4xl font-bold tracking-tight">
          Plan your next step in health information
        </h1>
        <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
          HIM Pathways puts your career plan, your credentials and your continuing education in one place, with the
          rules of each certifying body applied for you and a source beside every figure.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/plan" className="rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
            Plan a path
          </Link>
          <Link href="/ladder" className={outlineButton}>
            Explore the career ladder
          </Link>
          <Link href="/signup" className={outlineButton}>
            Create a free account
          </Link>
        </div>
        <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">For {audiences.join(", ")}.</p>
      </section>

      <Section plain title="What you can do" titleId="what" titleHidden className="grid gap-4 md:grid-cols-3">
        {capabilities.map((c) => (
          <Section as="div" key={c.title}>
            <h3 className="text-lg font-semibold">{c.title}</h3>
            <p className="mt-2 text-slate-700 dark:text-slate-300">{c.text}</p>
          </Section>
        ))}
      </Section>

      <section aria-labelledby="ladder">
        <h2 id="ladder" className="text-2xl font-semibold">
          The ladder at a glance
        </h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {roles.length} roles across six levels. Choose one to see how to reach it and where it leads.
        </p>
        <ol className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {[...byLevel.entries()].map(([level, rs]) => (
            <li key={level} className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
              <h3 className="font-semibold">Level {level}</h3>
              <ul className="mt-2 space-y-1">
                {rs.map((r) => (
                  <li key={r.slug}>
                    <TextLink href={`/ladder#${r.slug}`}>{r.title}</TextLink>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
