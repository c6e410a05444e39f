/**
 * `npm run bench` is how the README's performance figures are made: it must
 * keep running every contender to a successful answer and printing each
 * median and ratio. One round only, and no figure is judged: timings belong
 * in the README, not in a test that fails on a busy machine.
 */
import { expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { NODE_24, ROOT } from './support/run-action.js'

it('times the step, the toolkit alone, the floor and curl over both transports', async () => {
  const { code, stdout, stderr } = await new Promise<{
    code: number
    stdout: string
    stderr: string
  }>(resolve =>
    execFile(
      NODE_24,
      [join(ROOT, 'scripts', 'bench.mjs'), '--runs', '1', '--warmup', '0'],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? 1 : 0, stdout, stderr })
    )
  )

  expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  const ms = String.raw`\d+\.\d ms`
  for (const transport of ['http', 'https']) {
    const group = stdout.split(`over ${transport}:\n`)[1] ?? ''
    expect(group).toMatch(
      new RegExp(`action step, dist/index\\.js +${ms} +ratio \\d\\.\\d\\d\n`)
    )
    expect(group).toMatch(
      new RegExp(
        `toolkit alone: core \\+ http-client POST +${ms} +ratio \\d\\.\\d\\d ` +
          ` [-+]\\d+\\.\\d ms vs dist/index\\.js\n`
      )
    )
    expect(group).toMatch(
      new RegExp(`floor: bare Node POST \\(require\\) +${ms}\n`)
    )
    expect(group).toMatch(new RegExp(`curl POST +${ms}\n`))
  }
  expect(stdout).toMatch(/\n {2}dist\/index\.js: \d+ KiB \(index\.js\)\n/)
  expect(stdout).toMatch(/\n {2}toolkit alone: \d+ KiB \(index\.js\)\n/)
})
