// Runs the built CLI in this process, then reports its peak memory (including worker threads),
// the CPU time of all its threads and the lines written on stderr, for the benchmark.
import { main } from '../../dist/cli/main.js';

let lines = 0;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  lines += String(chunk).split('\n').length - 1;
  return write(chunk, ...rest);
};
const code = await main(process.argv.slice(2));
process.stderr.write(
  JSON.stringify({
    maxRSS: process.resourceUsage().maxRSS,
    cpuMicros: process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime,
    lines,
  }) + '\n',
);
process.exitCode = code;
