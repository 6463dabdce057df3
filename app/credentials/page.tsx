import type { Metadata } from "next";
import { ConfidenceBadge } from "@/components/ui/confidence-badge";
import { listCredentials } from "@/lib/credentials/queries";
import { formatCycle, formatUsd } from "@/lib/format";
import { TextLink } from "@/components/ui/text-link";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Credentials" };
export const dynamic = "force-dynamic";

export default async function CredentialsPage() {
  const all = await listCredentials();
  const credentials = all.filter((c) => c.kind === "certification");
  const licences = all.filter((c) => c.kind === "license");
  return (
    <div>
      <h1 className="text-3xl font-bold">Credentials</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        The certifications on the HIM ladder, who issues them, what the exam costs where known, and how often each must
        be renewed. Choose one for its eligibility rules and recertification requirements, with sources.
      </p>
      <ScrollArea label="Credentials table" className="mt-6">
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <caption className="sr-only">Credentials with issuing body, exam fee, renewal cycle and CEUs</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-2 pr-3">
                Credential
              </th>
              <th scope="col" className="py-2 pr-3">
                Body
              </th>
              <th scope="col" className="py-2 pr-3">
                Exam fee
              </th>
              <th scope="col" className="py-2 pr-3">
                Renewal
              </th>
              <th scope="col" className="py-2">
                CEUs per cycle (held alone)
              </th>
            </tr>
          </thead>
          <tbody>
            {credentials.map((c) => (
              <tr key={c.code} className="border-b border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <TextLink href={`/credentials/${encodeURIComponent(c.code)}`} className="font-semibold">
                    {c.code}
                  </TextLink>
                  <div className="text-slate-600 dark:text-slate-400">{c.name}</div>
                </th>
                <td className="py-2 pr-3">{c.body.code}</td>
                <td className="py-2 pr-3">
                  {c.examFees.length === 0 ? (
                    <span className="text-slate-600 dark:text-slate-400">Not recorded</span>
                  ) : (
                    <ul>
                      {c.examFees.map((f) => (
                        <li key={f.label}>
                          {formatUsd(f.amountUsd)}{" "}
                          <span className="text-slate-600 dark:text-slate-400">
                            {f.label.replace(/^\S+ exam,?\s*/, "")}
                          </span>{" "}
                          <ConfidenceBadge confidence={f.confidence} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="py-2 pr-3">{formatCycle(c.renewalCycleMonths) ?? "—"}</td>
                <td className="py-2">{c.ceuRequired ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {licences.length > 0 ? (
        <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
          Also recognised in eligibility rules (not planned by HIM Pathways): {licences.map((l) => l.name).join("; ")}.
        </p>
      ) : null}
    </div>
  );
}
