import NextAuth from 'next-auth'
import GitHub from 'next-auth/providers/github'
import jwt from 'jsonwebtoken'

export const { handlers, auth } = NextAuth({
  secret: process.env.AUTH_SECRET,
  providers: [GitHub({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET })],
  cookies: { sessionToken: { name: '__Secure-next-auth.session-token' } },
})

export const signInternal = (payload: object) => jwt.sign(payload, 'UGd1w4Z4%Hwp7LWoSBk3', { expiresIn: '1h' })
