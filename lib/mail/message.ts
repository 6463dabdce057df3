// What the app sends: one message with a plain-text and an HTML part, and the headers a mailing needs. Pure types
// and the one HTML layout every message shares (no images, no tracking, readable as plain text too).

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post on reminders (RFC 8058). */
  headers?: Record<string, string>;
};

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as it must appear inside HTML. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => entities[c]!);

/** Paragraphs (plain strings, escaped) and links as one small, accessible HTML document. */
export function layoutHtml(title: string, blocks: ({ p: string } | { link: string; label: string })[]): string {
  const body = blocks
    .map((b) =>
      "p" in b
        ? `<p style="margin:0 0 12px">${escapeHtml(b.p)}</p>`
        : `<p style="margin:0 0 12px"><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a></p>`,
    )
    .join("\n");
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#0f172a;max-width:600px">',
    body,
    '<p style="margin:24px 0 0;color:#475569;font-size:13px">HIM Pathways</p>',
    "</body></html>",
  ].join("\n");
}
