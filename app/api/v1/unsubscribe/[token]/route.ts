import { z } from "zod";
import { AppError } from "@/lib/errors";
import { apiRoute, json, readText } from "@/lib/http/api";
import { publicOrigin } from "@/lib/http/origin";
import { unsubscribeByToken, unsubscribeTarget } from "@/lib/reminders/settings";

export const dynamic = "force-dynamic";

// The address in every reminder email's List-Unsubscribe header. Public by design (the token is the key; no
// sign-in), and it can only turn reminder emails off — in-app reminders stay as they are.

const params = z.object({ token: z.string().max(120) });
const noSuchLink = () => new AppError("not_found", "This unsubscribe link is not valid (it may be incomplete).");

/**
 * A mail client without one-click support opens the address in a browser: it is sent on to the page that asks
 * before it unsubscribes. A GET never changes anything (mail scanners follow every link).
 */
export const GET = apiRoute(params, async (req, { token }) => {
  if (!(await unsubscribeTarget(token))) throw noSuchLink();
  const page = new URL(`/unsubscribe?token=${encodeURIComponent(token)}`, publicOrigin(req));
  return new Response(null, { status: 303, headers: { Location: page.toString(), "Cache-Control": "no-store" } });
});

/** RFC 8058 one-click: a POST whose form body holds `List-Unsubscribe=One-Click`. */
export const POST = apiRoute(params, async (req, { token }) => {
  const fields = await formFields(req);
  if (fields.get("List-Unsubscribe") !== "One-Click") {
    throw AppError.validation([
      { path: "List-Unsubscribe", message: "Send the form field List-Unsubscribe=One-Click (RFC 8058)." },
    ]);
  }
  await unsubscribeByToken(token);
  return json({ unsubscribed: true, emailReminders: false });
});

/** The body as form fields (URL-encoded, or multipart as some mail providers send it), at most 4 KB. */
async function formFields(req: Request): Promise<URLSearchParams> {
  const type = req.headers.get("content-type") ?? "";
  const text = await readText(req, 4096);
  if (/^multipart\/form-data\b/i.test(type)) {
    try {
      const form = await new Response(text, { headers: { "content-type": type } }).formData();
      const out = new URLSearchParams();
      form.forEach((v, k) => typeof v === "string" && out.append(k, v));
      return out;
    } catch {
      throw AppError.validation([{ path: "body", message: "The form body could not be read." }]);
    }
  }
  return new URLSearchParams(text);
}
