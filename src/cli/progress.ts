/**
 * A one-line progress counter on a terminal's stderr; silent when stderr is
 * not a TTY (pipes, CI) or output is JSON.
 */
export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function progress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY) return { tick() {}, done() {} };
  let n = 0;
  let last = 0;
  const started = Date.now();
  return {
    tick(label) {
      n++;
      const now = Date.now();
      if (now - last < 80) return; // redraw at most ~12 times a second
      last = now;
      const rate = (n / Math.max(0.001, (now - started) / 1000)).toFixed(0);
      const width = Math.max(10, (stream.columns ?? 80) - 30);
      const tail = label.length > width ? `…${label.slice(-width + 1)}` : label;
      stream.write(`\r\x1b[K${n} docs · ${rate}/s · ${tail}`);
    },
    done() {
      if (n > 0) stream.write('\r\x1b[K');
    },
  };
}
