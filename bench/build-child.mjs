// Runs the `lesdia` bin (`lesdia build …`) in this process and reports its peak memory when it exits.
process.argv = [process.argv[0], 'lesdia', 'build', ...process.argv.slice(2)];
console.log = () => undefined;
console.error = () => undefined;
process.on('exit', () => process.stdout.write(`${JSON.stringify({ status: process.exitCode ?? 0, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`));
await import('../bin/lesdia.mjs');
