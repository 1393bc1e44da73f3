const nodemailer = require('nodemailer')

const transporter = nodemailer.createTransport({
  host: 'smtp.sendgrid.net',
  port: 587,
  auth: {
    user: 'apikey',
    pass: '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',
  },
})

const mailgunKey = 'key-d7874dbf1368332cfae4b03a6806af10'
const fromAddress = process.env.MAIL_FROM
module.exports = { transporter, mailgunKey, fromAddress }
