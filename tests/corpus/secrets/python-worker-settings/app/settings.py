from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    openai_api_key: str = Field(..., alias="OPENAI_API_KEY")
    jwt_secret: SecretStr = SecretStr("UGd1w4Z4Hwp7LWoSBk3S9c8uaIvmH5DG8q_lt0zGNxm82hwv")
    secret_key: str = "dev"
    access_token_expire_minutes: int = 30
    smtp_password: str = "leee lebg iqis gixb"
