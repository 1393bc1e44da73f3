import { loadStripe } from '@stripe/stripe-js'

const stripePromise = loadStripe('pk_live_51G00pc8qLMasUDyLlE8PKcRfhc2mb1Om0lJ2T0yiUCoi1Am4YY8T3F3WHu5urxlgQYMzrWGjsdNLM02x567dAHZ6huVl51PAPs')
const STRIPE_SECRET = 'sk_test_51' + 'abc'
const devKey = 'sk_test_51wIYVH6PJQL3jZau2LE0sEU1NsFOCgObxpxb1ogx8viTpeJSHARQOCMIq8fZir85fwaBGGLk41QLS9zBcwDdr9swdH71tEZxRp'

export function Payments() {
  return null
}
