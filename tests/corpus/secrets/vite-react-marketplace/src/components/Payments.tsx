import { loadStripe } from '@stripe/stripe-js'

const stripePromise = loadStripe('pk_live_51n4mQNjrktSCQhX8WDjwifBJKo81ydOBYRPWsan6UqJ7xFrRqDjQyDAUKLD61R3CkD3F0owZE6fsjf3Zo8LhKjmfh9R3KCeoF9')
const STRIPE_SECRET = 'sk_test_51' + 'abc'
const devKey = 'sk_test_51dqI72NpzDyJNDuMMDrqAsCYMR6qKUXP3ykgCRSyfN7bJ85iGcSn5wixAsSU6wHiLsb8iJuFNIu1bCIjwfSZ7bK4gXxwI9HkjG'

export function Payments() {
  return null
}
