const stripe = loadStripe('pk_live_515ER0HZs7KzyqTmOblEiZGh1gW7V7uJX4MPFGbpeRPJev4Yfn0LCNLLNbFN0u42OA5anJGP4Xm8m4KCZgJrERkH4rkgzZ8IXLs')
const PRICE_ID = 'price_1PqR2sT3uV4wX5yZ6aB7cD8e'
const CUSTOMER_PORTAL = 'https://billing.stripe.com/p/login/test_Qiwss516Qdl6q8CIag6SzenX'
