/**
 * The secrets check every run of the bundle goes through: runAction hands it
 * what a user would see (the log without ::add-mask:: lines, the summary and
 * the outputs) together with the secret values that run was given, and it
 * throws when one of them shows. Checking each run where it happens covers
 * every e2e test in every jest worker, and the failure names the test that
 * leaked.
 *
 * The list of secret inputs is kept here on purpose rather than taken from
 * src/settings.ts: dropping a name there must not silently weaken the check.
 */

/** Inputs whose values must never be shown. */
export const SECRET_INPUT_NAMES = [
  'token',
  'access_key',
  'secret_key',
  'security_token',
  'param_config'
] as const

/** Environment variables whose values must never be shown. */
export const SECRET_VARIABLE_NAMES = [
  'HUAWEI_CLOUD_ACCESS_KEY_ID',
  'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
  'HUAWEI_CLOUD_SECURITY_TOKEN'
] as const

// Shorter values ('x', 'none', '{}') occur in ordinary text by chance; tests
// that care about leaks use realistic, longer secrets.
export const MIN_CHECKED_LENGTH = 8

export interface GivenSecret {
  /** Where it came from, e.g. "input 'token'". */
  readonly source: string
  readonly value: string
}

/**
 * The secret values a run was given, whole and line by line (the runner
 * masks multi-line secrets line by line, so each line must stay hidden).
 */
export function secretsGiven(
  inputs: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string>>
): GivenSecret[] {
  const given: GivenSecret[] = []
  const add = (source: string, raw: string | undefined): void => {
    if (raw === undefined) return
    const parts = new Set([raw, ...raw.split(/\r?\n/)].map(part => part.trim()))
    for (const value of parts) {
      if (value.length >= MIN_CHECKED_LENGTH) given.push({ source, value })
    }
  }
  for (const name of SECRET_INPUT_NAMES) add(`input '${name}'`, inputs[name])
  for (const name of SECRET_VARIABLE_NAMES) {
    add(`environment variable ${name}`, env[name])
  }
  return given
}

/** The sources of the secrets that appear in `shown`, each named once. */
export function findLeaks(
  shown: string,
  secrets: readonly GivenSecret[]
): string[] {
  const leaked = secrets
    .filter(secret => shown.includes(secret.value))
    .map(secret => secret.source)
  return [...new Set(leaked)]
}

/** Throws, naming the sources but not the values, when a secret shows. */
export function assertNoLeaks(
  shown: string,
  secrets: readonly GivenSecret[]
): void {
  const leaked = findLeaks(shown, secrets)
  if (leaked.length === 0) return
  throw new Error(
    `A secret shows in the action's visible output: the value of ` +
      `${leaked.join(', ')}.`
  )
}
