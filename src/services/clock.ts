/** The clock lives at the edge: services take one, tests pass a fixed one. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
export const fixedClock =
  (iso: string): Clock =>
  () =>
    new Date(iso);
