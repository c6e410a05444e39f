/**
 * Users read the inputs and outputs in README.md; the runner reads them in
 * action.yml. The two tables must name exactly what action.yml declares,
 * with the same defaults, or the documentation promises another action.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './support/run-action.js'

interface ActionMetadata {
  readonly inputs: Record<
    string,
    { required?: boolean; default?: string | number | boolean }
  >
  readonly outputs: Record<string, unknown>
}

type Row = Record<string, string>

/** What the Default column says of an input that must be given. */
const REQUIRED = '(required)'

const action = parse(
  readFileSync(join(ROOT, 'action.yml'), 'utf8')
) as ActionMetadata
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

describe('README.md', () => {
  it('lists every input of action.yml with its default, and no other', () => {
    const rows = tableUnder(readme, 'Inputs')
    const documented = Object.fromEntries(
      rows.map(row => [nameOf(row), defaultOf(row)])
    )
    const declared = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [
        name,
        input.required
          ? REQUIRED
          : input.default === undefined
            ? ''
            : String(input.default)
      ])
    )
    expect(documented).toEqual(declared)
    expect(rows).toHaveLength(Object.keys(declared).length)
  })

  it('lists every output of action.yml, and no other', () => {
    const rows = tableUnder(readme, 'Outputs')
    expect(rows.map(nameOf).sort()).toEqual(Object.keys(action.outputs).sort())
  })
})

describe('the table reader', () => {
  const sample = [
    '# Title',
    '## Inputs',
    'Some text.',
    '',
    '| Name | Description | Default |',
    '| :--- | --- | ---: |',
    '| `job_id` | The task, with a \\| pipe | (required) |',
    '| `events` | The events | |',
    '| `timeout` | Seconds | `60` |',
    '',
    '## Outputs',
    '| Name | Description |',
    '| --- | --- |',
    '| `status` | success or fail |'
  ].join('\n')

  it('reads the rows of the table under a heading only', () => {
    const rows = tableUnder(sample, 'Inputs')
    expect(rows.map(nameOf)).toEqual(['job_id', 'events', 'timeout'])
    expect(rows.map(defaultOf)).toEqual([REQUIRED, '', '60'])
    expect(rows[0].description).toBe('The task, with a | pipe')
    expect(tableUnder(sample, 'Outputs').map(nameOf)).toEqual(['status'])
  })

  it('refuses a missing section, a name without backticks, a bare default', () => {
    expect(() => tableUnder(sample, 'Permissions')).toThrow(
      "no table under '## Permissions'"
    )
    expect(() => nameOf({ name: 'job_id' })).toThrow('`job_id`')
    expect(() => defaultOf({ name: '`timeout`', default: '60' })).toThrow(
      '`60`'
    )
  })
})

/** The rows of the first table under `## heading`, keyed by lower-case header. */
function tableUnder(markdown: string, heading: string): Row[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex(line => line.trim() === `## ${heading}`)
  const end = lines.findIndex(
    (line, index) => index > start && /^#{1,2} /.test(line)
  )
  const section = lines.slice(start + 1, end === -1 ? undefined : end)
  const table = section.filter(line => line.trim().startsWith('|'))
  if (start === -1 || table.length < 2) {
    throw new Error(`README.md has no table under '## ${heading}'`)
  }

  const [header, , ...rows] = table.map(cellsOf)
  const keys = header.map(cell => cell.toLowerCase())
  return rows.map(cells =>
    Object.fromEntries(keys.map((key, index) => [key, cells[index] ?? '']))
  )
}

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map(cell => cell.trim().replace(/\\\|/g, '|'))
}

/** The first column: the name in backticks. */
function nameOf(row: Row): string {
  const cell = Object.values(row)[0] ?? ''
  const match = /^`([^`]+)`$/.exec(cell)
  if (!match) throw new Error(`expected a name such as \`job_id\`: '${cell}'`)
  return match[1]
}

/** The Default column: empty, `(required)`, or the value in backticks. */
function defaultOf(row: Row): string {
  const cell = row.default ?? ''
  if (cell === '' || cell === REQUIRED) return cell
  const match = /^`([^`]*)`$/.exec(cell)
  if (!match) {
    throw new Error(
      `expected an empty default, ${REQUIRED} or one such as \`60\` for ` +
        `${Object.values(row)[0]}: '${cell}'`
    )
  }
  return match[1]
}
