// A one-line progress bar on stderr (the CLIs and the benchmarks) (redrawn in place on a terminal, a line per 10% otherwise),
// so a long load shows it is alive without cluttering the figures printed on stdout.
export function progressBar(label: string, total: number) {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return {
    update(done: number) {
      const frac = total ? Math.min(1, done / total) : 1;
      const secs = (performance.now() - started) / 1000;
      const rate = secs > 0 ? Math.round(done / secs) : 0;
      const width = 30;
      const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '.');
      const line = `${label} [${bar}] ${(frac * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${rate.toLocaleString('en-US')}/s`;
      if (tty) process.stderr.write(`\r${line}`);
      else if (Math.floor(frac * 10) > lastTenth) {
        lastTenth = Math.floor(frac * 10);
        process.stderr.write(`${line}\n`);
      }
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
