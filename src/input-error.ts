/**
 * A problem with what the workflow gave the action, found before any request
 * is sent. The message names the input (or environment variable) and the
 * form it expects.
 */
export class InputError extends Error {
  readonly input: string

  constructor(input: string, message: string) {
    // Input names are lower case; the variables they fall back to are not.
    const kind = /^[A-Z0-9_]+$/.test(input) ? 'Environment variable' : 'Input'
    super(`${kind} '${input}': ${message}`)
    this.name = 'InputError'
    this.input = input
  }
}
