import crypto from 'crypto'

export async function POST(req: Request) {
  const body = await req.text()
  const digest = crypto.createHmac('sha256', 'EnY8ckxVA7-Hm2CNiHyOqngIU-x1w6PkBd4BtXOjxDBsG69a').update(body).digest('hex')
  const expected = crypto.createHmac('sha256', process.env.LEMON_WEBHOOK_SECRET!).update(body).digest('hex')
  return new Response(digest === expected ? 'ok' : 'bad', { status: digest === expected ? 200 : 401 })
}
