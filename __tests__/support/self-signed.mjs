/**
 * A key and a self-signed certificate made with openssl, for a local TLS
 * fake service that a child process trusts through NODE_EXTRA_CA_CERTS. A
 * P-256 key takes openssl milliseconds to make.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @param {string} folder where key.pem and cert.pem are written
 * @param {string} host a DNS name or an IPv4 address
 */
export function makeCertificate(folder, host) {
  const keyFile = join(folder, 'key.pem')
  const caFile = join(folder, 'cert.pem')
  const kind = /^[0-9.]+$/.test(host) ? 'IP' : 'DNS'
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      caFile,
      '-days',
      '1',
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=${kind}:${host}`
    ],
    { stdio: 'pipe' }
  )
  return {
    caFile,
    pem: {
      key: readFileSync(keyFile, 'utf8'),
      cert: readFileSync(caFile, 'utf8')
    }
  }
}
