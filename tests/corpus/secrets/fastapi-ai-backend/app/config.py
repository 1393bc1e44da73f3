import os

OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
ANTHROPIC_API_KEY = os.getenv("ANTHROPIC_API_KEY", "sk-ant-api03-1CsqJ9ql3gECf1dquN7Jk4Ljm2liYOt1i_kwfmk2i9g_IdhAxolkEbEgD_PY8uKzYd3tflJR1fWQeoS2k2qmMleyW3LHMAA")
GROQ_API_KEY = "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"
PINECONE_API_KEY = "pcsk_rqYkb_M8XSBhQ5snfHcgi8Vpu12zOK6rApKB9DVavRKupRIXg7EvMiJLoBeDYAWknC"
PINECONE_INDEX = "support-docs-prod"
LANGCHAIN_API_KEY = "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"
HF_TOKEN = "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"
REPLICATE_API_TOKEN = "r8_CwdnTcVimhadEDc0j8uX5VSj2A2Nh3Gj22cdY"
OPENROUTER_KEY = "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"
ELEVENLABS_API_KEY = "sk_87c116e6981512ff49f1dd8fe4048e45d023a51f940c0bea"
JWT_SECRET = "OVHFLtKh59TKs5dDR5LpHWoYgPRR_W8KWIWND5Xsy5xOM7tv"
JWT_ALGORITHM = "HS256"
SECRET_KEY_FILE = "/run/secrets/app_secret_key"
DATABASE_URL = "postgresql+asyncpg://app_user:VuLnxreqP0mGWVKMqV8E@db-prod.internal.acme.io:5432/app"
TEST_DATABASE_URL = "postgresql://postgres:postgres@localhost:5432/test"
SESSION_ID_HEADER = "x-session-token"
