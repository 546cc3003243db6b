// A one-line progress bar on stderr for folders of articles (plain lines when not a terminal).
export function progressBar(total: number, label = 'articles', stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  const tty = Boolean(stream.isTTY);
  let lastPct = -1;
  return {
    tick(done: number) {
      const pct = Math.floor((done / total) * 100);
      const rate = done / ((performance.now() - started) / 1000 || 1e-9);
      if (tty) {
        const width = 30;
        const filled = Math.round((done / total) * width);
        stream.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label} ${pct}% ${rate.toFixed(1)}/s`,
        );
        if (done === total) stream.write('\n');
      } else if (pct >= lastPct + 10 || done === total) {
        lastPct = pct - (pct % 10);
        stream.write(`${done}/${total} ${label} (${pct}%)\n`);
      }
    },
  };
}
