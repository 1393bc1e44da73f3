from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = "postgresql://postgres:postgres@localhost:5432/kb"
    openai_api_key: str = ""
    anthropic_api_key: str = ""
    jwt_secret: str = "change-me"
    allowed_origins: list[str] = ["http://localhost:3000"]


settings = Settings()
