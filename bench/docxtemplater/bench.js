"use strict";
// Runs docxtemplater on one workload that bench/LucBinh.Docs.Bench wrote to bench/out, and prints one JSON result.
//   node --expose-gc bench.js <outDir> <workloadId>
// Each operation is the whole of docxtemplater's documented use: PizZip(template bytes) → new Docxtemplater(zip,
// { paragraphLoop: true, linebreaks: true }) → render(data) → zip.generate({ type: "nodebuffer", compression: "DEFLATE" }).
// docxtemplater cannot render one compiled template twice, so the batch workload repeats the whole use per report.
const fs = require("fs");
const os = require("os");
const path = require("path");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const [outDir, workloadId, oursWarmupMs] = process.argv.slice(2);
if (!outDir || !workloadId) {
  console.error("usage: node --expose-gc bench.js <outDir> <workloadId>");
  process.exit(2);
}

const manifest = JSON.parse(fs.readFileSync(path.join(outDir, "manifest.json"), "utf8"));
const workload = manifest.workloads.find((w) => w.id === workloadId);
if (!workload) {
  console.error(`unknown workload ${workloadId}`);
  process.exit(2);
}

const loadAtStart = os.loadavg()[0];
const template = fs.readFileSync(path.join(outDir, workload.docxtemplaterTemplate));
const data = JSON.parse(fs.readFileSync(path.join(outDir, workload.data), "utf8"));
const options = { paragraphLoop: true, linebreaks: true };
const renderedParts = ["word/document.xml", "word/header1.xml", "word/footer1.xml"];

function render(content, values, compressionOptions) {
  const zip = new PizZip(content);
  const doc = new Docxtemplater(zip, options);
  doc.render(values);
  return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE", compressionOptions });
}

function collect() {
  if (global.gc) {
    global.gc();
    global.gc();
  }
}

// Warm-up lasts at least `warmup` iterations and at least 3 s, the same rule as the C# harness (Sampler.MinimumWarmup):
// V8's optimiser, like .NET's tiered JIT, keeps recompiling hot code for a while after the first calls. The headline
// measurement also warms up at least as long as ours did on the same workload (the C# side waits for its JIT to fall
// quiet; the third argument is how long that took).
const MINIMUM_WARMUP_NS = 3_000_000_000n;
const HEADLINE_WARMUP_NS = BigInt(Math.max(0, Number(oursWarmupMs ?? 0))) * 1_000_000n;

function measure(name, warmup, iterations, operation, minimumNs = MINIMUM_WARMUP_NS) {
  const warmupStart = process.hrtime.bigint();
  for (let i = 0; i < warmup || (iterations > 0 && process.hrtime.bigint() - warmupStart < minimumNs); i++) operation();
  const warmupMs = Number(process.hrtime.bigint() - warmupStart) / 1e6;
  collect();
  const samples = [];
  const cpu = [];
  for (let i = 0; i < iterations; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    operation();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { name, samplesMs: samples, cpuMs: cpu, warmupMs };
}

const batch = workload.mode === "batch";
const measurements = [];
let output;
if (batch) {
  measurements.push(measure("docxtemplater", workload.warmup, workload.iterations, () => {
    for (const record of data) render(template, record);
  }, HEADLINE_WARMUP_NS > MINIMUM_WARMUP_NS ? HEADLINE_WARMUP_NS : MINIMUM_WARMUP_NS));
} else {
  measurements.push(measure("docxtemplater", workload.warmup, workload.iterations, () => render(template, data),
    HEADLINE_WARMUP_NS > MINIMUM_WARMUP_NS ? HEADLINE_WARMUP_NS : MINIMUM_WARMUP_NS));
}
const peakRssBytes = process.resourceUsage().maxRSS * 1024;
output = render(template, batch ? data[0] : data);
fs.writeFileSync(path.join(outDir, `${workload.id}.docxtemplater.out.docx`), output);

// Sensitivity: the same with deflate level 1 (our engine writes with .NET's CompressionLevel.Fastest).
if (!batch) {
  measurements.push(measure("docxtemplater.deflate1", Math.min(workload.warmup, 2), Math.min(workload.iterations, 5),
    () => render(template, data, { level: 1 })));
}

// docxtemplater's own floor: load the template with PizZip, put the rendered parts in, generate.
const outZip = new PizZip(output);
const parts = renderedParts.filter((p) => outZip.file(p)).map((p) => [p, outZip.file(p).asText()]);
function rezip() {
  const zip = new PizZip(template);
  for (const [name, text] of parts) {
    zip.file(name).asText(); // read the template's part, as the engine does
    zip.file(name, text);
  }
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}
const count = batch ? data.length : 1;
measurements.push(measure("floor.pizzip", workload.warmup, workload.iterations, () => {
  for (let i = 0; i < count; i++) rezip();
}));

const documentXml = outZip.file("word/document.xml").asText();
process.stdout.write(JSON.stringify({
  engine: "docxtemplater",
  workload: workload.id,
  peakRssBytes,
  outputBytes: output.length,
  documentXmlChars: documentXml.length,
  loadAverage: [loadAtStart, os.loadavg()[0]],
  runtime: `node ${process.version}, docxtemplater ${require("docxtemplater/package.json").version}, pizzip ${require("pizzip/package.json").version}`,
  measurements,
}) + "\n");
