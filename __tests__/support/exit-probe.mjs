/**
 * Preloaded into the action's process (NODE_OPTIONS=--import) to tell how it
 * ended. 'beforeExit' is emitted only when the event loop runs dry by itself,
 * never on process.exit(), so a run that the 1 s safety net in src/index.ts
 * had to end (because a socket or timer was left behind) shows as forced.
 * Writes `{"ending": "natural" | "forced", "code": …, "resources": […]}` to
 * the file named by EXIT_PROBE_FILE.
 */
import { writeFileSync } from 'node:fs'

let ending = 'forced'
process.once('beforeExit', () => {
  ending = 'natural'
})
process.once('exit', code => {
  const report = {
    ending,
    code,
    // What was still holding the process, for a forced ending.
    resources: process.getActiveResourcesInfo()
  }
  writeFileSync(
    process.env.EXIT_PROBE_FILE ?? '/dev/null',
    JSON.stringify(report)
  )
})
