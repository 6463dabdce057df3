-- AlterTable
ALTER TABLE "User" ADD COLUMN     "ledgerVersion" BIGINT NOT NULL DEFAULT 1;

-- Hand-written below: triggers, so that every writer (the app's services, bulk SQL, cascades, a future code path)
-- bumps the person's ledgerVersion in the same transaction as the write. The compliance cache is keyed by it, and
-- each request reads it, so no process answers from data older than a write already acknowledged.
-- Statement-level with transition tables: a CSV import of 500 entries bumps the version once, not 500 times.

CREATE FUNCTION "him_bump_ledger_new"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "ledgerVersion" = "ledgerVersion" + 1 WHERE "id" IN (SELECT DISTINCT "userId" FROM new_rows);
  RETURN NULL;
END $$;

CREATE FUNCTION "him_bump_ledger_old"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "ledgerVersion" = "ledgerVersion" + 1 WHERE "id" IN (SELECT DISTINCT "userId" FROM old_rows);
  RETURN NULL;
END $$;

CREATE FUNCTION "him_bump_ledger_both"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "ledgerVersion" = "ledgerVersion" + 1
  WHERE "id" IN (SELECT "userId" FROM new_rows UNION SELECT "userId" FROM old_rows);
  RETURN NULL;
END $$;

CREATE TRIGGER "HeldCredential_ledger_insert" AFTER INSERT ON "HeldCredential"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_new"();
CREATE TRIGGER "HeldCredential_ledger_update" AFTER UPDATE ON "HeldCredential"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_both"();
CREATE TRIGGER "HeldCredential_ledger_delete" AFTER DELETE ON "HeldCredential"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_old"();

CREATE TRIGGER "CeuEntry_ledger_insert" AFTER INSERT ON "CeuEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_new"();
CREATE TRIGGER "CeuEntry_ledger_update" AFTER UPDATE ON "CeuEntry"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_both"();
CREATE TRIGGER "CeuEntry_ledger_delete" AFTER DELETE ON "CeuEntry"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_old"();

CREATE TRIGGER "BodyMembership_ledger_insert" AFTER INSERT ON "BodyMembership"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_new"();
CREATE TRIGGER "BodyMembership_ledger_update" AFTER UPDATE ON "BodyMembership"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_both"();
CREATE TRIGGER "BodyMembership_ledger_delete" AFTER DELETE ON "BodyMembership"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_old"();

CREATE TRIGGER "CustomCredential_ledger_insert" AFTER INSERT ON "CustomCredential"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_new"();
CREATE TRIGGER "CustomCredential_ledger_update" AFTER UPDATE ON "CustomCredential"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_both"();
CREATE TRIGGER "CustomCredential_ledger_delete" AFTER DELETE ON "CustomCredential"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "him_bump_ledger_old"();

-- The person's own setting that compliance reads.
CREATE FUNCTION "him_bump_ledger_self"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."ledgerVersion" := OLD."ledgerVersion" + 1;
  RETURN NEW;
END $$;

CREATE TRIGGER "User_ledger_settings" BEFORE UPDATE OF "dueSoonDays" ON "User"
  FOR EACH ROW WHEN (OLD."dueSoonDays" IS DISTINCT FROM NEW."dueSoonDays") EXECUTE FUNCTION "him_bump_ledger_self"();
