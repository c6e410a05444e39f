/**
 * Every input, in every malformed form tried so far, is refused with a
 * message that names it and the form it expects, before any request, and
 * without echoing a secret. The table is the record of what was tried: add
 * a row for each new way a workflow gets an input wrong.
 *
 * Each row runs twice: through readSettings (fast, exact), and through the
 * bundled action against the local fake service, with a proxy that forwards
 * nothing set for both http and https, so that a request escaping the
 * checks would show up (and still never leave the machine).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { InputError } from '../src/input-error.js'
import { readSettings } from '../src/settings.js'
import {
  startConnectProxy,
  type ConnectProxy
} from './support/connect-proxy.js'
import {
  startFakeCodeArts,
  type FakeCodeArts
} from './support/fake-codearts.mjs'
import { runAction, visibleLog } from './support/run-action.js'

const JOB_ID = '0123456789abcdef0123456789abcdef'
const TOKEN = 'bad-input-token-Zx81QmTq'
const ACCESS_KEY = 'BADINPUTAKEXAMPLE001'
const SECRET_KEY = 'badInputSecretKeyExample000000000000000SK'
const KEY_PAIR = { token: '', access_key: ACCESS_KEY, secret_key: SECRET_KEY }
const NO_CREDENTIALS = { token: '' }

/** One malformed value, and what the message must say about it. */
interface Row {
  /** The input (lower case) or environment variable (upper case) tried. */
  readonly input: string
  readonly value: string
  /** A part of the message after "Input 'name': ". */
  readonly says: string
  /** The input the message names, when not `input` itself. */
  readonly names?: string
  /** Other inputs the row needs, e.g. a key pair instead of the token. */
  readonly with?: Readonly<Record<string, string>>
}

const SECRETS = new Set([
  'token',
  'access_key',
  'secret_key',
  'security_token',
  'param_config',
  'HUAWEI_CLOUD_ACCESS_KEY_ID',
  'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
  'HUAWEI_CLOUD_SECURITY_TOKEN'
])

const BELL = '\x07'
const ESCAPE = '\x1b'
const notNumber = (range: string) => `is not a whole number from ${range}`
const notBoolean = 'is not a boolean; expected true or false'
const jobIdForm = 'expected the 32 characters [0-9a-z] at the end of the'
const credentialForm = 'contains spaces, control or non-ASCII characters'

const ROWS: readonly Row[] = [
  // job_id
  { input: 'job_id', value: '', says: `is empty; ${jobIdForm}` },
  { input: 'job_id', value: '   ', says: `is empty; ${jobIdForm}` },
  {
    input: 'job_id',
    value: JOB_ID.slice(1),
    says: `'${JOB_ID.slice(1)}' has 31 characters; ${jobIdForm}`
  },
  {
    input: 'job_id',
    value: `${JOB_ID}0`,
    says: `'${JOB_ID}0' has 33 characters; ${jobIdForm}`
  },
  {
    input: 'job_id',
    value: JOB_ID.toUpperCase(),
    says: 'has characters other than 0-9 and a-z'
  },
  {
    input: 'job_id',
    value: `${JOB_ID.slice(0, 16)} ${JOB_ID.slice(17)}`,
    says: 'has characters other than 0-9 and a-z'
  },
  {
    input: 'job_id',
    value: `${JOB_ID.slice(0, 16)}${BELL}${JOB_ID.slice(17)}`,
    says: `'0123456789abcdef\\u0007123456789abcdef' has characters other than`
  },
  { input: 'job_id', value: 'é'.repeat(32), says: 'has characters other' },
  {
    input: 'job_id',
    value: `https://devcloud.cn-north-4.huaweicloud.com/cloudbuild/job/${JOB_ID}`,
    says: 'has 91 characters'
  },
  { input: 'job_id', value: 'a'.repeat(5000), says: 'has 5000 characters' },
  { input: 'job_id', value: '42', says: "'42' has 2 characters" },

  // notice_type
  {
    input: 'notice_type',
    value: '',
    says: 'is empty; expected one of MESSAGE, MAIL, WECOM, DING_TALK, FEISHU'
  },
  { input: 'notice_type', value: '  ', says: 'is empty; expected one of' },
  { input: 'notice_type', value: 'SMS', says: "'SMS' is not known" },
  {
    input: 'notice_type',
    value: 'MAIL,WECOM',
    says: "'MAIL,WECOM' is not known"
  },
  { input: 'notice_type', value: 'MA IL', says: "'MA IL' is not known" },
  {
    input: 'notice_type',
    value: `MAIL${BELL}`,
    says: "'MAIL\\u0007' is not known"
  },
  { input: 'notice_type', value: '1', says: "'1' is not known" },
  {
    input: 'notice_type',
    value: 'x'.repeat(10_000),
    says: `'${'x'.repeat(60)}…' is not known`
  },

  // events
  { input: 'events', value: '', says: 'is empty; expected events' },
  { input: 'events', value: ' , ,', says: 'is empty; expected events' },
  { input: 'events', value: 'exploded', says: "'exploded' is not an event" },
  {
    input: 'events',
    value: 'success;failure',
    says: "'success;failure' is not an event"
  },
  { input: 'events', value: 'true', says: "'true' is not an event" },
  { input: 'events', value: '1', says: "'1' is not an event" },
  {
    input: 'events',
    value: `success${BELL}`,
    says: "'success\\u0007' is not an event"
  },
  {
    input: 'events',
    value: 'all, success',
    says: "'all' must stand alone, but 2 words were given"
  },
  {
    input: 'events',
    value: 'none failure',
    says: "'none' must stand alone, but 2 words were given"
  },
  {
    input: 'events',
    value: `${'success, '.repeat(5000)}exploded`,
    says: "'exploded' is not an event"
  },

  // param_config
  {
    input: 'param_config',
    value: `{"webhook":"https://hooks.example/${BELL}x"}`,
    says: 'contains control characters; expected text such as a JSON object'
  },
  {
    input: 'param_config',
    value: `{"secret":"SEC${ESCAPE}[31mred"}`,
    says: 'contains control characters'
  },
  {
    input: 'param_config',
    value: `{"k":"${'v'.repeat(70_000)}"}`,
    says: 'is 70008 characters long; at most 65536 are accepted'
  },

  // token
  { input: 'token', value: 'tok en-value-1234', says: credentialForm },
  { input: 'token', value: `token${BELL}value-1234`, says: credentialForm },
  { input: 'token', value: 'tökenvalue-1234', says: credentialForm },
  {
    input: 'token',
    value: 't'.repeat(16_385),
    says: 'is 16385 characters long; at most 16384 are expected'
  },
  {
    input: 'token',
    value: '',
    names: 'access_key',
    says:
      "no credentials were given; set 'access_key' and 'secret_key' " +
      "(or run huaweicloud/auth-action first), or 'token'"
  },
  {
    input: 'token',
    value: TOKEN,
    with: { access_key: ACCESS_KEY, secret_key: SECRET_KEY },
    says: "cannot be combined with 'access_key'"
  },
  {
    input: 'token',
    value: TOKEN,
    with: { secret_key: SECRET_KEY },
    says: "cannot be combined with 'secret_key'"
  },

  // access_key
  {
    input: 'access_key',
    value: 'BADINPUT AKEXAMPLE01',
    with: KEY_PAIR,
    says: credentialForm
  },
  {
    input: 'access_key',
    value: 'BADINPUTAK,Signature=00',
    with: KEY_PAIR,
    says: 'contains characters other than letters and digits'
  },
  {
    input: 'access_key',
    value: 'BADINPUT-AK_EXAMPLE',
    with: KEY_PAIR,
    says: 'contains characters other than letters and digits'
  },
  {
    input: 'access_key',
    value: `BADINPUTAK${BELL}EXAMPLE`,
    with: KEY_PAIR,
    says: credentialForm
  },
  {
    input: 'access_key',
    value: 'BADINPUTAKÉXAMPLE01',
    with: KEY_PAIR,
    says: credentialForm
  },
  {
    input: 'access_key',
    value: 'A'.repeat(129),
    with: KEY_PAIR,
    says: 'is 129 characters long; at most 128 are expected'
  },
  {
    input: 'access_key',
    value: ACCESS_KEY,
    with: NO_CREDENTIALS,
    names: 'secret_key',
    says: "is missing, but 'access_key' is given"
  },

  // secret_key
  {
    input: 'secret_key',
    value: 'badInput SecretKey000000000000000000000SK',
    with: KEY_PAIR,
    says: credentialForm
  },
  {
    input: 'secret_key',
    value: `badInputSecretKey${BELL}0000000000000000000SK`,
    with: KEY_PAIR,
    says: credentialForm
  },
  {
    input: 'secret_key',
    value: 's'.repeat(257),
    with: KEY_PAIR,
    says: 'is 257 characters long; at most 256 are expected'
  },
  {
    input: 'secret_key',
    value: SECRET_KEY,
    with: NO_CREDENTIALS,
    names: 'access_key',
    says: "is missing, but 'secret_key' is given"
  },

  // security_token
  {
    input: 'security_token',
    value: 'temporary-security-token-abcdef',
    with: NO_CREDENTIALS,
    says: "belongs to a key pair; give 'access_key' and 'secret_key' with it"
  },
  {
    input: 'security_token',
    value: 'temporary-security-token-abcdef',
    names: 'token',
    says: "cannot be combined with 'security_token'"
  },
  {
    input: 'security_token',
    value: 'temporary security-token-abcdef',
    with: KEY_PAIR,
    says: credentialForm
  },
  {
    input: 'security_token',
    value: 'x'.repeat(16_385),
    with: KEY_PAIR,
    says: 'is 16385 characters long; at most 16384 are expected'
  },

  // project_id
  ...[
    '0a1b2c3d4e5f60718293a4b5c6d7e8f',
    '0a1b2c3d4e5f60718293a4b5c6d7e8f90',
    '0A1B2C3D4E5F60718293A4B5C6D7E8F9',
    'g'.repeat(32),
    '0a1b2c3d4e5f6071 8293a4b5c6d7e8f9',
    `0a1b2c3d4e5f6071${BELL}8293a4b5c6d7e8f9`,
    'my-project'
  ].map((value): Row => ({
    input: 'project_id',
    value,
    with: KEY_PAIR,
    says: 'is not a project id; expected 32 characters [0-9a-f]'
  })),

  // region
  ...[
    'CN-NORTH-4',
    'cn_north_4',
    'cn-north',
    'north-4',
    'cn north 4',
    'cn-north-4.evil.example',
    'cn-north-1234',
    `cn-north-4${BELL}`,
    `cn-${'a'.repeat(100)}-1`,
    '4'
  ].map((value): Row => ({
    input: 'region',
    value,
    says: 'is not a region id; expected lower-case words and a number'
  })),
  {
    input: 'HUAWEI_CLOUD_REGION',
    value: 'CN-NORTH-4',
    says: "'CN-NORTH-4' is not a region id"
  },

  // endpoint
  {
    input: 'endpoint',
    value: 'cloudbuild-ext.cn-north-4.myhuaweicloud.com',
    says:
      "'cloudbuild-ext.cn-north-4.myhuaweicloud.com' is not a URL; " +
      'expected a base URL such as https://'
  },
  { input: 'endpoint', value: 'https://', says: "'https://' is not a URL" },
  {
    input: 'endpoint',
    value: 'https://cloudbuild.example:99999',
    says: 'is not a URL'
  },
  {
    input: 'endpoint',
    value: 'https://cloud build.example',
    says: 'contains spaces or control characters'
  },
  {
    input: 'endpoint',
    value: 'https://cloud\tbuild.example',
    says: "'https://cloud\\tbuild.example' contains spaces or control"
  },
  {
    input: 'endpoint',
    value: `https://cloudbuild.example/${BELL}`,
    says: 'contains spaces or control characters'
  },
  {
    input: 'endpoint',
    value: `https://${'a'.repeat(3000)}.example`,
    says: 'is 3016 characters long; at most 2048 are accepted'
  },
  ...[
    'http://cloudbuild-ext.cn-north-4.myhuaweicloud.com',
    'HTTP://CLOUDBUILD.EXAMPLE',
    'http://0.0.0.0:8080',
    'http://[::ffff:127.0.0.1]:8080',
    'http://localhost.example.com',
    'http://127.0.0.1.nip.io'
  ].map((value): Row => ({
    input: 'endpoint',
    value,
    says: 'https is required; plain http is allowed only for localhost'
  })),
  {
    input: 'endpoint',
    value: 'ftp://cloudbuild.example',
    says: "'ftp:' URLs are not supported; https is required"
  },
  {
    input: 'endpoint',
    value: 'file:///etc/passwd',
    says: "'file:' URLs are not supported; https is required"
  },
  {
    input: 'endpoint',
    value: 'javascript:alert(1)',
    says: "'javascript:' URLs are not supported"
  },
  {
    input: 'endpoint',
    value: 'https://someone:hunter2hunter2@cloudbuild.example',
    says: 'must not contain a user name or password'
  },
  {
    input: 'endpoint',
    value: 'https://someone:hunter2 hunter2@cloudbuild.example',
    says: "'https://***@cloudbuild.example' contains spaces"
  },
  {
    input: 'endpoint',
    value: 'https://cloudbuild.example/?region=cn-north-4',
    says: 'must be a base URL without a query or fragment'
  },
  {
    input: 'endpoint',
    value: 'https://cloudbuild.example/#top',
    says: 'must be a base URL without a query or fragment'
  },

  // timeout
  ...[
    '0',
    '3601',
    '-1',
    '1.5',
    '1e3',
    'ten',
    '60s',
    'Infinity',
    '0x10',
    '٣',
    '1 000',
    '+5',
    'true',
    '1234567'
  ].map((value): Row => ({
    input: 'timeout',
    value,
    says: `${notNumber('1 to 3600')}`
  })),

  // retries
  ...['-1', '11', '1.5', 'three', 'true', '0x3', '٣', '3 times'].map(
    (value): Row => ({
      input: 'retries',
      value,
      says: `${notNumber('0 to 10')}`
    })
  ),

  // fail_on_error, dry_run, verify
  ...['fail_on_error', 'dry_run', 'verify'].flatMap(input =>
    [
      'yes',
      'no',
      '1',
      '0',
      'on',
      'tRUE',
      'T',
      'truee',
      `true${BELL}`,
      'false false'
    ].map((value): Row => ({ input, value, says: notBoolean }))
  ),

  // branch_rules
  {
    input: 'branch_rules',
    value: 'main',
    says: "line 1: no ':' in 'main' (each line reads PATTERN: EVENTS"
  },
  {
    input: 'branch_rules',
    value: '# rules\n\n: failure',
    says: "line 3: no pattern before ':'"
  },
  {
    input: 'branch_rules',
    value: 'main:',
    says: "line 1: nothing after ':'"
  },
  {
    input: 'branch_rules',
    value: 'main: exploded',
    says: "line 1: 'exploded' is not an event"
  },
  {
    input: 'branch_rules',
    value: 'main: all, success',
    says: "line 1: 'all' must stand alone"
  },
  {
    input: 'branch_rules',
    value: '!main: failure',
    says: "line 1: '!main' starts with '!'"
  },
  {
    input: 'branch_rules',
    value: 'ma in: failure',
    says: "line 1: 'ma in' contains ' ', which no branch name can"
  },
  {
    input: 'branch_rules',
    value: 'release/[: failure',
    says: "line 1: 'release/[' is not a valid pattern"
  },
  {
    input: 'branch_rules',
    value: `main${BELL}: failure`,
    says: 'contains control characters'
  },

  // ref
  {
    input: 'ref',
    value: 'main branch',
    with: { branch_rules: 'main: failure' },
    says: "'main branch' contains spaces or control characters"
  },
  {
    input: 'ref',
    value: `main${BELL}`,
    with: { branch_rules: 'main: failure' },
    says: "'main\\u0007' contains spaces or control characters"
  },
  {
    input: 'ref',
    value: `refs/heads/${'x'.repeat(600)}`,
    with: { branch_rules: '**: failure' },
    says: 'is 611 characters long; at most 512 are expected'
  },
  // Checked even when no branch rule would use it.
  {
    input: 'ref',
    value: 'main branch',
    says: 'contains spaces or control characters'
  },

  // The variables huaweicloud/auth-action exports
  {
    input: 'HUAWEI_CLOUD_ACCESS_KEY_ID',
    value: 'ENVAK,Signature=00',
    with: { ...NO_CREDENTIALS, HUAWEI_CLOUD_SECRET_ACCESS_KEY: SECRET_KEY },
    says: 'contains characters other than letters and digits'
  },
  {
    input: 'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
    value: 'env secret key 000000000000000000000000',
    with: { ...NO_CREDENTIALS, HUAWEI_CLOUD_ACCESS_KEY_ID: ACCESS_KEY },
    says: credentialForm
  },
  {
    input: 'HUAWEI_CLOUD_ACCESS_KEY_ID',
    value: ACCESS_KEY,
    with: NO_CREDENTIALS,
    names: 'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
    says: "is missing, but 'HUAWEI_CLOUD_ACCESS_KEY_ID' is given"
  },
  {
    input: 'HUAWEI_CLOUD_SECURITY_TOKEN',
    value: `env-security${BELL}token-0000`,
    with: KEY_PAIR,
    says: credentialForm
  },
  {
    input: 'HUAWEI_CLOUD_PROJECT_ID',
    value: 'my-project',
    with: KEY_PAIR,
    says: "'my-project' is not a project id"
  }
]

const isVariable = (name: string): boolean => /^[A-Z0-9_]+$/.test(name)

/** The valid inputs each row starts from, and the row's own changes. */
function given(
  row: Row,
  endpoint: string
): { inputs: Record<string, string>; env: Record<string, string> } {
  const inputs: Record<string, string> = {
    job_id: JOB_ID,
    notice_type: 'MAIL',
    events: 'failure',
    token: TOKEN,
    endpoint,
    timeout: '3',
    retries: '0'
  }
  const env: Record<string, string> = {}
  for (const [name, value] of [
    ...Object.entries(row.with ?? {}),
    [row.input, row.value]
  ]) {
    if (isVariable(name)) env[name] = value
    else inputs[name] = value
  }
  return { inputs, env }
}

/** The start every message must have: the kind and name of the input. */
function prefixOf(row: Row): string {
  const name = row.names ?? row.input
  return `${isVariable(name) ? 'Environment variable' : 'Input'} '${name}': `
}

/** A secret's value, or any long part of it, must not be echoed. */
function expectNoEcho(row: Row, message: string): void {
  if (!SECRETS.has(row.input)) return
  const value = row.value.trim()
  if (value.length < 8) return
  for (let start = 0; start + 8 <= value.length; start += 4) {
    expect(message).not.toContain(value.slice(start, start + 8))
  }
}

const label = (row: Row): string =>
  `${row.input} = ${JSON.stringify(row.value).slice(0, 50)}`

describe('readSettings refuses', () => {
  it.each(ROWS.map(row => [label(row), row] as const))('%s', (_label, row) => {
    const { inputs, env } = given(row, 'http://127.0.0.1:9')
    const read = (name: string): string => inputs[name] ?? ''

    let thrown: unknown
    try {
      readSettings(read, env)
    } catch (error) {
      thrown = error
    }

    expect(thrown).toBeInstanceOf(InputError)
    const { message, input } = thrown as InputError
    expect(input).toBe(row.names ?? row.input)
    expect(message.startsWith(prefixOf(row))).toBe(true)
    expect(message).toContain(row.says)
    expectNoEcho(row, message)
  })

  it('accepts the valid baseline each row starts from', () => {
    const { inputs, env } = given(
      { input: 'events', value: 'failure', says: '' },
      'http://127.0.0.1:9'
    )
    const settings = readSettings(name => inputs[name] ?? '', env)

    expect(settings).toMatchObject({
      jobId: JOB_ID,
      noticeType: 'MAIL',
      timeoutSeconds: 3,
      retries: 0
    })
  })
})

describe('the bundled action refuses, before any request', () => {
  let fake: FakeCodeArts
  let trap: ConnectProxy

  beforeAll(async () => {
    fake = await startFakeCodeArts()
    trap = await startConnectProxy({ kind: 'refuse', status: 403 })
  })
  afterAll(async () => {
    await fake.close()
    await trap.close()
  })

  it.concurrent.each(
    ROWS.map((row, index) => [label(row), row, index] as const)
  )('%s', async (_label, row, index) => {
    // Each row has its own path, so a request it sent can be told apart.
    const path = `/row-${index}`
    const { inputs, env } = given(row, `${fake.url}${path}`)

    const run = await runAction(inputs, {
      ...env,
      HTTPS_PROXY: trap.url,
      HTTP_PROXY: trap.url
    })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    const errors = errorLines(visibleLog(run))
    expect(errors).toHaveLength(1)
    expect(errors[0].startsWith(prefixOf(row))).toBe(true)
    expect(errors[0]).toContain(row.says)
    expectNoEcho(row, visibleLog(run))
    expect(fake.requests.filter(seen => seen.path.startsWith(path))).toEqual([])
  })

  // Runs after every row above has finished.
  it('sent nothing at all, directly or through the proxy', () => {
    expect(fake.requests).toEqual([])
    expect(trap.visits).toEqual([])
  })
})

/** The ::error:: lines of a log, decoded as the runner shows them. */
function errorLines(log: string): string[] {
  return log
    .split('\n')
    .filter(line => line.startsWith('::error::'))
    .map(line =>
      line
        .slice('::error::'.length)
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%')
    )
}
