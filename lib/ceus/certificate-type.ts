// What a certificate file may be: PDF, PNG or JPEG up to 10 MB, recognised by its first bytes (a renamed file is
// refused). Pure, so the CEU form can check a file before it saves the entry, and the server checks again.

export const MAX_CERTIFICATE_BYTES = 10 * 1024 * 1024;

const signatures: { mime: string; ext: string; bytes: number[] }[] = [
  { mime: "application/pdf", ext: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: "image/png", ext: "png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "image/jpeg", ext: "jpg", bytes: [0xff, 0xd8, 0xff] },
];

/** The longest signature: how many leading bytes sniffType needs. */
export const SNIFF_BYTES = Math.max(...signatures.map((s) => s.bytes.length));

export function sniffType(data: Uint8Array): { mime: string; ext: string } | null {
  const hit = signatures.find((s) => s.bytes.every((b, i) => data[i] === b));
  return hit ? { mime: hit.mime, ext: hit.ext } : null;
}

/** The file extension of a type `sniffType` recognised ("bin" for any other, which no stored file has). */
export function extensionOf(mime: string): string {
  return signatures.find((s) => s.mime === mime)?.ext ?? "bin";
}

export const certificateMessages = {
  empty: "The file is empty.",
  tooLarge: "Larger than 10 MB.",
  wrongType: "Upload a PDF, PNG or JPEG file (checked by its content, not its name).",
} as const;

/** Why a file cannot be a certificate, from its size and first bytes; null when it can. */
export function certificateProblem(size: number, head: Uint8Array): string | null {
  if (size === 0) return certificateMessages.empty;
  if (size > MAX_CERTIFICATE_BYTES) return certificateMessages.tooLarge;
  if (!sniffType(head)) return certificateMessages.wrongType;
  return null;
}
