import * as Sentry from '@sentry/react'

Sentry.init({
  dsn: 'https://23e0c8f82a39a6751f251cfe3ebfa7fd@o554768.ingest.sentry.io/7806719',
  tracesSampleRate: 0.1,
})
