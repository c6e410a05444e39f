/**
 * The timing rules, checked without waiting: backoff, Retry-After, the share
 * of time each attempt gets, and when retrying stops.
 */
import { describe, expect, it } from '@jest/globals'
import {
  attemptTimeoutMs,
  backoffMs,
  MIN_ATTEMPT_MS,
  parseRetryAfter,
  planWait,
  seconds
} from '../src/retry.js'

describe('backoffMs', () => {
  it.each([
    // retry, random, wait: half the ceiling plus a random part of the rest
    [1, 0, 500],
    [1, 0.5, 750],
    [1, 0.999, 1000],
    [2, 0, 1000],
    [2, 0.999, 1999],
    [3, 0, 2000],
    [4, 0, 4000],
    [4, 0.5, 6000],
    [5, 0, 7500],
    [5, 0.999, 14993],
    [10, 0, 7500],
    [10, 0.999, 14993]
  ])('retry %i with random %d waits %i ms', (retry, random, wait) => {
    expect(backoffMs(retry, random)).toBe(wait)
  })

  it('never waits more than fifteen seconds, however many retries', () => {
    for (let retry = 1; retry <= 30; retry++) {
      expect(backoffMs(retry, 0.999999)).toBeLessThanOrEqual(15_000)
    }
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-01T12:00:00Z')

  it.each([
    ['0', 0],
    ['1', 1000],
    ['30', 30_000],
    [' 7 ', 7000],
    ['120', 120_000],
    // A number alone is seconds, even one that looks like a year.
    ['2026', 2_026_000]
  ])('reads %j as seconds: %i ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms)
  })

  it.each([
    ['Sun, 01 Mar 2026 12:00:05 GMT', 5000],
    ['Sun, 01 Mar 2026 12:02:00 GMT', 120_000],
    // An HTTP date in the past means: now.
    ['Sun, 01 Mar 2026 11:00:00 GMT', 0],
    // The obsolete RFC 850 form, still allowed by RFC 9110.
    ['Sunday, 01-Mar-26 12:00:10 GMT', 10_000]
  ])('reads the HTTP date %j as %i ms from now', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms)
  })

  it.each([
    [undefined],
    [''],
    ['soon'],
    ['-5'],
    ['1.5'],
    ['1e3'],
    ['0x10'],
    ['10 seconds'],
    ['9999999999']
  ])('ignores the unusable value %j', value => {
    expect(parseRetryAfter(value, now)).toBeUndefined()
  })
})

describe('attemptTimeoutMs', () => {
  it.each([
    // timeout, retries, remaining, attempt time
    [60_000, 0, 60_000, 60_000],
    [60_000, 1, 60_000, 30_000],
    [60_000, 2, 60_000, 20_000],
    [60_000, 3, 60_000, 20_000],
    [60_000, 10, 60_000, 20_000],
    [3000, 3, 3000, 1000],
    // Never less than MIN_ATTEMPT_MS, unless less is left.
    [1000, 3, 1000, 500],
    [1200, 3, 1200, 500],
    [1000, 3, 300, 300],
    // Never more than what is left.
    [60_000, 3, 12_345, 12_345],
    [60_000, 0, 700, 700],
    [60_000, 3, 0, 0],
    [60_000, 3, -50, 0]
  ])(
    'timeout %i ms, %i retries, %i ms left: %i ms',
    (timeout, retries, remaining, expected) => {
      expect(attemptTimeoutMs(timeout, retries, remaining)).toBe(expected)
    }
  )
})

describe('planWait', () => {
  it('waits the backoff when there is time', () => {
    expect(
      planWait({ retry: 1, retries: 3, remainingMs: 60_000, random: 0 })
    ).toEqual({ wait: 500, source: 'backoff' })
    expect(
      planWait({ retry: 3, retries: 3, remainingMs: 60_000, random: 0.5 })
    ).toEqual({ wait: 3000, source: 'backoff' })
  })

  it('stops after the last retry, saying how many attempts were made', () => {
    expect(
      planWait({ retry: 4, retries: 3, remainingMs: 60_000, random: 0 })
    ).toEqual({ stop: 'gave up after 4 attempts' })
  })

  it("says when 'retries' is 0", () => {
    expect(
      planWait({ retry: 1, retries: 0, remainingMs: 60_000, random: 0 })
    ).toEqual({ stop: "not retried ('retries' is 0)" })
  })

  it('honours Retry-After over the backoff, shorter or longer', () => {
    expect(
      planWait({
        retry: 1,
        retries: 3,
        retryAfterMs: 0,
        remainingMs: 60_000,
        random: 0.9
      })
    ).toEqual({ wait: 0, source: 'Retry-After' })
    expect(
      planWait({
        retry: 1,
        retries: 3,
        retryAfterMs: 20_000,
        remainingMs: 60_000,
        random: 0
      })
    ).toEqual({ wait: 20_000, source: 'Retry-After' })
  })

  it('stops at once when Retry-After asks for more than is left', () => {
    expect(
      planWait({
        retry: 1,
        retries: 3,
        retryAfterMs: 120_000,
        remainingMs: 59_000,
        random: 0
      })
    ).toEqual({
      stop:
        'the service asked to wait 120.0 s (Retry-After), but only 59.0 s ' +
        "of 'timeout' is left"
    })
  })

  it('stops when Retry-After leaves too little for the attempt itself', () => {
    const remainingMs = 10_000
    const fits = planWait({
      retry: 1,
      retries: 3,
      retryAfterMs: remainingMs - MIN_ATTEMPT_MS,
      remainingMs,
      random: 0
    })
    const tooLong = planWait({
      retry: 1,
      retries: 3,
      retryAfterMs: remainingMs - MIN_ATTEMPT_MS + 1,
      remainingMs,
      random: 0
    })

    expect(fits).toEqual({ wait: 9500, source: 'Retry-After' })
    expect(tooLong).toEqual({
      stop:
        'the service asked to wait 9.5 s (Retry-After), but only 10.0 s of ' +
        "'timeout' is left"
    })
  })

  it('stops when the backoff would leave too little for an attempt', () => {
    // retry 2 with random 0 waits 1000 ms.
    expect(
      planWait({
        retry: 2,
        retries: 3,
        remainingMs: 1000 + MIN_ATTEMPT_MS,
        random: 0
      })
    ).toEqual({ wait: 1000, source: 'backoff' })
    expect(
      planWait({
        retry: 2,
        retries: 3,
        remainingMs: 1000 + MIN_ATTEMPT_MS - 1,
        random: 0
      })
    ).toEqual({
      stop:
        "the time ran out: 1.5 s of 'timeout' left, too little for another " +
        'attempt'
    })
  })

  it('never plans a wait that reaches the deadline', () => {
    for (let remainingMs = -1000; remainingMs <= 20_000; remainingMs += 97) {
      for (const random of [0, 0.3, 0.999]) {
        for (const retryAfterMs of [undefined, 0, 800, 5000, 19_000]) {
          const plan = planWait({
            retry: 2,
            retries: 5,
            retryAfterMs,
            remainingMs,
            random
          })
          if ('wait' in plan) {
            expect(plan.wait + MIN_ATTEMPT_MS).toBeLessThanOrEqual(remainingMs)
          }
        }
      }
    }
  })

  it('shows no negative time left', () => {
    expect(
      planWait({ retry: 1, retries: 3, remainingMs: -20, random: 0 })
    ).toEqual({
      stop:
        "the time ran out: 0.0 s of 'timeout' left, too little for another " +
        'attempt'
    })
  })
})

describe('seconds', () => {
  it.each([
    [0, '0.0 s'],
    [500, '0.5 s'],
    [1000, '1.0 s'],
    [14_993, '15.0 s']
  ])('%i ms reads %j', (ms, text) => {
    expect(seconds(ms)).toBe(text)
  })
})
