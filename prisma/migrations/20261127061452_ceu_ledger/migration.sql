-- CreateEnum
CREATE TYPE "CeuSource" AS ENUM ('ahima', 'himss_approved', 'aapc', 'other');

-- CreateTable
CREATE TABLE "HeldCredential" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "earnedOn" DATE NOT NULL,
    "certificateNumber" TEXT,
    "apprentice" BOOLEAN NOT NULL DEFAULT false,
    "cycleStart" DATE,
    "cycleEnd" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HeldCredential_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CeuEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "provider" TEXT,
    "ceus" DECIMAL(6,2) NOT NULL,
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "hiimDomain" BOOLEAN NOT NULL DEFAULT false,
    "source" "CeuSource" NOT NULL DEFAULT 'other',
    "indexNumber" TEXT,
    "externalBody" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "appliesTo" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CeuEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CeuCertificate" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CeuCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "HeldCredential_userId_credentialId_key" ON "HeldCredential"("userId", "credentialId");

-- CreateIndex
CREATE INDEX "CeuEntry_userId_date_idx" ON "CeuEntry"("userId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "CeuCertificate_entryId_key" ON "CeuCertificate"("entryId");

-- CreateIndex
CREATE INDEX "CeuCertificate_userId_idx" ON "CeuCertificate"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- AddForeignKey
ALTER TABLE "HeldCredential" ADD CONSTRAINT "HeldCredential_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HeldCredential" ADD CONSTRAINT "HeldCredential_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeuEntry" ADD CONSTRAINT "CeuEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeuCertificate" ADD CONSTRAINT "CeuCertificate_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "CeuEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeuCertificate" ADD CONSTRAINT "CeuCertificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: what the schema language cannot say.
ALTER TABLE "CeuEntry" ADD CONSTRAINT "CeuEntry_ceus_range" CHECK ("ceus" > 0 AND "ceus" <= 100);
ALTER TABLE "CeuEntry" ADD CONSTRAINT "CeuEntry_title_length" CHECK (char_length("title") BETWEEN 1 AND 200);
ALTER TABLE "CeuCertificate" ADD CONSTRAINT "CeuCertificate_size" CHECK ("size" > 0 AND "size" <= 10485760);
ALTER TABLE "HeldCredential" ADD CONSTRAINT "HeldCredential_cycle_order" CHECK ("cycleStart" IS NULL OR "cycleEnd" IS NULL OR "cycleStart" < "cycleEnd");
