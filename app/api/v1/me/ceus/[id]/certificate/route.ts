import { z } from "zod";
import { MAX_CERTIFICATE_BYTES } from "@/lib/ceus/certificate-type";
import { attachCertificate, getCertificate, removeCertificate } from "@/lib/ceus/certificates";
import { AppError } from "@/lib/errors";
import { json, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string() });

/** Downloads the certificate: owner only; sent as an attachment so the browser never renders it inline. */
export const GET = withUser(params, async (_req, { params: { id }, user }) => {
  const file = await getCertificate(user.id, id);
  if (!file) throw new AppError("not_found", "No certificate for this entry.");
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${file.filename.replace(/"/g, "")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

/** Uploads (or replaces) the certificate: multipart/form-data with one "file" field. */
export const POST = withUser(params, async (req, { params: { id }, user }) => {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_CERTIFICATE_BYTES + 64 * 1024)
    throw new AppError("payload_too_large", "Certificates can be at most 10 MB.");
  if (!(req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    throw new AppError("unsupported_media_type", 'Send the file as multipart/form-data in a field named "file".');
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw AppError.validation([{ path: "file", message: "The upload could not be read; send multipart/form-data." }]);
  }
  const file = form.get("file");
  if (!(file instanceof File))
    throw AppError.validation([{ path: "file", message: 'Attach the certificate in a field named "file".' }]);
  const saved = await attachCertificate(user.id, id, {
    name: file.name,
    data: new Uint8Array(await file.arrayBuffer()),
  });
  return json({ certificate: saved }, 201);
});

export const DELETE = withUser(params, async (_req, { params: { id }, user }) => {
  await removeCertificate(user.id, id);
  return new Response(null, { status: 204 });
});
