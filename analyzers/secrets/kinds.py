"""What each kind of secret is: its name, what a holder of it can do, and where to rotate it.

The table is the single place that knows providers; detectors only name a kind id. Severities are
the kind's base severity in a server file; :mod:`analyzers.secrets.severity` adjusts them for the
place (browser code) and mode (test keys).
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzers.findings import Severity

_C, _H, _M, _L = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW


@dataclass(frozen=True, slots=True)
class Kind:
    id: str  # the rule id suffix: ``secrets.<id>``
    title: str  # "Stripe live secret key"
    severity: Severity
    power: str  # what someone holding it can do
    rotate: str  # where to revoke it and issue a new one


def _k(id_: str, title: str, severity: Severity, power: str, rotate: str) -> Kind:
    return Kind(id_, title, severity, power, rotate)


KINDS: dict[str, Kind] = {
    k.id: k
    for k in (
        _k(
            "openai-key",
            "OpenAI API key",
            _H,
            "run paid model calls on your OpenAI bill and read your files, assistants and fine-tunes",
            "platform.openai.com → API keys (revoke the key; project keys under the project's settings)",
        ),
        _k(
            "anthropic-key",
            "Anthropic API key",
            _H,
            "run paid Claude calls on your account and exhaust its rate limits",
            "console.anthropic.com → Settings → API keys",
        ),
        _k(
            "groq-key",
            "Groq API key",
            _H,
            "run model calls on your Groq account",
            "console.groq.com → API Keys",
        ),
        _k(
            "openrouter-key",
            "OpenRouter API key",
            _H,
            "spend your OpenRouter credits on any model",
            "openrouter.ai → Settings → Keys",
        ),
        _k(
            "huggingface-token",
            "Hugging Face token",
            _H,
            "read your private models and datasets and, with write scope, push to them",
            "huggingface.co → Settings → Access Tokens",
        ),
        _k(
            "replicate-token",
            "Replicate API token",
            _H,
            "run paid predictions on your Replicate account",
            "replicate.com → Account → API tokens",
        ),
        _k(
            "langsmith-key",
            "LangSmith API key",
            _H,
            "read every prompt and response your app traced (often user data)",
            "smith.langchain.com → Settings → API Keys",
        ),
        _k(
            "pinecone-key",
            "Pinecone API key",
            _H,
            "read, overwrite and delete the vectors in your indexes",
            "app.pinecone.io → API Keys",
        ),
        _k(
            "elevenlabs-key",
            "ElevenLabs API key",
            _H,
            "spend your voice-generation credits and use your cloned voices",
            "elevenlabs.io → Profile → API Keys",
        ),
        _k(
            "google-api-key",
            "Google API key",
            _H,
            "call the Google APIs enabled for the project (Gemini, Maps, ...) on your bill",
            "console.cloud.google.com → APIs & Services → Credentials (or aistudio.google.com → API keys)",
        ),
        _k(
            "stripe-secret-key",
            "Stripe secret key",
            _C,
            "charge cards, issue refunds and payouts, and read every customer's payment data",
            "dashboard.stripe.com → Developers → API keys → Roll key",
        ),
        _k(
            "stripe-restricted-key",
            "Stripe restricted key",
            _H,
            "do whatever its permissions allow on your Stripe account (often charges and customer reads)",
            "dashboard.stripe.com → Developers → API keys → restricted keys → Roll key",
        ),
        _k(
            "stripe-webhook-secret",
            "Stripe webhook signing secret",
            _H,
            "forge webhook events your app trusts (a fake `checkout.session.completed` unlocks paid features)",
            "dashboard.stripe.com → Developers → Webhooks → the endpoint → Roll secret",
        ),
        _k(
            "github-token",
            "GitHub token",
            _C,
            "read and push to the repositories the token reaches, including private code",
            "github.com → Settings → Developer settings → tokens (apps: regenerate the app's secrets)",
        ),
        _k(
            "gitlab-token",
            "GitLab token",
            _C,
            "read and push to your GitLab projects and run their pipelines",
            "gitlab.com → Preferences → Access tokens (or the project's / group's token settings)",
        ),
        _k(
            "npm-token",
            "npm token",
            _C,
            "publish a malicious version of your packages",
            "npmjs.com → Access Tokens",
        ),
        _k(
            "pypi-token",
            "PyPI token",
            _C,
            "publish a malicious release of your packages",
            "pypi.org → Account settings → API tokens",
        ),
        _k(
            "slack-token",
            "Slack token",
            _H,
            "read channels and post messages as your bot or user",
            "api.slack.com/apps → your app → OAuth & Permissions → rotate / reinstall",
        ),
        _k(
            "slack-webhook",
            "Slack incoming webhook URL",
            _M,
            "post any message, including phishing links, into your channel",
            "api.slack.com/apps → your app → Incoming Webhooks → remove and re-add the webhook",
        ),
        _k(
            "discord-token",
            "Discord bot token",
            _H,
            "take over your bot in every server it is in",
            "discord.com/developers/applications → your app → Bot → Reset Token",
        ),
        _k(
            "discord-webhook",
            "Discord webhook URL",
            _M,
            "post any message into your channel",
            "Discord → channel settings → Integrations → delete the webhook",
        ),
        _k(
            "telegram-token",
            "Telegram bot token",
            _H,
            "take over your bot and read the messages sent to it",
            "Telegram → @BotFather → /revoke",
        ),
        _k(
            "twilio-token",
            "Twilio auth token / API secret",
            _H,
            "send SMS and place calls on your bill, read message logs",
            "console.twilio.com → Account → API keys & tokens (rotate the auth token)",
        ),
        _k(
            "sendgrid-key",
            "SendGrid API key",
            _H,
            "send email as your domain (phishing that passes SPF/DKIM)",
            "app.sendgrid.com → Settings → API Keys",
        ),
        _k(
            "mailgun-key",
            "Mailgun API key",
            _H,
            "send email as your domain and read your mail logs",
            "app.mailgun.com → Settings → API Security",
        ),
        _k(
            "resend-key", "Resend API key", _H, "send email as your domain", "resend.com → API Keys"
        ),
        _k(
            "aws-access-key",
            "AWS access key",
            _C,
            "act as the IAM user in your AWS account (data, servers, bills) when paired with its secret",
            "AWS console → IAM → Users → Security credentials → deactivate and delete the key",
        ),
        _k(
            "aws-secret-key",
            "AWS secret access key",
            _C,
            "act as the IAM user in your AWS account: read S3 data, start servers, run up the bill",
            "AWS console → IAM → Users → Security credentials → deactivate and delete the key",
        ),
        _k(
            "aws-session-token",
            "AWS session token",
            _H,
            "act as the assumed role until the session expires",
            "AWS console → IAM → the role → Revoke active sessions",
        ),
        _k(
            "azure-storage-key",
            "Azure storage account key",
            _C,
            "read, change and delete every blob, queue and table in the storage account",
            "Azure portal → the storage account → Access keys → Rotate key",
        ),
        _k(
            "gcp-service-account",
            "GCP service-account private key",
            _C,
            "act as the service account on Google Cloud with all of its roles",
            "console.cloud.google.com → IAM → Service accounts → Keys → delete the key",
        ),
        _k(
            "supabase-service-role",
            "Supabase service_role key",
            _C,
            "bypass row-level security: read, change and delete every row of every user",
            "Supabase dashboard → Project Settings → API → roll the JWT secret / API keys",
        ),
        _k(
            "supabase-secret-key",
            "Supabase secret API key",
            _C,
            "bypass row-level security: read, change and delete every row of every user",
            "Supabase dashboard → Project Settings → API Keys → delete the secret key",
        ),
        _k(
            "supabase-access-token",
            "Supabase access token",
            _C,
            "manage all your Supabase projects: read the database, change settings, delete projects",
            "supabase.com/dashboard/account/tokens",
        ),
        _k(
            "vercel-token",
            "Vercel token",
            _C,
            "deploy to your Vercel projects and read their environment variables (all other secrets)",
            "vercel.com → Account Settings → Tokens",
        ),
        _k(
            "cloudflare-token",
            "Cloudflare API token or key",
            _C,
            "change your DNS, workers and firewall for the zones it reaches",
            "dash.cloudflare.com → My Profile → API Tokens",
        ),
        _k(
            "digitalocean-token",
            "DigitalOcean token",
            _C,
            "create, read and destroy droplets, databases and volumes",
            "cloud.digitalocean.com → API → Tokens",
        ),
        _k(
            "upstash-token",
            "Upstash token",
            _H,
            "read and change everything in your Redis database or queue",
            "console.upstash.com → the database → reset the password / token",
        ),
        _k(
            "sentry-token",
            "Sentry auth token",
            _H,
            "read your error reports (stack traces, user data) and upload releases",
            "sentry.io → Settings → Auth Tokens",
        ),
        _k(
            "clerk-secret-key",
            "Clerk secret key",
            _C,
            "act as your backend on Clerk: read and change every user, create sessions",
            "dashboard.clerk.com → API Keys → roll the secret key",
        ),
        _k(
            "private-key",
            "Private key",
            _C,
            "impersonate the server, user or service the key belongs to and decrypt what was sent to it",
            "replace the key pair where it is used (server, deploy key, signing service) and revoke the old public key",
        ),
        _k(
            "ethereum-private-key",
            "Ethereum private key",
            _C,
            "move every asset out of the wallet, irreversibly",
            "move the funds to a new wallet now; a leaked wallet key cannot be rotated",
        ),
        _k(
            "database-password",
            "Database password",
            _H,
            "connect to the database and read or change all its data",
            "your database host's console (Supabase → Database settings → reset password; RDS → modify instance)",
        ),
        _k(
            "password",
            "Password",
            _H,
            "sign in as that account",
            "the service the password belongs to: change it there, and anywhere it was reused",
        ),
        _k(
            "k8s-secret",
            "Kubernetes Secret value",
            _H,
            "use the credential the Secret holds (base64 is encoding, not protection)",
            "the service that issued the value; then store it with sealed-secrets, SOPS or an external secret store",
        ),
        _k(
            "ai-api-key",
            "AI provider API key",
            _H,
            "run paid model, search or scraping calls on your account",
            "the provider's dashboard → API keys (xAI console, Perplexity settings, Tavily, Firecrawl, Fireworks)",
        ),
        _k(
            "google-oauth-secret",
            "Google OAuth client secret",
            _H,
            "impersonate your app in Google sign-in and exchange stolen authorization codes",
            "console.cloud.google.com → APIs & Services → Credentials → the OAuth client → Reset secret",
        ),
        _k(
            "saas-token",
            "SaaS API token",
            _H,
            "act as your account on the service (store, workspace, database or payments)",
            "the issuing service's settings → API tokens (Shopify, Notion, Linear, Figma, PlanetScale, Postman, Brevo, Mailchimp, Doppler, Square)",
        ),
        _k(
            "generic-secret",
            "Hard-coded secret",
            _H,
            "use the credential or forge what it signs (sessions, webhooks, tokens)",
            "the service that issued it (or generate a new signing secret and redeploy)",
        ),
    )
}
