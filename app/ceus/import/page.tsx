import type { Metadata } from "next";
import { CsvImport } from "@/components/ceus/csv-import";
import { BackLink } from "@/components/ui/text-link";
import { requirePageUser } from "@/lib/auth/current-user";
import { CSV_COLUMNS } from "@/lib/ceus/csv";
import { ceuTopics } from "@/lib/credentials/ceu-topics";

export const metadata: Metadata = { title: "Import CEUs" };

export default async function ImportPage() {
  await requirePageUser("/ceus/import");
  return (
    <div className="max-w-4xl space-y-6">
      <BackLink href="/ceus">CEU log</BackLink>
      <h1 className="text-3xl font-bold">Import CEUs from a CSV file</h1>
      <div className="text-slate-700 dark:text-slate-300">
        <p>
          The first row names the columns; <strong>date</strong> (YYYY-MM-DD), <strong>title</strong> and{" "}
          <strong>ceus</strong> are required. The others are optional:{" "}
          {CSV_COLUMNS.filter((c) => !["date", "title", "ceus"].includes(c)).join(", ")}.
        </p>
        <p className="mt-2 text-sm">
          Topics are separated by semicolons ({ceuTopics.join(", ")}); yes/no columns take yes or no; source is ahima,
          himss_approved, aapc or other. A file exported from HIM Pathways imports as it is. Rows already in your log
          are skipped.
        </p>
      </div>
      <CsvImport />
    </div>
  );
}
