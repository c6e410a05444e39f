/**
 * Hides credentials in what the action prints: request headers, JSON bodies
 * (param_config holds webhook keys) and any text a server sent back.
 */

const HIDDEN = '***'
const SECRET_HEADERS = ['x-auth-token', 'x-security-token']

/** A copy of the headers with credential values hidden. */
export function redactHeaders(
  headers: Readonly<Record<string, string>>
): Record<string, string> {
  const copy: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    if (SECRET_HEADERS.includes(lower)) copy[name] = HIDDEN
    else if (lower === 'authorization') copy[name] = redactAuthorization(value)
    else copy[name] = value
  }
  return copy
}

/** Keeps the scheme and the signed header names, which help debugging. */
function redactAuthorization(value: string): string {
  const signed = /SignedHeaders=([^,\s]+)/.exec(value)
  const scheme = value.split(' ')[0]
  return signed
    ? `${scheme} Access=${HIDDEN}, SignedHeaders=${signed[1]}, Signature=${HIDDEN}`
    : HIDDEN
}

/**
 * A JSON body with every param_config value hidden, at any depth. A body
 * that is not JSON is returned with the known secret values cut out.
 */
export function redactBody(body: string, secrets: readonly string[]): string {
  try {
    return JSON.stringify(JSON.parse(body, hideParamConfig))
  } catch {
    return redactText(body, secrets)
  }
}

function hideParamConfig(this: unknown, key: string, value: unknown): unknown {
  return key === 'param_config' && value !== '' && value != null
    ? HIDDEN
    : value
}

/** Replaces every occurrence of each secret (and of each of its lines). */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secretParts(secrets)) {
    result = result.split(secret).join(HIDDEN)
  }
  return result
}

/**
 * The whole values and, for multi-line values, each longer line: the runner
 * masks line by line too. Longest first, so a part never splits a whole.
 */
export function secretParts(secrets: readonly string[]): string[] {
  const parts = new Set<string>()
  for (const secret of secrets) {
    if (secret.trim() === '') continue
    parts.add(secret)
    for (const line of secret.split(/\r?\n/)) {
      if (line.trim().length >= MIN_MASKED_LINE) parts.add(line.trim())
    }
  }
  return [...parts].sort((a, b) => b.length - a.length)
}

// Shorter lines of a multi-line secret ("{", "}") carry nothing secret, and
// masking them would hide ordinary punctuation everywhere in the log.
const MIN_MASKED_LINE = 4
