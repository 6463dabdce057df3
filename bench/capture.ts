// Certificate capture benchmark: generates the corpus (text PDFs, and PNG/JPEG copies through pdftoppm, some turned
// or faint), reads every file as an upload would be read, and prints per-field accuracy and time per file. Prints
// figures; asserts nothing. Run: npm run bench:capture [-- --pdf-only] [-- --count=45]
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { closeOcr } from "@/lib/capture/ocr";
import { readCertificate } from "@/lib/capture/read-certificate";
import { generateCorpus } from "@/tests/fixtures/certificates/generate";
import { emptyTally, scoredFields, tally, type Tally } from "@/tests/fixtures/certificates/score";

const args = process.argv.slice(2);
const pdfOnly = args.includes("--pdf-only");
const count = Number(args.find((a) => a.startsWith("--count="))?.slice(8) ?? 45);
const verbose = args.includes("--verbose");

const pct = (r: { right: number; total: number }) => (r.total ? ((100 * r.right) / r.total).toFixed(1) : "-");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function measure(label: string, files: { file: string; truth: Parameters<typeof tally>[1] }[]) {
  const t: Tally = emptyTally();
  const times: number[] = [];
  let failed = 0;
  for (const { file, truth } of files) {
    const data = new Uint8Array(await readFile(file));
    const start = performance.now();
    const result = await readCertificate(data);
    times.push(performance.now() - start);
    if (!result.ok) {
      failed++;
      tally(t, truth, {});
      if (verbose) console.log(`  ${path.basename(file)}: failed: ${result.error}`);
      continue;
    }
    const wrong = tally(t, truth, result.fields);
    if (verbose && wrong.length)
      for (const f of wrong)
        console.log(`  ${path.basename(file)} ${f}: want`, truth[f], "got", result.fields[f]?.value);
  }
  const all = scoredFields.reduce((a, f) => ({ right: a.right + t[f].right, total: a.total + t[f].total }), {
    right: 0,
    total: 0,
  });
  console.log(`\n${label}: ${files.length} files, ${failed} unread`);
  console.log(`  fields right: ${pct(all)}% (${all.right}/${all.total})`);
  for (const f of scoredFields)
    console.log(`    ${f.padEnd(12)} ${pct(t[f]).padStart(5)}%  (${t[f].right}/${t[f].total})`);
  const [first = 0, ...warm] = times;
  const sorted = [...warm].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? 0;
  const mean = warm.reduce((a, b) => a + b, 0) / Math.max(1, warm.length);
  console.log(
    `  time per file: median ${median(warm).toFixed(0)} ms, mean ${mean.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms,` +
      ` max ${Math.max(0, ...warm).toFixed(0)} ms; the first file ${first.toFixed(0)} ms (loading the reader)`,
  );
}

const dir = await mkdtemp(path.join(tmpdir(), "capture-corpus-"));
try {
  const start = performance.now();
  const corpus = await generateCorpus(dir, { count, images: !pdfOnly });
  console.log(
    `corpus: ${corpus.length} certificates in ${new Set(corpus.map((c) => c.spec.layout)).size} layouts, ` +
      `generated in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  await measure(
    "text PDFs",
    corpus.map((c) => ({ file: c.pdf, truth: c.spec.truth })),
  );
  if (!pdfOnly) {
    await measure(
      "PNG images (200 dpi)",
      corpus.map((c) => ({ file: c.png!, truth: c.spec.truth })),
    );
    await measure(
      "JPEG images (150 dpi, quality 70)",
      corpus.map((c) => ({ file: c.jpg!, truth: c.spec.truth })),
    );
  }
} finally {
  await closeOcr();
  await rm(dir, { recursive: true, force: true });
}
