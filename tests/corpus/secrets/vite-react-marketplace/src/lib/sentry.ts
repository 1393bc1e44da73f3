import * as Sentry from '@sentry/react'

Sentry.init({
  dsn: 'https://7808111dfc9a59d5fc5fd59350b130d1@o769779.ingest.sentry.io/6400656',
  tracesSampleRate: 0.1,
})
