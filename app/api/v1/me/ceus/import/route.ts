import { checkImport, importCsv, MAX_IMPORT_BYTES } from "@/lib/ceus/csv-io";
import { csvImportBodySchema } from "@/lib/ceus/validation";
import { AppError } from "@/lib/errors";
import { json, noParams, readJson, readText, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** POST the CSV (text/csv, or JSON {"csv"}). ?dryRun=1 checks every row and writes nothing. */
export const POST = withUser(noParams, async (req, { user }) => {
  const type = req.headers.get("content-type") ?? "";
  let text: string;
  if (type.startsWith("text/csv") || type.startsWith("text/plain")) text = await readText(req, MAX_IMPORT_BYTES);
  else if (type.includes("json")) text = (await readJson(req, csvImportBodySchema, MAX_IMPORT_BYTES + 4096)).csv;
  else throw new AppError("unsupported_media_type", 'Send the CSV as text/csv, or as JSON {"csv": "…"}.');
  const dryRun = ["1", "true", "yes"].includes(new URL(req.url).searchParams.get("dryRun") ?? "");
  if (dryRun) {
    const { rows, problems } = await checkImport(user.id, text);
    return json({
      dryRun: true,
      valid: rows.filter((r) => r.status === "ok").length,
      duplicates: rows.filter((r) => r.status === "duplicate").length,
      invalid: rows.filter((r) => r.status === "error").length,
      problems,
      rows,
    });
  }
  return json(await importCsv(user.id, text), 201);
});
