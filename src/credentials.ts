/**
 * Which credentials sign the requests: an IAM token, or an access key pair
 * from the inputs or from the variables huaweicloud/auth-action exports.
 */
import { InputError } from './input-error.js'
import type { SigningKey } from './signer.js'

export type Credentials =
  | { readonly kind: 'token'; readonly token: string }
  | {
      readonly kind: 'access-key'
      readonly key: SigningKey
      readonly source: 'inputs' | 'environment'
    }
  | { readonly kind: 'none' }

/** What credentials were given, each value already trimmed; '' when absent. */
export interface CredentialSources {
  readonly inputs: {
    readonly token: string
    readonly accessKey: string
    readonly secretKey: string
    readonly securityToken: string
  }
  readonly environment: {
    readonly accessKey: string
    readonly secretKey: string
    readonly securityToken: string
  }
  /** From the input or the environment; not secret, shared by both kinds. */
  readonly projectId: string
}

/** The variables huaweicloud/auth-action exports for later steps. */
export const ENV = {
  accessKey: 'HUAWEI_CLOUD_ACCESS_KEY_ID',
  secretKey: 'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
  securityToken: 'HUAWEI_CLOUD_SECURITY_TOKEN',
  projectId: 'HUAWEI_CLOUD_PROJECT_ID',
  region: 'HUAWEI_CLOUD_REGION'
} as const

/**
 * Explicit inputs win over the environment, and a key pair always comes
 * whole from one place, so that a key from one account is never signed with
 * the secret of another.
 */
export function resolveCredentials(sources: CredentialSources): Credentials {
  const { inputs, environment } = sources

  if (inputs.token && inputs.accessKey) {
    throw new InputError(
      'token',
      "cannot be combined with 'access_key'; give either a token or a key pair"
    )
  }
  if (inputs.token) {
    if (inputs.secretKey || inputs.securityToken) {
      const other = inputs.secretKey ? 'secret_key' : 'security_token'
      throw new InputError(
        'token',
        `cannot be combined with '${other}'; give either a token or a key pair`
      )
    }
    return { kind: 'token', token: inputs.token }
  }

  if (inputs.accessKey || inputs.secretKey) {
    requireBoth(inputs.accessKey, inputs.secretKey, 'access_key', 'secret_key')
    return accessKey(inputs, sources.projectId, 'inputs')
  }
  if (inputs.securityToken) {
    throw new InputError(
      'security_token',
      "belongs to a key pair; give 'access_key' and 'secret_key' with it"
    )
  }

  if (environment.accessKey || environment.secretKey) {
    requireBoth(
      environment.accessKey,
      environment.secretKey,
      ENV.accessKey,
      ENV.secretKey
    )
    return accessKey(environment, sources.projectId, 'environment')
  }

  return { kind: 'none' }
}

function requireBoth(
  accessKeyValue: string,
  secretKeyValue: string,
  accessKeyName: string,
  secretKeyName: string
): void {
  const missing = accessKeyValue ? secretKeyName : accessKeyName
  const present = accessKeyValue ? accessKeyName : secretKeyName
  if (!accessKeyValue || !secretKeyValue) {
    throw new InputError(
      missing,
      `is missing, but '${present}' is given; an access key pair needs both`
    )
  }
}

function accessKey(
  values: { accessKey: string; secretKey: string; securityToken: string },
  projectId: string,
  source: 'inputs' | 'environment'
): Credentials {
  return {
    kind: 'access-key',
    source,
    key: {
      accessKey: values.accessKey,
      secretKey: values.secretKey,
      ...(values.securityToken ? { securityToken: values.securityToken } : {}),
      ...(projectId ? { projectId } : {})
    }
  }
}
