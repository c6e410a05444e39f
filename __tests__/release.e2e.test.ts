/**
 * Release pipelines through the bundled action: events chosen per branch,
 * dry runs, verification by reading the settings back, and the summary.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  JOB_ID,
  TOKEN,
  startFakeCodeArts,
  type FakeCodeArts
} from './support/fake-codearts.mjs'
import { runAction, visibleLog } from './support/run-action.js'

const RULES = [
  '# notify on everything where releases are made',
  'main: all',
  'release/**: all',
  '',
  'feature/*: failure',
  'docs/*: none'
].join('\n')

let fake: FakeCodeArts

beforeEach(async () => {
  fake = await startFakeCodeArts()
})
afterEach(() => fake.close())

const base = (): Record<string, string> => ({
  job_id: JOB_ID,
  notice_type: 'WECOM',
  token: TOKEN,
  endpoint: fake.url,
  retries: '0'
})

const sentEvents = (index = 0): string[] =>
  JSON.parse(fake.requests[index].body).enabled_event_type_names

describe('branch rules', () => {
  it.each<[string, Record<string, string>, string, string[]]>([
    [
      'a push to main',
      { GITHUB_REF_NAME: 'main' },
      'main',
      [
        'buildJobSuccess',
        'buildJobFail',
        'deleteJob',
        'updateConfigJob',
        'forbiddenJob'
      ]
    ],
    [
      'a pull request from a feature branch',
      { GITHUB_HEAD_REF: 'feature/login', GITHUB_REF_NAME: '42/merge' },
      'feature/*',
      ['buildJobFail']
    ],
    [
      'a nested release branch',
      { GITHUB_REF_NAME: 'release/2026/12' },
      'release/**',
      [
        'buildJobSuccess',
        'buildJobFail',
        'deleteJob',
        'updateConfigJob',
        'forbiddenJob'
      ]
    ],
    [
      'a branch whose rule is none',
      { GITHUB_REF_NAME: 'docs/readme' },
      'docs/*',
      []
    ]
  ])(
    'picks the first matching rule for %s',
    async (_name, env, rule, events) => {
      const run = await runAction({ ...base(), branch_rules: RULES }, env)

      expect(run.exitCode).toBe(0)
      expect(sentEvents()).toEqual(events)
      expect(run.outputs.matched_rule).toBe(rule)
      expect(run.outputs.events).toBe(events.join(','))
    }
  )

  it('lets the ref input override the branch of the run', async () => {
    const run = await runAction(
      { ...base(), branch_rules: RULES, ref: 'refs/heads/feature/x' },
      { GITHUB_REF_NAME: 'main' }
    )

    expect(run.outputs.matched_rule).toBe('feature/*')
    expect(sentEvents()).toEqual(['buildJobFail'])
  })

  it('falls back to events when no rule matches', async () => {
    const run = await runAction(
      { ...base(), branch_rules: RULES, events: 'success' },
      { GITHUB_REF_NAME: 'feature/a/b' }
    )

    expect(run.exitCode).toBe(0)
    expect(sentEvents()).toEqual(['buildJobSuccess'])
    expect(run.outputs.matched_rule).toBe('')
  })

  it('skips without a request when nothing matches and events is empty', async () => {
    const run = await runAction(
      { ...base(), branch_rules: RULES },
      { GITHUB_REF_NAME: 'experiment/x' }
    )

    expect(run.exitCode).toBe(0)
    expect(fake.requests).toHaveLength(0)
    expect(run.outputs.status).toBe('skipped')
    expect(run.stdout).toMatch(
      /^::notice::No branch rule matches branch 'experiment\/x'/m
    )
    expect(run.summary).toContain('Skipped')
  })

  it('names the line of a malformed rule', async () => {
    const run = await runAction(
      { ...base(), branch_rules: 'main: all\n\nfeature/*' },
      { GITHUB_REF_NAME: 'main' }
    )

    expect(run.exitCode).toBe(1)
    expect(fake.requests).toHaveLength(0)
    expect(visibleLog(run)).toContain("Input 'branch_rules': line 3")
  })
})

describe('dry run', () => {
  const PARAM_CONFIG =
    '{"webhook":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=wecom-secret"}'

  it('shows the exact request without credentials and sends nothing', async () => {
    const run = await runAction({
      job_id: JOB_ID,
      notice_type: 'wechat-work',
      events: 'failure, config',
      endpoint: fake.url,
      param_config: PARAM_CONFIG,
      dry_run: 'true'
    })

    expect(run.exitCode).toBe(0)
    expect(fake.requests).toHaveLength(0)
    expect(run.outputs).toMatchObject({
      status: 'dry-run',
      events: 'buildJobFail,updateConfigJob'
    })
    const log = visibleLog(run)
    expect(log).toContain(`POST ${fake.url}/v3/jobs/notice/${JOB_ID}/update`)
    expect(log).toContain('Content-Type: application/json')
    expect(log).toContain(
      '{"notice_type":"WECOM","enabled_event_type_names":["buildJobFail","updateConfigJob"],"param_config":"***"}'
    )
    expect(log).not.toContain('wecom-secret')
  })

  it('reads the current settings when it has credentials, and changes nothing', async () => {
    fake.notices(JOB_ID).WECOM.enable_map.buildJobSuccess = true
    const run = await runAction({
      ...base(),
      events: 'failure',
      dry_run: 'true'
    })

    expect(run.exitCode).toBe(0)
    expect(fake.requests.map(request => request.method)).toEqual(['GET'])
    expect(fake.requests[0].path).toBe(`/v3/jobs/notice/${JOB_ID}/query`)
    expect(fake.notices(JOB_ID).WECOM.enable_map.buildJobSuccess).toBe(true)
    const log = visibleLog(run)
    expect(log).toContain('X-Auth-Token: ***')
    expect(log).not.toContain(TOKEN)
    expect(log).toContain('Would switch on: buildJobFail')
    expect(log).toContain('Would switch off: buildJobSuccess')
    expect(run.outputs).toMatchObject({
      status: 'dry-run',
      previous: 'buildJobSuccess',
      changed: 'true'
    })
    expect(run.summary).toContain('| Event | Before | Would be |')
  })
})

describe('verify', () => {
  it('reads before and after, and reports what changed', async () => {
    fake.notices(JOB_ID).WECOM.enable_map.deleteJob = true
    const run = await runAction({
      ...base(),
      events: 'failure',
      verify: 'true'
    })

    expect(run.exitCode).toBe(0)
    expect(
      fake.requests.map(r => `${r.method} ${r.path.split('/').pop()}`)
    ).toEqual(['GET query', 'POST update', 'GET query'])
    expect(run.outputs).toMatchObject({
      status: 'success',
      previous: 'deleteJob',
      changed: 'true'
    })
    expect(run.summary).toContain('| Event | Before | After |')
    expect(run.summary).toMatch(/`deleteJob`\) \| on \| off \|/)
    expect(run.summary).toMatch(/`buildJobFail`\) \| off \| on \|/)
  })

  it('says unchanged when the events were already so', async () => {
    fake.notices(JOB_ID).WECOM.enable_map.buildJobFail = true
    const run = await runAction({
      ...base(),
      events: 'failure',
      verify: 'true'
    })

    expect(run.outputs).toMatchObject({
      previous: 'buildJobFail',
      changed: 'false'
    })
  })

  it('fails when the settings read back differ from those sent', async () => {
    fake.ignoreUpdates('WECOM')
    const run = await runAction({
      ...base(),
      events: 'success',
      verify: 'true'
    })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    expect(visibleLog(run)).toContain(
      'but reading it back shows on (none) instead of on buildJobSuccess'
    )
  })
})
