import * as Sentry from '@sentry/react'

Sentry.init({
  dsn: 'https://cac30caccc06b2f0c4c660b13106c9f0@o337307.ingest.sentry.io/8777727',
  tracesSampleRate: 0.1,
})
