import type { Metadata } from "next";
import { WhatIfForm } from "@/components/salary/what-if-form";
import { WhatIfNotes, WhatIfRequirements, WhatIfTotals } from "@/components/salary/what-if-details";
import { WhatIfPanel } from "@/components/salary/what-if-panel";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { requirePageUser } from "@/lib/auth/current-user";
import { listHeld } from "@/lib/credentials/held-queries";
import { listCredentials } from "@/lib/credentials/queries";
import { todayIso } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { andList } from "@/lib/format";
import { readWhatIfSearch, whatIfFieldErrors, whatIfPath, type WhatIfSearch } from "@/lib/salary/scenario-params";
import { whatIfSentence } from "@/lib/salary/scenario-summaries";
import type { WhatIfAnswer } from "@/lib/salary/what-if";
import { runWhatIf } from "@/lib/salary/what-if-service";

export const metadata: Metadata = { title: "What one more credential costs to keep" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<WhatIfSearch> };

export default async function WhatIfPage({ searchParams }: Props) {
  const search = await searchParams;
  const user = await requirePageUser(whatIfPath(search));
  const today = todayIso();
  const [catalog, held] = await Promise.all([listCredentials(), listHeld(user.id)]);
  const { choice, request } = readWhatIfSearch(search, today);

  // A bad address is the person's to fix: the form comes back with each message beside its field.
  let answer: WhatIfAnswer | null = null;
  let errors: ReturnType<typeof whatIfFieldErrors> = {};
  if (request) {
    try {
      answer = await runWhatIf(user.id, request, today);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== "validation") throw err;
      errors = whatIfFieldErrors(err.issues ?? []);
    }
  }

  const heldCodes = new Set(held.map((h) => h.code));
  const options = catalog
    .filter((c) => c.plannable && !heldCodes.has(c.code))
    .map((c) => ({ code: c.code, name: c.name, body: c.body.code }));
  const bodyOf = (code: string) => catalog.find((c) => c.code === code)?.body.code ?? "";
  const change = {
    add: choice.add ? { code: choice.add, body: bodyOf(choice.add), on: choice.on } : null,
    remove: choice.remove.map((code) => ({ code, body: bodyOf(code) })),
  };
  const sentence = answer ? whatIfSentence(answer, change) : null;
  const holding = held.length ? `what you hold now (${andList(held.map((h) => h.code))})` : "holding nothing";

  return (
    <div className="space-y-8">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">What does one more credential cost to keep?</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Choose a credential and when you would earn it to see, year by year, how many CEUs each body would ask for and
          what the exam, renewals and dues add up to, against {holding}. The same rules as{" "}
          <TextLink href="/my-credentials">my credentials</TextLink>.
        </p>
      </div>

      <Section title="Your question" titleId="question">
        <div className="mt-3">
          <WhatIfForm choice={choice} errors={errors} options={options} held={held} />
        </div>
      </Section>

      {/* Submitting redraws the page in place; this is what a screen reader hears when it does. */}
      <p className="sr-only" aria-live="polite">
        {sentence ?? (request ? "Check the choices marked in the form." : "")}
      </p>
      <div className="space-y-6">
        {answer && sentence ? (
          <>
            <Section plain title="The answer" titleId="answer">
              <p className="mt-2 max-w-4xl text-lg">{sentence}</p>
              <WhatIfTotals answer={answer} />
            </Section>
            <WhatIfPanel answer={answer} fileStem={`what-if-${choice.add || "change"}`.toLowerCase()} />
            <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
              <WhatIfRequirements answer={answer} />
              <WhatIfNotes notes={answer.notes} />
            </div>
          </>
        ) : (
          <EmptyState asked={request !== null} holdsAny={held.length > 0} />
        )}
      </div>
    </div>
  );
}

function EmptyState({ asked, holdsAny }: { asked: boolean; holdsAny: boolean }) {
  const box = "rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700";
  if (asked) return <p className={box}>Check the choices marked above; the answer shows once they are right.</p>;
  return (
    <div className={box}>
      <p className="font-medium">Nothing chosen yet.</p>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {holdsAny ? (
          "Choose a credential to add, or ones to stop holding, then show what it costs."
        ) : (
          <>
            No credentials are on your record yet, so the answer starts from holding nothing. Choose a credential to see
            what keeping it alone would cost, or first add the ones you hold on{" "}
            <TextLink href="/my-credentials">my credentials</TextLink>.
          </>
        )}
      </p>
    </div>
  );
}
