// The floor of a call over HTTP: a bare node:http server (no routing, checks or sessions) answering a list with
// the floor's rows (floors.mjs) as the same JSON envelope. Run as a child: node http-floor.mjs DBFILE TODAY.
import { createServer } from 'node:http'
import { openFloor } from './floors.mjs'

const floor = openFloor(process.argv[2], process.argv[3])
const server = createServer((req, res) => {
  const chunks = []
  req.on('data', (c) => chunks.push(c))
  req.on('end', () => {
    const input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {}
    const data = req.url.endsWith('/seizures.list') ? floor.list(input) : { name: 'Taizhang' }
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.end(JSON.stringify({ ok: true, data }))
  })
})
server.listen(0, '127.0.0.1', () => console.log(`ready http://127.0.0.1:${server.address().port}/`))
process.on('SIGTERM', () => (floor.close(), process.exit(0)))
