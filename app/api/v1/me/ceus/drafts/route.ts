import { MAX_CERTIFICATE_BYTES } from "@/lib/ceus/certificate-type";
import { createDrafts, listDrafts, MAX_BATCH_FILES } from "@/lib/capture/drafts";
import { AppError } from "@/lib/errors";
import { json, noParams, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";
// Reading a PDF takes milliseconds; an image goes through OCR, a few seconds each on a small machine.
export const maxDuration = 300;

/** A whole batch at most this large: 50 files of 10 MB and the multipart framing around them. */
const MAX_BATCH_BYTES = MAX_BATCH_FILES * MAX_CERTIFICATE_BYTES + 1024 * 1024;

export const GET = withUser(noParams, async (_req, { user }) => json({ drafts: await listDrafts(user.id) }));

/** Reads certificates into drafts: multipart/form-data with one or more "file" parts. */
export const POST = withUser(noParams, async (req, { user }) => {
  if (!(req.headers.get("content-type") ?? "").startsWith("multipart/form-data"))
    throw new AppError("unsupported_media_type", 'Send the files as multipart/form-data, in "file" fields.');
  if (Number(req.headers.get("content-length") ?? "0") > MAX_BATCH_BYTES)
    throw new AppError("payload_too_large", `Send at most ${MAX_BATCH_FILES} files of 10 MB at a time.`);
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw AppError.validation([{ path: "file", message: "The upload could not be read; send multipart/form-data." }]);
  }
  const parts = form.getAll("file");
  if (parts.some((p) => !(p instanceof File)))
    throw AppError.validation([{ path: "file", message: 'Each "file" field must hold a file, not text.' }]);
  const files = await Promise.all(
    (parts as File[]).map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })),
  );
  return json({ drafts: await createDrafts(user.id, files) }, 201);
});
