const SESSION_COOKIE = 'sb-access-token'
const REFRESH_TOKEN_COOKIE = 'sb-refresh-token'
export const config = { matcher: ['/dashboard/:path*'] }
