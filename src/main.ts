/**
 * The step from start to end: mask secrets, read the settings, call the
 * service, report. The work itself lives in other modules; this one wires
 * them to the runner.
 */
import * as core from '@actions/core'
import { ApiError } from './codearts/api-error.js'
import { CodeArtsBuildClient } from './codearts/client.js'
import { createTransport } from './http/transport.js'
import { redactText, secretParts } from './redact.js'
import { outputsOf, summaryOf, type Outcome } from './report.js'
import { systemClock, type Clock } from './retry.js'
import {
  readSettings,
  SECRET_INPUTS,
  SECRET_VARIABLES,
  type Settings
} from './settings.js'
import { dryRun, updateNotice, type StepResult } from './steps.js'
import { USER_AGENT } from './version.js'

export async function run(clock: Clock = systemClock): Promise<void> {
  const startedAt = clock.now()
  const secrets = maskSecrets()

  let settings: Settings
  try {
    settings = readSettings(name => core.getInput(name), process.env)
  } catch (error) {
    // A mistake in the workflow fails the step whatever fail_on_error says:
    // it will not go away on the next run.
    await report({ status: 'fail', jobId: core.getInput('job_id'), events: [] })
    core.setFailed(messageOf(error))
    return
  }
  logSettings(settings)

  const { plan } = settings
  if (plan.action === 'skip') {
    const branch = plan.branch || '(unknown)'
    core.notice(
      `No branch rule matches branch '${branch}' and 'events' is empty, ` +
        'so the notice settings were left as they are.'
    )
    await report({
      status: 'skipped',
      jobId: settings.jobId,
      events: [],
      branch
    })
    return
  }

  const timeoutMs = settings.timeoutSeconds * 1000
  const log = { info: core.info, debug: core.debug }
  const client = new CodeArtsBuildClient({
    endpoint: settings.endpoint.url,
    credentials: settings.credentials,
    send: createTransport(USER_AGENT),
    clock,
    log,
    retries: settings.retries,
    timeoutMs,
    deadline: startedAt + timeoutMs,
    secrets
  })
  const context = {
    client,
    log,
    jobId: settings.jobId,
    secrets,
    body: {
      notice_type: settings.noticeType,
      enabled_event_type_names: plan.events,
      ...(settings.paramConfig ? { param_config: settings.paramConfig } : {})
    }
  }

  const result = await attempt(() =>
    settings.dryRun
      ? dryRun(context, settings.credentials.kind !== 'none')
      : updateNotice(context, settings.verify)
  )
  await report({
    jobId: settings.jobId,
    noticeType: settings.noticeType,
    events: plan.events,
    endpoint: settings.endpoint.url.origin,
    ...(plan.matchedRule ? { matchedRule: plan.matchedRule } : {}),
    ...(plan.branch ? { branch: plan.branch } : {}),
    ...result.outcome,
    ...(result.outcome.errorMsg
      ? { errorMsg: redactText(result.outcome.errorMsg, secrets) }
      : {})
  })

  if (result.failure === undefined) return
  const message = redactText(result.failure, secrets)
  if (settings.failOnError) core.setFailed(message)
  else core.warning(`${message}\n(fail_on_error is false, so the step passes.)`)
}

/** Turns a failed call into a result, so outputs are set on failure too. */
async function attempt(step: () => Promise<StepResult>): Promise<StepResult> {
  try {
    return await step()
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    const { failure } = error
    return {
      outcome: {
        status: 'fail',
        httpStatus: failure.httpStatus,
        errorCode: failure.errorCode,
        errorMsg: failure.errorMsg,
        requestId: failure.requestId
      },
      failure: error.message
    }
  }
}

/**
 * Registers every secret with the runner before anything is logged, whether
 * or not it will be used: a value given by mistake must not leak either.
 */
function maskSecrets(): string[] {
  const values = [
    ...SECRET_INPUTS.map(name =>
      core.getInput(name, { trimWhitespace: false })
    ),
    ...SECRET_VARIABLES.map(name => process.env[name] ?? '')
  ]
  const parts = secretParts(values.flatMap(value => [value, value.trim()]))
  for (const part of parts) core.setSecret(part)
  return parts
}

function logSettings(settings: Settings): void {
  const { endpoint, credentials, plan } = settings
  if (endpoint.warning) core.warning(endpoint.warning)
  core.info(`Endpoint: ${endpoint.url.href}`)
  if (plan.action === 'update' && plan.matchedRule) {
    core.info(`Branch rule '${plan.matchedRule}' chose the events.`)
  }
  core.debug(
    `settings: job_id=${settings.jobId} notice_type=${settings.noticeType} ` +
      `credentials=${credentials.kind}` +
      (credentials.kind === 'access-key'
        ? ` (from ${credentials.source})`
        : '') +
      ` timeout=${settings.timeoutSeconds}s retries=${settings.retries} ` +
      `fail_on_error=${settings.failOnError} dry_run=${settings.dryRun} ` +
      `verify=${settings.verify} param_config=${settings.paramConfig ? 'given' : 'empty'}`
  )
}

async function report(outcome: Outcome): Promise<void> {
  for (const [name, value] of Object.entries(outputsOf(outcome))) {
    core.setOutput(name, value)
  }
  // Outside a runner (a local run) there is no summary file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(summaryOf(outcome)).write()
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
