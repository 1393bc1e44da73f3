const twilio = require('twilio')

const accountSid = 'AC6d32f43da0f504feecdd305c92355faf'
const TWILIO_AUTH_TOKEN = '982356b6bae35044ee96e12b2584a3f2'
const client = twilio(accountSid, TWILIO_AUTH_TOKEN)

module.exports = client
