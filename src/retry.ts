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
 * The least time worth giving an attempt: a TLS handshake with a far region
 * alone can take half a second, so an attempt with less is bound to fail and
 * only hides the real reason behind a time-out. No call starts, and no retry
 * is planned, with less than this left before the deadline.
 */
export const MIN_ATTEMPT_MS = 500

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
 * of the whole timeout (a third at most, MIN_ATTEMPT_MS at least), so that
 * one hanging attempt leaves room for another; no attempt gets more than
 * what is left.
 */
export function attemptTimeoutMs(
  timeoutMs: number,
  retries: number,
  remainingMs: number
): number {
  const share = Math.max(
    MIN_ATTEMPT_MS,
    Math.ceil(timeoutMs / Math.min(retries + 1, 3))
  )
  return Math.max(0, Math.min(share, remainingMs))
}

export type WaitPlan =
  | { readonly wait: number; readonly source: 'backoff' | 'Retry-After' }
  | { readonly stop: string }

/**
 * Decides the wait before retry number `retry` (1 for the first), or why
 * there is none. A retry is planned only when the wait still leaves
 * MIN_ATTEMPT_MS for the attempt itself, so no wait ever reaches the deadline.
 */
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
    if (retryAfterMs + MIN_ATTEMPT_MS > remainingMs) {
      return {
        stop:
          `the service asked to wait ${seconds(retryAfterMs)} (Retry-After), ` +
          `but only ${seconds(Math.max(0, remainingMs))} of 'timeout' is left`
      }
    }
    return { wait: retryAfterMs, source: 'Retry-After' }
  }
  const wait = backoffMs(retry, options.random)
  if (wait + MIN_ATTEMPT_MS > remainingMs) {
    return {
      stop:
        `the time ran out: ${seconds(Math.max(0, remainingMs))} of ` +
        "'timeout' left, too little for another attempt"
    }
  }
  return { wait, source: 'backoff' }
}

/** A duration for people: one decimal, in seconds. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
