-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('high_school', 'certificate', 'associate', 'bachelor', 'master');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('confirmed', 'secondary', 'assumption');

-- CreateEnum
CREATE TYPE "ExperienceKind" AS ENUM ('coding', 'cdi', 'privacy_security', 'registry', 'leadership', 'health_data', 'health_it', 'billing');

-- CreateEnum
CREATE TYPE "CredentialKind" AS ENUM ('certification', 'license');

-- CreateEnum
CREATE TYPE "FeeKind" AS ENUM ('exam', 'recertification', 'extension', 'late', 'reinstatement', 'maintenance');

-- CreateEnum
CREATE TYPE "FeeAudience" AS ENUM ('any', 'member', 'non_member');

-- CreateEnum
CREATE TYPE "RoutePurpose" AS ENUM ('qualify', 'remove_apprentice');

-- CreateEnum
CREATE TYPE "PayFigureKind" AS ENUM ('percentiles', 'range', 'average', 'median');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "currentRoleId" TEXT,
    "education" "EducationLevel",
    "yearsExperience" DECIMAL(4,1),
    "region" TEXT,
    "currentSalary" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "year" INTEGER,
    "url" TEXT,
    "note" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "track" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "onetSocCode" TEXT,
    "socIsProxy" BOOLEAN NOT NULL DEFAULT false,
    "experienceKinds" "ExperienceKind"[],
    "credentialsNote" TEXT,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleCredential" (
    "roleId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RoleCredential_pkey" PRIMARY KEY ("roleId","credentialId")
);

-- CreateTable
CREATE TABLE "Move" (
    "id" TEXT NOT NULL,
    "fromRoleId" TEXT NOT NULL,
    "toRoleId" TEXT NOT NULL,
    "yearsMin" DECIMAL(4,1) NOT NULL,
    "yearsMax" DECIMAL(4,1) NOT NULL,
    "note" TEXT,
    "confidence" "Confidence" NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "Move_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementRoute" (
    "id" TEXT NOT NULL,
    "moveId" TEXT,
    "credentialId" TEXT,
    "purpose" "RoutePurpose" NOT NULL DEFAULT 'qualify',
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "minEducation" "EducationLevel",
    "educationProgram" TEXT,
    "minYears" DECIMAL(4,1),
    "experienceKind" "ExperienceKind",
    "minKindYears" DECIMAL(4,1),
    "course" TEXT,
    "note" TEXT,
    "confidence" "Confidence" NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "RequirementRoute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementGroup" (
    "id" TEXT NOT NULL,
    "routeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RequirementGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementOption" (
    "groupId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,

    CONSTRAINT "RequirementOption_pkey" PRIMARY KEY ("groupId","credentialId")
);

-- CreateTable
CREATE TABLE "IssuingBody" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "IssuingBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Credential" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CredentialKind" NOT NULL DEFAULT 'certification',
    "bodyId" TEXT NOT NULL,
    "plannable" BOOLEAN NOT NULL DEFAULT true,
    "hasApprenticeStatus" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT,
    "examFormat" TEXT,
    "examFormatConfidence" "Confidence",
    "renewalCycleMonths" INTEGER,
    "ceuRequired" INTEGER,
    "confidence" "Confidence" NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "Credential_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuerRuleSet" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "effectiveFrom" DATE,
    "effectiveTo" DATE,
    "rules" JSONB NOT NULL,
    "note" TEXT,
    "confidence" "Confidence" NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "IssuerRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Fee" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "credentialId" TEXT,
    "kind" "FeeKind" NOT NULL,
    "audience" "FeeAudience" NOT NULL DEFAULT 'any',
    "label" TEXT NOT NULL,
    "amountUsd" DECIMAL(8,2) NOT NULL,
    "confidence" "Confidence" NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "Fee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayFigure" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "population" TEXT NOT NULL,
    "kind" "PayFigureKind" NOT NULL,
    "year" INTEGER,
    "p10" INTEGER,
    "p25" INTEGER,
    "median" INTEGER,
    "p75" INTEGER,
    "p90" INTEGER,
    "average" INTEGER,
    "low" INTEGER,
    "high" INTEGER,
    "highOpen" BOOLEAN NOT NULL DEFAULT false,
    "socCode" TEXT,
    "note" TEXT,
    "confidence" "Confidence" NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "PayFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RolePayFigure" (
    "roleId" TEXT NOT NULL,
    "payFigureId" TEXT NOT NULL,

    CONSTRAINT "RolePayFigure_pkey" PRIMARY KEY ("roleId","payFigureId")
);

-- CreateTable
CREATE TABLE "OccupationOutlook" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "socCode" TEXT NOT NULL,
    "occupation" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "growthPercent" DECIMAL(5,1) NOT NULL,
    "confidence" "Confidence" NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "OccupationOutlook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppMeta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppMeta_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_currentRoleId_idx" ON "User"("currentRoleId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Role_slug_key" ON "Role"("slug");

-- CreateIndex
CREATE INDEX "RoleCredential_credentialId_idx" ON "RoleCredential"("credentialId");

-- CreateIndex
CREATE INDEX "Move_toRoleId_idx" ON "Move"("toRoleId");

-- CreateIndex
CREATE UNIQUE INDEX "Move_fromRoleId_toRoleId_key" ON "Move"("fromRoleId", "toRoleId");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementRoute_moveId_position_key" ON "RequirementRoute"("moveId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementRoute_credentialId_position_key" ON "RequirementRoute"("credentialId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementGroup_routeId_position_key" ON "RequirementGroup"("routeId", "position");

-- CreateIndex
CREATE INDEX "RequirementOption_credentialId_idx" ON "RequirementOption"("credentialId");

-- CreateIndex
CREATE UNIQUE INDEX "IssuingBody_code_key" ON "IssuingBody"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Credential_code_key" ON "Credential"("code");

-- CreateIndex
CREATE UNIQUE INDEX "IssuerRuleSet_key_key" ON "IssuerRuleSet"("key");

-- CreateIndex
CREATE INDEX "IssuerRuleSet_bodyId_idx" ON "IssuerRuleSet"("bodyId");

-- CreateIndex
CREATE UNIQUE INDEX "Fee_key_key" ON "Fee"("key");

-- CreateIndex
CREATE INDEX "Fee_credentialId_idx" ON "Fee"("credentialId");

-- CreateIndex
CREATE INDEX "Fee_bodyId_idx" ON "Fee"("bodyId");

-- CreateIndex
CREATE UNIQUE INDEX "PayFigure_key_key" ON "PayFigure"("key");

-- CreateIndex
CREATE INDEX "RolePayFigure_payFigureId_idx" ON "RolePayFigure"("payFigureId");

-- CreateIndex
CREATE UNIQUE INDEX "OccupationOutlook_key_key" ON "OccupationOutlook"("key");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_currentRoleId_fkey" FOREIGN KEY ("currentRoleId") REFERENCES "Role"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleCredential" ADD CONSTRAINT "RoleCredential_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleCredential" ADD CONSTRAINT "RoleCredential_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Move" ADD CONSTRAINT "Move_fromRoleId_fkey" FOREIGN KEY ("fromRoleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Move" ADD CONSTRAINT "Move_toRoleId_fkey" FOREIGN KEY ("toRoleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Move" ADD CONSTRAINT "Move_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementRoute" ADD CONSTRAINT "RequirementRoute_moveId_fkey" FOREIGN KEY ("moveId") REFERENCES "Move"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementRoute" ADD CONSTRAINT "RequirementRoute_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementRoute" ADD CONSTRAINT "RequirementRoute_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementGroup" ADD CONSTRAINT "RequirementGroup_routeId_fkey" FOREIGN KEY ("routeId") REFERENCES "RequirementRoute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementOption" ADD CONSTRAINT "RequirementOption_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RequirementGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementOption" ADD CONSTRAINT "RequirementOption_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "IssuingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuerRuleSet" ADD CONSTRAINT "IssuerRuleSet_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "IssuingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuerRuleSet" ADD CONSTRAINT "IssuerRuleSet_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fee" ADD CONSTRAINT "Fee_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "IssuingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fee" ADD CONSTRAINT "Fee_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fee" ADD CONSTRAINT "Fee_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayFigure" ADD CONSTRAINT "PayFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RolePayFigure" ADD CONSTRAINT "RolePayFigure_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RolePayFigure" ADD CONSTRAINT "RolePayFigure_payFigureId_fkey" FOREIGN KEY ("payFigureId") REFERENCES "PayFigure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OccupationOutlook" ADD CONSTRAINT "OccupationOutlook_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express.
-- Emails are stored lower-cased, so the unique index makes them unique whatever the letter case.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));
ALTER TABLE "User" ADD CONSTRAINT "User_yearsExperience_range" CHECK ("yearsExperience" IS NULL OR ("yearsExperience" >= 0 AND "yearsExperience" <= 70));
ALTER TABLE "User" ADD CONSTRAINT "User_currentSalary_range" CHECK ("currentSalary" IS NULL OR ("currentSalary" >= 0 AND "currentSalary" <= 10000000));
-- A requirement route belongs to exactly one move or one credential.
ALTER TABLE "RequirementRoute" ADD CONSTRAINT "RequirementRoute_one_owner" CHECK (("moveId" IS NULL) <> ("credentialId" IS NULL));
ALTER TABLE "Move" ADD CONSTRAINT "Move_not_a_loop" CHECK ("fromRoleId" <> "toRoleId");
ALTER TABLE "Move" ADD CONSTRAINT "Move_years_ordered" CHECK ("yearsMin" >= 0 AND "yearsMin" <= "yearsMax");
-- Percentiles, where present, never decrease.
ALTER TABLE "PayFigure" ADD CONSTRAINT "PayFigure_percentiles_ordered" CHECK (
  COALESCE("p10", "p25", "median", "p75", "p90") IS NULL OR (
    COALESCE("p10" <= "p25", true) AND COALESCE("p25" <= "median", true) AND
    COALESCE("median" <= "p75", true) AND COALESCE("p75" <= "p90", true)
  )
);
ALTER TABLE "PayFigure" ADD CONSTRAINT "PayFigure_range_ordered" CHECK ("low" IS NULL OR "high" IS NULL OR "low" <= "high");
