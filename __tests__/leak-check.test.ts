/**
 * The secrets check that runAction applies to every run of the bundle in
 * the suite: it must find a secret wherever a user would see it, and it
 * must really be wired into runAction.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { assertNoLeaks, findLeaks, secretsGiven } from './support/leak-check.js'
import {
  JOB_ID,
  TOKEN,
  startFakeCodeArts,
  type FakeCodeArts
} from './support/fake-codearts.mjs'
import { runAction } from './support/run-action.js'

describe('secretsGiven', () => {
  it('takes the secret inputs and variables, whole and line by line', () => {
    const secrets = secretsGiven(
      {
        token: '  token-value-1234  ',
        param_config: '{\n  "secret": "SEC-value-5678"\n}',
        job_id: 'not-a-secret-at-all',
        access_key: 'short'
      },
      {
        HUAWEI_CLOUD_SECRET_ACCESS_KEY: 'env-secret-key-0000',
        PATH: '/usr/bin:/bin'
      }
    )

    expect(secrets).toEqual([
      { source: "input 'token'", value: 'token-value-1234' },
      {
        source: "input 'param_config'",
        value: '{\n  "secret": "SEC-value-5678"\n}'
      },
      { source: "input 'param_config'", value: '"secret": "SEC-value-5678"' },
      {
        source: 'environment variable HUAWEI_CLOUD_SECRET_ACCESS_KEY',
        value: 'env-secret-key-0000'
      }
    ])
  })
})

describe('findLeaks', () => {
  const secrets = secretsGiven(
    { token: 'token-value-1234', param_config: 'line 1\nline-two-secret' },
    {}
  )

  it('finds a whole secret, and one line of a multi-line one', () => {
    expect(findLeaks('Authorization: token-value-1234', secrets)).toEqual([
      "input 'token'"
    ])
    expect(findLeaks('webhook line-two-secret failed', secrets)).toEqual([
      "input 'param_config'"
    ])
  })

  it('finds nothing in clean text', () => {
    // Lines shorter than MIN_CHECKED_LENGTH are too common to count.
    expect(findLeaks('X-Auth-Token: *** at line 1', secrets)).toEqual([])
  })

  it('throws naming the source, never the value', () => {
    expect(() => assertNoLeaks('oops token-value-1234', secrets)).toThrow(
      "A secret shows in the action's visible output: the value of input 'token'."
    )
    let message = ''
    try {
      assertNoLeaks('oops token-value-1234', secrets)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).not.toContain('token-value-1234')
  })
})

describe('runAction', () => {
  let fake: FakeCodeArts

  beforeAll(async () => {
    fake = await startFakeCodeArts()
  })
  afterAll(() => fake.close())

  it('fails a run whose output shows a secret it was given', async () => {
    // A param_config equal to a line the action prints anyway: the runner
    // would mask it, but the action itself shows it, and the check says so.
    const shown = `Endpoint: ${fake.url}/`

    await expect(
      runAction({
        job_id: JOB_ID,
        notice_type: 'MAIL',
        events: 'failure',
        token: TOKEN,
        endpoint: fake.url,
        retries: '0',
        param_config: shown
      })
    ).rejects.toThrow("the value of input 'param_config'")
  })

  it('passes a run that shows none', async () => {
    const run = await runAction({
      job_id: JOB_ID,
      notice_type: 'MAIL',
      events: 'failure',
      token: TOKEN,
      endpoint: fake.url,
      retries: '0',
      param_config: '{"webhook":"https://hooks.example/secret-path-0042"}'
    })

    expect(run.exitCode).toBe(0)
  })
})
