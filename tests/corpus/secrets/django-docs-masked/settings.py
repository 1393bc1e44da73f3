import os

SECRET_KEY = "django-insecure-_UC756ZdQi85lLReDhODarYReEXhIZqGW2zzG6zrrGxdWzR5"
DEBUG = False
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.acme.io"
EMAIL_HOST_PASSWORD = "Orchid1999&"
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
