// The wording certificates use around each field, as patterns over one line (cells separated by tabs). Pure.

/** A number that must hold a digit (so a label followed by a word is not read as an identifier). */
const ID = "(?=[A-Z0-9-]*\\d)([A-Z0-9][A-Z0-9-]{2,19})\\b";

export const labels = {
  date: new RegExp(
    "\\b(date of completion|completion date|completed on|date completed|date of (?:the )?(?:event|activity|" +
      "program|webinar|meeting)|event date|program date|activity date|meeting date|session date|awarded on|" +
      "dates?|completed|held on|attended on|issued on|date earned)\\b",
    "i",
  ),
  ignoreDate: /\b(expir\w*|valid (?:through|until)|renew\w*|approval period|printed|generated|born)\b/i,
  title: new RegExp(
    "^\\s*(?:program title|program name|program|course title|course name|course|activity title|activity|" +
      "session title|webinar title|webinar|event name|event title|event|title|article|presentation)" +
      "\\s*(?:[:\\-–|\\t])\\s*([^\\t]{3,})",
    "i",
  ),
  titleLead: new RegExp(
    "\\b(?:for (?:successfully )?(?:completing|attending|participating in|(?:the )?completion of|attendance at)|" +
      "has (?:successfully )?(?:completed|attended|participated in)|successfully completed|attended|" +
      "participated in)\\b\\s*(?:the\\s+)?(?:(?:webinar|course|program|activity|quiz|session|presentation|" +
      "event|meeting|education program)\\b\\s*[:\\-]?\\s*)?([^\\t]*)$",
    "i",
  ),
  providerLabel: new RegExp(
    "^\\s*(?:provider|sponsor|sponsoring organi[sz]ation|organi[sz]ation|organizer|publisher|chapter|" +
      "education provider|course provider)\\s*[:\\-–|\\t]\\s*([^\\t]{3,})",
    "i",
  ),
  providerBy:
    /\b(?:presented|sponsored|offered|provided|issued|hosted|organi[sz]ed|published)\s+by\s*[:\-]?\s*([^\t]{3,})/i,
  providerCertifies: /^\s*([^\t]{3,}?)\s+(?:hereby\s+)?(?:certifies|is pleased to certify)\b/i,
  index: new RegExp(`\\b(?:AAPC\\s+)?index\\s*(?:number|no\\.?|#|num\\.?)?\\s*[:#]?\\s*${ID}`, "i"),
  approval: new RegExp(
    "\\b(AHIMA|ACDIS|HIMSS|NCRA)\\b[^\\t]*?\\b(?:approval|approved provider|provider|program|activity|course)" +
      `\\s*(?:number|no\\.?|#|ID|code)?\\s*[:#]?\\s*${ID}`,
    "gi",
  ),
  topics:
    /^\s*(?:topics?|categor(?:y|ies)|subject(?: areas?)?|content areas?|domains?|focus areas?)\s*[:\-–|\t]\s*([^\t]+)/i,
};

const NUM = "(\\d{1,3}(?:\\.\\d{1,2})?)";
const CEU = "(?:CEUs?|CEU\\(s\\)|continuing education units?|CE units?|credits?)";
const HOURS =
  "(?:contact hours?|CE hours?|clock hours?|continuing education hours?|hours? of (?:continuing )?education)";

export const amounts = {
  academic: new RegExp(`${NUM}\\s*academic (?:credits?|credit hours?)`, "i"),
  ceuAfter: new RegExp(`${NUM}\\s*(?:\\(\\w+\\)\\s*)?(?:[A-Z]{4,5}\\s+)?${CEU}`, "i"),
  ceuBefore: new RegExp(`${CEU}\\s*(?:awarded|earned|approved|granted)?\\s*(?:for|of)?\\s*[:\\-|]?\\s*${NUM}\\b`, "i"),
  hoursAfter: new RegExp(`${NUM}\\s*(?:\\(\\w+\\)\\s*)?${HOURS}`, "i"),
  hoursBefore: new RegExp(`${HOURS}\\s*(?:awarded|earned|approved)?\\s*[:\\-|]?\\s*${NUM}\\b`, "i"),
  total: /\btotal\b/i,
};

/** Words that mark a header line as an organisation's name. */
export const orgWords = new RegExp(
  "\\b(academy|association|institute|chapter|society|inc\\.?|llc|education|learning|college|university|" +
    "council|group|press|partners|network|solutions|healthcare)\\b",
  "i",
);

/** Lines of the certificate's own wording, never a title or a provider. */
export const boilerplate = new RegExp(
  "^\\s*(certificate|this (?:is to )?certif|presented to|awarded to|in recognition|congratulations|signature|" +
    "director|name\\b|participant|attendee|this (?:program|activity|webinar|course)|approved by|" +
    "has been approved|transcript|continuing education (?:quiz|transcript|record))",
  "i",
);
