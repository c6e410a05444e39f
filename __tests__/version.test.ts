import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { USER_AGENT, VERSION } from '../src/version.js'
import { ROOT } from './support/run-action.js'

it('names the version package.json gives in the User-Agent', () => {
  const { version } = JSON.parse(
    readFileSync(join(ROOT, 'package.json'), 'utf8')
  )
  expect(VERSION).toBe(version)
  expect(USER_AGENT).toBe(`codearts-notice-action/${version}`)
})
