const nodemailer = require('nodemailer')

const transporter = nodemailer.createTransport({
  host: 'smtp.sendgrid.net',
  port: 587,
  auth: {
    user: 'apikey',
    pass: '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',
  },
})

const mailgunKey = 'key-0d4128ad1ca13bd2d439216cd989e778'
const fromAddress = process.env.MAIL_FROM
module.exports = { transporter, mailgunKey, fromAddress }
