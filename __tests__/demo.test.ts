/**
 * `npm run demo` is one of the two commands the README gives contributors:
 * it must keep showing a successful step, its outputs and its summary.
 */
import { expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { SECRET_KEY } from './support/fake-codearts.mjs'
import { NODE_24, ROOT } from './support/run-action.js'

it('shows the log, the outputs and the summary of a successful step', async () => {
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>(
    resolve =>
      execFile(
        NODE_24,
        [join(ROOT, 'scripts', 'demo.mjs')],
        { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } },
        (error, stdout) => resolve({ code: error ? 1 : 0, stdout })
      )
  )

  expect(code).toBe(0)
  expect(stdout).toContain("Branch rule 'feature/*' chose the events.")
  expect(stdout).toMatch(/=== Outputs ===\n {2}status: success\n/)
  expect(stdout).toContain('  matched_rule: feature/*')
  expect(stdout).toContain('| Build failed (`buildJobFail`) | off | on |')
  expect(stdout).toContain('Exit code: 0')
  expect(stdout).not.toContain(SECRET_KEY)
  expect(stdout).not.toContain('access_token=demo')
})
