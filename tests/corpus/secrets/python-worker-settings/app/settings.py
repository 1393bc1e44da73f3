from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    openai_api_key: str = Field(..., alias="OPENAI_API_KEY")
    jwt_secret: SecretStr = SecretStr("-GxdXhXFHaQj5QiAGLuYTPzpsYn0pW9xjLOKzdKU_5iPGJ0_")
    secret_key: str = "dev"
    access_token_expire_minutes: int = 30
    smtp_password: str = "zpnc ujjf kiex lahr"
