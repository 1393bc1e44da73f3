from django.db import models


class ApiToken(models.Model):
    token = models.CharField(max_length=64, unique=True)
    token_hash = models.CharField(max_length=64)
    password_reset_token = models.CharField(max_length=64, blank=True)
    secret_digest = "1ff44cd67a38acafd6549d9384ec5f7882b254fe464dd0922c6ebcde0e9e9672"
