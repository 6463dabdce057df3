import pg from "pg";
import { hashPassword } from "@/lib/auth/password";

// Bulk seeding straight into the tables the migrations made: 1,000 users × 200 CEU entries through the API would
// take longer than the benchmark itself (and measure sign-up, not reading). A few INSERT … SELECT statements over
// generate_series write the 200,000 rows in seconds. Column names follow prisma/migrations.

export const BENCH_PASSWORD = "bench password, long enough";
export const benchEmail = (i: number) => `bench-${String(i).padStart(4, "0")}@example.org`;

// Who the seeded people are: a role and the credentials they hold (1–3, from one or two bodies), so the
// compliance engine pools, applies topic minimums (CPMA auditing, CPCO compliance) and runs several bodies' rules.
const PROFILES = [
  { role: "outpatient-coder", education: "certificate", credentials: ["CPC"] },
  { role: "coding-auditor", education: "associate", credentials: ["CPC", "CPMA"] },
  { role: "inpatient-coder", education: "associate", credentials: ["RHIT", "CCS"] },
  { role: "compliance-specialist", education: "bachelor", credentials: ["CPC", "CPMA", "CPCO"] },
  { role: "cdi-specialist", education: "bachelor", credentials: ["RHIA", "CCDS"] },
  { role: "coding-supervisor", education: "bachelor", credentials: ["RHIT", "CCS", "CPC"] },
];

export type SeedSize = { users: number; entriesPerUser: number };

export type SeedCounts = { users: number; heldCredentials: number; entries: number };

export async function seedUsers(databaseUrl: string, size: SeedSize): Promise<SeedCounts> {
  // One hash for everyone: argon2id is deliberately slow (tens of ms), and every user signs in with the same password.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Fixed seed: every run writes the same dates, amounts and topics.
    await client.query("SELECT setseed(0.42)");
    // Numbered users with their ids decided up front, so credentials and entries can refer to them by number.
    await client.query(
      `CREATE TEMP TABLE bench_user ON COMMIT DROP AS
         SELECT i, gen_random_uuid()::text AS id, (p.value)->>'role' AS role, (p.value)->>'education' AS education,
                ARRAY(SELECT jsonb_array_elements_text((p.value)->'credentials')) AS credentials
         FROM generate_series(1, $1::int) AS i
         JOIN jsonb_array_elements($2::jsonb) WITH ORDINALITY AS p(value, n) ON p.n = 1 + i % $3::int`,
      [size.users, JSON.stringify(PROFILES), PROFILES.length],
    );
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "currentRoleId", "education", "yearsExperience",
                           "region", "currentSalary", "dueSoonDays", "updatedAt")
       SELECT u.id, format('bench-%s@example.org', lpad(u.i::text, 4, '0')), format('Bench User %s', u.i), $1, r.id,
              u.education::"EducationLevel", 2 + u.i % 15,
              (ARRAY['Midwest', 'Northeast', 'South', 'West'])[1 + u.i % 4],
              42000 + (u.i % 40) * 1000, 60 + u.i % 60, now()
       FROM bench_user u JOIN "Role" r ON r.slug = u.role`,
      [passwordHash],
    );
    // Earned two to seven years ago, so most people have a finished cycle and a current one to judge.
    await client.query(
      `INSERT INTO "HeldCredential" ("id", "userId", "credentialId", "earnedOn", "certificateNumber", "updatedAt")
       SELECT gen_random_uuid()::text, u.id, c.id, current_date - (730 + (u.i * 37) % 1826),
              format('B%s-%s', u.i, c.code), now()
       FROM bench_user u JOIN "Credential" c ON c.code = ANY (u.credentials)`,
    );
    // Entries over the last four years: 0.5–3 CEUs in quarter steps, topics that the topic minimums look for,
    // every source (HIMSS quotas) and some activities of other bodies (ACDIS caps).
    await client.query(
      `INSERT INTO "CeuEntry" ("id", "userId", "date", "title", "provider", "ceus", "topics", "hiimDomain", "source",
                               "indexNumber", "externalBody", "updatedAt")
       SELECT gen_random_uuid()::text, u.id, current_date - (random() * 1460)::int, format('Webinar %s', n),
              (ARRAY['AAPC', 'AHIMA', 'ACDIS', 'Local chapter'])[1 + n % 4],
              round((0.5 + random() * 2.5)::numeric * 4) / 4,
              CASE n % 6 WHEN 0 THEN ARRAY['auditing'] WHEN 1 THEN ARRAY['compliance', 'ethics']
                         WHEN 2 THEN ARRAY['coding'] WHEN 3 THEN ARRAY['documentation']
                         WHEN 4 THEN ARRAY['privacy_security'] ELSE ARRAY[]::text[] END,
              n % 3 <> 0,
              (ARRAY['aapc', 'ahima', 'other', 'himss_approved'])[1 + n % 4]::"CeuSource",
              CASE WHEN n % 4 = 0 THEN format('IDX%s', 100000 + n) END,
              n % 10 = 0, now()
       FROM bench_user u CROSS JOIN generate_series(1, $1::int) AS n`,
      [size.entriesPerUser],
    );
    await client.query("COMMIT");
    // Fresh statistics, so the planner sees 200,000 rows rather than an empty table.
    await client.query(`ANALYZE "User", "HeldCredential", "CeuEntry"`);
    // A role slug or credential code that no longer exists would silently drop rows from the joins above.
    const { rows } = await client.query<SeedCounts>(
      `SELECT (SELECT count(*) FROM "User")::int AS users,
              (SELECT count(*) FROM "HeldCredential")::int AS "heldCredentials",
              (SELECT count(*) FROM "CeuEntry")::int AS entries`,
    );
    const counts = rows[0]!;
    if (counts.users !== size.users || counts.entries !== size.users * size.entriesPerUser) {
      throw new Error(
        `seeding wrote ${JSON.stringify(counts)}, expected ${size.users} users × ${size.entriesPerUser} entries`,
      );
    }
    return counts;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
