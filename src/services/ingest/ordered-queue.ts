/**
 * A bounded first-in, first-out queue of pending results between a producer
 * (reading sources, handing inputs to the prepare workers) and a consumer
 * (storing). Each entry is a function that gives its result when called,
 * once, by the consumer, in the order the entries came; the producer waits
 * while the queue holds `maxItems` entries or `maxWeight` (bytes), so memory
 * stays flat however long the input and however far the workers run ahead.
 */
export class OrderedQueue<T> {
  readonly #maxItems: number;
  readonly #maxWeight: number;
  readonly #entries: { readonly take: () => Promise<T>; readonly weight: number }[] = [];
  #weight = 0;
  #ended = false;
  #cancelled = false;
  #failure: { readonly error: unknown } | undefined;
  /** Wakes the consumer (an entry arrived, or the end) or the producer (room appeared). */
  #wakeConsumer: (() => void) | undefined;
  #wakeProducer: (() => void) | undefined;

  constructor(limits: { readonly maxItems: number; readonly maxWeight: number }) {
    this.#maxItems = limits.maxItems;
    this.#maxWeight = limits.maxWeight;
  }

  /**
   * Adds a pending result; resolves once there is room for the next one, with
   * false when the consumer has given up (stop producing). An entry heavier
   * than `maxWeight` still goes in, alone.
   */
  async push(take: () => Promise<T>, weight: number): Promise<boolean> {
    this.#entries.push({ take, weight });
    this.#weight += weight;
    this.#wake('consumer');
    while (this.#full() && !this.#cancelled) {
      await new Promise<void>((resolve) => (this.#wakeProducer = resolve));
    }
    return !this.#cancelled;
  }

  /** The consumer stops: a waiting producer is released and told to stop. */
  cancel(): void {
    this.#cancelled = true;
    this.#wake('producer');
  }

  /** No more entries; `error`, if given, is thrown to the consumer after the ones already queued. */
  end(error?: unknown): void {
    this.#ended = true;
    if (error !== undefined) this.#failure = { error };
    this.#wake('consumer');
  }

  /** The oldest result once it is ready, or `undefined` after the end. */
  async shift(): Promise<T | undefined> {
    for (;;) {
      const head = this.#entries.shift();
      if (head !== undefined) {
        this.#weight -= head.weight;
        this.#wake('producer');
        return head.take();
      }
      if (this.#ended) {
        if (this.#failure !== undefined) throw this.#failure.error;
        return undefined;
      }
      await new Promise<void>((resolve) => (this.#wakeConsumer = resolve));
    }
  }

  #full(): boolean {
    return (
      this.#entries.length >= this.#maxItems || (this.#weight > this.#maxWeight && this.#entries.length > 1)
    );
  }

  #wake(who: 'consumer' | 'producer'): void {
    const wake = who === 'consumer' ? this.#wakeConsumer : this.#wakeProducer;
    if (who === 'consumer') this.#wakeConsumer = undefined;
    else this.#wakeProducer = undefined;
    wake?.();
  }
}
