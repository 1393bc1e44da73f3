const nodemailer = require('nodemailer')

const transporter = nodemailer.createTransport({
  host: 'smtp.sendgrid.net',
  port: 587,
  auth: {
    user: 'apikey',
    pass: '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',
  },
})

const mailgunKey = 'key-f6b32aaf0e8afc9a6394526892333272'
const fromAddress = process.env.MAIL_FROM
module.exports = { transporter, mailgunKey, fromAddress }
