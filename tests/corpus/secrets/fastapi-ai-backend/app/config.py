import os

OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
ANTHROPIC_API_KEY = os.getenv("ANTHROPIC_API_KEY", "sk-ant-api03-_UC756ZdQi85lLReDhODarYReEXhIZqGW2zzG6zrrGxdWzR5Ut3Xmzh3xIEi532PYqa7bgRuEXZ9aA5T031xMiQOheUa-AA")
GROQ_API_KEY = "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"
PINECONE_API_KEY = "pcsk_d40cp_E6RvoS944kOUl0tfpYppex2JWEbn8bHe4BudZeiykoImSvzA0Pul8iBN2JUc"
PINECONE_INDEX = "support-docs-prod"
LANGCHAIN_API_KEY = "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"
HF_TOKEN = "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"
REPLICATE_API_TOKEN = "r8_zx6OVT4grMyNefLCitwYx3kdIBSIVgFEaBOt8"
OPENROUTER_KEY = "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"
ELEVENLABS_API_KEY = "sk_eab01fddd1b1e59978d04ca8d6e9003f4e3702f0a360faa5"
JWT_SECRET = "ZvedLYcxukbISaI8SuJjrMxQ0TsZPn5m84liYOCoS-L0QqPn"
JWT_ALGORITHM = "HS256"
SECRET_KEY_FILE = "/run/secrets/app_secret_key"
DATABASE_URL = "postgresql+asyncpg://app_user:6uxQyNOefxq3vd4KHiQy@db-prod.internal.acme.io:5432/app"
TEST_DATABASE_URL = "postgresql://postgres:postgres@localhost:5432/test"
SESSION_ID_HEADER = "x-session-token"
