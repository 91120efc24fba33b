/** The server's idea of now: the real one, or a fixed day (`--today YYYY-MM-DD`) at the real time of day. */
export interface Clock {
  now(): Date;
  /** The current day, ISO (`YYYY-MM-DD`), in UTC. */
  today(): string;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The real clock, or, given a day, a clock that stays on that day (its hours still pass, so timestamps keep an order). */
export function clockOf(day?: string): Clock {
  if (day === undefined) {
    return { now: () => new Date(), today: () => new Date().toISOString().slice(0, 10) };
  }
  if (
    !isoDay.test(day) ||
    Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
  ) {
    throw new Error(`--today takes a day as YYYY-MM-DD (got "${day}")`);
  }
  return {
    now: () => new Date(`${day}T${new Date().toISOString().slice(11)}`),
    today: () => day,
  };
}
