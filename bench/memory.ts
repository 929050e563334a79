/** Samples resident memory while a benchmark runs, to show whether it stays flat as the corpus grows. */
export interface MemoryTrace {
  sample(progress: number): void;
  /** Peak RSS in MiB and RSS at each quarter of the run. */
  report(): { peakMiB: number; quartersMiB: number[] };
}

export function memoryTrace(): MemoryTrace {
  let peak = 0;
  const quarters: number[] = [];
  return {
    sample(progress) {
      const rss = process.memoryUsage().rss;
      peak = Math.max(peak, rss);
      const q = Math.floor(progress * 4);
      if (q >= 1 && quarters.length < q) quarters.push(rss);
    },
    report() {
      const mib = (b: number) => Math.round(b / 1024 / 1024);
      return { peakMiB: mib(peak), quartersMiB: quarters.map(mib) };
    },
  };
}
