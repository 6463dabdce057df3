"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { ScrollArea } from "@/components/ui/scroll-area";

type Row = {
  line: number;
  status: "ok" | "duplicate" | "error";
  entry?: { date: string; title: string; ceus: number };
  errors: { line: number; field: string; message: string }[];
};
type Preview = { valid: number; duplicates: number; invalid: number; problems: string[]; rows: Row[] };

const pasteBox = [
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm",
  "dark:border-slate-500 dark:bg-slate-900",
].join(" ");

async function send(csv: string, dryRun: boolean) {
  const res = await fetch(`/api/v1/me/ceus/import${dryRun ? "?dryRun=1" : ""}`, {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body: csv,
  });
  const body = await res.json().catch(() => null);
  return { ok: res.ok, body };
}

/** CSV import in two steps: check (nothing written, every problem listed by line and column), then import. */
export function CsvImport() {
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function check() {
    setDone(null);
    startTransition(async () => {
      const { ok, body } = await send(csv, true);
      if (!ok) {
        setPreview(null);
        setError(body?.error?.issues?.[0]?.message ?? body?.error?.message ?? "The file could not be checked.");
        return;
      }
      setError(null);
      setPreview(body as Preview);
    });
  }

  function commit() {
    startTransition(async () => {
      const { ok, body } = await send(csv, false);
      if (!ok) return setError(body?.error?.message ?? "Nothing was imported.");
      const skipped = body.duplicates ? `; ${body.duplicates} already in your log were skipped` : "";
      setDone(`Imported ${body.imported} ${body.imported === 1 ? "entry" : "entries"}${skipped}.`);
      setPreview(null);
      setCsv("");
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? (
        <Alert tone="success">
          {done} <TextLink href="/ceus">Back to the CEU log</TextLink>
        </Alert>
      ) : null}
      <div>
        <label htmlFor="csv-file" className="block text-sm font-medium">
          Choose a CSV file
        </label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          className="mt-1 block text-sm"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            if (file.size > 1024 * 1024) return setError("A CSV import can be at most 1 MB.");
            setCsv(await file.text());
            setPreview(null);
            setError(null);
          }}
        />
      </div>
      <div>
        <label htmlFor="csv-text" className="block text-sm font-medium">
          …or paste it
        </label>
        <textarea
          id="csv-text"
          rows={6}
          value={csv}
          onChange={(e) => {
            setCsv(e.target.value);
            setPreview(null);
          }}
          className={pasteBox}
          placeholder="date,title,provider,ceus,topics,hiim_domain,source,index_number,external_body,applies_to,notes"
        />
      </div>
      <Button type="button" onClick={check} disabled={pending || !csv.trim()}>
        {pending && !preview ? "Checking…" : "Check the file"}
      </Button>
      {preview ? (
        <section aria-labelledby="preview" className="space-y-3">
          <h2 id="preview" className="text-xl font-semibold">
            Preview: nothing is saved yet
          </h2>
          <p role="status">
            {preview.valid} ready to import · {preview.duplicates} already in your log · {preview.invalid} with problems
          </p>
          {preview.problems.map((p) => (
            <Alert key={p} tone="info">
              {p}
            </Alert>
          ))}
          <ScrollArea label="Preview of the rows">
            <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
              <caption className="sr-only">Rows of the file and what will happen to each</caption>
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-700">
                  <th scope="col" className="py-1 pr-3">
                    Line
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Entry
                  </th>
                  <th scope="col" className="py-1">
                    Result
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.line} className="border-b border-slate-200 align-top dark:border-slate-800">
                    <td className="py-1 pr-3">{r.line}</td>
                    <td className="py-1 pr-3">
                      {r.entry ? `${r.entry.date} · ${r.entry.title} · ${r.entry.ceus} CEUs` : "—"}
                    </td>
                    <td className="py-1">
                      {r.status === "ok"
                        ? "Will be imported"
                        : r.status === "duplicate"
                          ? "Already in your log; skipped"
                          : null}
                      {r.errors.length ? (
                        <ul className="text-red-700 dark:text-red-400">
                          {r.errors.map((e) => (
                            <li key={`${e.field}-${e.message}`}>
                              {e.field}: {e.message}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          <Button type="button" onClick={commit} disabled={pending || preview.invalid > 0 || preview.valid === 0}>
            {preview.invalid > 0
              ? "Fix the problems above to import"
              : `Import ${preview.valid} ${preview.valid === 1 ? "entry" : "entries"}`}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
