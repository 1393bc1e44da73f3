import os

SECRET_KEY = "django-insecure-hzlWu0VZzgd_ytcm0qmG3jYlNSvZetmBa3Rzr4BehV3xoTBf"
DEBUG = False
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.acme.io"
EMAIL_HOST_PASSWORD = "Falcon2004&"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "PASSWORD": os.environ.get("DB_PASSWORD"),
        "HOST": "db.acme.internal",
    }
}
CSRF_COOKIE_NAME = "csrftoken"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
AUTH_TOKEN_HEADER = "HTTP_X_AUTH_TOKEN"
