// Driven by benchmarks/Sitrep.Benchmarks/Text/NodePeerBenchmarks.cs: reads one text file, then answers each line on
// stdin ("chrono" or "compromise") by parsing the whole text once with that library and writing the number of things
// found. Keeping one process alive keeps Node's start-up and JIT warm-up out of the measured time.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import * as chrono from 'chrono-node';
import nlp from 'compromise';

const [, , path, published] = process.argv;
const text = readFileSync(path, 'utf8');
const reference = new Date(published ?? '2012-06-14T12:00:00Z');

const jobs = {
  chrono: () => chrono.parse(text, reference).length,
  compromise: () => nlp(text).numbers().json().length,
};

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const job = jobs[line.trim()];
  if (!job) {
    process.stdout.write(`error unknown job ${line}\n`);
    return;
  }

  try {
    process.stdout.write(`${job()}\n`);
  } catch (error) {
    process.stdout.write(`error ${error.message.replace(/\n/g, ' ')}\n`);
  }
});
process.stdout.write('ready\n');
