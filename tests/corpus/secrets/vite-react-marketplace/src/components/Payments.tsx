import { loadStripe } from '@stripe/stripe-js'

const stripePromise = loadStripe('pk_live_514Yry55Iga9flqep14aoZk9AgDg1P7RoIGRnm6hECMZFjmMoxfLZOG6SvCx63kETG4LgyLl3gAY9oxXlTXWICMu6l6Mu3LoypG')
const STRIPE_SECRET = 'sk_test_51' + 'abc'
const devKey = 'sk_test_51MgJ3zEbflxIn5HDFWqgBotXeqQmuNigdUrVK8xPF5l8AXlDuf6nHbCnjI4y4uPelo8PnHjQqVDEONaXZYUoCJFnKntYNeNodn'

export function Payments() {
  return null
}
