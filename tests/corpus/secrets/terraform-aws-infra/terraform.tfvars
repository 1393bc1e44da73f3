do_token        = "dop_v1_a8241f11f2e1ef91a1f61acf16704227712dc2324e70ba303087901359f216de"
admin_password  = "Tiger2006$"
vpc_id          = "vpc-850d0f961cd6b27a808cc493ed4349bf90df7068"
kms_key_id      = "aec4dc6c-ad19-9e3b-46ad-48b2a0b07eb4"
