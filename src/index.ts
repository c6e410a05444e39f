/** The entry point the runner starts (action.yml: runs.main). */
import { setFailed } from '@actions/core'
import { run } from './main.js'

try {
  await run()
} catch (error) {
  // Only a defect gets here; still one line for the user, not a stack trace.
  setFailed(
    `Unexpected error: ${error instanceof Error ? error.message : error}`
  )
}

// Every request has its own deadline, but a proxy that never answers a
// CONNECT can leave a socket behind; it must not hold the runner.
setTimeout(() => process.exit(), 1000).unref()
