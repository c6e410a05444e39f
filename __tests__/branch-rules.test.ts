import { describe, expect, it } from '@jest/globals'

import {
  currentBranch,
  matchBranchRule,
  parseBranchRules,
  type BranchRule
} from '../src/branch-rules.js'
import { InputError } from '../src/input-error.js'
import { EVENT_NAMES } from '../src/notice.js'

const ALL = [...EVENT_NAMES]

function parseError(text: string): InputError {
  try {
    parseBranchRules(text)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`no error for ${JSON.stringify(text)}`)
}

describe('parseBranchRules: valid texts', () => {
  it.each<[string, string, BranchRule[]]>([
    ['nothing at all', '', []],
    ['only blanks and comments', '\n  \n# all\n   # none\n', []],
    [
      'one rule',
      'main: success',
      [{ pattern: 'main', events: ['buildJobSuccess'], line: 1 }]
    ],
    [
      'comments and blank lines still count as lines',
      '# releases first\n\nrelease/**: failure\n\n  # the rest\n**: none',
      [
        { pattern: 'release/**', events: ['buildJobFail'], line: 3 },
        { pattern: '**', events: [], line: 6 }
      ]
    ],
    [
      'CRLF line endings',
      'main: all\r\n# note\r\nfeature/*: fail\r\n',
      [
        { pattern: 'main', events: ALL, line: 1 },
        { pattern: 'feature/*', events: ['buildJobFail'], line: 3 }
      ]
    ],
    [
      'bare CR line endings',
      'main: all\rdev: none',
      [
        { pattern: 'main', events: ALL, line: 1 },
        { pattern: 'dev', events: [], line: 2 }
      ]
    ],
    [
      'whitespace around pattern and events',
      '  \t release/*   :   failure ,  success  \t',
      [
        {
          pattern: 'release/*',
          events: ['buildJobSuccess', 'buildJobFail'],
          line: 1
        }
      ]
    ],
    [
      'no space after the colon',
      'main:all',
      [{ pattern: 'main', events: ALL, line: 1 }]
    ],
    [
      'aliases, API names and any case, kept in console order',
      'dev: Disable config DELETE buildJobFail',
      [
        {
          pattern: 'dev',
          events: [
            'buildJobFail',
            'deleteJob',
            'updateConfigJob',
            'forbiddenJob'
          ],
          line: 1
        }
      ]
    ],
    [
      'a POSIX class keeps its colons',
      '[[:digit:]]*: none',
      [{ pattern: '[[:digit:]]*', events: [], line: 1 }]
    ],
    [
      'characters git allows that picomatch could misread',
      'fix(ui)+{1,2}|x@y: success',
      [{ pattern: 'fix(ui)+{1,2}|x@y', events: ['buildJobSuccess'], line: 1 }]
    ]
  ])('%s', (_name, text, expected) => {
    expect(parseBranchRules(text)).toEqual(expected)
  })

  it('returns frozen rules', () => {
    const [rule] = parseBranchRules('main: all')
    expect(Object.isFrozen(rule)).toBe(true)
  })
})

describe('parseBranchRules: malformed texts', () => {
  it.each<[string, string, number, string]>([
    ['missing colon', 'main: all\nfeature/* success', 2, "no ':' in"],
    ['empty pattern', '# c\n\n  : success', 3, "no pattern before ':'"],
    ['empty events', 'main: all\ndev:   ', 2, "nothing after ':'"],
    [
      'unknown event, named',
      'main: success, sucess',
      1,
      "'sucess' is not an event"
    ],
    [
      'all mixed with others',
      'main: none\n\nx: all, failure',
      3,
      "'all' must stand alone, but 2 words were given"
    ],
    ['none with another event', 'x: none failure', 1, "'none' must stand"],
    ['leading !', 'main: all\n!main: none', 2, "starts with '!'"],
    ['space inside the pattern', 'release/ **: all', 1, "contains ' '"],
    ['backslash', 'release\\*: all', 1, "contains '\\\\'"],
    ['a second colon', 'main: success: failure', 1, "contains ':'"],
    ['unclosed class', '# x\n[a-z: all', 2, 'is not a valid pattern'],
    ['reversed range', '\n\n\n[z-a]*: all', 4, 'is not a valid pattern'],
    ['unknown POSIX class', '[[:nope:]]: all', 1, 'is not a valid pattern']
  ])('%s', (_name, text, line, detail) => {
    const error = parseError(text)
    expect(error.input).toBe('branch_rules')
    expect(error.message).toMatch(
      new RegExp(`^Input 'branch_rules': line ${line}: `)
    )
    expect(error.message).toContain(detail)
    expect(error.message).toContain('PATTERN: EVENTS')
  })

  it('shows what parseEvents said without naming the input twice', () => {
    expect(parseError('main: bogus').message).toBe(
      "Input 'branch_rules': line 1: 'bogus' is not an event; expected any " +
        'of buildJobSuccess, buildJobFail, deleteJob, updateConfigJob, ' +
        "forbiddenJob, or success, failure (fail), delete, config, disable, or 'all' or 'none' alone " +
        "(each line reads PATTERN: EVENTS, e.g. 'release/**: failure')"
    )
  })

  it('reports the first bad line', () => {
    expect(parseError('x: nope\ny: nope').message).toMatch(/line 1: /)
  })
})

describe('matchBranchRule', () => {
  const cases: [string, string, boolean][] = [
    ['main', 'main', true],
    ['main', 'Main', false],
    ['main', 'main2', false],
    ['main', 'feature/main', false],
    ['*', 'main', true],
    ['*', 'v1.2.3', true],
    ['*', '.hidden', true],
    ['*', 'feature/a', false],
    ['**', 'main', true],
    ['**', 'feature/a', true],
    ['**', 'a/b/c/d', true],
    ['**', 'release/.x', true],
    ['feature/*', 'feature/a', true],
    ['feature/*', 'feature/.x', true],
    ['feature/*', 'feature/a/b', false],
    ['feature/*', 'feature', false],
    ['feature/*', 'features/a', false],
    ['feature/**', 'feature/a', true],
    ['feature/**', 'feature/a/b', true],
    ['feature/**', 'featureX/a', false],
    // '**' crosses '/' only as a whole path segment.
    ['feature**', 'feature/x', false],
    ['feature**', 'feature-x', true],
    ['**-alpha', 'releases/beta/3-alpha', false],
    ['**/*-alpha', 'releases/beta/3-alpha', true],
    // picomatch lets 'dir/**' match 'dir' itself.
    ['feature/**', 'feature', true],
    ['release/*', 'release/1.0', true],
    ['release/*', 'release/1/2', false],
    ['release/**', 'release/1.0', true],
    ['release/**', 'release/1/2', true],
    ['release/**', 'release/.x', true],
    ['release/v?.*', 'release/v1.2', true],
    ['release/v?.*', 'release/v1.', true],
    ['release/v?.*', 'release/v12.3', false],
    ['release/v?.*', 'release/v1', false],
    ['release/v?.*', 'release/v/.3', false],
    ['[0-9]*', '1.0', true],
    ['[0-9]*', '2024-hotfix', true],
    ['[0-9]*', 'v1.2.3', false],
    ['[0-9]*', '1/x', false],
    ['hotfix-[a-z]*', 'hotfix-abc', true],
    ['hotfix-[a-z]*', 'hotfix-a1', true],
    ['hotfix-[a-z]*', 'hotfix-1', false],
    ['hotfix-[a-z]*', 'hotfix-', false],
    ['hotfix-[a-z]*', 'hotfix-a/b', false],
    ['hotfix-[a-z]*', 'Hotfix-abc', false],
    ['v*', 'v1.2.3', true],
    ['v[0-9].*', 'v1.2.3', true],
    ['[!0-9]*', 'main', true],
    ['[!0-9]*', '1.0', false],
    ['?', 'a', true],
    ['?', '/', false],
    ['?', 'ab', false],
    ['a?b', 'a/b', false],
    ['fix(ui)', 'fix(ui)', true],
    ['fix(ui)', 'fixui', false],
    ['v{1,2}', 'v{1,2}', true],
    ['v{1,2}', 'v1', false],
    ['a{2}', 'aa', false],
    ['@(a|b)', 'a', false],
    ['+(a)', 'aa', false],
    ['v[0-9]+', 'v1+', true],
    ['v[0-9]+', 'v12', false],
    ['a+', 'a+', true],
    ['a+', 'aa', false]
  ]

  it.each(cases)('%s against %s is %s', (pattern, branch, expected) => {
    const rules = parseBranchRules(`${pattern}: all`)
    expect(matchBranchRule(rules, branch) !== undefined).toBe(expected)
  })

  it('never matches an empty branch name, not even **', () => {
    expect(matchBranchRule(parseBranchRules('**: all'), '')).toBeUndefined()
  })

  it('returns undefined without rules', () => {
    expect(matchBranchRule([], 'main')).toBeUndefined()
  })

  const ordered = parseBranchRules(
    [
      '# specific before general',
      'main: all',
      'release/**: failure',
      'release/*: none',
      '*: success',
      '**: none'
    ].join('\n')
  )

  it.each<[string, number]>([
    ['main', 2],
    ['release/1.0', 3],
    ['release/1/2', 3],
    ['develop', 5],
    ['feature/a', 6]
  ])('first match wins: %s uses the rule on line %i', (branch, line) => {
    expect(matchBranchRule(ordered, branch)?.line).toBe(line)
  })

  it('returns the rule itself, events included', () => {
    expect(matchBranchRule(ordered, 'release/2')).toBe(ordered[1])
    expect(matchBranchRule(ordered, 'release/2')?.events).toEqual([
      'buildJobFail'
    ])
  })

  it('compiles a rule built by hand', () => {
    const rule: BranchRule = { pattern: 'feature/*', events: [], line: 7 }
    expect(matchBranchRule([rule], 'feature/x')).toBe(rule)
    expect(matchBranchRule([rule], 'feature/x/y')).toBeUndefined()
  })

  it('refuses a bad rule built by hand with its line', () => {
    const rule: BranchRule = { pattern: '[a-', events: [], line: 7 }
    expect(() => matchBranchRule([rule], 'a')).toThrow(/line 7: /)
  })
})

describe('currentBranch', () => {
  it.each<
    [string, string, Record<string, string | undefined>, string | undefined]
  >([
    [
      'pull request: the head branch, not the merge ref',
      '',
      { GITHUB_HEAD_REF: 'feature/x', GITHUB_REF_NAME: '12/merge' },
      'feature/x'
    ],
    [
      'push: the ref name',
      '',
      { GITHUB_HEAD_REF: '', GITHUB_REF_NAME: 'main' },
      'main'
    ],
    ['tag push: the tag name', '', { GITHUB_REF_NAME: 'v1.2.3' }, 'v1.2.3'],
    [
      'empty head ref counts as unset',
      '',
      { GITHUB_HEAD_REF: '', GITHUB_REF_NAME: 'develop' },
      'develop'
    ],
    [
      'both set but empty',
      '',
      { GITHUB_HEAD_REF: '', GITHUB_REF_NAME: '' },
      undefined
    ],
    [
      'explicit ref wins over a pull request',
      'release/2',
      { GITHUB_HEAD_REF: 'feature/x', GITHUB_REF_NAME: '12/merge' },
      'release/2'
    ],
    [
      'explicit ref wins over a push',
      'hotfix-a',
      { GITHUB_REF_NAME: 'main' },
      'hotfix-a'
    ],
    [
      'explicit ref is trimmed',
      '  main \n',
      { GITHUB_REF_NAME: 'develop' },
      'main'
    ],
    [
      'blank explicit ref falls back',
      '   ',
      { GITHUB_REF_NAME: 'develop' },
      'develop'
    ],
    [
      'a full branch ref loses its prefix',
      'refs/heads/release/1.0',
      { GITHUB_REF_NAME: 'main' },
      'release/1.0'
    ],
    ['a full tag ref loses its prefix', 'refs/tags/v2.0.0', {}, 'v2.0.0'],
    [
      'a pull request ref keeps its form',
      'refs/pull/12/merge',
      {},
      'refs/pull/12/merge'
    ],
    ['nothing set', '', {}, undefined],
    [
      'variables present but undefined',
      '',
      { GITHUB_HEAD_REF: undefined, GITHUB_REF_NAME: undefined },
      undefined
    ]
  ])('%s', (_name, refInput, env, expected) => {
    expect(currentBranch(refInput, env)).toBe(expected)
  })
})
