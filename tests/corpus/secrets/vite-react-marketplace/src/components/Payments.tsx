import { loadStripe } from '@stripe/stripe-js'

const stripePromise = loadStripe('pk_live_511buo37WpuMIh5BDbZ73BGUBlRCXPH9bloltL9iXFc6ZvAAKJAu9w18Mqik0KbAwiVTcEP35cAW4OmuT6tSjDuIlEvqnYQ3ei5')
const STRIPE_SECRET = 'sk_test_51' + 'abc'
const devKey = 'sk_test_51RW4kzoqzLhFWvQxFBz8s5TcUOzBIOmZ1EexUC9Ba3hwP4j8VlXhPFVhzRBNtmRciAFGlgsmW9kwdihQoYeK8cznFUxiEbNsPt'

export function Payments() {
  return null
}
