import * as Sentry from '@sentry/react'

Sentry.init({
  dsn: 'https://283c30cbbd24eeb26642867eb170b05d@o439553.ingest.sentry.io/6016893',
  tracesSampleRate: 0.1,
})
