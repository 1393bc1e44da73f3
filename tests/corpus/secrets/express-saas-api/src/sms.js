const twilio = require('twilio')

const accountSid = 'AC1f940c0beaab879491efb94e07ae938c'
const TWILIO_AUTH_TOKEN = '3c1aaafcf9c8c97ec46e5a9e45b59354'
const client = twilio(accountSid, TWILIO_AUTH_TOKEN)

module.exports = client
