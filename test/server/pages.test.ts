import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { precompress } from '../../scripts/build'
import { startServer, type TestServer } from '../support/server'

/** A raw GET (fetch would decode the body and hide the encoding). */
function get(
  server: { url: string },
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('pages: precompressed, content-hashed files served immutable, pages no-cache', () => {
  let server: TestServer
  let dir: string
  const script = `console.log(${JSON.stringify('x'.repeat(4000))})\n`
  const html = '<!doctype html><title>t</title><script type="module" src="/page/app-ABCD2345.js"></script>\n'
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pages-test-'))
    await mkdir(join(dir, 'page'))
    await writeFile(join(dir, 'page', 'app-ABCD2345.js'), script)
    await writeFile(join(dir, 'page', 'index.html'), html)
    await writeFile(join(dir, 'page', 'plain.txt'), 'no copies of me')
    await precompress(join(dir, 'page', 'app-ABCD2345.js'))
    await precompress(join(dir, 'page', 'index.html'))
    server = await startServer({ staticDir: dir })
  })
  after(async () => {
    await server.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('sends the brotli copy when accepted, else gzip, else the file itself; the same bytes once decoded', async () => {
    const br = await get(server, '/page/app-ABCD2345.js', { 'accept-encoding': 'gzip, deflate, br' })
    assert.equal(br.status, 200)
    assert.equal(br.headers['content-encoding'], 'br')
    assert.match(String(br.headers['content-type']), /^(text|application)\/javascript/)
    assert.equal(br.headers.vary, 'Accept-Encoding')
    assert.equal(brotliDecompressSync(br.body).toString(), script)
    assert.ok(br.body.length < script.length / 10, `compressed: ${br.body.length} bytes`)
    const gz = await get(server, '/page/app-ABCD2345.js', { 'accept-encoding': 'gzip' })
    assert.equal(gz.headers['content-encoding'], 'gzip')
    assert.equal(gunzipSync(gz.body).toString(), script)
    const plain = await get(server, '/page/app-ABCD2345.js')
    assert.equal(plain.headers['content-encoding'], undefined)
    assert.equal(plain.body.toString(), script)
    const txt = await get(server, '/page/plain.txt', { 'accept-encoding': 'br' })
    assert.deepEqual(
      [txt.status, txt.headers['content-encoding'], txt.body.toString()],
      [200, undefined, 'no copies of me'],
    )
  })

  it('a hashed file is immutable; the page (by folder or by name) is no-cache, compressed too', async () => {
    const js = await get(server, '/page/app-ABCD2345.js', { 'accept-encoding': 'br' })
    assert.equal(js.headers['cache-control'], 'public, max-age=31536000, immutable')
    for (const path of ['/page/', '/page/index.html']) {
      const page = await get(server, path, { 'accept-encoding': 'br' })
      assert.equal(page.headers['cache-control'], 'no-cache', path)
      assert.equal(page.headers['content-encoding'], 'br', path)
      assert.match(String(page.headers['content-type']), /^text\/html/)
      assert.equal(brotliDecompressSync(page.body).toString(), html)
    }
    const identity = await get(server, '/page/')
    assert.equal(identity.headers['cache-control'], 'no-cache')
    assert.equal(identity.body.toString(), html)
  })

  it('a copy older than its file (a dev rebuild rewrote the file) is not used', async () => {
    const changed = '<!doctype html><title>rebuilt</title>\n'
    await writeFile(join(dir, 'page', 'index.html'), changed)
    const old = new Date(Date.now() - 60_000)
    await utimes(join(dir, 'page', 'index.html.br'), old, old)
    await utimes(join(dir, 'page', 'index.html.gz'), old, old)
    const page = await get(server, '/page/', { 'accept-encoding': 'br, gzip' })
    assert.equal(page.headers['content-encoding'], undefined)
    assert.equal(page.body.toString(), changed)
  })

  it('nothing outside the folder, and no 500 for a malformed path', async () => {
    for (const path of ['/page/..%2F..%2F..%2Fetc%2Fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/page/%E0%A4%A']) {
      const r = await get(server, path, { 'accept-encoding': 'br' })
      assert.ok(r.status === 404 || r.status === 400, `${path}: ${r.status}`)
      assert.ok(!r.body.toString().includes('root:'), path)
    }
  })
})
