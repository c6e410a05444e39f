/**
 * A local HTTP proxy for tests: it records every CONNECT target (and every
 * plain proxied request) and never opens a connection off this machine. A
 * tunnel always leads to a port on 127.0.0.1 chosen by the test, whatever
 * host the client asked for; otherwise the CONNECT is refused or left
 * hanging.
 */
import { createServer, type IncomingMessage } from 'node:http'
import { connect, type Socket } from 'node:net'

export type ProxyMode =
  /** Tunnel every CONNECT to 127.0.0.1:`tunnelPort`. */
  | { readonly kind: 'tunnel'; readonly tunnelPort: number }
  /** Answer every CONNECT with this status (403, 407, 502…). */
  | { readonly kind: 'refuse'; readonly status: number }
  /** Read the CONNECT and never answer it. */
  | { readonly kind: 'hang' }

export interface ProxyVisit {
  readonly method: string
  /** `host:port` for a CONNECT, the absolute URL for a plain request. */
  readonly target: string
  readonly headers: IncomingMessage['headers']
}

export interface ConnectProxy {
  /** `http://127.0.0.1:{port}`, for HTTPS_PROXY. */
  readonly url: string
  /** Every request the proxy received, in order. */
  readonly visits: ProxyVisit[]
  close(): Promise<void>
}

export async function startConnectProxy(
  mode: ProxyMode
): Promise<ConnectProxy> {
  const visits: ProxyVisit[] = []
  const sockets = new Set<Socket>()
  const track = (socket: Socket): void => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    // A client that gives up resets its end; that is not the test's concern.
    socket.on('error', () => {})
  }

  // A plain proxied request (http:// through HTTP_PROXY) is never forwarded.
  const server = createServer((request, response) => {
    visits.push({
      method: request.method ?? '',
      target: request.url ?? '',
      headers: request.headers
    })
    response.writeHead(403, { Connection: 'close' })
    response.end('this test proxy forwards nothing')
  })
  server.on('connection', track)

  server.on('connect', (request: IncomingMessage, client: Socket) => {
    visits.push({
      method: 'CONNECT',
      target: request.url ?? '',
      headers: request.headers
    })
    if (mode.kind === 'hang') return
    if (mode.kind === 'refuse') {
      client.end(`HTTP/1.1 ${mode.status} Refused by the test proxy\r\n\r\n`)
      return
    }
    const upstream = connect(mode.tunnelPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    track(upstream)
    upstream.on('close', () => client.destroy())
    client.on('close', () => upstream.destroy())
  })

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0

  return {
    url: `http://127.0.0.1:${port}`,
    visits,
    close: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
