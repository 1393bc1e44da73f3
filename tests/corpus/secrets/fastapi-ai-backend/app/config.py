import os

OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
ANTHROPIC_API_KEY = os.getenv("ANTHROPIC_API_KEY", "sk-ant-api03-9Z0MTw-pPVAefMhR-mHDlLp8AYTgINJ1864QKmcVYKUy7teb6dfBq4iE78yRuCvLW6S9e23Fj7TQCAYDXzUg3GoOdfmq5AA")
GROQ_API_KEY = "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"
PINECONE_API_KEY = "pcsk_ofjqD_SzNvBozAIH1uenPmy0PsaWIayRfycZvVEwDXOQNuRG4P4tgtSRhf1FeLAu6L"
PINECONE_INDEX = "support-docs-prod"
LANGCHAIN_API_KEY = "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"
HF_TOKEN = "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"
REPLICATE_API_TOKEN = "r8_7HbkxF02ZLUk1h8dNHIHV3qB44BCEUsDlHpK5"
OPENROUTER_KEY = "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"
ELEVENLABS_API_KEY = "sk_ec4ccb5247e6b9373fc49d2bcb8ffcc02d4726dd478c290c"
JWT_SECRET = "ofDq7HcOpZoXR1dQ9Hciyhx4YNXicXbdJXruSgNfdlo8jJpM"
JWT_ALGORITHM = "HS256"
SECRET_KEY_FILE = "/run/secrets/app_secret_key"
DATABASE_URL = "postgresql+asyncpg://app_user:e1C%P5Q8%J1yuWgl5HGj@db-prod.internal.acme.io:5432/app"
TEST_DATABASE_URL = "postgresql://postgres:postgres@localhost:5432/test"
SESSION_ID_HEADER = "x-session-token"
