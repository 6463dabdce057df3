import type { CeuTopic } from "@/lib/credentials/ceu-topics";

// Words a certificate uses on its "Topic", "Category" or "Domain" line, mapped to the app's CEU topics. Only a
// line that names topics is read this way: a title's words are no promise of what a body will accept. Pure.

const words: [RegExp, CeuTopic][] = [
  [/\baudit/i, "auditing"],
  [/\bcompliance\b/i, "compliance"],
  [/\b(clinical documentation (integrity|improvement)|cdi)\b/i, "cdi"],
  [/\bdocumentation\b/i, "documentation"],
  [/\bpractice management\b/i, "practice_management"],
  [/\bspecialty\b/i, "specialty"],
  [/\bethic/i, "ethics"],
  [/\b(interventional radiology|cardiovascular)\b/i, "interventional_radiology_cardiovascular"],
  [/\bcoding\b/i, "coding"],
  [/\b(privacy|security|hipaa)\b/i, "privacy_security"],
  [/\b(informatics|data analytics|analytics)\b/i, "informatics"],
  [/\b(registry|cancer registry|oncology data)\b/i, "registry"],
  [/\bleadership\b/i, "leadership"],
  [/\b(reimbursement|revenue cycle)\b/i, "reimbursement"],
];

/** The topics named in a piece of text, in the app's order, each once. */
export function topicsIn(text: string): CeuTopic[] {
  // "Clinical documentation integrity" is CDI, not also plain documentation.
  const cdi = /clinical documentation (integrity|improvement)/i;
  const rest = text.replace(cdi, " cdi ");
  return [...new Set(words.filter(([re]) => re.test(rest)).map(([, t]) => t))];
}
