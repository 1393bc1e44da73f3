"""The secrets analyzer's context rules on many small, realistic snippets: config formats,
frameworks, docs, tests and the look-alikes users complain about (keyword noise, identifiers,
hashes, masked values, references)."""

from __future__ import annotations

import base64
import random
import string

import pytest

from analyzers.secrets.scanner import scan_text
from benchmarks.build_secrets_corpus import Fakes, negatives, positives

f = Fakes(99)
P = positives(f)
N = negatives(f)
r = random.Random(5)
r2 = random.Random(9)
r3 = random.Random(11)


def s(n: int, a: str = string.ascii_letters + string.digits) -> str:
    return "".join(r.choice(a) for _ in range(n))


def s2(n: int, a: str = string.ascii_letters + string.digits) -> str:
    return "".join(r2.choice(a) for _ in range(n))


def s3(n: int, a: str = string.ascii_letters + string.digits) -> str:
    return "".join(r3.choice(a) for _ in range(n))


# (path, text, number of findings expected)
CASES: list[tuple[str, str, int]] = [
    # (path, text, expected number of findings)
    (
        "config/appsettings.json",
        '{"ConnectionStrings": {"Default": "Server=db.acme.io;Database=app;User Id=sa;Password=Xk29!mQz7Lp;"}}',
        1,
    ),
    ("src/api.ts", f"const res = await fetch(url, {{ headers: {{ 'x-api-key': '{s(32)}' }} }})", 1),
    (".env", f"MAPBOX_TOKEN=pk.eyJ1IjoiYWNtZSIsImEiOiJjbGZ4In0.{s(22)}", 0),
    (".env", f"MAPBOX_SECRET_TOKEN=sk.eyJ1IjoiYWNtZSIsImEiOiJjbGZ4In0.{s(22)}", 1),
    (
        ".env",
        f"LEMONSQUEEZY_API_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI5NGQ1OWNlZi1kYmI4LTRlYTUtYjE3OC1kMjU0MGZjZDY5MTkiLCJqdGkiOiIxMjM0In0.{s(60)}",
        1,
    ),
    (".env", "PINECONE_API_KEY={}".format(N["uuid"]()), 1),
    (".env", "PROJECT_ID={}".format(N["uuid"]()), 0),
    (
        "src/i18n/de.json",
        '{"password": "Passwort", "token": "Token", "apiKey": "API-Schlüssel"}',
        0,
    ),
    (
        "src/i18n/en.json",
        '{"passwordPlaceholder": "Enter your password", "password": "Password"}',
        0,
    ),
    (
        "openapi.yaml",
        "      password:\n        type: string\n        format: password\n        example: hunter2",
        0,
    ),
    ("src/constants.ts", "export const STORAGE_KEY = 'app.auth.token.v1'", 0),
    ("src/constants.ts", "export const AUTH_TOKEN_KEY = 'sb-access-token'", 0),
    (".env", "GOOGLE_MAPS_API_KEY={}".format(P["gemini"]()), 1),
    (".env", "NEXT_PUBLIC_GOOGLE_MAPS_API_KEY={}".format(P["gemini"]()), 0),
    ("src/gen.ts", "const genAI = new GoogleGenerativeAI('{}')".format(P["gemini"]()), 1),
    ("src/x.ts", "const ai = new GoogleGenAI({{ apiKey: '{}' }})".format(P["gemini"]()), 1),
    ("Dockerfile", "FROM node:20\nENV OPENAI_API_KEY={}\nARG NPM_TOKEN".format(P["openai"]()), 1),
    (
        "values.yaml",
        'postgresql:\n  auth:\n    password: "Xyz123!abc"\n    existingSecret: db-secret',
        1,
    ),
    (".gitlab-ci.yml", 'variables:\n  DOCKER_PASSWORD: "Dk29#mzLq81"\n  DOCKER_USER: ci', 1),
    ("app.py", f'app.config["SECRET_KEY"] = "{s(32)}"', 1),
    ("app.py", 'app.config["SECRET_KEY"] = os.urandom(24)', 0),
    ("settings.py", "SECRET_KEY = get_random_secret_key()", 0),
    ("main.go", f'const apiKey = "{s(40)}"', 1),
    ("config.php", "$config['db_password'] = 'Tr0ub4dor&3';", 1),
    ("config.rb", "config.api_key = ENV.fetch('API_KEY')", 0),
    (
        ".env",
        "SUPABASE_DB_URL=postgresql://postgres:[YOUR-PASSWORD]@db.abcd.supabase.co:5432/postgres",
        0,
    ),
    (".env", "MONGO_URI=mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/app", 0),
    (".env", "MONGO_URI=mongodb+srv://admin:admin123@cluster0.abcde.mongodb.net/app", 1),
    (
        ".env",
        f"REDIS_URL=redis://:{s(32)}@redis-12345.c1.us-east-1.ec2.cloud.redislabs.com:12345",
        1,
    ),
    (
        "k8s/tls.yaml",
        "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: {}\n  tls.key: {}\n".format(
            base64.b64encode(
                b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"
            ).decode(),
            base64.b64encode(P["pkcs8"]().encode()).decode(),
        ),
        1,
    ),
    ("docs/api.md", "curl https://api.stripe.com/v1/charges -u {}:".format(P["stripe-live"]()), 1),
    (
        "docs/api.md",
        "curl -H 'Authorization: Bearer $OPENAI_API_KEY' https://api.openai.com/v1/models",
        0,
    ),
    ("src/log.ts", "console.log('token', token)", 0),
    ("test/fixtures/users.json", '{"email": "a@b.co", "password": "Test1234!"}', 0),
    (
        "seed.sql",
        "insert into auth.users (email, encrypted_password) values ('admin@acme.io', crypt('Admin#2024', gen_salt('bf')));",
        0,
    ),
    ("README.md", "Login with **admin / admin** locally.", 0),
    (".env", 'API_KEY=""\nSECRET=\nTOKEN=null', 0),
    (
        ".env",
        f"NEXTAUTH_SECRET={base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()}",
        1,
    ),
    (".env", "ENCRYPTION_KEY={}".format(s(64, "0123456789abcdef")), 1),
    (".env", "GIT_SHA={}\nBUILD_ID={}".format(s(40, "0123456789abcdef"), s(21)), 0),
    (
        "package.json",
        '"resolved": "https://registry.yarnpkg.com/x/-/x-1.0.0.tgz#{}"'.format(
            s(40, "0123456789abcdef")
        ),
        0,
    ),
    ("yarn.lock", f"integrity sha512-{s(86)}==", 0),
    (
        "src/hash.ts",
        "const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'",
        0,
    ),
    ("src/x.ts", f"const csp = \"script-src 'sha256-{s(43)}='\"", 0),
    (
        "k8s/sealed.yaml",
        f"kind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB{s(300)}",
        0,
    ),
    (".env.vault", f'DOTENV_VAULT_PRODUCTION="{s(200)}"', 0),
    ("src/x.ts", f"const id = 'cus_{s(14)}'; const price = 'price_{s(24)}'", 0),
    ("src/x.ts", f"const acct = 'acct_{s(16)}'", 0),
    ("src/x.py", "openai.api_key = '{}'".format(P["openai-legacy"]()), 1),
    ("src/x.py", "client = Anthropic(api_key='sk-ant-api03-...')", 0),
    ("src/x.ts", "const url = `${SUPABASE_URL}/rest/v1/items?apikey=${ANON}`", 0),
    (
        ".env",
        "TWILIO_ACCOUNT_SID={}\nTWILIO_API_KEY=SK{}\nTWILIO_API_SECRET={}".format(
            N["twilio-sid"](), s(32, "0123456789abcdef"), s(32)
        ),
        1,
    ),
    (
        ".env",
        "SENTRY_DSN={}\nNEXT_PUBLIC_SENTRY_DSN={}".format(N["sentry-dsn"](), N["sentry-dsn"]()),
        0,
    ),
    (
        ".env",
        "CLOUDFLARE_API_KEY={}\nCLOUDFLARE_EMAIL=ops@acme.io".format(s(37, "0123456789abcdef")),
        1,
    ),
    (".env", "DATABASE_PASSWORD=hunter22", 1),
    ("terraform.tfvars", 'db_password = "CorrectHorse!9"\nregion = "us-east-1"', 1),
    ("main.tf", 'resource "random_password" "db" {\n  length = 24\n  special = true\n}', 0),
    ("main.tf", 'resource "aws_db_instance" "x" {\n  password = "Pr0d-Db#Pass"\n}', 1),
    (
        "main.tf",
        'variable "api_key" {\n  description = "API key for the service"\n  type = string\n}',
        0,
    ),
    (
        "auth.ts",
        """import NextAuth from 'next-auth'
import GitHub from 'next-auth/providers/github'
export const { handlers, auth } = NextAuth({
  secret: process.env.AUTH_SECRET,
  providers: [GitHub({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET })],
  session: { strategy: 'jwt' },
  cookies: { sessionToken: { name: '__Secure-next-auth.session-token' } },
})""",
        0,
    ),
    (
        "middleware.ts",
        """const SESSION_COOKIE = 'sb-access-token'
const REFRESH_TOKEN_COOKIE = 'sb-refresh-token'
export const config = { matcher: ['/dashboard/:path*'] }""",
        0,
    ),
    (
        "types/database.types.ts",
        """export type Database = { public: { Tables: { users: { Row: { password: string | null; api_key: string; token_hash: string } } } } }""",
        0,
    ),
    (
        "prisma/schema.prisma",
        """datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
model User {
  id       String @id @default(cuid())
  password String
  apiKey   String @unique
}""",
        0,
    ),
    (
        "app/settings.py",
        f"""class Settings(BaseSettings):
    openai_api_key: str = Field(..., env="OPENAI_API_KEY")
    jwt_secret: SecretStr = SecretStr("{s2(40)}")
    secret_key: str = "dev"
    access_token_expire_minutes: int = 30""",
        1,
    ),
    ("alembic.ini", "sqlalchemy.url = driver://user:pass@localhost/dbname", 0),
    (
        "lib/jwt.ts",
        "export const sign = (p) => jwt.sign(p, 'Kx8#vP2qL9!zR4mW', { expiresIn: '7d' })",
        1,
    ),
    (
        "lib/jwt.ts",
        "export const sign = (p) => jwt.sign(p, process.env.JWT_SECRET!, { expiresIn: '7d' })",
        0,
    ),
    ("auth.py", f'token = jwt.encode(payload, "{s2(32)}", algorithm="HS256")', 1),
    ("auth.py", 'token = jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")', 0),
    (
        "webhook.js",
        f"const sig = crypto.createHmac('sha256', '{s2(32)}').update(body).digest('hex')",
        1,
    ),
    ("jest.setup.ts", "process.env.JWT_SECRET = 'test-secret'", 0),
    (
        "src/env.ts",
        """export const env = createEnv({
  server: { DATABASE_URL: z.string().url(), OPENAI_API_KEY: z.string().min(1) },
  client: { NEXT_PUBLIC_SUPABASE_ANON_KEY: z.string() },
  runtimeEnv: { DATABASE_URL: process.env.DATABASE_URL, OPENAI_API_KEY: process.env.OPENAI_API_KEY },
})""",
        0,
    ),
    (
        "components/LoginForm.tsx",
        """'use client'
export function LoginForm() {
  const [password, setPassword] = useState('')
  return <input type="password" name="password" placeholder="••••••••" autoComplete="current-password" />
}""",
        0,
    ),
    (".env.test", f"STRIPE_SECRET_KEY=sk_test_{s2(99)}", 1),
    (
        "README.md",
        """## Environment
| Variable | Example |
|---|---|
| `OPENAI_API_KEY` | `sk-proj-...` |
| `DATABASE_URL` | `postgresql://user:password@localhost:5432/db` |
| `JWT_SECRET` | a random 32+ character string |
""",
        0,
    ),
    (
        "docker-compose.yml",
        f"""services:
  db:
    image: postgres:15
    environment:
      POSTGRES_PASSWORD: ${{POSTGRES_PASSWORD:-postgres}}
  redis:
    command: redis-server --requirepass {s2(20)}
  app:
    environment:
      JWT_SECRET: {s2(40)}""",
        2,
    ),
    (
        ".github/workflows/ci.yml",
        """    steps:
      - uses: docker/login-action@v3
        with:
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - run: echo "${{ secrets.DEPLOY_KEY }}" > key && chmod 600 key""",
        0,
    ),
    (
        "scripts/seed.ts",
        """await supabase.auth.admin.createUser({ email: 'admin@acme.io', password: 'Adm1n!Acme2024', email_confirm: true })""",
        1,
    ),
    (
        "scripts/seed.ts",
        """await supabase.auth.admin.createUser({ email: 'demo@acme.io', password: process.env.DEMO_PASSWORD })""",
        0,
    ),
    (
        "config/mail.js",
        "module.exports = { smtp: { host: 'smtp.gmail.com', auth: { user: 'ops@acme.io', pass: 'abcd efgh ijkl mnop' } } }",
        1,
    ),
    (".env", f"GMAIL_APP_PASSWORD={s2(16, string.ascii_lowercase)}", 1),
    (
        ".env",
        "OPENAI_MODEL=gpt-4o-mini\nOPENAI_BASE_URL=https://api.openai.com/v1\nMAX_TOKENS=4096\nTOKENIZER=cl100k_base",
        0,
    ),
    (
        "src/lib/kv.ts",
        "export const KV_PREFIX = 'session:token:'\nconst TOKEN_TTL_SECONDS = 3600",
        0,
    ),
    ("src/x.ts", "const key = `user:${id}:api-key`", 0),
    ("src/x.ts", "headers['X-Api-Key'] = apiKey", 0),
    ("src/x.py", "API_KEY_PATTERN = re.compile(r'^sk-[A-Za-z0-9]{48}$')", 0),
    (
        "terraform/variables.tf",
        """variable "stripe_secret_key" {
  type      = string
  sensitive = true
  default   = "%s"
}"""
        % ("sk_live_51" + s2(97)),
        1,
    ),
    (
        "seed.json",
        '{"email": "a@b.co", "password": "$2b$10$'
        + s2(53, string.ascii_letters + string.digits + "./")
        + '"}',
        0,
    ),
    (
        "fixtures.py",
        'ADMIN = {"password": "pbkdf2_sha256$600000$' + s2(22) + "$" + s2(43) + '="}',
        0,
    ),
    (".env", "DB_PASS=Xk9&mP2#qL", 1),
    (".env", 'MNEMONIC="test test test test test test test test test test test junk"', 0),
    (
        ".env",
        'MNEMONIC="pilot orbit frost stone lemon cabin apple eagle river noble vivid amber"',
        1,
    ),
    (
        ".npmrc",
        "_auth=" + base64.b64encode(b"ci-bot:Xk29mPq81Lz").decode() + "\nalways-auth=true",
        1,
    ),
    (
        "src/w.ts",
        "fetch(`https://api.x.io/v1?q=${q}&units=metric&appid=" + s2(32, "0123456789abcdef") + "`)",
        1,
    ),
    ("app.py", f'JWT_SECRET = os.getenv("JWT_SECRET", "{s3(32)}")', 1),
    ("app.py", 'JWT_SECRET = os.getenv("JWT_SECRET", "dev-secret")', 0),
    ("app.py", 'DEBUG = os.getenv("DEBUG", "false")', 0),
    ("main.go", 'os.Setenv("STRIPE_KEY", "%s")' % ("sk_live_51" + s3(90)), 1),
    ("main.go", f'os.Setenv("API_TOKEN", "{s3(40)}")', 1),
    ("lib/auth.ts", f"const secret = process.env.JWT_SECRET || '{s3(32)}'", 1),
    ("lib/auth.ts", "const secret = process.env.JWT_SECRET ?? 'change-me'", 0),
    ("lib/auth.ts", "const url = process.env.API_URL || 'http://localhost:3000'", 0),
    ("src/i18n.ts", "t('password', 'Password')", 0),
    ("src/x.ts", f"headers.append('X-Api-Key', '{s3(32)}')", 1),
    ("src/x.ts", "form.setValue('password', '')", 0),
    ("src/x.ts", "localStorage.setItem('token', token)", 0),
    ("src/x.ts", "localStorage.setItem('auth_token_key', 'sb-auth-token')", 0),
    ("vercel.json", '{"env": {"SUPABASE_SERVICE_ROLE_KEY": "@supabase-service-role"}}', 0),
    ("scripts/deploy.sh", f'curl -H "X-API-Key: {s3(32)}" https://api.acme.io/deploy', 1),
    (".env", "export   OPENAI_API_KEY = %s" % ("sk-proj-" + s3(100)), 1),
    (".env", "stripe_secret_key=%s" % ("sk_live_51" + s3(90)), 1),
    ("config.yml", f"api:\n  key: {s3(32)}\n  url: https://api.acme.io", 1),
    ("config.yml", f"openai:\n  key: {s3(40)}\n  model: gpt-4o", 1),
    (
        "k8s/d.yaml",
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password",
        0,
    ),
    ("tls.yml", "tls:\n  key: /etc/tls/server.key\n  cert: /etc/tls/server.crt", 0),
    (".env", "NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY=" + s3(32, "0123456789abcdef"), 0),
    (".env", "NEXT_PUBLIC_TINYMCE_API_KEY=" + s3(32, string.ascii_lowercase + string.digits), 0),
    (".env", "NEXT_PUBLIC_API_SECRET=" + s3(32), 1),
    (".env", "VITE_ADMIN_PASSWORD=Adm1n!2024x", 1),
    (".env", "GH_PAT=" + s3(20), 1),
    (".env", "ADMIN_PASSWORD=sunshine", 1),
    (".env", "REDIS_PASSWORD=redispass", 0),
    (
        "docker-compose.yml",
        "services:\n  db:\n    environment:\n      MYSQL_PASSWORD: wordpress",
        0,
    ),
    ("config/locales/de.yml", "de:\n  password: Passwort", 0),
    ("src/x.json", '{"password": "sunshine"}', 0),
    (
        "settings.xml",
        "<server>\n  <id>nexus</id>\n  <username>deploy</username>\n  <password>Xk29!mQz7Lp</password>\n</server>",
        1,
    ),
    (
        "Web.config",
        '<add key="StripeApiKey" value="' + s3(32) + '" />\n<add key="Theme" value="dark" />',
        1,
    ),
    ("pom.xml", "<password.encoding>utf-8</password.encoding>\n<token.name>x</token.name>", 0),
    (".dev.vars", "SESSION_SECRET=" + s3(32), 1),
    (
        "config.json",
        '{"auths": {"ghcr.io": {"auth": "'
        + base64.b64encode(b"octocat:Xk29mPq81LzWv3").decode()
        + '"}}}',
        1,
    ),
    ("index.html", '<input type="password" value="" />\n<label>Password</label>', 0),
    ("six.py", 'MovedAttribute("HTTPPasswordMgr", "urllib2", "urllib.request"),', 0),
    ("vcs.py", "# pass the --username and --password options instead of via the URL.", 0),
    ("url.py", 'LS32_PAT = "(?:{hex}:{hex}|{ipv4})".format(hex=HEX_PAT, ipv4=IPV4_PAT)', 0),
    ("urlutils.py", ">>> qp = QueryParamDict.from_text(u'key=val1&key=val2&utm_source=rtd')", 0),
    ("README.md", "API_KEY = 'WillAlsoBeIgnored'", 0),
    ("types.py", "user = User(username='scolvin', password='password1')", 0),
    ("index.ts", "const key = Deno.env.get('STRIPE_SECRET_KEY') ?? '" + s3(32) + "'", 1),
    ("app.py", "secret = os.environ.get('JWT_SECRET') or '" + s3(32) + "'", 1),
    ("index.ts", "const url = Deno.env.get('SUPABASE_URL') ?? 'http://localhost:54321'", 0),
    (
        "supabase/config.toml",
        '[auth.external.github]\nclient_id = "env(GITHUB_CLIENT_ID)"\nsecret = "env(GITHUB_SECRET)"',
        0,
    ),
    (
        "docker/.env",
        "DASHBOARD_PASSWORD=this_password_is_insecure_and_should_be_updated\n"
        "JWT_SECRET=your-super-secret-jwt-token-with-at-least-32-characters-long",
        0,
    ),
    ("lib/mail.ts", 'const resend = new Resend("re_' + s3(28) + 'Q1")', 1),
    ("util.py", "re_match_pattern_for_emails_abc = re.compile(PATTERN)", 0),
    (".env", "SUPABASE_ACCESS_TOKEN=sbp_v0_" + s3(40, "0123456789abcdef"), 1),
    (
        "k8s/pull.yaml",
        "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: "
        + base64.b64encode(
            (
                '{"auths": {"ghcr.io": {"auth": "'
                + base64.b64encode(b"octocat:Xk29mPq81LzWv3Ab7Cd9").decode()
                + '"}}}'
            ).encode()
        ).decode(),
        1,
    ),
    (
        "k8s/env.yaml",
        "apiVersion: v1\nkind: Secret\ndata:\n  config.env: "
        + base64.b64encode(b"LOG_LEVEL=info\nPORT=8080\n").decode(),
        0,
    ),
    (
        "tests/auth.test.ts",
        "const expiredToken = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
        + base64.urlsafe_b64encode(b'{"sub":"1","exp":1600000000}').decode().rstrip("=")
        + "."
        + s3(43)
        + "'",
        0,
    ),
    (".env", "DB_PASSWORD=12345678", 0),
    (".env", "ADMIN_PASSWORD=admin123", 1),
    (".env", "API_KEY=fake-api-key-for-tests", 0),
    (".env", "STRIPE_SECRET_KEY=sk_test_mockmockmock1234567890abc", 0),
    (".env", "XAI_API_KEY=xai-" + s3(80), 1),
    ("lib/search.ts", "const tavily = tavily({ apiKey: 'tvly-dev-" + s3(32) + "' })", 1),
    ("lib/scrape.py", "app = FirecrawlApp(api_key='fc-" + s3(32, "0123456789abcdef") + "')", 1),
    ("auth.ts", "Google({ clientId: ID, clientSecret: 'GOCSPX-" + s3(28) + "' })", 1),
    ("shopify.ts", "const token = 'shpat_" + s3(32, "0123456789abcdef") + "'", 1),
    ("notion.ts", "const notion = new Client({ auth: 'ntn_" + s3(46) + "' })", 1),
    ("mail.ts", "mailchimp.setConfig({ apiKey: '" + s3(32, "0123456789abcdef") + "-us21' })", 1),
    ("config.rb", "config.secret_key_base_for_tests_only = true", 0),
    ("ci.yml", "      - run: aws s3 sync out s3://bucket --region us-east-1", 0),
    (
        "supabase/migrations/1.sql",
        'alter database postgres set "app.settings.jwt_secret" to \'' + s3(32) + "';",
        1,
    ),
    (
        "supabase/migrations/2.sql",
        "ALTER DATABASE postgres SET \"app.jwt_secret\" TO 'super-secret-jwt-token-with-at-least-32-characters-long';",
        0,
    ),
    ("supabase/migrations/3.sql", "set search_path to 'public';", 0),
    ("deploy.sh", "curl -u admin:Xk29mPq81!x https://api.acme.io/export", 1),
    ("deploy.sh", "curl -u $USER:$PASS https://x", 0),
    ("README.md", "Call it with `curl -u user:password https://api.acme.io`.", 0),
    ("README.md", "Export with `curl -u admin:Xk29mPq81!x https://api.acme.io/export`.", 1),
    ("deploy.sh", "docker run -u node:node img", 0),
    (
        "android/app/google-services.json",
        '{"project_info": {"firebase_url": "https://x.firebaseio.com"},\n'
        '"client": [{"api_key": [{"current_key": "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"}]}]}',
        0,
    ),
    (
        ".env",
        "GEMINI_API_KEY=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW\n"
        "NEXT_PUBLIC_FIREBASE_API_KEY=AIzaSyB1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvX",
        1,
    ),
]


@pytest.mark.parametrize(
    ("path", "text", "expected"), CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)]
)
def test_context(path: str, text: str, expected: int) -> None:
    hits = scan_text(path, text)
    assert len(hits) == expected, [(h.line, h.kind) for h in hits]
