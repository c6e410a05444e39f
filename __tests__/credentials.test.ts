import { describe, expect, it } from '@jest/globals'
import {
  resolveCredentials,
  type CredentialSources
} from '../src/credentials.js'

const none = { token: '', accessKey: '', secretKey: '', securityToken: '' }
const sources = (
  inputs: Partial<CredentialSources['inputs']>,
  environment: Partial<CredentialSources['environment']> = {},
  projectId = ''
): CredentialSources => ({
  inputs: { ...none, ...inputs },
  environment: {
    accessKey: '',
    secretKey: '',
    securityToken: '',
    ...environment
  },
  projectId
})

describe('resolveCredentials', () => {
  it('takes a token input', () => {
    expect(
      resolveCredentials(
        sources({ token: 't' }, { accessKey: 'A', secretKey: 'S' })
      )
    ).toEqual({
      kind: 'token',
      token: 't'
    })
  })

  it('takes a key pair from the inputs, with its security token and the project id', () => {
    expect(
      resolveCredentials(
        sources(
          { accessKey: 'A', secretKey: 'S', securityToken: 'T' },
          { accessKey: 'EA', secretKey: 'ES', securityToken: 'ET' },
          'p'
        )
      )
    ).toEqual({
      kind: 'access-key',
      source: 'inputs',
      key: {
        accessKey: 'A',
        secretKey: 'S',
        securityToken: 'T',
        projectId: 'p'
      }
    })
  })

  it('never mixes a security token from the environment into an input pair', () => {
    const credentials = resolveCredentials(
      sources({ accessKey: 'A', secretKey: 'S' }, { securityToken: 'ET' })
    )
    expect(credentials).toEqual({
      kind: 'access-key',
      source: 'inputs',
      key: { accessKey: 'A', secretKey: 'S' }
    })
  })

  it('falls back to the environment as a whole', () => {
    expect(
      resolveCredentials(
        sources({}, { accessKey: 'EA', secretKey: 'ES', securityToken: 'ET' })
      )
    ).toEqual({
      kind: 'access-key',
      source: 'environment',
      key: { accessKey: 'EA', secretKey: 'ES', securityToken: 'ET' }
    })
  })

  it('has none when nothing is given', () => {
    expect(resolveCredentials(sources({}))).toEqual({ kind: 'none' })
  })

  it.each<[string, CredentialSources, string]>([
    [
      'token and access_key',
      sources({ token: 't', accessKey: 'A', secretKey: 'S' }),
      "Input 'token': cannot be combined with 'access_key'"
    ],
    [
      'token and secret_key',
      sources({ token: 't', secretKey: 'S' }),
      "Input 'token': cannot be combined with 'secret_key'"
    ],
    [
      'token and security_token',
      sources({ token: 't', securityToken: 'T' }),
      "Input 'token': cannot be combined with 'security_token'"
    ],
    [
      'access_key alone',
      sources({ accessKey: 'A' }),
      "Input 'secret_key': is missing, but 'access_key' is given"
    ],
    [
      'secret_key alone',
      sources({ secretKey: 'S' }),
      "Input 'access_key': is missing, but 'secret_key' is given"
    ],
    [
      'an input half and an environment half',
      sources({ accessKey: 'A' }, { secretKey: 'ES' }),
      "Input 'secret_key': is missing"
    ],
    [
      'security_token without a pair',
      sources({ securityToken: 'T' }, { accessKey: 'EA', secretKey: 'ES' }),
      "Input 'security_token': belongs to a key pair"
    ],
    [
      'half a pair in the environment',
      sources({}, { secretKey: 'ES' }),
      "Environment variable 'HUAWEI_CLOUD_ACCESS_KEY_ID': is missing, but 'HUAWEI_CLOUD_SECRET_ACCESS_KEY' is given"
    ]
  ])('refuses %s', (_name, given, message) => {
    expect(() => resolveCredentials(given)).toThrow(message)
  })
})
