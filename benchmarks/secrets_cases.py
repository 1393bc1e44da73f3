"""Templates of the secrets corpus (see build_secrets_corpus.py): case → {path: template}.

``@@kind@@``: a fake secret (labelled). ``%%kind%%``: a generated look-alike (hard negative).
``«neg:what»`` at a line's end: a hand-written hard negative on that line (the tag is removed).
"""

from __future__ import annotations

CASES: dict[str, dict[str, str]] = {
    "nextjs-supabase-portal": {
        ".env.local": """
            # Supabase
            NEXT_PUBLIC_SUPABASE_URL=https://xyzcompany.supabase.co
            NEXT_PUBLIC_SUPABASE_ANON_KEY=%%anon-jwt%%
            SUPABASE_SERVICE_ROLE_KEY=@@service-role@@
            # Stripe
            NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%%pk-live%%
            STRIPE_SECRET_KEY=@@stripe-live@@
            STRIPE_WEBHOOK_SECRET=@@stripe-whsec@@
            OPENAI_API_KEY=@@openai@@
            NEXT_PUBLIC_POSTHOG_KEY=%%posthog%%
            NEXT_PUBLIC_GA_MEASUREMENT_ID=%%ga-id%%
            RESEND_API_KEY=@@resend@@
        """,
        ".env.example": """
            NEXT_PUBLIC_SUPABASE_URL=https://your-project.supabase.co  «neg:placeholder url»
            NEXT_PUBLIC_SUPABASE_ANON_KEY=your-anon-key  «neg:placeholder»
            SUPABASE_SERVICE_ROLE_KEY=your-service-role-key  «neg:placeholder»
            STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx  «neg:xxxx placeholder»
            STRIPE_WEBHOOK_SECRET=whsec_...  «neg:ellipsis»
            OPENAI_API_KEY=sk-...  «neg:ellipsis»
            RESEND_API_KEY=  «neg:empty»
        """,
        "lib/supabase/client.ts": """
            'use client'
            import { createBrowserClient } from '@supabase/ssr'

            export function createClient() {
              return createBrowserClient(
                process.env.NEXT_PUBLIC_SUPABASE_URL!,  «neg:env reference»
                process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!  «neg:env reference»
              )
            }
        """,
        "lib/supabase/admin.ts": """
            import { createClient } from '@supabase/supabase-js'

            // TODO move to env before launch
            const serviceRoleKey = '@@service-role@@'

            export const supabaseAdmin = createClient(
              'https://xyzcompany.supabase.co',
              serviceRoleKey,
              { auth: { persistSession: false } }
            )
        """,
        "components/ChatBox.tsx": """
            'use client'
            import { useState } from 'react'
            import OpenAI from 'openai'

            const openai = new OpenAI({
              apiKey: '@@openai@@',
              dangerouslyAllowBrowser: true,
            })

            export function ChatBox() {
              const [text, setText] = useState('')
              const apiKeyHeader = 'x-api-key'  «neg:header name»
              return null
            }
        """,
        "app/api/checkout/route.ts": """
            import Stripe from 'stripe'
            import { NextResponse } from 'next/server'

            const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' })  «neg:env reference»

            export async function POST(req: Request) {
              const { priceId } = await req.json()
              const session = await stripe.checkout.sessions.create({
                mode: 'subscription',
                line_items: [{ price: priceId, quantity: 1 }],
                success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/success`,
              })
              return NextResponse.json({ url: session.url })
            }
        """,
        "package-lock.json": """
            {
              "name": "portal",
              "lockfileVersion": 3,
              "packages": {
                "node_modules/@supabase/supabase-js": {
                  "version": "2.45.0",
                  "resolved": "https://registry.npmjs.org/@supabase/supabase-js/-/supabase-js-2.45.0.tgz",
                  "integrity": "%%integrity%%"
                },
                "node_modules/stripe": {
                  "version": "16.2.0",
                  "integrity": "%%integrity%%"
                }
              }
            }
        """,
    },
    "vite-react-marketplace": {
        ".env": """
            VITE_SUPABASE_URL=https://abcd1234.supabase.co
            VITE_SUPABASE_ANON_KEY=%%anon-jwt%%
            VITE_SUPABASE_SERVICE_KEY=@@service-role@@
            VITE_STRIPE_PUBLIC_KEY=%%pk-test%%
            VITE_GEMINI_API_KEY=@@gemini@@
            VITE_CLERK_PUBLISHABLE_KEY=%%clerk-pk%%
            CLERK_SECRET_KEY=@@clerk@@
        """,
        "src/firebase.ts": """
            import { initializeApp } from 'firebase/app'

            const firebaseConfig = {
              apiKey: '%%firebase-key%%',
              authDomain: 'marketplace-42.firebaseapp.com',
              projectId: 'marketplace-42',
              appId: '1:123456789012:web:%%sha%%',
              measurementId: '%%ga-id%%',
            }

            export const app = initializeApp(firebaseConfig)
        """,
        "src/lib/ai.ts": """
            const GEMINI_KEY = import.meta.env.VITE_GEMINI_API_KEY  «neg:env reference»
            const fallbackKey = "@@gemini@@"

            export async function ask(prompt: string) {
              const key = GEMINI_KEY || fallbackKey
              const res = await fetch(`https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=${key}`, {
                method: 'POST',
                body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }] }),
              })
              return res.json()
            }
        """,
        "src/components/Payments.tsx": """
            import { loadStripe } from '@stripe/stripe-js'

            const stripePromise = loadStripe('%%pk-live%%')
            const STRIPE_SECRET = 'sk_test_51' + 'abc'  «neg:string concat fragment»
            const devKey = '@@stripe-test@@'

            export function Payments() {
              return null
            }
        """,
        "src/lib/sentry.ts": """
            import * as Sentry from '@sentry/react'

            Sentry.init({
              dsn: '%%sentry-dsn%%',
              tracesSampleRate: 0.1,
            })
        """,
    },
    "fastapi-ai-backend": {
        "app/config.py": """
            import os

            OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]  «neg:environ reference»
            ANTHROPIC_API_KEY = os.getenv("ANTHROPIC_API_KEY", "@@anthropic@@")
            GROQ_API_KEY = "@@groq@@"
            PINECONE_API_KEY = "@@pinecone@@"
            PINECONE_INDEX = "support-docs-prod"  «neg:identifier»
            LANGCHAIN_API_KEY = "@@langsmith@@"
            HF_TOKEN = "@@hf@@"
            REPLICATE_API_TOKEN = "@@replicate@@"
            OPENROUTER_KEY = "@@openrouter@@"
            ELEVENLABS_API_KEY = "@@elevenlabs@@"
            JWT_SECRET = "@@random-secret@@"
            JWT_ALGORITHM = "HS256"  «neg:algorithm name»
            SECRET_KEY_FILE = "/run/secrets/app_secret_key"  «neg:path»
            DATABASE_URL = "postgresql+asyncpg://app_user:@@strong-password@@@db-prod.internal.acme.io:5432/app"
            TEST_DATABASE_URL = "postgresql://postgres:postgres@localhost:5432/test"  «neg:local dev default»
            SESSION_ID_HEADER = "x-session-token"  «neg:header name»
        """,
        "app/routers/chat.py": """
            from fastapi import APIRouter, Depends
            from openai import OpenAI

            from app.config import OPENAI_API_KEY

            router = APIRouter()
            client = OpenAI(api_key=OPENAI_API_KEY)  «neg:variable reference»
            backup = OpenAI(api_key="@@openai-svc@@")


            @router.post("/chat")
            async def chat(body: dict):
                token_count = len(body["message"]) // 4
                return {"tokens": token_count}
        """,
        "tests/test_auth.py": """
            from app.security import hash_password, verify_token

            FAKE_GITHUB_TOKEN = "%%ghp-bad%%"
            SAMPLE_ID = "%%uuid%%"


            def test_login(client):
                resp = client.post("/login", json={"email": "a@b.co", "password": "hunter2hunter2"})  «neg:test fixture password»
                assert resp.status_code == 200


            def test_token_rejected(client):
                resp = client.get("/me", headers={"Authorization": f"Bearer {FAKE_GITHUB_TOKEN}"})
                assert resp.status_code == 401
        """,
        "docker-compose.yml": """
            services:
              api:
                build: .
                environment:
                  - DATABASE_URL=postgresql://app:${POSTGRES_PASSWORD}@db:5432/app  «neg:compose variable»
                  - OPENAI_API_KEY=${OPENAI_API_KEY}  «neg:compose variable»
                  - SMTP_PASSWORD=@@password@@
                  - REDIS_URL=redis://default:@@strong-password@@@cache.acme-prod.com:6379
              db:
                image: postgres:16@sha256:%%sha256%%
                environment:
                  POSTGRES_USER: app
                  POSTGRES_PASSWORD: postgres  «neg:local dev default»
        """,
        "README.md": """
            # Support bot API

            Copy `.env.example` to `.env` and set:

            ```
            OPENAI_API_KEY=sk-proj-your-key-here  «neg:placeholder»
            ANTHROPIC_API_KEY=<your-anthropic-key>  «neg:placeholder»
            ```

            For the demo instance we used `HF_TOKEN=@@hf@@` (ask Sam for a new one).

            Example AWS keys from the AWS docs: `AKIAIOSFODNN7EXAMPLE`  «neg:doc example»
        """,
    },
    "express-saas-api": {
        "src/mailer.js": """
            const nodemailer = require('nodemailer')

            const transporter = nodemailer.createTransport({
              host: 'smtp.sendgrid.net',
              port: 587,
              auth: {
                user: 'apikey',
                pass: '@@sendgrid@@',
              },
            })

            const mailgunKey = '@@mailgun@@'
            const fromAddress = process.env.MAIL_FROM  «neg:env reference»
            module.exports = { transporter, mailgunKey, fromAddress }
        """,
        "src/notify.js": """
            const SLACK_WEBHOOK = '@@slack-webhook@@'
            const DISCORD_WEBHOOK_URL = '@@discord-webhook@@'
            const DOCS_WEBHOOK = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'  «neg:slack docs example»
            const telegramBot = '@@telegram@@'
            const slackBotToken = '@@slack-bot@@'
            const discordToken = '@@discord-bot@@'

            module.exports = { SLACK_WEBHOOK, DISCORD_WEBHOOK_URL, telegramBot }
        """,
        "src/sms.js": """
            const twilio = require('twilio')

            const accountSid = '%%twilio-sid%%'
            const TWILIO_AUTH_TOKEN = '@@twilio-token@@'
            const client = twilio(accountSid, TWILIO_AUTH_TOKEN)

            module.exports = client
        """,
        "src/admin.js": """
            const ADMIN_EMAIL = 'owner@acme.io'
            const ADMIN_PASSWORD = '@@password@@'
            const passwordMinLength = 12  «neg:config number»
            const passwordResetTokenTtl = '1h'  «neg:ttl»

            function isAdmin(user, password) {
              return user.email === ADMIN_EMAIL && password === ADMIN_PASSWORD
            }

            module.exports = { isAdmin }
        """,
        ".npmrc": """
            //registry.npmjs.org/:_authToken=@@npm@@
            @acme:registry=https://npm.pkg.github.com
            //npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}  «neg:env reference»
        """,
        "package.json": """
            {
              "name": "saas-api",
              "version": "1.4.2",
              "scripts": { "start": "node src/index.js" },
              "dependencies": { "express": "^4.19.2", "nodemailer": "^6.9.14" },
              "packageManager": "pnpm@9.4.0+sha512.%%sha256%%"
            }
        """,
    },
    "github-actions-ci": {
        ".github/workflows/deploy.yml": """
            name: deploy
            on: [push]
            jobs:
              deploy:
                runs-on: ubuntu-latest
                env:
                  VERCEL_TOKEN: @@vercel@@
                  VERCEL_ORG_ID: team_%%sha%%
                  SUPABASE_ACCESS_TOKEN: @@sbp@@
                  STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}  «neg:actions secret reference»
                  DATABASE_PASSWORD: ${{ secrets.DB_PASSWORD }}  «neg:actions secret reference»
                  CLOUDFLARE_API_TOKEN: @@cloudflare@@
                  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}  «neg:actions secret reference»
                steps:
                  - uses: actions/checkout@%%sha%%
                  - uses: actions/setup-node@%%sha%%
                  - run: npx vercel deploy --prod --token=$VERCEL_TOKEN  «neg:shell variable»
                  - run: echo "//registry.npmjs.org/:_authToken=@@npm@@" > ~/.npmrc
        """,
        ".github/workflows/test.yml": """
            name: test
            on: [pull_request]
            jobs:
              test:
                runs-on: ubuntu-latest
                services:
                  postgres:
                    image: postgres:16
                    env:
                      POSTGRES_PASSWORD: postgres  «neg:ci service default»
                env:
                  DATABASE_URL: postgres://postgres:postgres@localhost:5432/test  «neg:ci local default»
                  GH_PAT: @@gho@@
                  SENTRY_AUTH_TOKEN: @@sentry-token@@
                steps:
                  - uses: actions/checkout@v4
                  - run: npm test
        """,
        "scripts/release.sh": """
            #!/usr/bin/env bash
            set -euo pipefail
            export GITHUB_TOKEN=@@ghs@@
            export PYPI_TOKEN=@@pypi@@
            export COMMIT=$(git rev-parse HEAD)  «neg:command substitution»
            gh release create "v$VERSION" --notes "release $COMMIT"
        """,
    },
    "terraform-aws-infra": {
        "main.tf": """
            provider "aws" {
              region     = "eu-west-1"
              access_key = "@@aws-id@@"
              secret_key = "@@aws-secret@@"
            }

            resource "aws_db_instance" "app" {
              identifier        = "app-prod"
              engine            = "postgres"
              username          = "app"
              password          = var.db_password  «neg:terraform variable reference»
              instance_class    = "db.t4g.micro"
            }

            resource "digitalocean_droplet" "worker" {
              name = "worker-1"
            }
        """,
        "variables.tf": """
            variable "db_password" {
              type      = string
              sensitive = true
              default   = "@@strong-password@@"
            }

            variable "region" {
              type    = string
              default = "eu-west-1"  «neg:terraform default not secret»
            }

            variable "api_token" {
              type      = string
              sensitive = true
            }
        """,
        "terraform.tfvars": """
            do_token        = "@@digitalocean@@"
            admin_password  = "@@password@@"
            vpc_id          = "vpc-%%sha%%"
            kms_key_id      = "%%uuid%%"  «neg:key id»
        """,
        "aws/credentials": """
            [default]
            aws_access_key_id = AKIAIOSFODNN7EXAMPLE  «neg:aws doc example»
            aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY  «neg:aws doc example»

            [deploy]
            aws_access_key_id = @@aws-id@@
            aws_secret_access_key = @@aws-secret@@
            aws_session_token = @@aws-session@@
        """,
    },
    "k8s-manifests": {
        "k8s/secret.yaml": """
            apiVersion: v1
            kind: Secret
            metadata:
              name: app-secrets
            type: Opaque
            data:
              DB_USER: YXBwX3VzZXI=  «neg:base64 username»
              DB_PASSWORD: @@b64-strong-password@@
              STRIPE_SECRET_KEY: @@b64-stripe-live@@
              PLACEHOLDER_TOKEN: Y2hhbmdlbWU=  «neg:base64 changeme»
        """,
        "k8s/deployment.yaml": """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: ghcr.io/acme/api@sha256:%%sha256%%
                      env:
                        - name: DATABASE_PASSWORD
                          valueFrom:
                            secretKeyRef: {name: app-secrets, key: DB_PASSWORD}  «neg:secret ref»
                        - name: UPSTASH_REDIS_REST_TOKEN
                          value: "@@upstash@@"
                        - name: LOG_LEVEL
                          value: info
        """,
        "k8s/configmap.yaml": """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: app-config
            data:
              AZURE_STORAGE_CONNECTION_STRING: "@@azure-conn@@"
              LOCAL_STORAGE: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"  «neg:azurite well-known key»
              FEATURE_FLAGS: "checkout,referrals"
        """,
    },
    "ml-notebook": {
        "notebooks/embeddings.ipynb": """
            {
             "cells": [
              {
               "cell_type": "code",
               "execution_count": 1,
               "metadata": {},
               "outputs": [],
               "source": [
                "import os\\n",
                "os.environ[\\"OPENAI_API_KEY\\"] = \\"@@openai@@\\"\\n",
                "os.environ[\\"PINECONE_API_KEY\\"] = os.getenv(\\"PINECONE_API_KEY\\", \\"\\")\\n",  «neg:getenv reference»
                "hf_token = \\"@@hf@@\\"\\n",
                "model_id = \\"sentence-transformers/all-MiniLM-L6-v2\\"\\n"  «neg:model id»
               ]
              },
              {
               "cell_type": "code",
               "execution_count": 2,
               "metadata": {},
               "outputs": [],
               "source": [
                "from huggingface_hub import login\\n",
                "login(token=hf_token)\\n",  «neg:variable reference»
                "run_id = \\"%%uuid%%\\"\\n"
               ]
              }
             ],
             "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
             "nbformat": 4,
             "nbformat_minor": 5
            }
        """,
        "requirements.txt": """
            openai==1.35.0
            pinecone-client==4.1.0
            huggingface-hub==0.23.4
        """,
    },
    "gcp-service-account": {
        "credentials/service-account.json": """
            {
              "type": "service_account",
              "project_id": "acme-portal-prod",
              "private_key_id": "%%sha%%",
              "private_key": "@@gcp-key@@\\n",
              "client_email": "portal-backend@acme-portal-prod.iam.gserviceaccount.com",
              "client_id": "10%%uuid%%",
              "auth_uri": "https://accounts.google.com/o/oauth2/auth",
              "token_uri": "https://oauth2.googleapis.com/token"
            }
        """,
        "deploy/id_ed25519": """
            @@openssh@@
        """,
        "deploy/server.key": """
            @@rsa@@
        """,
        "deploy/server.pub": """
            -----BEGIN PUBLIC KEY-----  «neg:public key»
            MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
            -----END PUBLIC KEY-----
        """,
        "docs/keys.md": """
            # Deploy keys

            Generate a key and paste it into the secret store, it looks like:

            ```
            -----BEGIN RSA PRIVATE KEY-----  «neg:doc example key»
            ...
            -----END RSA PRIVATE KEY-----
            ```
        """,
    },
    "web3-dapp": {
        "hardhat.config.js": """
            require('@nomicfoundation/hardhat-toolbox')

            const DEPLOYER_PRIVATE_KEY = '@@eth@@'
            const ETHERSCAN_API_KEY = process.env.ETHERSCAN_API_KEY  «neg:env reference»

            module.exports = {
              solidity: '0.8.24',
              networks: {
                sepolia: { url: 'https://rpc.sepolia.org', accounts: [DEPLOYER_PRIVATE_KEY] },
              },
            }
        """,
        "scripts/verify.js": """
            const TX_HASH = '0x%%sha256%%'  «neg:tx hash»
            const CONTRACT = '0x%%sha%%'  «neg:address»
            const blockHash = '0x%%sha256%%'

            module.exports = { TX_HASH, CONTRACT, blockHash }
        """,
        ".env": """
            PRIVATE_KEY=@@eth@@
            ALCHEMY_API_KEY=@@random-secret@@
            WALLET_ADDRESS=0x%%sha%%
        """,
    },
    "supabase-migrations": {
        "supabase/migrations/20240601000000_init.sql": """
            create table public.profiles (
              id uuid primary key references auth.users on delete cascade,
              full_name text
            );
            alter table public.profiles enable row level security;

            -- seed an admin (password hash from bcrypt, not the password)
            insert into public.admins (email, password_hash)
            values ('owner@acme.io', '%%bcrypt%%');  «neg:bcrypt hash»

            create role reporting with login password '@@strong-password@@';
        """,
        "supabase/migrations/20240602000000_webhook.sql": """
            create or replace function public.notify_new_order() returns trigger
            language plpgsql as $$
            begin
              perform net.http_post(
                url := 'https://xyzcompany.supabase.co/functions/v1/order-created',
                headers := jsonb_build_object(
                  'Content-Type', 'application/json',
                  'Authorization', 'Bearer @@service-role@@'
                ),
                body := to_jsonb(new)
              );
              return new;
            end;
            $$;

            -- the anon key is fine to embed: it is public by design
            select net.http_get('https://xyzcompany.supabase.co/rest/v1/?apikey=%%anon-jwt%%');
        """,
        "supabase/functions/order-created/index.ts": """
            import { createClient } from 'npm:@supabase/supabase-js@2'

            Deno.serve(async (req) => {
              const supabase = createClient(
                Deno.env.get('SUPABASE_URL')!,  «neg:env reference»
                Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!  «neg:env reference»
              )
              const key = '@@sb-secret@@'
              return new Response('ok')
            })
        """,
    },
    "django-docs-masked": {
        "settings.py": """
            import os

            SECRET_KEY = "django-insecure-@@random-secret@@"
            DEBUG = False
            EMAIL_HOST = "smtp.mailgun.org"
            EMAIL_HOST_USER = "postmaster@mg.acme.io"
            EMAIL_HOST_PASSWORD = "@@password@@"
            DATABASES = {
                "default": {
                    "ENGINE": "django.db.backends.postgresql",
                    "PASSWORD": os.environ.get("DB_PASSWORD"),  «neg:environ reference»
                    "HOST": "db.acme.internal",
                }
            }
            CSRF_COOKIE_NAME = "csrftoken"  «neg:cookie name»
            PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]  «neg:setting list»
            AUTH_TOKEN_HEADER = "HTTP_X_AUTH_TOKEN"  «neg:header name»
        """,
        "docs/setup.md": """
            # Setup

            Your Stripe key looks like `sk_live_••••••••••••4242` in the dashboard.  «neg:masked»
            Paste the key as `STRIPE_SECRET_KEY=sk_live_****************`.  «neg:masked»
            Set `OPENAI_API_KEY=<paste your key>` in `.env`.  «neg:placeholder»
            The JWT from jwt.io looks like: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c  «neg:jwt.io example»
            Our staging Groq key (revoked?): @@groq@@
            Commit `%%sha%%` fixed the login bug.
        """,
        "accounts/tests.py": """
            from django.test import TestCase


            class LoginTest(TestCase):
                def test_login(self):
                    self.client.post("/login", {"username": "bob", "password": "correct-horse-battery"})  «neg:test fixture password»
                    api_key = "test_api_key_for_unit_tests"  «neg:test identifier»
                    token = "%%uuid%%"
        """,
        "accounts/models.py": """
            from django.db import models


            class ApiToken(models.Model):
                token = models.CharField(max_length=64, unique=True)  «neg:model field»
                token_hash = models.CharField(max_length=64)
                password_reset_token = models.CharField(max_length=64, blank=True)  «neg:model field»
                secret_digest = "%%sha256%%"
        """,
    },
    "integrations-misc": {
        "src/lib/weather.ts": """
            export async function forecast(city: string) {
              const res = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=@@hex-secret@@`)
              return res.json()
            }

            export async function crm() {
              return fetch('https://api.hubspot.example/v3/contacts', {
                headers: { Authorization: 'Bearer @@random-secret@@' },
              })
            }

            export async function local() {
              return fetch('/api/me', { headers: { Authorization: `Bearer ${session.access_token}` } })  «neg:template reference»
            }
        """,
        "supabase/.env.local": """
            # printed by `supabase start`: local development only
            SUPABASE_URL=http://127.0.0.1:54321
            SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU  «neg:supabase local demo key»
            SUPABASE_JWT_SECRET=super-secret-jwt-token-with-at-least-32-characters-long  «neg:supabase local default»
        """,
        "docs/payments.md": """
            Stripe's docs use `sk_test_4eC39HqLyjWDarjtT1zdp7dc` in every example.  «neg:stripe docs key»
            Hardhat's first dev account: 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80  «neg:hardhat dev key»
        """,
        "scripts/backup.py": """
            import requests

            AUTH = {"Authorization": "Basic @@b64-basic@@"}
            resp = requests.get("https://backup.acme.io/api/export", headers=AUTH, timeout=30)
        """,
    },
    "nextjs-authjs-app": {
        "auth.ts": """
            import NextAuth from 'next-auth'
            import GitHub from 'next-auth/providers/github'
            import jwt from 'jsonwebtoken'

            export const { handlers, auth } = NextAuth({
              secret: process.env.AUTH_SECRET,  «neg:env reference»
              providers: [GitHub({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET })],  «neg:env reference»
              cookies: { sessionToken: { name: '__Secure-next-auth.session-token' } },  «neg:cookie name»
            })

            export const signInternal = (payload: object) => jwt.sign(payload, '@@strong-password@@', { expiresIn: '1h' })
        """,
        "src/env.ts": """
            import { createEnv } from '@t3-oss/env-nextjs'
            import { z } from 'zod'

            export const env = createEnv({
              server: { DATABASE_URL: z.string().url(), OPENAI_API_KEY: z.string().min(1) },  «neg:schema»
              client: { NEXT_PUBLIC_SUPABASE_ANON_KEY: z.string() },  «neg:schema»
              runtimeEnv: { OPENAI_API_KEY: process.env.OPENAI_API_KEY },  «neg:env reference»
            })
        """,
        "middleware.ts": """
            const SESSION_COOKIE = 'sb-access-token'  «neg:cookie name»
            const REFRESH_TOKEN_COOKIE = 'sb-refresh-token'  «neg:cookie name»
            export const config = { matcher: ['/dashboard/:path*'] }
        """,
        "messages/de.json": """
            {
              "login": {
                "password": "Passwort",  «neg:translation»
                "passwordPlaceholder": "Passwort eingeben",  «neg:translation»
                "apiKey": "API-Schluessel",  «neg:translation»
                "token": "Zugangstoken"  «neg:translation»
              }
            }
        """,
        "components/LoginForm.tsx": """
            'use client'
            import { useState } from 'react'

            export function LoginForm() {
              const [password, setPassword] = useState('')  «neg:state»
              return <input type="password" name="password" placeholder="••••••••" autoComplete="current-password" />  «neg:form field»
            }
        """,
        "lib/lemon.ts": """
            // LemonSqueezy client for the billing page
            const LEMONSQUEEZY_API_KEY = '@@jwt-apikey@@'
            export const lemon = { key: LEMONSQUEEZY_API_KEY }
        """,
        "app/api/webhooks/lemon/route.ts": """
            import crypto from 'crypto'

            export async function POST(req: Request) {
              const body = await req.text()
              const digest = crypto.createHmac('sha256', '@@random-secret@@').update(body).digest('hex')
              const expected = crypto.createHmac('sha256', process.env.LEMON_WEBHOOK_SECRET!).update(body).digest('hex')  «neg:env reference»
              return new Response(digest === expected ? 'ok' : 'bad', { status: digest === expected ? 200 : 401 })
            }
        """,
    },
    "python-worker-settings": {
        "app/settings.py": """
            from pydantic import Field, SecretStr
            from pydantic_settings import BaseSettings


            class Settings(BaseSettings):
                openai_api_key: str = Field(..., alias="OPENAI_API_KEY")  «neg:field alias»
                jwt_secret: SecretStr = SecretStr("@@random-secret@@")
                secret_key: str = "dev"  «neg:dev default»
                access_token_expire_minutes: int = 30  «neg:config number»
                smtp_password: str = "@@gmail-app@@"
        """,
        "alembic.ini": """
            [alembic]
            script_location = migrations
            sqlalchemy.url = driver://user:pass@localhost/dbname  «neg:alembic template»
        """,
        "app/auth.py": """
            import jwt

            from app.settings import settings


            def issue(payload: dict) -> str:
                return jwt.encode(payload, settings.jwt_secret.get_secret_value(), algorithm="HS256")  «neg:variable reference»


            def legacy(payload: dict) -> str:
                return jwt.encode(payload, "@@random-secret@@", algorithm="HS256")
        """,
        "appsettings.json": """
            {
              "ConnectionStrings": {
                "Default": "Server=sql-prod.acme.io;Database=portal;User Id=portal_app;Password=@@strong-password@@;Encrypt=True;"
              },
              "Logging": { "LogLevel": { "Default": "Information" } }
            }
        """,
        "worker/tasks.py": """
            import hashlib

            EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  «neg:well-known hash»
            CACHE_KEY_PREFIX = "worker:task:result"  «neg:identifier»
            API_KEY_PATTERN = r"^sk-[A-Za-z0-9]{48}$"  «neg:regex»


            def checksum(data: bytes) -> str:
                return hashlib.sha256(data).hexdigest()
        """,
        "tests/fixtures/users.json": """
            [
              {"email": "admin@acme.io", "password": "%%bcrypt%%"},
              {"email": "staff@acme.io", "password": "%%pbkdf2%%"},
              {"email": "qa@acme.io", "password": "Test1234!"}  «neg:test fixture password»
            ]
        """,
    },
    "compose-helm-redis": {
        "docker-compose.prod.yml": """
            services:
              redis:
                image: redis:7
                command: redis-server --requirepass @@strong-password@@
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}  «neg:compose default reference»
              app:
                image: ghcr.io/acme/app:1.4.0
                environment:
                  JWT_SECRET: @@random-secret@@
                  REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0  «neg:compose variable»
        """,
        "charts/app/values.yaml": """
            image:
              repository: ghcr.io/acme/app
              tag: 1.4.0
            postgresql:
              auth:
                username: app
                password: "@@password@@"
                existingSecret: ""  «neg:empty»
            redis:
              auth:
                existingSecret: redis-auth  «neg:secret name»
                existingSecretPasswordKey: redis-password  «neg:secret key name»
            ingress:
              tls:
                - secretName: app-tls  «neg:secret name»
        """,
        "k8s/sealed-secret.yaml": """
            apiVersion: bitnami.com/v1alpha1
            kind: SealedSecret
            metadata:
              name: app
            spec:
              encryptedData:
                DATABASE_PASSWORD: AgB%%b64-24%%%%b64-24%%%%b64-24%%%%b64-24%%  «neg:sealed ciphertext»
        """,
        "k8s/tls-secret.yaml": """
            apiVersion: v1
            kind: Secret
            type: kubernetes.io/tls
            metadata:
              name: app-tls
            data:
              tls.key: @@b64-pkcs8@@
        """,
    },
    "web3-wallet-bot": {
        ".env": """
            MNEMONIC="@@mnemonic@@"
            HARDHAT_MNEMONIC="test test test test test test test test test test test junk"  «neg:hardhat default mnemonic»
            RPC_URL=https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_KEY}  «neg:env reference»
            TELEGRAM_BOT_TOKEN=@@telegram@@
        """,
        ".npmrc": """
            registry=https://registry.npmjs.org/
            _auth=@@b64-basic@@
            always-auth=true
        """,
        "bot/notify.py": """
            import requests

            WEBHOOK = "https://discord.com/api/webhooks/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"  «neg:placeholder webhook»


            def notify(text: str) -> None:
                requests.post(WEBHOOK, json={"content": text}, timeout=10)
        """,
        "docs/openapi.yaml": """
            openapi: 3.0.3
            info:
              title: Wallet bot API
              version: 1.0.0
            components:
              schemas:
                Login:
                  type: object
                  properties:
                    password:
                      type: string
                      format: password
                      example: Hunter2024!  «neg:api example»
                    api_key:
                      type: string
                      example: a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6  «neg:api example»
        """,
    },
    "ai-research-agent": {
        "agent/config.py": """
            import os

            XAI_API_KEY = "@@xai@@"
            PERPLEXITY_API_KEY = os.getenv("PERPLEXITY_API_KEY", "@@pplx@@")
            TAVILY_API_KEY = os.environ.get("TAVILY_API_KEY")  «neg:env reference»
            FIRECRAWL_KEY = "@@firecrawl@@"
            MODEL_NAME = "grok-2-latest"  «neg:model id»
            MAX_TOKENS = 4096  «neg:config number»
            SEARCH_API_URL = "https://api.tavily.com/search"  «neg:url»
        """,
        "agent/tools.py": """
            from tavily import TavilyClient

            client = TavilyClient(api_key="@@tavily@@")
            FALLBACK_KEY = os.getenv("TAVILY_FALLBACK", "tvly-YOUR_API_KEY")  «neg:placeholder»
            TOKEN_PATTERN = r"tvly-[A-Za-z0-9]{32}"  «neg:regex»
        """,
        "web/auth.ts": """
            import NextAuth from 'next-auth'
            import Google from 'next-auth/providers/google'

            export const { handlers } = NextAuth({
              providers: [
                Google({ clientId: '%%uuid%%.apps.googleusercontent.com', clientSecret: '@@gocspx@@' }),
              ],
            })
        """,
        "tests/test_tools.py": """
            def test_search(monkeypatch):
                monkeypatch.setenv("TAVILY_API_KEY", "tvly-test-key")  «neg:test placeholder»
                monkeypatch.setenv("XAI_API_KEY", "xai-fake")  «neg:test placeholder»
                assert search("rescue") == []
        """,
    },
    "commerce-integrations": {
        "src/shopify.ts": """
            export const shopify = createAdminApiClient({
              storeDomain: 'acme-store.myshopify.com',
              apiVersion: '2024-07',
              accessToken: '@@shopify@@',
            })
        """,
        "src/notion.ts": """
            import { Client } from '@notionhq/client'

            export const notion = new Client({ auth: '@@notion@@' })
            export const DATABASE_ID = '%%uuid%%'  «neg:database id»
        """,
        "src/linear.ts": """
            const LINEAR_API_KEY = '@@linear@@'
            const LINEAR_TEAM_ID = '%%uuid%%'  «neg:team id»
        """,
        "src/newsletter.js": """
            mailchimp.setConfig({ apiKey: '@@mailchimp@@', server: 'us21' })
        """,
        "deploy/pull-secret.yaml": """
            apiVersion: v1
            kind: Secret
            type: kubernetes.io/dockerconfigjson
            metadata:
              name: ghcr
            data:
              .dockerconfigjson: @@dockerconfig@@
        """,
        "deploy/settings.xml": """
            <settings>
              <servers>
                <server>
                  <id>acme-nexus</id>
                  <username>deploy</username>
                  <password>@@strong-password@@</password>
                </server>
                <server>
                  <id>public</id>
                  <username>anonymous</username>
                  <password>${env.NEXUS_PASSWORD}</password>  «neg:maven env reference»
                </server>
              </servers>
            </settings>
        """,
        "src/checkout.ts": """
            const stripe = loadStripe('%%pk-live%%')
            const PRICE_ID = 'price_1PqR2sT3uV4wX5yZ6aB7cD8e'  «neg:price id»
            const CUSTOMER_PORTAL = 'https://billing.stripe.com/p/login/test_%%b64-24%%'  «neg:portal url»
        """,
    },
}
