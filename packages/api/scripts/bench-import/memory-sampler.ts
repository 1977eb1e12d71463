/**
 * The peak resident set and heap of this process while a phase runs, sampled every 100 ms (the
 * sampler shares the event loop with the work, so a long synchronous stretch delays a sample).
 */
export interface MemoryPeak {
  peak_rss_mb: number;
  peak_heap_mb: number;
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function sampleMemory(intervalMs = 100): { stop: () => MemoryPeak } {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { peak_rss_mb: megabytes(rss), peak_heap_mb: megabytes(heap) };
    },
  };
}
