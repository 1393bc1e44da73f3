const twilio = require('twilio')

const accountSid = 'AC24e3d5bc3230bd2425e8b97f8670a47f'
const TWILIO_AUTH_TOKEN = '64a1feb503d45b1041ab38eea504765a'
const client = twilio(accountSid, TWILIO_AUTH_TOKEN)

module.exports = client
