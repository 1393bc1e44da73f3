const ADMIN_EMAIL = 'owner@acme.io'
const ADMIN_PASSWORD = 'Falcon2011$'
const passwordMinLength = 12
const passwordResetTokenTtl = '1h'

function isAdmin(user, password) {
  return user.email === ADMIN_EMAIL && password === ADMIN_PASSWORD
}

module.exports = { isAdmin }
