import type { DraftView } from "@/lib/capture/draft-view";

// One file on its way: checked in the browser, sent with its upload progress, then read by the server.

export type UploadItem = {
  key: string;
  name: string;
  state: "waiting" | "uploading" | "reading" | "done" | "failed";
  /** Share of the file sent, 0–1. */
  sent: number;
  message?: string;
};

/** Sends one file to the drafts endpoint, reporting progress; resolves with its drafts or an error message. */
export function sendFile(
  file: File,
  onProgress: (sent: number) => void,
): Promise<{ drafts: DraftView[] } | { error: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/me/ceus/drafts");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      const body = xhr.response as { drafts?: DraftView[]; error?: { message?: string } } | null;
      if (xhr.status === 201 && body?.drafts) resolve({ drafts: body.drafts });
      else resolve({ error: body?.error?.message ?? `The upload failed (HTTP ${xhr.status}); try this file again.` });
    };
    xhr.onerror = () => resolve({ error: "The connection was lost; try this file again." });
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}
