/**
 * The runner executes dist/, not src/: the committed bundle must be exactly
 * what the source builds to, or users get yesterday's action.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NODE_24, ROOT } from './support/run-action.js'

describe('dist/', () => {
  it('is exactly what the source builds to', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dist-check-'))
    try {
      execFileSync(
        NODE_24,
        [
          join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
          'build',
          'src/index.ts',
          '-o',
          folder,
          '--license',
          'licenses.txt'
        ],
        { cwd: ROOT, stdio: 'pipe' }
      )
      const committed = readdirSync(join(ROOT, 'dist')).sort()
      expect(readdirSync(folder).sort()).toEqual(committed)
      for (const file of committed) {
        const fresh = readFileSync(join(folder, file), 'utf8')
        const shipped = readFileSync(join(ROOT, 'dist', file), 'utf8')
        expect({ file, same: fresh === shipped }).toEqual({ file, same: true })
      }
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }, 120_000)
})
