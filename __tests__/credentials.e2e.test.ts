/**
 * Authentication through the bundled action: AK/SK signing that the fake
 * gateway verifies on its own, the variables huaweicloud/auth-action
 * exports, which source wins, and the region's endpoint.
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
  startFakeCodeArts,
  type FakeCodeArts
} from './support/fake-codearts.mjs'
import { runAction, visibleLog } from './support/run-action.js'

const OTHER_AK = 'OTHERAKEXAMPLE000002'
const OTHER_SK = 'otherSecretKeyExample000000000000000000SK'
const SECURITY_TOKEN = 'temporary-security-token-gQpjbi1ub3J0aC00'

let fake: FakeCodeArts

beforeAll(async () => {
  fake = await startFakeCodeArts({
    keys: { [ACCESS_KEY]: SECRET_KEY, [OTHER_AK]: OTHER_SK }
  })
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.requests.length = 0
})

const base = (): Record<string, string> => ({
  job_id: JOB_ID,
  notice_type: 'MAIL',
  events: 'failure',
  endpoint: fake.url,
  retries: '0'
})

const authEnv = {
  HUAWEI_CLOUD_ACCESS_KEY_ID: ACCESS_KEY,
  HUAWEI_CLOUD_SECRET_ACCESS_KEY: SECRET_KEY
}

function accessKeyOf(index = 0): string | undefined {
  const header = fake.requests[index]?.headers.authorization ?? ''
  return /Access=([^,]+)/.exec(header)?.[1]
}

describe('access key pair', () => {
  it('signs every header it sends, with project id and security token', async () => {
    const run = await runAction({
      ...base(),
      access_key: ACCESS_KEY,
      secret_key: SECRET_KEY,
      project_id: PROJECT_ID,
      security_token: SECURITY_TOKEN
    })

    expect(run.exitCode).toBe(0)
    const { headers } = fake.requests[0]
    expect(headers['x-security-token']).toBe(SECURITY_TOKEN)
    expect(headers['x-project-id']).toBe(PROJECT_ID)
    expect(headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/)
    const signed = /SignedHeaders=([^,]+)/.exec(
      headers.authorization ?? ''
    )?.[1]
    expect(signed?.split(';')).toEqual(
      expect.arrayContaining([
        'host',
        'x-sdk-date',
        'x-project-id',
        'x-security-token'
      ])
    )
    expect(visibleLog(run)).not.toContain(SECURITY_TOKEN)
  })

  it('is refused by the gateway with a wrong secret key, and not retried', async () => {
    const run = await runAction({
      ...base(),
      retries: '5',
      access_key: ACCESS_KEY,
      secret_key: OTHER_SK
    })

    expect(run.exitCode).toBe(1)
    expect(fake.requests).toHaveLength(1)
    expect(run.outputs).toMatchObject({
      http_status: '401',
      error_code: 'APIGW.0301'
    })
    expect(visibleLog(run)).toContain('the signature was refused')
    expect(visibleLog(run)).not.toContain(OTHER_SK)
  })

  it('falls back to the variables huaweicloud/auth-action exports', async () => {
    const run = await runAction(base(), {
      ...authEnv,
      HUAWEI_CLOUD_PROJECT_ID: PROJECT_ID
    })

    expect(run.exitCode).toBe(0)
    expect(accessKeyOf()).toBe(ACCESS_KEY)
    expect(fake.requests[0].headers['x-project-id']).toBe(PROJECT_ID)
    expect(run.stdout).toContain(`::add-mask::${SECRET_KEY}`)
    expect(run.stdout).toContain(`::add-mask::${ACCESS_KEY}`)
    expect(visibleLog(run)).not.toContain(SECRET_KEY)
  })

  it('prefers a key pair given as inputs over the environment', async () => {
    const run = await runAction(
      { ...base(), access_key: OTHER_AK, secret_key: OTHER_SK },
      authEnv
    )

    expect(run.exitCode).toBe(0)
    expect(accessKeyOf()).toBe(OTHER_AK)
  })

  it('prefers a token input over a key pair in the environment', async () => {
    const run = await runAction({ ...base(), token: TOKEN }, authEnv)

    expect(run.exitCode).toBe(0)
    expect(fake.requests[0].headers['x-auth-token']).toBe(TOKEN)
    expect(fake.requests[0].headers.authorization).toBeUndefined()
  })

  it('ignores variables that are set but empty', async () => {
    const run = await runAction(
      { ...base(), access_key: ACCESS_KEY, secret_key: SECRET_KEY },
      {
        HUAWEI_CLOUD_ACCESS_KEY_ID: '',
        HUAWEI_CLOUD_SECRET_ACCESS_KEY: '',
        HUAWEI_CLOUD_PROJECT_ID: '',
        HUAWEI_CLOUD_REGION: ''
      }
    )

    expect(run.exitCode).toBe(0)
    expect(fake.requests[0].headers['x-project-id']).toBeUndefined()
  })
})

describe('credential mistakes, before any request', () => {
  it.each<[string, Record<string, string>, Record<string, string>, string]>([
    [
      'token with access_key',
      { token: TOKEN, access_key: ACCESS_KEY, secret_key: SECRET_KEY },
      {},
      "Input 'token': cannot be combined with 'access_key'"
    ],
    [
      'access_key without secret_key',
      { access_key: ACCESS_KEY },
      {},
      "Input 'secret_key': is missing, but 'access_key' is given"
    ],
    [
      'secret_key without access_key',
      { secret_key: SECRET_KEY },
      {},
      "Input 'access_key': is missing, but 'secret_key' is given"
    ],
    [
      'an input half and an environment half',
      { access_key: ACCESS_KEY },
      { HUAWEI_CLOUD_SECRET_ACCESS_KEY: SECRET_KEY },
      "Input 'secret_key': is missing"
    ],
    [
      'half a pair in the environment',
      {},
      { HUAWEI_CLOUD_ACCESS_KEY_ID: ACCESS_KEY },
      "Environment variable 'HUAWEI_CLOUD_SECRET_ACCESS_KEY': is missing"
    ],
    ['no credentials at all', {}, {}, "set 'access_key' and 'secret_key'"]
  ])('%s', async (_name, extra, env, message) => {
    const run = await runAction({ ...base(), ...extra }, env)

    expect(run.exitCode).toBe(1)
    expect(fake.requests).toHaveLength(0)
    expect(visibleLog(run)).toContain(message)
    expect(visibleLog(run)).not.toContain(SECRET_KEY)
  })
})

describe('region and endpoint', () => {
  // A dry run without credentials shows the URL and sends nothing.
  const dryRun = (
    extra: Record<string, string>,
    env: Record<string, string> = {}
  ) =>
    runAction(
      {
        job_id: JOB_ID,
        notice_type: 'MAIL',
        events: 'all',
        dry_run: 'true',
        ...extra
      },
      env
    )

  it('uses cn-north-4 when no region is given', async () => {
    const run = await dryRun({})

    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      `POST https://cloudbuild-ext.cn-north-4.myhuaweicloud.com/v3/jobs/notice/${JOB_ID}/update`
    )
    expect(run.stdout).not.toContain('::warning::')
  })

  it('takes the region from HUAWEI_CLOUD_REGION', async () => {
    const run = await dryRun({}, { HUAWEI_CLOUD_REGION: 'ap-southeast-3' })

    expect(run.stdout).toContain(
      'https://cloudbuild-ext.ap-southeast-3.myhuaweicloud.com/'
    )
  })

  it('warns about a well-formed region it does not know', async () => {
    const run = await dryRun({ region: 'cn-north-12' })

    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      'https://cloudbuild-ext.cn-north-12.myhuaweicloud.com/'
    )
    expect(run.stdout).toMatch(/^::warning::Region 'cn-north-12' is not known/m)
  })

  it('lets endpoint win over region, but still checks the region', async () => {
    const good = await dryRun({
      region: 'la-south-2',
      endpoint: 'https://build.example.com/proxy/'
    })
    expect(good.stdout).toContain(
      `POST https://build.example.com/proxy/v3/jobs/notice/${JOB_ID}/update`
    )

    const bad = await dryRun({ region: 'North China', endpoint: fake.url })
    expect(bad.exitCode).toBe(1)
    expect(visibleLog(bad)).toContain(
      "Input 'region': 'North China' is not a region id"
    )
  })
})
