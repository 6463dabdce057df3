import type { RouteRow } from "./authorization-route-rows";

// The certificate-capture rows of the API route matrix (kept apart so the main table stays a readable size).

const pdfForm = () => {
  const form = new FormData();
  form.set("file", new File([new TextEncoder().encode("%PDF-1.4\nnot much of a certificate\n%%EOF\n")], "c.pdf"));
  return form;
};

export const DRAFT_ROUTES: Record<string, RouteRow> = {
  "GET /api/v1/me/ceus/drafts": { access: "owner", call: () => ({}), ok: [200], reveals: true },
  "POST /api/v1/me/ceus/drafts": { access: "owner", call: () => ({ method: "POST", form: pdfForm() }), ok: [201] },
  "DELETE /api/v1/me/ceus/drafts/[id]": {
    access: "owner",
    call: (o) => ({ method: "DELETE", params: { id: o.draftId } }),
    ok: [204],
    targetsOwner: true,
  },
  "POST /api/v1/me/ceus/drafts/[id]/confirm": {
    access: "owner",
    call: (o) => ({ method: "POST", params: { id: o.draftId }, body: { provider: "Changed" } }),
    ok: [201],
    targetsOwner: true,
  },
};
