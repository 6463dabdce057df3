// Topics a CEU entry can be tagged with. The first seven are the ones issuer rules name (AAPC's topic minimums,
// HIMSS's ethics hours); the rest help people find and group their own entries.
export const ceuTopics = [
  "auditing",
  "compliance",
  "documentation",
  "practice_management",
  "specialty",
  "ethics",
  "interventional_radiology_cardiovascular",
  "coding",
  "cdi",
  "privacy_security",
  "informatics",
  "registry",
  "leadership",
  "reimbursement",
] as const;

export type CeuTopic = (typeof ceuTopics)[number];

export const ceuTopicLabels: Record<CeuTopic, string> = {
  auditing: "Auditing",
  compliance: "Compliance",
  documentation: "Documentation",
  practice_management: "Practice management",
  specialty: "Specialty",
  ethics: "Ethics",
  interventional_radiology_cardiovascular: "Interventional radiology and cardiovascular",
  coding: "Coding",
  cdi: "Clinical documentation integrity",
  privacy_security: "Privacy and security",
  informatics: "Informatics and data",
  registry: "Cancer registry",
  leadership: "Leadership",
  reimbursement: "Reimbursement",
};

export const ceuSourceLabels = {
  ahima: "AHIMA source (AHIMA, HCPro or a state association)",
  himss_approved: "HIMSS or HIMSS-approved provider",
  aapc: "AAPC-approved (index number)",
  other: "Other",
} as const;
