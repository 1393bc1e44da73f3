import NextAuth from 'next-auth'
import Google from 'next-auth/providers/google'

export const { handlers } = NextAuth({
  providers: [
    Google({ clientId: 'e7f58d01-e1c2-f860-d396-a7a70741ff44.apps.googleusercontent.com', clientSecret: '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' }),
  ],
})
