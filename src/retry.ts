/**
 * When to try again and how long to wait: exponential backoff with jitter,
 * Retry-After, and a deadline no wait may cross. Pure, with the clock passed
 * in, so the timing can be tested without waiting.
 */

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  /** A number in [0, 1), for jitter. */
  random(): number
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: () => Math.random()
}

const FIRST_BACKOFF_MS = 1000
const MAX_BACKOFF_MS = 15_000

/**
 * The wait before retry number `retry` (1 for the first retry): doubling from
 * one second up to fifteen, of which a random half is taken off so that many
 * runners failing together do not come back together.
 */
export function backoffMs(retry: number, random: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (retry - 1))
  return Math.round(ceiling / 2 + (ceiling / 2) * random)
}

/** Retry-After as seconds or as an HTTP date; undefined when unusable. */
export function parseRetryAfter(
  value: string | undefined,
  now: number
): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  if (/^[0-9]{1,9}$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  if (Number.isNaN(date) || !/[a-z]/i.test(text)) return undefined
  return Math.max(0, date - now)
}

/**
 * How long one attempt may take. The first few attempts get an equal share
 * of the whole timeout, so that one hanging attempt leaves room for another;
 * no attempt gets more than what is left.
 */
export function attemptTimeoutMs(
  timeoutMs: number,
  retries: number,
  remainingMs: number
): number {
  const share = Math.ceil(timeoutMs / Math.min(retries + 1, 3))
  return Math.max(0, Math.min(share, remainingMs))
}

export type WaitPlan =
  | { readonly wait: number; readonly source: 'backoff' | 'Retry-After' }
  | { readonly stop: string }

/** Decides the wait before the next attempt, or why there is none. */
export function planWait(options: {
  retry: number
  retries: number
  retryAfterMs?: number
  remainingMs: number
  random: number
}): WaitPlan {
  const { retry, retries, retryAfterMs, remainingMs } = options
  if (retry > retries) {
    return {
      stop:
        retries === 0
          ? "not retried ('retries' is 0)"
          : `gave up after ${retries + 1} attempts`
    }
  }
  if (retryAfterMs !== undefined) {
    if (retryAfterMs >= remainingMs) {
      return {
        stop:
          `the service asked to wait ${seconds(retryAfterMs)} (Retry-After), ` +
          `more than the ${seconds(remainingMs)} left of 'timeout'`
      }
    }
    return { wait: retryAfterMs, source: 'Retry-After' }
  }
  const wait = backoffMs(retry, options.random)
  if (wait >= remainingMs) {
    return {
      stop: `no time left for another attempt within 'timeout' (${seconds(remainingMs)} left)`
    }
  }
  return { wait, source: 'backoff' }
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
