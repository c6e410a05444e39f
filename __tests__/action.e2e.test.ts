/**
 * The bundled action, run as the runner runs it, against the local fake
 * CodeArts Build service.
 */
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import {
  ACCESS_KEY,
  JOB_ID,
  PROJECT_ID,
  SECRET_KEY,
  TOKEN,
  startFakeCodeArts
} from './support/fake-codearts.mjs'
import { runAction, visibleLog } from './support/run-action.js'

type Fake = Awaited<ReturnType<typeof startFakeCodeArts>>
let fake: Fake

beforeAll(async () => {
  fake = await startFakeCodeArts()
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.requests.length = 0
})

const PARAM_CONFIG =
  '{"webhook":"https://oapi.dingtalk.com/robot/send?access_token=dd-secret-123","secret":"SECabc"}'

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    job_id: JOB_ID,
    notice_type: 'dingtalk',
    events: 'failure',
    token: TOKEN,
    endpoint: fake.url,
    retries: '0',
    ...extra
  }
}

describe('a successful update', () => {
  it('sends the documented request and sets every output', async () => {
    const run = await runAction(inputs({ param_config: PARAM_CONFIG }))

    expect(run.exitCode).toBe(0)
    expect(fake.requests).toHaveLength(1)
    const [request] = fake.requests
    expect(request.method).toBe('POST')
    expect(request.path).toBe(`/v3/jobs/notice/${JOB_ID}/update`)
    expect(request.headers['x-auth-token']).toBe(TOKEN)
    expect(request.headers['content-type']).toMatch(/^application\/json/)
    expect(request.headers['user-agent']).toMatch(/^codearts-notice-action\/\d/)
    expect(JSON.parse(request.body)).toEqual({
      notice_type: 'DING_TALK',
      enabled_event_type_names: ['buildJobFail'],
      param_config: PARAM_CONFIG
    })
    expect(fake.notices(JOB_ID).DING_TALK.enable_map).toEqual({
      buildJobSuccess: false,
      buildJobFail: true,
      deleteJob: false,
      updateConfigJob: false,
      forbiddenJob: false
    })

    expect(run.outputs).toMatchObject({
      status: 'success',
      job_id: JOB_ID,
      result: JSON.stringify({ job_id: JOB_ID }),
      http_status: '200',
      error_code: '',
      error_msg: '',
      events: 'buildJobFail'
    })
    expect(run.outputs.request_id).toMatch(/^[0-9a-f]{32}$/)
    expect(run.summary).toContain(JOB_ID)
    expect(run.summary).toMatch(/Build failed \(`buildJobFail`\) \| on/)
    expect(run.summary).toMatch(/Build succeeded \(`buildJobSuccess`\) \| off/)
    expect(run.summary).toContain(run.outputs.request_id)
  })

  it('leaves param_config out of the body when it is empty', async () => {
    const run = await runAction(inputs({ events: 'all', notice_type: 'MAIL' }))

    expect(run.exitCode).toBe(0)
    expect(JSON.parse(fake.requests[0].body)).toEqual({
      notice_type: 'MAIL',
      enabled_event_type_names: [
        'buildJobSuccess',
        'buildJobFail',
        'deleteJob',
        'updateConfigJob',
        'forbiddenJob'
      ]
    })
  })

  it('signs with an access key pair that the service accepts', async () => {
    const run = await runAction(
      inputs({
        token: '',
        access_key: ACCESS_KEY,
        secret_key: SECRET_KEY,
        project_id: PROJECT_ID
      })
    )

    expect(run.exitCode).toBe(0)
    const { headers } = fake.requests[0]
    expect(headers.authorization).toMatch(
      /^SDK-HMAC-SHA256 Access=FAKEAKEXAMPLE0000001, SignedHeaders=[a-z;-]+, Signature=[0-9a-f]{64}$/
    )
    expect(headers['x-project-id']).toBe(PROJECT_ID)
    expect(headers['x-auth-token']).toBeUndefined()
  })
})

describe('a failed update', () => {
  it('fails on HTTP 200 with an error_code and names everything', async () => {
    fake.script({
      status: 200,
      body: { error_code: 'CB.00060200', error_msg: 'Invalid parameter' }
    })
    const run = await runAction(inputs())

    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      status: 'fail',
      http_status: '200',
      error_code: 'CB.00060200',
      error_msg: 'Invalid parameter'
    })
    const log = visibleLog(run)
    expect(log).toContain(
      '::error::Could not update the DING_TALK notice of job'
    )
    expect(log).toContain(`${fake.url}/v3/jobs/notice/${JOB_ID}/update`)
    expect(log).toContain(run.outputs.request_id)
    expect(log).toContain('check `notice_type`, `events` and')
  })

  it('fails on HTTP 200 with status fail, taking error_msg from error', async () => {
    fake.script({
      status: 200,
      body: { result: null, error: 'notice config locked', status: 'fail' }
    })
    const run = await runAction(inputs())

    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    expect(run.outputs.error_msg).toBe('notice config locked')
  })

  it('points at job_id when the build task does not exist', async () => {
    const run = await runAction(inputs({ job_id: 'f'.repeat(32) }))

    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      status: 'fail',
      http_status: '422',
      error_code: 'DEVCB.00031006'
    })
    expect(visibleLog(run)).toContain('check `job_id`')
  })

  it('explains an expired token and suggests a key pair', async () => {
    const run = await runAction(
      inputs({ token: 'expired-token', retries: '3' })
    )

    expect(run.exitCode).toBe(1)
    expect(fake.requests).toHaveLength(1)
    expect(run.outputs.error_code).toBe('APIGW.0307')
    expect(visibleLog(run)).toContain('IAM tokens last 24 hours')
  })

  it('reports an HTML error page with its status and an excerpt', async () => {
    fake.script({
      status: 502,
      body: '<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>'
    })
    const run = await runAction(inputs())

    expect(run.exitCode).toBe(1)
    expect(run.outputs.http_status).toBe('502')
    expect(visibleLog(run)).toContain(
      'not JSON (HTTP 502): "502 Bad Gateway nginx"'
    )
  })

  it('does not follow a redirect and names its Location', async () => {
    fake.script({
      status: 302,
      headers: { Location: 'https://elsewhere.example.com/steal' }
    })
    const run = await runAction(inputs())

    expect(run.exitCode).toBe(1)
    expect(fake.requests).toHaveLength(1)
    expect(visibleLog(run)).toContain('https://elsewhere.example.com/steal')
    expect(run.outputs.http_status).toBe('302')
  })

  it('passes with a warning when fail_on_error is false', async () => {
    fake.script({
      status: 403,
      body: { error_code: 'APIGW.0306', error_msg: 'Access denied' }
    })
    const run = await runAction(inputs({ fail_on_error: 'false' }))

    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      status: 'fail',
      error_code: 'APIGW.0306'
    })
    expect(visibleLog(run)).toMatch(/^::warning::Could not update/m)
  })
})

describe('input mistakes', () => {
  it.each([
    [{ job_id: 'abc' }, "Input 'job_id'"],
    [
      { notice_type: 'SMS' },
      "Input 'notice_type': 'SMS' is not known; expected one of MESSAGE, MAIL"
    ],
    [{ events: '' }, "Input 'events': is empty"],
    [
      { events: 'success, exploded' },
      "Input 'events': 'exploded' is not an event"
    ],
    [{ token: '' }, 'no credentials were given'],
    [
      { timeout: '0' },
      "Input 'timeout': '0' is not a whole number from 1 to 3600"
    ]
  ])('%j fails before any request', async (extra, message) => {
    const run = await runAction(inputs(extra))

    expect(run.exitCode).toBe(1)
    expect(fake.requests).toHaveLength(0)
    expect(visibleLog(run)).toContain(message)
    expect(run.outputs.status).toBe('fail')
  })
})

describe('secrets', () => {
  it('never shows a secret, even with debug logging', async () => {
    fake.script({
      status: 400,
      body: { error_code: 'CB.00060200', error_msg: 'bad' }
    })
    const run = await runAction(
      inputs({ param_config: `line one secret-ish\n${PARAM_CONFIG}` }),
      { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }
    )

    const shown = [
      visibleLog(run),
      run.summary,
      JSON.stringify(run.outputs)
    ].join('\n')
    expect(run.stdout).toContain('::debug::')
    for (const secret of [
      TOKEN,
      PARAM_CONFIG,
      'dd-secret-123',
      'line one secret-ish'
    ]) {
      expect(shown).not.toContain(secret)
    }
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
  })
})
