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

// Every attempt closes its sockets when its deadline passes, so the process
// normally ends by itself; should a library ever leave a handle open, the
// step still ends a second after its work is done.
setTimeout(() => process.exit(), 1000).unref()
